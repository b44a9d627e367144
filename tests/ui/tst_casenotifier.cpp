// What a sync round brings for the user, said once: a case newly assigned,
// a reply sent back, a case due today; nothing for the first download and
// nothing for a kind the user turned off.

#include "CacheFixture.h"
#include "CaseNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

class TestCaseNotifier : public QObject
{
    Q_OBJECT

    static void apply(CaseStore &store, const QList<Case> &cases)
    {
        FeedPage page;
        page.cursor = store.cursor() + 1;
        for (const Case &c : cases)
            page.changes.append({page.cursor, c, 0});
        QString error;
        QVERIFY2(store.applyFeedPage(page, &error), qPrintable(error));
    }

    static QList<CaseNotifier::Kind> kinds(const QSignalSpy &spy, CaseId id)
    {
        QList<CaseNotifier::Kind> out;
        for (const QList<QVariant> &args : spy)
            if (args.at(1).toLongLong() == id)
                out.append(args.at(0).value<CaseNotifier::Kind>());
        return out;
    }

private Q_SLOTS:
    void eachChangeIsToldOnce()
    {
        CacheFixture cache(12);
        CaseStore &store = *cache.store;
        CaseNotifier notifier(store);
        notifier.setClock([] { return referenceTime; });
        notifier.rebase();
        QSignalSpy told(&notifier, &CaseNotifier::notify);
        notifier.check();
        QCOMPARE(told.size(), 0); // nothing due today, nothing new

        Case assigned = generatedCase(13);
        assigned.status = CaseStatus::InProgress;
        assigned.assigneeId = officer().id;
        assigned.assigneeName = officer().displayName;
        assigned.answerDeadline = referenceTime.addSecs(3 * 3600); // later today in Vietnam
        Case sentBack = *store.caseById(6);
        QCOMPARE(sentBack.status, CaseStatus::AwaitingApproval);
        sentBack.status = CaseStatus::InProgress;
        sentBack.version += 1;
        apply(store, {assigned, sentBack});
        notifier.check();
        QCOMPARE(kinds(told, 13), (QList<CaseNotifier::Kind>{CaseNotifier::Kind::Assigned,
                                                             CaseNotifier::Kind::DueToday}));
        QCOMPARE(kinds(told, 6), QList<CaseNotifier::Kind>{CaseNotifier::Kind::SentBack});
        for (const QList<QVariant> &args : std::as_const(told))
            QVERIFY(args.at(2).toString().contains(QLatin1Char('#') + args.at(1).toString()));

        // The next round brings nothing new: nothing is told again.
        told.clear();
        notifier.check();
        QCOMPARE(told.size(), 0);

        // A kind the user turned off stays quiet.
        notifier.setEnabled(CaseNotifier::Kind::Assigned, false);
        Case another = assigned;
        another.id = 14;
        another.answerDeadline = referenceTime.addDays(3);
        apply(store, {another});
        notifier.check();
        QCOMPARE(told.size(), 0);
    }

    void theFirstDownloadIsNotNews()
    {
        CacheFixture cache(0);
        CaseStore &store = *cache.store;
        CaseNotifier notifier(store);
        notifier.setClock([] { return referenceTime; });
        notifier.rebase();
        QSignalSpy told(&notifier, &CaseNotifier::notify);
        apply(store, {generatedCase(3), generatedCase(6), generatedCase(9)});
        notifier.check();
        QCOMPARE(told.size(), 0);
    }
};

QTEST_MAIN(TestCaseNotifier)
#include "tst_casenotifier.moc"
