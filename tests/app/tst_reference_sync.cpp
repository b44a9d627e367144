// The reference data travels from the administrator to the client: a sync
// round caches a new revision (and asks with If-None-Match, so an unchanged
// set costs a 304), and an offline accept computes its deadline with the
// cached calendar exactly as the server does with its own.

#include "SyncClient.h"

#include "cache/ReferenceStore.h"

#include <QJsonArray>

using namespace synctest;

class TestReferenceSync : public QObject
{
    Q_OBJECT

    ServerProcess m_server{60};

    // Adds a holiday through the admin API as the demo administrator.
    bool addHoliday(QDate day)
    {
        Client admin(m_server, QStringLiteral("admin"));
        if (!logIn(admin.profile, QStringLiteral("demo")).ok)
            return false;
        ApiClient api(admin.profile.endpoint);
        api.setToken(admin.profile.readToken());
        std::optional<ApiResult> answer;
        api.post(QStringLiteral("admin/holidays"),
                 {{QStringLiteral("date"), day.toString(Qt::ISODate)},
                  {QStringLiteral("name"), QStringLiteral("Ngày nghỉ do thành phố quyết định")}},
                 [&answer](const ApiResult &r) { answer = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000); }();
        if (!answer || !answer->ok())
            qWarning("adding the holiday failed: %s", answer ? qPrintable(answer->message) : "");
        return answer && answer->ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void anAdminsHolidayReachesTheClientsDeadlines()
    {
        auto leader = syncedClient(m_server, QStringLiteral("leader"));
        QVERIFY(leader);
        const ReferenceStore cached(leader->cache->db());
        QCOMPARE(cached.revision(), qint64(1));
        QCOMPARE(cached.current().holidays, ReferenceData::defaults().holidays);

        const QList<CaseRow> toAccept = leader->store->page(queue(Queue::ToAccept), {}, 10);
        QVERIFY(!toAccept.isEmpty());
        const CaseId id = toAccept.first().id;
        const Case before = *leader->store->caseById(id);
        const int hours = cached.current().rules.answerHoursFor(before.urgency, before.field);

        // The day the deadline would fall on becomes a holiday: it must move.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DeadlineCalendar old = cached.current().calendar();
        QDate day = old.addWorkingHours(now, hours).toTimeZone(old.timeZone()).date();
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        QVERIFY(addHoliday(day));

        QSignalSpy changed(leader->engine.get(), &SyncEngine::referenceChanged);
        QCOMPARE(runRound(*leader->engine).state, SyncState::Idle);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), qint64(2));
        QCOMPARE(cached.revision(), qint64(2));
        const ReferenceData data = cached.current();
        QVERIFY(!data.calendar().isWorkingDay(day));
        // Unchanged on the server: answered 304, nothing replaced.
        QCOMPARE(runRound(*leader->engine).state, SyncState::Idle);
        QCOMPARE(changed.size(), 1);

        // Offline accept with the cached rules, as DeskSession and `pakn act` build them.
        const WorkflowRules rules = data.workflowRules();
        LocalActions actions(leader->cache->db(), rules, kClient);
        QVERIFY(actions.perform(id, CaseAction::Accept, {}).ok());
        const Case local = *leader->store->caseById(id);
        const QDateTime localAt = local.history.last().at;
        QCOMPARE(local.answerDeadline, data.calendar().addWorkingHours(localAt, hours));
        QVERIFY(local.answerDeadline != old.addWorkingHours(localAt, hours));

        // The server decides with the same data at its own time.
        const Round sent = runRound(*leader->engine);
        QCOMPARE(sent.state, SyncState::Idle);
        QCOMPARE(sent.actionsSent, 1);
        const Case server = *leader->store->caseById(id);
        QCOMPARE(server.status, CaseStatus::InProgress);
        QCOMPARE(server.history.last().action, QStringLiteral("accept"));
        const QDateTime serverAt = server.history.last().at;
        QCOMPARE(server.answerDeadline, data.calendar().addWorkingHours(serverAt, hours));
        QVERIFY(server.answerDeadline.toTimeZone(old.timeZone()).date() != day);
    }
};

QTEST_GUILESS_MAIN(TestReferenceSync)
#include "tst_reference_sync.moc"
