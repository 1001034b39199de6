#pragma once

#include "core/directory/groupattributepreview.h"
#include "core/values/groupattributeplan.h"
#include "core/values/profileschema.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace oktadesk {

class GroupAttributePlanModel;

// "Set a group attribute on all of a user's groups": pick the attribute (from the group
// schema, or typed), the value; Preview lists each group with its current and new value
// and what will happen (app and built-in groups are skipped) and changes nothing, which
// makes it the dry run; Apply sends the updates with progress and Cancel, then each
// group's outcome, failures with Okta's message. Opened with open(), never exec(). It
// asks through signals; the controller runs core's jobs.
class GroupAttributeDialog : public QDialog {
    Q_OBJECT

public:
    GroupAttributeDialog(const QString &userId, const QString &userLogin, QWidget *parent = nullptr);

    QString userId() const { return m_userId; }
    GroupAttributePlanModel *planModel() const { return m_model; }

    void setSchema(const okta::ProfileSchema &schema);
    void setSchemaError(const QString &message);

    void previewStarted();
    void previewFinished(const okta::GroupAttributePlan &plan);
    void previewFailed(const QString &message);
    void applyStarted(int total);
    void changeFinished(int index, const okta::GroupAttributeChange &change);
    void applyProgress(int done, int total);
    void applyFinished(const okta::GroupAttributePlan &plan, bool canceled);

Q_SIGNALS:
    void previewRequested(const okta::GroupAttributeRequest &request);
    void applyRequested(const okta::GroupAttributePlan &plan);
    void cancelRequested();

protected:
    // While updates are being sent the dialog stays: its table is where their outcome shows.
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    bool isApplying() const;
    void requestPreview();
    void updateTypeHint();
    void setBusy(bool busy);
    void invalidatePreview();

    QString m_userId;
    QString m_userLogin;
    okta::ProfileSchema m_schema;
    bool m_schemaKnown = false;
    QComboBox *m_attribute = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_typeHint = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    GroupAttributePlanModel *m_model = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_busy = false;
    bool m_applied = false;
};

} // namespace oktadesk
