// Users and groups against the demo org over loopback, through core's calls and jobs and
// through the real oktadesk-cli: the first 200 and the "more exist" hint, streaming every
// user and group (the org's exact counts), a user's groups by id or login, and the bulk group
// attribute update: exactly the user's editable groups change, only that attribute, app and
// built-in groups are skipped, a partial failure keeps what succeeded, a dry run changes
// nothing. Every request the client sent is checked against Okta's spec at the end.
#include "core/directory/groupattributeapply.h"
#include "core/directory/groupattributepreview.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"
#include "demo/demoorg.h"
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace okta;
using okta::test::CliRun;
using okta::test::collect;
using okta::test::PagerRun;
using okta::test::runCli;

namespace {
using Change = GroupAttributeChange;
using Snapshot = QHash<QString, QJsonObject>; // group id -> the group as the org serves it
} // namespace

class TstDirectory : public QObject {
    Q_OBJECT
    static constexpr int Users = 450;
    static constexpr int Groups = 60;
    okta::test::DemoFixture m_demo;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;
    QProcessEnvironment m_env;

    QStringList withOrg(const QStringList &command) const {
        return command + QStringList{QStringLiteral("--org"), m_demo.domain(), QStringLiteral("--token-env"),
                                     QStringLiteral("T")};
    }

    Snapshot groupsSnapshot() {
        Snapshot s;
        for (const QJsonObject &g : m_demo.fetchAll(QStringLiteral("/api/v1/groups?limit=200")))
            s.insert(g.value(QLatin1String("id")).toString(), g);
        return s;
    }

    // A user in an app group and in at least `editable` Okta groups (the demo org has both).
    QJsonObject userWithAppGroup(int editable, int skip = 0) {
        for (const QJsonObject &u : m_demo.fetchAll(QStringLiteral("/api/v1/users?limit=200"))) {
            const QList<QJsonObject> groups = m_demo.fetchAll(
                QStringLiteral("/api/v1/users/%1/groups").arg(u.value(QLatin1String("id")).toString()));
            int app = 0, okta = 0;
            for (const QJsonObject &g : groups) {
                app += g.value(QLatin1String("type")).toString() == QLatin1String("APP_GROUP");
                okta += g.value(QLatin1String("type")).toString() == QLatin1String("OKTA_GROUP");
            }
            if (app > 0 && okta >= editable && skip-- <= 0)
                return u;
        }
        return {};
    }

    static QString login(const QJsonObject &user) {
        return user.value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString();
    }

    struct Preview {
        bool done = false;
        GroupAttributePlan plan;
        QString error;
    };
    Preview preview(const GroupAttributeRequest &request) {
        // Shared with the handler, which may run after a timed-out wait.
        const auto out = std::make_shared<Preview>();
        auto *job = new GroupAttributePreviewJob(m_client.get(), request, this);
        connect(job, &GroupAttributePreviewJob::finished, this, [out](GroupAttributePreviewJob *j) {
            out->plan = j->plan();
            out->error = j->errorString();
            out->done = j->stage() == GroupAttributePreviewJob::Stage::Done;
        });
        job->start();
        (void)QTest::qWaitFor([out] { return out->done || !out->error.isEmpty(); }, 30000);
        return *out;
    }

    GroupAttributePlan apply(const GroupAttributePlan &plan,
                             const std::function<void(GroupAttributeApplyJob *)> &whileRunning = {}) {
        const auto out = std::make_shared<std::optional<GroupAttributePlan>>();
        auto *job = new GroupAttributeApplyJob(m_client.get(), plan, this);
        connect(job, &GroupAttributeApplyJob::finished, this,
                [out](GroupAttributeApplyJob *j) { *out = j->plan(); });
        job->start();
        if (whileRunning)
            whileRunning(job);
        (void)QTest::qWaitFor([out] { return out->has_value(); }, 60000);
        return out->value_or(GroupAttributePlan{});
    }

    // The groups that differ between two snapshots, each with the profile keys that changed.
    static QHash<QString, QStringList> differences(const Snapshot &before, const Snapshot &after) {
        QHash<QString, QStringList> diff;
        for (auto it = before.begin(); it != before.end(); ++it) {
            const QJsonObject a = it.value();
            const QJsonObject b = after.value(it.key());
            if (a == b)
                continue;
            QStringList keys;
            const QJsonObject pa = a.value(QLatin1String("profile")).toObject();
            const QJsonObject pb = b.value(QLatin1String("profile")).toObject();
            for (const QString &k : pa.keys() + pb.keys())
                if (pa.value(k) != pb.value(k) && !keys.contains(k))
                    keys.append(k);
            // Apart from the profile, only lastUpdated may change.
            QJsonObject ra = a, rb = b;
            for (const char *k : {"profile", "lastUpdated"}) {
                ra.remove(QLatin1String(k));
                rb.remove(QLatin1String(k));
            }
            if (ra != rb)
                keys.append(QStringLiteral("<not the profile>"));
            diff.insert(it.key(), keys);
        }
        if (after.size() != before.size())
            diff.insert(QStringLiteral("<group count>"), {});
        return diff;
    }

    static QSet<QString> editableIds(const GroupAttributePlan &plan,
                                     Change::Action action = Change::Action::Update) {
        QSet<QString> ids;
        for (const Change &c : plan.changes)
            if (c.action == action)
                ids.insert(c.groupId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_demo.start(okta::test::demoSize(Users, Groups, 100)), m_demo.error());
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth = std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo.apiToken());
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("T"), m_demo->apiToken());
    }

    void init() {
        m_demo->setFaults({});
        m_demo->setRateLimitBuckets({{QStringLiteral("/"), 0}});
    }

    // Every request the client sent here is valid against Okta's official spec.
    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        QVERIFY(spec.loaded());
        QVERIFY(m_nam->requests.size() > 20);
        QSet<QString> operations;
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.url.toString()));
            operations.insert(QString::fromLatin1(r.method) + QLatin1Char(' ') +
                              r.url.path().section(QLatin1Char('/'), 0, 3));
        }
        // The update's calls were among them.
        QVERIFY2(operations.contains(QStringLiteral("PUT /api/v1/groups")),
                 qPrintable(QStringList(operations.cbegin(), operations.cend()).join(u',')));
        QVERIFY(operations.contains(QStringLiteral("GET /api/v1/meta")));
    }

    void firstUsersPageSaysMoreExist() {
        UserQuery query;
        Pager *pager = m_api->listUsers(query, this);
        pager->setMaxRows(200);
        PagerRun run;
        collect(pager, run);
        QCOMPARE(run.outcome, Pager::Outcome::LimitReached);
        QCOMPARE(run.rows.size(), 200);
        QVERIFY(pager->nextUrl().isValid()); // Okta has more
        QCOMPARE(run.batches, 1);

        const CliRun cli = runCli(withOrg({QStringLiteral("users"), QStringLiteral("list"),
                                           QStringLiteral("--format"), QStringLiteral("ndjson")}),
                                  m_env);
        QVERIFY2(cli.finished && cli.exitCode == 0, cli.describe().constData());
        QCOMPARE(cli.outLines().size(), 200);
        QVERIFY2(
            cli.errText().contains(QStringLiteral("More users exist: these are the first 200. --all streams "
                                                  "every one.")),
            cli.err.constData());
        // And says plainly that a plain list leaves out deactivated users.
        QVERIFY(cli.errText().contains(QStringLiteral("Okta leaves deactivated (DEPROVISIONED) users out")));
    }

    void streamingAllReturnsTheOrgsCounts() {
        // Every user exists once: the plain list (which leaves out deprovisioned users, as
        // Okta does) plus the deprovisioned ones found by search is the org's user count.
        PagerRun plain, deprovisioned, everyone;
        collect(m_api->listUsers({}, this), plain);
        UserQuery search;
        search.search = QStringLiteral("status eq \"DEPROVISIONED\"");
        collect(m_api->listUsers(search, this), deprovisioned);
        search.search = QStringLiteral("id pr");
        collect(m_api->listUsers(search, this), everyone);
        for (const PagerRun *r : {&plain, &deprovisioned, &everyone})
            QCOMPARE(r->outcome, Pager::Outcome::Complete);
        QVERIFY(deprovisioned.rows.size() > 0);
        QCOMPARE(plain.rows.size() + deprovisioned.rows.size(), Users);
        QCOMPARE(everyone.rows.size(), Users);
        QCOMPARE(everyone.keys(QStringLiteral("id")).size(), Users); // no repeats across pages
        QVERIFY(plain.batches >= 3);

        // The CLI streams the same.
        const CliRun cli =
            runCli(withOrg({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("ndjson")}),
                   m_env);
        QVERIFY2(cli.finished && cli.exitCode == 0, cli.describe().constData());
        QCOMPARE(cli.outLines().size(), plain.rows.size());
        QVERIFY(!cli.errText().contains(QStringLiteral("More users exist")));

        // Groups: every one, each with its member count.
        GroupQuery groups;
        groups.limit = 25;
        groups.expandStats = true;
        PagerRun all;
        collect(m_api->listGroups(groups, this), all);
        QCOMPARE(all.outcome, Pager::Outcome::Complete);
        QCOMPARE(all.rows.size(), Groups);
        QCOMPARE(all.keys(QStringLiteral("id")).size(), Groups);
        const QJsonObject sample = all.rows.at(7);
        const qint64 count = sample.value(QLatin1String("_embedded"))
                                 .toObject()
                                 .value(QLatin1String("stats"))
                                 .toObject()
                                 .value(QLatin1String("usersCount"))
                                 .toInteger(-1);
        QCOMPARE(count, m_demo
                            .fetchAll(QStringLiteral("/api/v1/groups/%1/users")
                                          .arg(sample.value(QLatin1String("id")).toString()))
                            .size());

        const CliRun csv =
            runCli(withOrg({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("csv")}),
                   m_env);
        QVERIFY2(csv.finished && csv.exitCode == 0, csv.describe().constData());
        QCOMPARE(csv.outLines().size(), Groups + 1);
        QCOMPARE(csv.outLines().constFirst().trimmed(),
                 QStringLiteral("id,type,profile.name,_embedded.stats.usersCount"));
    }

    void searchFilterAndQuickSearchExcludeEachOther() {
        const CliRun run =
            runCli(withOrg({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                            QStringLiteral("id pr"), QStringLiteral("-q"), QStringLiteral("a")}),
                   m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QVERIFY(run.errText().contains(QStringLiteral("exclude each other")));
        // A broken expression gets Okta's message.
        const CliRun broken =
            runCli(withOrg({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                            QStringLiteral("profile.login eq")}),
                   m_env);
        QVERIFY2(broken.finished && broken.exitCode == 1, broken.describe().constData());
        QVERIFY(broken.errText().contains(QStringLiteral("search criterion")));
    }

    void aUsersGroupsByIdOrLogin() {
        const QJsonObject user = userWithAppGroup(1);
        QVERIFY(!user.isEmpty());
        const QString id = user.value(QLatin1String("id")).toString();
        QSet<QString> expected;
        for (const QJsonObject &g : m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(id)))
            expected.insert(g.value(QLatin1String("id")).toString());
        for (const QString &who : {id, login(user)}) {
            const CliRun run = runCli(withOrg({QStringLiteral("users"), QStringLiteral("groups"), who,
                                               QStringLiteral("--format"), QStringLiteral("json")}),
                                      m_env);
            QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
            QSet<QString> ids;
            const QJsonArray listed = QJsonDocument::fromJson(run.out).array();
            for (const QJsonValue &g : listed)
                ids.insert(g.toObject().value(QLatin1String("id")).toString());
            QCOMPARE(ids, expected);
        }
        // --first cuts the list and says how many more there are.
        const CliRun first = runCli(withOrg({QStringLiteral("users"), QStringLiteral("groups"), id,
                                             QStringLiteral("--first"), QStringLiteral("1")}),
                                    m_env);
        QVERIFY2(first.finished && first.exitCode == 0, first.describe().constData());
        QCOMPARE(first.outLines().size(), 2); // header and one group
        QVERIFY2(first.errText().contains(
                     QStringLiteral("The user belongs to %1 more group").arg(expected.size() - 1)),
                 first.err.constData());

        const CliRun missing = runCli(withOrg({QStringLiteral("users"), QStringLiteral("groups"),
                                               QStringLiteral("nobody@nowhere.test")}),
                                      m_env);
        QVERIFY2(missing.finished && missing.exitCode == 1, missing.describe().constData());
        QVERIFY(missing.errText().contains(QStringLiteral("there is no user \"nobody@nowhere.test\"")));
    }

    // The core of "Done means": exactly the user's editable groups change, only the attribute.
    void bulkUpdateChangesExactlyTheUsersEditableGroups() {
        const QJsonObject user = userWithAppGroup(2);
        QVERIFY(!user.isEmpty());
        const Snapshot before = groupsSnapshot();
        QCOMPARE(before.size(), Groups);
        // Nothing else may move either: every user (deprovisioned ones too) and the user's memberships.
        const QList<QJsonObject> usersBefore =
            m_demo.fetchAll(QStringLiteral("/api/v1/users?limit=200&search=id%20pr"));
        QCOMPARE(usersBefore.size(), Users);
        const QString userGroupsPath =
            QStringLiteral("/api/v1/users/%1/groups").arg(user.value(QLatin1String("id")).toString());
        QSet<QString> membershipsBefore;
        for (const QJsonObject &g : m_demo.fetchAll(userGroupsPath))
            membershipsBefore.insert(g.value(QLatin1String("id")).toString());

        const Preview p = preview({login(user), QStringLiteral("costCenter"), QStringLiteral("CC-4242")});
        QVERIFY2(p.done, qPrintable(p.error));
        const GroupAttributePlan &plan = p.plan;
        QCOMPARE(plan.userId, user.value(QLatin1String("id")).toString());
        QCOMPARE(plan.value, QJsonValue(QStringLiteral("CC-4242")));
        QSet<QString> userGroups;
        for (const QJsonObject &g :
             m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(plan.userId)))
            userGroups.insert(g.value(QLatin1String("id")).toString());
        QCOMPARE(plan.changes.size(), userGroups.size());
        for (const Change &c : plan.changes) {
            const QJsonObject g = before.value(c.groupId);
            QVERIFY(userGroups.contains(c.groupId));
            const QString type = g.value(QLatin1String("type")).toString();
            // The preview shows each group's current value, as the org holds it.
            QCOMPARE(c.current,
                     g.value(QLatin1String("profile")).toObject().value(QLatin1String("costCenter")));
            QCOMPARE(c.action, type == QLatin1String("APP_GROUP")  ? Change::Action::SkipAppGroup
                               : type == QLatin1String("BUILT_IN") ? Change::Action::SkipBuiltIn
                                                                   : Change::Action::Update);
        }
        QVERIFY(plan.count(Change::Action::SkipAppGroup) >= 1);
        QCOMPARE(plan.count(Change::Action::SkipBuiltIn), 1); // Everyone
        QCOMPARE(groupsSnapshot(), before);                   // the preview changed nothing

        const GroupAttributePlan result = apply(plan);
        QCOMPARE(result.count(Change::Result::Updated), plan.count(Change::Action::Update));
        QCOMPARE(result.count(Change::Result::Failed), 0);
        const QHash<QString, QStringList> diff = differences(before, groupsSnapshot());
        const QSet<QString> editable = editableIds(plan);
        QCOMPARE(QSet<QString>(diff.keyBegin(), diff.keyEnd()), editable);
        for (auto it = diff.begin(); it != diff.end(); ++it)
            QCOMPARE(it.value(), QStringList{QStringLiteral("costCenter")});
        for (const QString &id : editable)
            QCOMPARE(groupsSnapshot()
                         .value(id)
                         .value(QLatin1String("profile"))
                         .toObject()
                         .value(QLatin1String("costCenter")),
                     QJsonValue(QStringLiteral("CC-4242")));
        QCOMPARE(m_demo.fetchAll(QStringLiteral("/api/v1/users?limit=200&search=id%20pr")), usersBefore);
        QSet<QString> membershipsAfter;
        for (const QJsonObject &g : m_demo.fetchAll(userGroupsPath))
            membershipsAfter.insert(g.value(QLatin1String("id")).toString());
        QCOMPARE(membershipsAfter, membershipsBefore);

        // Again: nothing left to do, and nothing is sent.
        const Preview again = preview({plan.userId, QStringLiteral("costCenter"), QStringLiteral("CC-4242")});
        QVERIFY(again.done);
        QCOMPARE(again.plan.count(Change::Action::Update), 0);
        QCOMPARE(again.plan.count(Change::Action::Unchanged), plan.count(Change::Action::Update));
    }

    void valuesFollowTheGroupSchema() {
        const QJsonObject user = userWithAppGroup(1);
        const Snapshot before = groupsSnapshot();
        Preview p = preview({login(user), QStringLiteral("confidential"), QStringLiteral("maybe")});
        QVERIFY(!p.done);
        QCOMPARE(p.error, QStringLiteral("confidential takes true or false, not \u201cmaybe\u201d."));
        p = preview({login(user), QStringLiteral("shoeSize"), QStringLiteral("42")});
        QVERIFY(!p.done);
        QVERIFY(p.error.contains(QStringLiteral("no attribute \u201cshoeSize\u201d")));
        p = preview({login(user), QStringLiteral("name"), QStringLiteral("Same")});
        QVERIFY(!p.done);
        QVERIFY(p.error.contains(QStringLiteral("unique")));
        p = preview(
            {QStringLiteral("nobody@nowhere.test"), QStringLiteral("region"), QStringLiteral("EMEA")});
        QVERIFY(!p.done);
        QVERIFY(p.error.contains(QStringLiteral("no user")));
        // A boolean goes as a boolean, and reaches the org as one.
        p = preview({login(user), QStringLiteral("confidential"), QStringLiteral("true")});
        QVERIFY2(p.done, qPrintable(p.error));
        QCOMPARE(p.plan.value, QJsonValue(true));
        const GroupAttributePlan result = apply(p.plan);
        QCOMPARE(result.count(Change::Result::Failed), 0);
        const QSet<QString> editableNow = editableIds(p.plan);
        for (const QString &id : editableNow)
            QCOMPARE(groupsSnapshot()
                         .value(id)
                         .value(QLatin1String("profile"))
                         .toObject()
                         .value(QLatin1String("confidential")),
                     QJsonValue(true));
        QCOMPARE(differences(before, groupsSnapshot()).size(), editableIds(p.plan).size());
    }

    void partialFailureKeepsWhatSucceededAndSaysWhy() {
        const QJsonObject user = userWithAppGroup(3, 1);
        QVERIFY(!user.isEmpty());
        const Preview p =
            preview({login(user), QStringLiteral("groupContact"), QStringLiteral("help@example.com")});
        QVERIFY2(p.done, qPrintable(p.error));
        const QStringList editable = editableIds(p.plan).values();
        QVERIFY(editable.size() >= 3);
        const QString broken = editable.first();
        const Snapshot before = groupsSnapshot();
        // Every request for one group fails at the org.
        demo::FaultOptions faults;
        faults.pathPrefix = QStringLiteral("/api/v1/groups/") + broken;
        faults.serverErrorEvery = 1;
        m_demo->setFaults(faults);
        const GroupAttributePlan result = apply(p.plan);
        m_demo->setFaults({});
        QCOMPARE(result.count(Change::Result::Failed), 1);
        QCOMPARE(result.count(Change::Result::Updated), editable.size() - 1);
        for (const Change &c : result.changes)
            if (c.groupId == broken) {
                QCOMPARE(c.result, Change::Result::Failed);
                QVERIFY2(c.message.contains(QStringLiteral("internal error")), qPrintable(c.message));
                QVERIFY(c.resultText().startsWith(QStringLiteral("Failed: ")));
            }
        QVERIFY(result.resultSummary().contains(QStringLiteral("1 failed")));
        QHash<QString, QStringList> diff = differences(before, groupsSnapshot());
        QVERIFY(!diff.contains(broken)); // kept its old value
        QCOMPARE(diff.size(), editable.size() - 1);

        // Once the org answers again, a new preview finds only that group left to do.
        const Preview retry =
            preview({login(user), QStringLiteral("groupContact"), QStringLiteral("help@example.com")});
        QVERIFY(retry.done);
        QCOMPARE(editableIds(retry.plan).values(), QStringList{broken});
        QCOMPARE(apply(retry.plan).count(Change::Result::Updated), 1);
        diff = differences(before, groupsSnapshot());
        QCOMPARE(diff.size(), editable.size());
    }

    void cliDryRunChangesNothingAndTheRealRunDoes() {
        const QJsonObject user = userWithAppGroup(2, 2);
        QVERIFY(!user.isEmpty());
        const Snapshot before = groupsSnapshot();
        const QStringList args = {QStringLiteral("groups"),      QStringLiteral("set-attribute"),
                                  QStringLiteral("--user"),      login(user),
                                  QStringLiteral("--attribute"), QStringLiteral("region"),
                                  QStringLiteral("--value"),     QStringLiteral("APAC")};
        const CliRun dry =
            runCli(withOrg(args + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                              QStringLiteral("json")}),
                   m_env);
        QVERIFY2(dry.finished && dry.exitCode == 0, dry.describe().constData());
        QVERIFY(dry.errText().contains(QStringLiteral("Nothing was changed.")));
        const QJsonArray planned = QJsonDocument::fromJson(dry.out).array();
        QVERIFY(planned.size() >= 3);
        int skipped = 0;
        for (const QJsonValue &v : planned) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("new")), QJsonValue(QStringLiteral("APAC")));
            skipped += o.value(QLatin1String("result")).toString().startsWith(QStringLiteral("Skipped"));
        }
        QVERIFY(skipped >= 2); // an app group and Everyone
        QCOMPARE(groupsSnapshot(), before);

        const CliRun real = runCli(withOrg(args), m_env);
        QVERIFY2(real.finished && real.exitCode == 0, real.describe().constData());
        QVERIFY(real.outText().contains(QStringLiteral("Updated")) ||
                real.outText().contains(QStringLiteral("Already set")));
        QVERIFY(real.errText().contains(QStringLiteral("0 failed")));
        const QHash<QString, QStringList> diff = differences(before, groupsSnapshot());
        for (auto it = diff.begin(); it != diff.end(); ++it)
            QCOMPARE(it.value(), QStringList{QStringLiteral("region")});
        QVERIFY(diff.size() <= planned.size() - skipped);

        // Okta refuses a value outside the attribute's enum; the CLI says so before sending.
        const CliRun bad =
            runCli(withOrg({QStringLiteral("groups"), QStringLiteral("set-attribute"),
                            QStringLiteral("--user"), login(user), QStringLiteral("--attribute"),
                            QStringLiteral("region"), QStringLiteral("--value"), QStringLiteral("Mars")}),
                   m_env);
        QVERIFY2(bad.finished && bad.exitCode == 1, bad.describe().constData());
        QVERIFY(bad.errText().contains(QStringLiteral("region takes one of: AMER, APAC, EMEA.")));
    }

    void updatesPaceThemselvesToTheRateLimit() {
        const QJsonObject user = userWithAppGroup(3);
        const Preview p = preview({login(user), QStringLiteral("costCenter"), QStringLiteral("CC-RATE")});
        QVERIFY(p.done);
        // A tight bucket for group calls: the client waits for the reset instead of failing.
        m_demo->setRateLimitBuckets({{QStringLiteral("/api/v1/groups"), 3, 1}, {QStringLiteral("/"), 0}});
        const GroupAttributePlan result = apply(p.plan);
        QCOMPARE(result.count(Change::Result::Failed), 0);
        QCOMPARE(result.count(Change::Result::Updated), p.plan.count(Change::Action::Update));
    }

    void cancelLeavesEachGroupWhole() {
        const QJsonObject user = userWithAppGroup(3, 3);
        QVERIFY(!user.isEmpty());
        const Preview p = preview({login(user), QStringLiteral("costCenter"), QStringLiteral("CC-CANCEL")});
        QVERIFY(p.done);
        const Snapshot before = groupsSnapshot();
        demo::FaultOptions slow;
        slow.pathPrefix = QStringLiteral("/api/v1/groups/");
        slow.slowResponseMs = 150;
        m_demo->setFaults(slow);
        const GroupAttributePlan result = apply(p.plan, [](GroupAttributeApplyJob *job) {
            job->setMaxParallel(1);
            QSignalSpy first(job, &GroupAttributeApplyJob::changeFinished);
            (void)first.wait(10000);
            job->cancel();
        });
        m_demo->setFaults({});
        QVERIFY(result.count(Change::Result::NotAttempted) >= 1);
        // Each group is either updated or as it was: nothing half-done.
        const Snapshot after = groupsSnapshot();
        for (const Change &c : result.changes) {
            const QJsonValue now = after.value(c.groupId)
                                       .value(QLatin1String("profile"))
                                       .toObject()
                                       .value(QLatin1String("costCenter"));
            if (c.result == Change::Result::Updated)
                QCOMPARE(now, QJsonValue(QStringLiteral("CC-CANCEL")));
            else
                QCOMPARE(after.value(c.groupId), before.value(c.groupId));
        }
    }

    void withoutTheManageScopeNothingChangesAndTheMessageSaysWhy() {
        const QJsonObject user = userWithAppGroup(1);
        const QString token =
            m_demo->issueAccessToken({QStringLiteral("okta.users.read"), QStringLiteral("okta.groups.read"),
                                      QStringLiteral("okta.schemas.read")});
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, token.toUtf8());
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        const Snapshot before = groupsSnapshot();
        GroupAttributePlan plan;
        {
            // The jobs are children of the client, which ends with this function.
            const auto previewed = std::make_shared<std::optional<GroupAttributePlan>>();
            auto *job = new GroupAttributePreviewJob(
                &client, {login(user), QStringLiteral("region"), QStringLiteral("EMEA")}, &client);
            connect(job, &GroupAttributePreviewJob::finished, this,
                    [previewed](GroupAttributePreviewJob *j) { *previewed = j->plan(); });
            job->start();
            QTRY_VERIFY(previewed->has_value());
            plan = previewed->value();
        }
        plan.value = QJsonValue(QStringLiteral("APAC"));
        for (Change &c : plan.changes)
            if (c.action == Change::Action::Unchanged)
                c.action = Change::Action::Update;
        const auto applied = std::make_shared<std::optional<GroupAttributePlan>>();
        auto *job = new GroupAttributeApplyJob(&client, plan, &client);
        connect(job, &GroupAttributeApplyJob::finished, this,
                [applied](GroupAttributeApplyJob *j) { *applied = j->plan(); });
        job->start();
        QTRY_VERIFY(applied->has_value());
        const GroupAttributePlan result = applied->value();
        QVERIFY(result.count(Change::Result::Failed) >= 1);
        for (const Change &c : result.changes)
            if (c.result == Change::Result::Failed)
                QVERIFY2(c.message.contains(QStringLiteral("lacks the scope okta.groups.manage")),
                         qPrintable(c.message));
        QCOMPARE(groupsSnapshot(), before);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstDirectory)
#include "tst_directory.moc"
