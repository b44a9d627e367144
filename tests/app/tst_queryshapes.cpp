// QueryShapes: the shape a query is read with (CaseQuerySql.h) is kept for
// the next reads of the same query and measured again when the query changes
// or anything is written to the cache, by this connection or another.

#include "TestCases.h"

#include "cache/CacheDatabase.h"
#include "cache/QueryShapes.h"

#include <QTest>

using namespace pakn;
using namespace testdata;

namespace {

// Stores `cases` as the officer's first sync.
void fill(const CacheFixture &cache, const QList<Case> &cases)
{
    CaseStore store(cache.db());
    QString error;
    QVERIFY2(store.setMe(officer(), &error), qPrintable(error));
    QVERIFY2(store.applyFeedPage(pageOf(cases, cases.size()), &error), qPrintable(error));
}

} // namespace

class TestQueryShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aWriteOnAnyConnectionMeasuresAgain()
    {
        CacheFixture cache;
        // One case short of a queue too large to read whole and sort.
        QList<Case> cases;
        for (CaseId id = 1; id < kSmallSet; ++id)
            cases.append(makeCase(id));
        fill(cache, cases);
        if (QTest::currentTestFailed())
            return;
        CaseStore store(cache.db());
        QString error;
        CaseQuery roads;
        roads.queue = Queue::All;
        roads.filter.field = QStringLiteral("roads");
        QueryShapes shapes;
        QVERIFY(shapes.forPage(cache.db(), roads, officer().id).smallQueue);
        QVERIFY(shapes.forPage(cache.db(), roads, officer().id).smallQueue);

        // The sync thread's connection stores the case that makes it large.
        {
            auto other = CacheDatabase::open(cache.path(), QStringLiteral("other"), &error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY2(CaseStore(other->db())
                         .applyFeedPage(pageOf({makeCase(kSmallSet)}, kSmallSet), &error),
                     qPrintable(error));
        }
        QVERIFY(!shapes.forPage(cache.db(), roads, officer().id).smallQueue);

        // This connection removes it again.
        QVERIFY2(store.removeCase(kSmallSet, &error), qPrintable(error));
        QVERIFY(shapes.forPage(cache.db(), roads, officer().id).smallQueue);

        // Another query is measured for itself; counting keeps its own choice.
        CaseQuery parks = roads;
        parks.filter.field = QStringLiteral("parks");
        QVERIFY(shapes.forPage(cache.db(), parks, officer().id).smallQueue);
        QVERIFY(!shapes.forCount(cache.db(), roads, officer().id).smallQueue); // counts read whole
        QVERIFY(shapes.forPage(cache.db(), roads, officer().id).smallQueue);
    }

    // Which way a search is checked follows how many cases it matches.
    void aSearchIsMeasuredByItsMatches()
    {
        CacheFixture cache;
        QList<Case> cases;
        for (CaseId id = 1; id <= 50; ++id)
            cases.append(makeCase(id, CaseStatus::InProgress,
                                  id == 7 ? QStringLiteral("Ngập úng Đường Láng")
                                          : QStringLiteral("Ổ gà phố Kim Mã")));
        fill(cache, cases);
        if (QTest::currentTestFailed())
            return;
        CaseQuery query;
        query.queue = Queue::All;
        query.search = QStringLiteral("duong lang");
        QueryShapes shapes;
        QCOMPARE(shapes.forPage(cache.db(), query, officer().id).search, SearchSize::Rare);
        query.search = QStringLiteral("o"); // one letter: never counted, checked row by row
        QCOMPARE(shapes.forPage(cache.db(), query, officer().id).search, SearchSize::Common);
        query.search = QStringLiteral("duong lang");
        QCOMPARE(shapes.forPage(cache.db(), query, officer().id).search, SearchSize::Rare);
    }
};

QTEST_GUILESS_MAIN(TestQueryShapes)
#include "tst_queryshapes.moc"
