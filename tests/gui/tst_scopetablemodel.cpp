// The Scopes page's model and its filter, under QAbstractItemModelTester: the default list's
// 51 rows in the guidance page's order with the 7 auto-granted scopes locked (setData
// refuses them), staging by check state, staged changes that survive a new grants list,
// failures, the full catalogue and the text and status filters.
// (A gui test only because it links oktadesk_models; it shows no widget.)
#include "models/modelroles.h"
#include "models/scopefiltermodel.h"
#include "models/scopetablemodel.h"

#include "core/scopes/scopecatalog.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace oktadesk;
using okta::GrantChange;
using Status = ScopeTableModel::RowStatus;

namespace {

QList<okta::ScopeGrant> grants(const QByteArray &json) {
    const okta::Parsed<okta::ScopeGrant> page = okta::ScopeGrant::parsePage(json);
    if (!page.ok())
        qFatal("%s", qPrintable(page.error));
    return page.rows;
}

// The demo's Okta Workflows OAuth app: OIDC scopes as grants, and okta.* ones ("\/" keeps
// moc, which reads "//" in a raw string as a comment, from skipping the file).
constexpr char WorkflowsGrants[] = R"([
    {"id":"oag-openid","scopeId":"openid","status":"ACTIVE","source":"ADMIN"},
    {"id":"oag-profile","scopeId":"profile","status":"ACTIVE","source":"ADMIN"},
    {"id":"oag-users","scopeId":"okta.users.read","status":"ACTIVE","source":"ADMIN",
     "createdBy":{"id":"00uAdmin","type":"User"},"created":"2026-05-01T12:00:00.000Z",
     "issuer":"https:\/\/acme.okta.com"},
    {"id":"oag-logs","scopeId":"okta.logs.read","status":"ACTIVE","source":"END_USER"},
    {"id":"oag-brands","scopeId":"okta.brands.read","status":"ACTIVE","source":"ADMIN"}])";

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role);
}

} // namespace

class TstScopeTableModel : public QObject {
    Q_OBJECT

    ScopeTableModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ScopeFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    int row(const QString &scope) const { return m_model->rowOf(scope); }
    Status status(const QString &scope) const {
        return Status(cell(*m_model, row(scope), ScopeTableModel::Scope, ScopeStatusRole).toInt());
    }
    Qt::CheckState check(const QString &scope) const {
        return Qt::CheckState(cell(*m_model, row(scope), ScopeTableModel::Scope, Qt::CheckStateRole).toInt());
    }
    bool setCheck(const QString &scope, Qt::CheckState state) {
        return m_model->setData(m_model->index(row(scope), ScopeTableModel::Scope), state,
                                Qt::CheckStateRole);
    }

private Q_SLOTS:
    void init() {
        m_model = new ScopeTableModel(this);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter = std::make_unique<ScopeFilterModel>();
        m_filter->setSourceModel(m_model);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_filterTester.reset();
        m_filter.reset();
        m_tester.reset();
        delete m_model;
    }

    void emptyUntilTheGrantsAreIn() {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(ScopeTableModel::ColumnCount));
        QVERIFY(!m_model->stage(QStringLiteral("okta.users.manage"), GrantChange::Action::Grant));
    }

    void defaultListInOrderWithSevenLocks() {
        m_model->setGrants({});
        QCOMPARE(m_model->rowCount(), 51);
        int locked = 0;
        for (int r = 0; r < 51; ++r) {
            const QString scope = okta::ScopeCatalog::defaultScopes().at(r);
            QCOMPARE(cell(*m_model, r, ScopeTableModel::Scope).toString(), scope);
            const bool lock = cell(*m_model, r, ScopeTableModel::Scope, LockedRole).toBool();
            QCOMPARE(lock, okta::ScopeCatalog::isAutoGranted(scope));
            locked += lock;
            const Qt::ItemFlags flags = m_model->flags(m_model->index(r, ScopeTableModel::Scope));
            QCOMPARE(bool(flags & Qt::ItemIsUserCheckable), !lock);
            if (lock) {
                // Shown granted with a lock and the reason, even without a grant object.
                QCOMPARE(cell(*m_model, r, ScopeTableModel::Status).toString(), QStringLiteral("Granted"));
                QCOMPARE(cell(*m_model, r, ScopeTableModel::Scope, Qt::CheckStateRole).toInt(),
                         int(Qt::Checked));
                QVERIFY(
                    !cell(*m_model, r, ScopeTableModel::Scope, Qt::DecorationRole).value<QIcon>().isNull());
                QCOMPARE(cell(*m_model, r, ScopeTableModel::Scope, Qt::ToolTipRole).toString(),
                         ScopeTableModel::lockedToolTip());
                QVERIFY(ScopeTableModel::lockedToolTip().contains(QLatin1String("authorization")));
                QVERIFY(cell(*m_model, r, ScopeTableModel::Notes)
                            .toString()
                            .contains(QLatin1String("cannot be revoked")));
                QCOMPARE(cell(*m_model, r, ScopeTableModel::Access).toString(), QStringLiteral("OIDC"));
            } else {
                QVERIFY(!cell(*m_model, r, ScopeTableModel::Scope, Qt::DecorationRole).isValid());
            }
            QVERIFY(!cell(*m_model, r, ScopeTableModel::Description).toString().isEmpty());
        }
        QCOMPARE(locked, 7);
        const int lea = row(QStringLiteral("okta.workflows.invoke.manage"));
        QCOMPARE(lea, 50);
        QVERIFY(cell(*m_model, lea, ScopeTableModel::Notes)
                    .toString()
                    .contains(QLatin1String("Limited Early Access")));
        QVERIFY(cell(*m_model, row(QStringLiteral("okta.events.read")), ScopeTableModel::Notes)
                    .toString()
                    .startsWith(QLatin1String("Legacy")));
        QCOMPARE(cell(*m_model, row(QStringLiteral("okta.users.manage")), ScopeTableModel::Notes).toString(),
                 QStringLiteral("Includes okta.users.read"));
        QCOMPARE(cell(*m_model, row(QStringLiteral("okta.users.manage")), ScopeTableModel::Access).toString(),
                 QStringLiteral("manage"));
    }

    void grantsShowWhoAndWhen() {
        m_model->setGrants(grants(WorkflowsGrants));
        QCOMPARE(m_model->rowCount(), 52); // okta.brands.read is held, though not on the list
        const int brands = row(QStringLiteral("okta.brands.read"));
        QCOMPARE(brands, 51);
        QCOMPARE(cell(*m_model, brands, ScopeTableModel::Notes).toString(),
                 QStringLiteral("Not on the default list"));
        QCOMPARE(status(QStringLiteral("okta.users.read")), Status::Granted);
        QCOMPARE(check(QStringLiteral("okta.users.read")), Qt::Checked);
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::NotGranted);
        QCOMPARE(check(QStringLiteral("okta.users.manage")), Qt::Unchecked);
        const int users = row(QStringLiteral("okta.users.read"));
        QVERIFY(cell(*m_model, users, ScopeTableModel::GrantedBy)
                    .toString()
                    .startsWith(QStringLiteral("00uAdmin · ")));
        QCOMPARE(cell(*m_model, users, ScopeTableModel::Scope, IdRole).toString(),
                 QStringLiteral("oag-users"));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setUserNames({{QStringLiteral("00uAdmin"), QStringLiteral("admin@acme.com")}});
        QVERIFY(changed.count() >= 1);
        QVERIFY(cell(*m_model, users, ScopeTableModel::GrantedBy)
                    .toString()
                    .startsWith(QStringLiteral("admin@acme.com · ")));
        QVERIFY(cell(*m_model, users, ScopeTableModel::GrantedBy, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("https://acme.okta.com")));
        QVERIFY(cell(*m_model, row(QStringLiteral("okta.logs.read")), ScopeTableModel::GrantedBy)
                    .toString()
                    .startsWith(QLatin1String("End user consent")));
    }

    void checkingStagesAndUncheckingUnstages() {
        m_model->setGrants(grants(WorkflowsGrants));
        QSignalSpy staging(m_model, &ScopeTableModel::stagingChanged);
        QVERIFY(setCheck(QStringLiteral("okta.users.manage"), Qt::Checked));
        QVERIFY(setCheck(QStringLiteral("okta.groups.read"), Qt::Checked));
        QVERIFY(setCheck(QStringLiteral("okta.logs.read"), Qt::Unchecked));
        QCOMPARE(staging.count(), 3);
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::PendingGrant);
        QCOMPARE(check(QStringLiteral("okta.users.manage")), Qt::Checked);
        QCOMPARE(status(QStringLiteral("okta.logs.read")), Status::PendingRevoke);
        QCOMPARE(check(QStringLiteral("okta.logs.read")), Qt::Unchecked);
        QCOMPARE(m_model->stagedCount(GrantChange::Action::Grant), 2);
        QCOMPARE(m_model->stagedCount(GrantChange::Action::Revoke), 1);
        // In the list's order, the revoke naming the grant it deletes.
        QCOMPARE(m_model->stagedChanges(),
                 (QList<GrantChange>{{GrantChange::Action::Grant, QStringLiteral("okta.groups.read"), {}},
                                     {GrantChange::Action::Revoke, QStringLiteral("okta.logs.read"),
                                      QStringLiteral("oag-logs")},
                                     {GrantChange::Action::Grant, QStringLiteral("okta.users.manage"), {}}}));
        // Setting a row back to what the app holds unstages it; the same state again is no change.
        QVERIFY(setCheck(QStringLiteral("okta.logs.read"), Qt::Checked));
        QCOMPARE(status(QStringLiteral("okta.logs.read")), Status::Granted);
        QVERIFY(!setCheck(QStringLiteral("okta.logs.read"), Qt::Checked));
        QCOMPARE(m_model->stagedChanges().size(), 2);
        m_model->discardStaged();
        QVERIFY(m_model->stagedChanges().isEmpty());
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::NotGranted);
    }

    void lockedRowsRefuseSetDataAndStaging() {
        m_model->setGrants(grants(WorkflowsGrants));
        QSignalSpy staging(m_model, &ScopeTableModel::stagingChanged);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        for (const QString &scope : okta::ScopeCatalog::autoGrantedScopes()) {
            QVERIFY(!setCheck(scope, Qt::Unchecked));
            QVERIFY(!m_model->setData(m_model->index(row(scope), ScopeTableModel::Scope), Qt::Unchecked,
                                      Qt::EditRole));
            QVERIFY(!m_model->stage(scope, GrantChange::Action::Revoke));
            QVERIFY(!m_model->stage(scope.toUpper(), GrantChange::Action::Revoke));
            QCOMPARE(check(scope), Qt::Checked);
            QCOMPARE(status(scope), Status::Granted);
        }
        QCOMPARE(staging.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_model->stagedChanges().isEmpty());
    }

    void stagingAScopeTheListLacksAddsItsRow() {
        m_model->setGrants(grants(WorkflowsGrants));
        QVERIFY(m_model->stage(QStringLiteral("okta.realms.read"), GrantChange::Action::Grant));
        QCOMPARE(m_model->rowCount(), 53);
        QCOMPARE(status(QStringLiteral("okta.realms.read")), Status::PendingGrant);
        // Revoking what the app does not hold is nothing to do.
        QVERIFY(!m_model->stage(QStringLiteral("okta.sessions.read"), GrantChange::Action::Revoke));
        QCOMPARE(row(QStringLiteral("okta.sessions.read")), -1);
    }

    void aNewGrantsListKeepsWhatIsStillToDo() {
        m_model->setGrants(grants(WorkflowsGrants));
        QVERIFY(setCheck(QStringLiteral("okta.users.manage"), Qt::Checked));
        QVERIFY(setCheck(QStringLiteral("okta.groups.read"), Qt::Checked));
        QVERIFY(setCheck(QStringLiteral("okta.logs.read"), Qt::Unchecked));
        m_model->setFailure(QStringLiteral("okta.logs.read"), QStringLiteral("Okta had an internal error."));
        m_model->setFailure(QStringLiteral("okta.apps.read"), QStringLiteral("not staged: ignored"));
        QCOMPARE(status(QStringLiteral("okta.logs.read")), Status::Failed);
        QCOMPARE(status(QStringLiteral("okta.apps.read")), Status::NotGranted);
        QVERIFY(cell(*m_model, row(QStringLiteral("okta.logs.read")), ScopeTableModel::Notes)
                    .toString()
                    .startsWith(QLatin1String("Failed: Okta had an internal error.")));
        // The two grants went through; the revoke did not: the app still holds the scope.
        m_model->setGrants(grants(R"([
            {"id":"oag-logs","scopeId":"okta.logs.read","status":"ACTIVE","source":"ADMIN"},
            {"id":"oag-um","scopeId":"okta.users.manage","status":"ACTIVE","source":"ADMIN"},
            {"id":"oag-gr","scopeId":"okta.groups.read","status":"ACTIVE","source":"ADMIN"}])"));
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.groups.read")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.logs.read")), Status::Failed);
        QCOMPARE(m_model->stagedChanges(),
                 (QList<GrantChange>{{GrantChange::Action::Revoke, QStringLiteral("okta.logs.read"),
                                      QStringLiteral("oag-logs")}}));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->stagedChanges().isEmpty());
    }

    void showAllAddsTheCatalogue() {
        m_model->setGrants(grants(WorkflowsGrants));
        QVERIFY(setCheck(QStringLiteral("okta.users.manage"), Qt::Checked));
        m_model->setShowAllScopes(true);
        QCOMPARE(
            m_model->rowCount(), 52 + int(okta::ScopeCatalog::catalogueScopes().size()) - [] {
                int both = 0;
                for (const QString &s : okta::ScopeCatalog::catalogueScopes())
                    both += okta::ScopeCatalog::defaultScopes().contains(s) ||
                            s == QLatin1String("okta.brands.read");
                return both;
            }());
        QVERIFY(row(QStringLiteral("okta.realms.manage")) > 51);
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::PendingGrant); // staging stays
        m_model->setShowAllScopes(false);
        QCOMPARE(m_model->rowCount(), 52);
    }

    void filterByTextAndStatus() {
        m_model->setGrants(grants(WorkflowsGrants));
        QVERIFY(setCheck(QStringLiteral("okta.users.manage"), Qt::Checked));
        QVERIFY(setCheck(QStringLiteral("okta.logs.read"), Qt::Unchecked));
        m_filter->setText(QStringLiteral("OKTA.USERS"));
        QCOMPARE(m_filter->rowCount(), 2);               // okta.users.manage and okta.users.read
        m_filter->setText(QStringLiteral("System Log")); // descriptions: okta.logs.read, okta.events.read
        QCOMPARE(m_filter->rowCount(), 2);
        m_filter->setText({});
        m_filter->setStatusFilter(ScopeFilterModel::StatusFilter::Pending);
        QCOMPARE(m_filter->rowCount(), 2);
        m_filter->setStatusFilter(ScopeFilterModel::StatusFilter::Granted);
        QCOMPARE(m_filter->rowCount(), 7 + 2); // the locked ones, okta.users.read, okta.brands.read
        // Unstaging moves a row between the filters at once.
        QVERIFY(setCheck(QStringLiteral("okta.logs.read"), Qt::Checked));
        QCOMPARE(m_filter->rowCount(), 10);
        m_filter->setStatusFilter(ScopeFilterModel::StatusFilter::NotGranted);
        QCOMPARE(m_filter->rowCount(), 52 - 10 - 1);
    }
};

OKTADESK_TEST_MAIN(TstScopeTableModel)
#include "tst_scopetablemodel.moc"
