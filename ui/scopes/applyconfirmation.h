#pragma once

#include "core/scopes/grantchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace oktadesk {

// The window-modal question before an apply: every staged change, one per line, and what
// follows (connections must be reauthorized). Opened with open(); the button named
// "confirmApplyButton" accepts, and `onConfirmed` runs then. Deletes itself on close.
class ApplyConfirmation {
    Q_DECLARE_TR_FUNCTIONS(oktadesk::ApplyConfirmation)
public:
    static QMessageBox *open(QWidget *parent, const QString &appLabel,
                             const QList<okta::GrantChange> &changes, std::function<void()> onConfirmed);
};

} // namespace oktadesk
