// The Service accounts page and the onboarding wizard in the real main window against a
// demo org, driven with QTest mouse and key events on widgets found by objectName: the super
// admins table, a complete onboarding (password shown once, clipboard wiped on close, the
// next step opening the connection wizard), and a fault at the app-assignment step undone
// after a confirmation. The org's state is checked through the API afterwards. With
// OKTADESK_SCREENSHOT_DIR set, the page and each wizard page are saved as PNGs.
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingsetup.h"
#include "support/demofixture.h"
#include "support/testmain.h"
#include "support/widgetdriver.h"
#include "support/windowrig.h"
#include "ui/mainwindow.h"
#include "ui/onboarding/onboardingwizard.h"
#include "ui/pages/serviceaccountspage.h"
#include "ui/sessioncontroller.h"
#include "ui/wizard/connectionwizard.h"
#include "ui/wizard/statusmessage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace okta;
using oktadesk::MainWindow;
using oktadesk::OnboardingWizard;
using oktadesk::StatusMessage;

class TstOnboardingWizard : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    QNetworkAccessManager m_plain;
    QString m_appId;
    int m_run = 0;

    oktadesk::ServiceAccountsPage *page() const { return m_rig->window.serviceAccountsPage(); }
    OnboardingWizard *wizard() const { return page()->wizard(); }
    template<typename T> T *child(const char *name) const {
        return wizard() ? wizard()->findChild<T *>(QLatin1String(name)) : nullptr;
    }
    QString status(const char *name) const {
        auto *m = child<StatusMessage>(name);
        return m && m->isVisible() ? m->text() : QString();
    }
    void click(QAbstractButton *button) { QVERIFY(okta::test::click(button)); }
    void click(const char *name) { click(child<QAbstractButton>(name)); }
    void type(const char *name, const QString &text) {
        QVERIFY2(okta::test::typeInto(child<QLineEdit>(name), text), name);
    }
    QAbstractButton *button(QWizard::WizardButton which) const { return wizard()->button(which); }

    int httpStatus(const QString &path) {
        QNetworkRequest request(QUrl(m_demo->baseUrl().toString() + path));
        request.setRawHeader("Authorization", "SSWS " + m_demo.apiToken());
        QNetworkReply *reply = m_plain.get(request);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return code;
    }

    void shoot(QWidget *widget, const char *name) {
        const QString dir = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(QLatin1String(name)), "PNG"));
    }

    // From the page's button to the review page with the checks passed.
    void toReview(const QString &login, bool shots) {
        const auto shot = [&](const char *name) {
            if (shots)
                shoot(wizard(), name);
        };
        m_rig->window.showPage(MainWindow::ServiceAccountsIndex);
        auto *onboard = page()->findChild<QAbstractButton *>(QStringLiteral("onboardButton"));
        QVERIFY(onboard && onboard->isVisible());
        QTest::mouseClick(onboard, Qt::LeftButton);
        QTRY_VERIFY(wizard() && wizard()->isVisible());
        QVERIFY(wizard()->isModal() || wizard()->windowModality() != Qt::NonModal);
        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::IntroId));
        QVERIFY(child<QLabel>("whyLabel")->text().contains(QLatin1String("attributed to the account")));
        QVERIFY(status("namingConvention").contains(QLatin1String("svc-")));
        shot("onboarding-1-why.png");
        click(button(QWizard::NextButton));

        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::AccountId));
        // The convention, with the signed-in admin's domain.
        QCOMPARE(child<QLineEdit>("loginEdit")->text(),
                 QStringLiteral("svc-okta-workflows@demo.oktadesk.test"));
        QCOMPARE(child<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Okta Workflows"));
        QVERIFY(child<QAbstractButton>("generatedPasswordRadio")->isChecked());
        QVERIFY(button(QWizard::NextButton)->isEnabled());
        type("loginEdit", QStringLiteral("svc-workflows"));
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        QVERIFY(status("accountProblems").contains(QLatin1String("email form")));
        type("loginEdit", login);
        QVERIFY(button(QWizard::NextButton)->isEnabled());
        type("emailEdit", QStringLiteral("it-ops@demo.oktadesk.test"));
        QVERIFY(status("accountProblems").isEmpty());
        shot("onboarding-2-account.png");
        click(button(QWizard::NextButton));

        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::AccessId));
        QCOMPARE(child<QComboBox>("roleCombo")->currentData().toString(), QStringLiteral("SUPER_ADMIN"));
        QVERIFY(status("roleWarning").contains(QLatin1String("most powerful role")));
        auto *apps = child<QComboBox>("appCombo");
        QTRY_VERIFY_WITH_TIMEOUT(apps->isEnabled(), 10000);
        QCOMPARE(apps->currentText(), QStringLiteral("Okta Workflows OAuth"));
        QVERIFY(apps->count() > 1);
        QVERIFY(button(QWizard::NextButton)->isEnabled());
        shot("onboarding-3-access.png");
        click(button(QWizard::NextButton));

        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::ReviewId));
        QVERIFY(child<QLabel>("reviewSummary")->text().contains(login));
        QTRY_VERIFY_WITH_TIMEOUT(button(QWizard::CommitButton)->isEnabled(), 10000);
        QVERIFY(status("check0").contains(QLatin1String("No user has the login")));
        QVERIFY(status("check1").contains(m_appId));
        QVERIFY(status("check2").contains(QLatin1String("is a super admin")));
        QCOMPARE(button(QWizard::CommitButton)->text(), QStringLiteral("Create account"));
        shot("onboarding-4-review.png");
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o = okta::test::demoSize(40, 5, 50);
        o.eventDays = 1;
        QVERIFY2(m_demo.start(o), m_demo.error());
        QNetworkRequest request(
            QUrl(m_demo->baseUrl().toString() + QStringLiteral("/api/v1/apps?q=Okta%20Workflows")));
        request.setRawHeader("Authorization", "SSWS " + m_demo.apiToken());
        QNetworkReply *reply = m_plain.get(request);
        QTRY_VERIFY(reply->isFinished());
        const QJsonArray apps = QJsonDocument::fromJson(reply->readAll()).array();
        for (const QJsonValue &v : apps)
            if (v.toObject().value(QLatin1String("label")).toString() ==
                QLatin1String("Okta Workflows OAuth"))
                m_appId = v.toObject().value(QLatin1String("id")).toString();
        reply->deleteLater();
        QVERIFY(!m_appId.isEmpty());
    }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.resize(1200, 760);
        m_rig->window.show();
        QSignalSpy settled(&m_rig->controller, &oktadesk::SessionController::connectionSettled);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo.apiToken());
        QTRY_COMPARE(settled.count(), 1);
    }

    void cleanup() {
        m_demo->setFaults({});
        m_rig.reset();
    }

    void thePageListsTheSuperAdmins() {
        m_rig->window.showPage(MainWindow::ServiceAccountsIndex);
        auto *table = page()->findChild<QTableWidget *>(QStringLiteral("superAdminTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, 10000);
        bool admin = false;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == m_demo->adminLogin())
                admin = table->item(row, 3)->text() == QLatin1String("a person");
        QVERIFY(admin);
        auto *summary = page()->findChild<StatusMessage *>(QStringLiteral("adminsStatus"));
        QVERIFY2(summary->text().startsWith(QLatin1String("Super admins: 1.")), qPrintable(summary->text()));
        QVERIFY(!page()->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
    }

    void onboardsAndLeadsToSigningIn() {
        // The login the convention proposes.
        const QString login = QStringLiteral("svc-okta-workflows@demo.oktadesk.test");
        toReview(login, true);
        if (QTest::currentTestFailed())
            return;
        click(button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(OnboardingWizard::SummaryId), 15000);
        QVERIFY(status("summaryMessage").contains(QLatin1String("is ready")));
        auto *password = child<QLineEdit>("passwordEdit");
        QVERIFY(password->isVisible());
        QCOMPARE(password->text().size(), 24);
        QVERIFY(password->isReadOnly());
        QVERIFY(child<QLabel>("nextStepLabel")->text().contains(login));
        shoot(wizard(), "onboarding-5-ready.png");
        click("copyPasswordButton");
        QCOMPARE(QGuiApplication::clipboard()->text(), password->text());

        // What the org holds now, through the API.
        QCOMPARE(httpStatus(QStringLiteral("/api/v1/users/") + login), 200);

        // The next step: the connection wizard, with this org's domain.
        QPointer<OnboardingWizard> closing = wizard();
        click("signInButton");
        QTRY_VERIFY(!closing);
        // The password left the clipboard with the window.
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QTRY_VERIFY(m_rig->controller.wizard());
        auto *domain = m_rig->controller.wizard()->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
        QVERIFY(domain);
        QTest::mouseClick(m_rig->controller.wizard()->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(domain->text(), m_demo.domain());
        m_rig->controller.wizard()->reject();

        // The page read its admins again: the new account is there, as a service account.
        auto *table = page()->findChild<QTableWidget *>(QStringLiteral("superAdminTable"));
        QTRY_VERIFY_WITH_TIMEOUT(!table->findItems(login, Qt::MatchExactly).isEmpty(), 10000);
        const int row = table->findItems(login, Qt::MatchExactly).constFirst()->row();
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("a service account"));
        QCOMPARE(table->item(row, 0)->row(), 0); // service accounts first
        shoot(&m_rig->window, "page-serviceaccounts.png");
    }

    void aFaultAtTheAppStepIsUndoneAfterConfirmation() {
        const QString login = QStringLiteral("svc-okta-workflows-2@demo.oktadesk.test");
        toReview(login, false);
        if (QTest::currentTestFailed())
            return;
        // A server error on the app-assignment write, and on nothing else.
        connect(wizard()->setup(), &okta::OnboardingSetup::jobStarted, this, [this](OnboardingJob *job) {
            connect(job, &OnboardingJob::stepChanged, this, [this, job](OnboardingJob::Step step) {
                if (step != OnboardingJob::Step::AssignApp)
                    return;
                demo::FaultOptions fault;
                if (job->step(step).state == OnboardingJob::StepState::Running) {
                    fault.serverErrorEvery = 1;
                    fault.pathPrefix = QStringLiteral("/api/v1/apps/%1/users").arg(m_appId);
                }
                m_demo->setFaults(fault);
            });
        });
        click(button(QWizard::CommitButton));
        QCOMPARE(wizard()->currentId(), int(OnboardingWizard::ProgressId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>("undoButton")->isVisible(), 15000);
        QVERIFY(status("step0").contains(QLatin1String("Created")));
        QVERIFY(status("step1").contains(QLatin1String("Assigned")));
        QVERIFY(status("step2").contains(QLatin1String("internal error")));
        QCOMPARE(child<StatusMessage>("step2")->kind(), StatusMessage::Kind::Error);
        const QString outcome = status("outcomeMessage");
        QVERIFY2(outcome.contains(QStringLiteral("The user %1 exists").arg(login)), qPrintable(outcome));
        QVERIFY(outcome.contains(QLatin1String("holds the admin role SUPER_ADMIN")));
        QVERIFY(child<QAbstractButton>("retryStepButton")->isVisible());
        QVERIFY(child<QAbstractButton>("keepButton")->isVisible());
        QVERIFY(!button(QWizard::NextButton)->isEnabled());
        shoot(wizard(), "onboarding-6-failed.png");

        // Closing now would leave it half-done without a decision: refused, and said why.
        click(button(QWizard::CancelButton));
        QVERIFY(wizard() && wizard()->isVisible());
        QVERIFY(status("closeNotice").contains(QLatin1String("Choose first")));

        // The confirmation, cancelled: nothing is undone.
        click("undoButton");
        QTRY_VERIFY(wizard()->findChild<QMessageBox *>(QStringLiteral("confirmUndoDialog")));
        auto *box = wizard()->findChild<QMessageBox *>(QStringLiteral("confirmUndoDialog"));
        QVERIFY(box->informativeText().contains(login));
        shoot(box, "onboarding-7-confirm-undo.png");
        click(box->button(QMessageBox::Cancel));
        QTest::qWait(300);
        QCOMPARE(httpStatus(QStringLiteral("/api/v1/users/") + login), 200);

        // Confirmed: the role, then the user, each removal read back.
        click("undoButton");
        QTRY_VERIFY(wizard()->findChild<QMessageBox *>(QStringLiteral("confirmUndoDialog")));
        box = wizard()->findChild<QMessageBox *>(QStringLiteral("confirmUndoDialog"));
        click(box->findChild<QAbstractButton *>(QStringLiteral("confirmUndoButton")));
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(OnboardingWizard::SummaryId), 15000);
        const QString summary = status("summaryMessage");
        QVERIFY2(summary.contains(QLatin1String("Undone, each removal checked")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("the admin role SUPER_ADMIN")));
        QVERIFY(summary.contains(QStringLiteral("the user %1 (deactivated, then deleted)").arg(login)));
        QVERIFY(!child<QLineEdit>("passwordEdit")->isVisible());
        QVERIFY(!child<QAbstractButton>("signInButton")->isVisible());
        QVERIFY(child<QLabel>("nextStepLabel")->text().contains(QLatin1String("Nothing")));
        shoot(wizard(), "onboarding-8-undone.png");
        QCOMPARE(httpStatus(QStringLiteral("/api/v1/users/") + login), 404);
        click(button(QWizard::FinishButton));
        QTRY_VERIFY(!wizard());
    }
};

OKTADESK_TEST_MAIN(TstOnboardingWizard)
#include "tst_onboardingwizard.moc"
