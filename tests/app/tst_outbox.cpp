// The outbox functions behind the desk's queued-actions dialog: discarding a
// failed action keeps a reply's text as a local draft, and "retry now" makes
// entries waiting out their backoff due at once.

#include "TestCases.h"

#include "cache/LocalActions.h"
#include "cache/Outbox.h"

using namespace pakn;
using namespace testdata;

namespace {

struct Queued
{
    Queued()
    {
        QString error;
        store.setMe(officer());
        store.replaceUnits(units());
        store.replaceAccounts({officer(), leader()});
        if (!store.applyFeedPage(pageOf({makeCase(1), makeCase(2)}, 2), &error))
            qFatal("%s", qPrintable(error));
    }
    CacheFixture cache;
    CaseStore store{cache.db()};
    Outbox outbox{cache.db()};
    WorkflowRules rules;
    LocalActions actions{cache.db(), rules, QStringLiteral("pakn-desk test")};
};

QJsonObject text(const QString &t)
{
    return {{QStringLiteral("text"), t}};
}

// Whether the case's row is marked as having actions not yet sent.
bool pending(const CaseStore &store, CaseId id)
{
    CaseQuery all;
    all.queue = Queue::All;
    for (const CaseRow &row : store.page(all, {}, 100))
        if (row.id == id)
            return row.pending;
    return false;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discardingAReplyKeepsItsTextAsADraft()
    {
        Queued q;
        const QString reply = QStringLiteral("Phường đã xử lý xong vụ việc.");
        QVERIFY(q.actions.perform(1, CaseAction::SubmitReply, text(reply)).ok());
        QVERIFY(pending(q.store, 1));
        const OutboxEntry queued = q.outbox.pending().constFirst();
        QVERIFY(!queued.failed());
        QVERIFY(q.outbox.recordFailure(queued.id, QStringLiteral("HTTP 500"),
                                       QDateTime::currentDateTimeUtc()));
        QVERIFY(q.outbox.entry(queued.id)->failed());

        QString error;
        const auto discarded = q.outbox.discard(queued.id, q.store, &error);
        QVERIFY2(discarded, qPrintable(error));
        QCOMPARE(discarded->action, CaseAction::SubmitReply);
        QCOMPARE(q.outbox.count(), 0);
        QCOMPARE(q.store.localDraft(1), reply);
        QVERIFY(!pending(q.store, 1));
    }

    void aDiscardedReplyIsAddedBelowAnExistingDraft()
    {
        Queued q;
        QVERIFY(
            q.actions.perform(1, CaseAction::DraftReply, text(QStringLiteral("Bản mới."))).ok());
        // e.g. an earlier refused reply
        QVERIFY(q.store.setLocalDraft(1, QStringLiteral("Bản nháp cũ.")));
        QString error;
        QVERIFY(q.outbox.discard(q.outbox.pending().constFirst().id, q.store, &error));
        QCOMPARE(q.store.localDraft(1), QStringLiteral("Bản nháp cũ.\n\nBản mới."));
    }

    void theCaseStaysPendingWhileOtherEntriesRemain()
    {
        Queued q;
        QVERIFY(q.actions.perform(2, CaseAction::Note, text(QStringLiteral("Ghi chú 1"))).ok());
        QVERIFY(q.actions.perform(2, CaseAction::Note, text(QStringLiteral("Ghi chú 2"))).ok());
        QString error;
        QVERIFY(q.outbox.discard(q.outbox.pending().constFirst().id, q.store, &error));
        QCOMPARE(q.outbox.count(), 1);
        QVERIFY(pending(q.store, 2));
        // A note is not a reply: no draft appears.
        QCOMPARE(q.store.localDraft(2), QString());
    }

    void discardingAnUnknownEntrySaysSo()
    {
        Queued q;
        QString error;
        QVERIFY(!q.outbox.discard(4242, q.store, &error));
        QVERIFY(error.contains(QStringLiteral("4242")));
    }

    void retryNowMakesWaitingEntriesDue()
    {
        Queued q;
        QVERIFY(q.actions.perform(1, CaseAction::Note, text(QStringLiteral("Ghi chú"))).ok());
        const qint64 id = q.outbox.pending().constFirst().id;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(q.outbox.recordFailure(id, QStringLiteral("HTTP 503"), now));
        QVERIFY(!q.outbox.next(now)); // waiting out its backoff
        QVERIFY(q.outbox.retryNow());
        QVERIFY(q.outbox.next(QDateTime::currentDateTimeUtc()));
        QCOMPARE(q.outbox.entry(id)->attempts, 1); // the count of failures stays
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
