#include "applyconfirmation.h"

#include "core/values/textescape.h"

#include <QMessageBox>
#include <QPushButton>

namespace oktadesk {

QMessageBox *ApplyConfirmation::open(QWidget *parent, const QString &appLabel,
                                     const QList<okta::GrantChange> &changes,
                                     std::function<void()> onConfirmed) {
    QStringList lines;
    int grants = 0;
    for (const okta::GrantChange &change : changes) {
        const bool grant = change.action == okta::GrantChange::Action::Grant;
        grants += grant;
        lines << (grant ? tr("Grant %1") : tr("Revoke %1")).arg(okta::escapeControls(change.scopeId));
    }
    const int revokes = int(changes.size()) - grants;
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("confirmApplyDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setTextFormat(Qt::PlainText);
    box->setWindowTitle(tr("Apply scope changes"));
    const QString app = okta::escapeControls(appLabel);
    box->setText(
        grants > 0 && revokes > 0
            ? tr("Send %n change(s) to the app \u201c%1\u201d?", nullptr, int(changes.size())).arg(app)
        : grants > 0 ? tr("Grant %n scope(s) to the app \u201c%1\u201d?", nullptr, grants).arg(app)
                     : tr("Revoke %n scope(s) from the app \u201c%1\u201d?", nullptr, revokes).arg(app));
    box->setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            tr("Connections that use the app must be reauthorized to pick up the changes."));
    QPushButton *confirm = box->addButton(tr("Apply"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmApplyButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(confirm);
    QObject::connect(confirm, &QPushButton::clicked, box, [onConfirmed = std::move(onConfirmed)] {
        if (onConfirmed)
            onConfirmed();
    });
    box->open();
    return box;
}

} // namespace oktadesk
