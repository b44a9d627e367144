// Reading the cache: keyset paging in every sort order, the index each query
// shape walks, and folded Vietnamese search combined with the queues.

#include "TestCases.h"

#include "cache/CaseQuerySql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace pakn;
using namespace testdata;

namespace {

// A mix of values with many ties, so keyset paging must use the id tie-breaker.
QList<Case> generatedCases(int n)
{
    const QStringList titles = {QStringLiteral("Ổ gà trên phố Kim Mã"),
                                QStringLiteral("Rác thải ùn ứ ở Đội Cấn"),
                                QStringLiteral("Ngập úng sau mưa trên Đường Láng"),
                                QStringLiteral("Đèn đường hỏng ở Liễu Giai"),
                                QStringLiteral("Cây đổ chắn lối đi Giảng Võ"),
                                QStringLiteral("Lấn chiếm vỉa hè Nguyễn Chí Thanh"),
                                QStringLiteral("Tiếng ồn karaoke ban đêm")};
    const QStringList unitNames = {
        QStringLiteral("Phường Kim Mã"), QStringLiteral("Phường Ngọc Hà"),
        QStringLiteral("Phường Điện Biên"), QStringLiteral("Sở Xây dựng")};
    const QStringList people = {QString(), QStringLiteral("Lê Thị Lan"),
                                QStringLiteral("Đỗ Văn An"), QStringLiteral("Phạm Văn Nam")};
    QList<Case> out;
    for (int i = 1; i <= n; ++i) {
        Case c = makeCase(i, allStatuses().at(i % allStatuses().size()),
                          titles.at(i % titles.size()) + QStringLiteral(" %1").arg(i % 40));
        c.urgency = allUrgencies().at(i % allUrgencies().size());
        c.field = fieldCodes().at(i % fieldCodes().size());
        c.unitName = unitNames.at(i % unitNames.size());
        c.assigneeName = people.at(i % people.size());
        c.assigneeId = c.assigneeName.isEmpty() ? 0 : 9 + i % people.size();
        c.receivedAt = kBase.addSecs(qint64((i * 37) % 1000) * 60);
        c.answerDeadline = i % 5 == 0 ? QDateTime() : c.receivedAt.addDays(i % 11);
        out.append(c);
    }
    return out;
}

int compareValues(const QVariant &a, const QVariant &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qint64 x = a.toLongLong(&aNumber);
    const qint64 y = b.toLongLong(&bNumber);
    if (aNumber && bNumber && a.typeId() != QMetaType::QString)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.toString().compare(b.toString());
}

QList<CaseId> idsOf(const QList<CaseRow> &rows)
{
    QList<CaseId> ids;
    for (const CaseRow &r : rows)
        ids.append(r.id);
    return ids;
}

QList<CaseRow> allPages(const CaseStore &store, const CaseQuery &query, int pageSize)
{
    QList<CaseRow> all;
    PageKey key;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<CaseRow> rows = store.page(query, key, pageSize);
        all += rows;
        if (rows.size() < pageSize)
            break;
        key = {rows.last().sortValue, rows.last().id};
    }
    return all;
}

// Pages through a query with the SQL of a given shape (CaseStore picks one by
// the sizes it measures; every shape must give the same rows).
QList<CaseId> idsWithShape(const QSqlDatabase &db, const CaseQuery &query, QueryShape shape,
                           int pageSize)
{
    QList<CaseId> ids;
    PageKey key;
    for (int guard = 0; guard < 10000; ++guard) {
        const BoundSql bound = casePageSql(query, key, pageSize, 9, shape);
        QSqlQuery q(db);
        q.prepare(bound.sql);
        for (const QVariant &v : bound.values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        int n = 0;
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
            key = {q.value(10), q.value(0).toLongLong()};
            ++n;
        }
        if (n < pageSize)
            break;
    }
    return ids;
}

QString planOf(const QSqlDatabase &db, const BoundSql &bound)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + bound.sql);
    for (const QVariant &v : bound.values)
        q.addBindValue(v);
    q.exec();
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(QLatin1String(" / "));
}

CaseQuery queryOf(Queue queue, const QString &search = {})
{
    CaseQuery q;
    q.queue = queue;
    q.search = search;
    return q;
}

} // namespace

class TestCaseQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysetPagingReturnsEveryRowOnceInOrder_data()
    {
        QTest::addColumn<CaseColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<Queue>("queue");
        const std::pair<const char *, CaseColumn> columns[] = {
            {"id", CaseColumn::Id},
            {"title", CaseColumn::Title},
            {"status", CaseColumn::Status},
            {"field", CaseColumn::Field},
            {"urgency", CaseColumn::Urgency},
            {"unit", CaseColumn::Unit},
            {"assignee", CaseColumn::Assignee},
            {"received", CaseColumn::ReceivedAt},
            {"deadline", CaseColumn::AnswerDeadline}};
        for (const auto &[name, column] : columns) {
            QTest::addRow("%s asc", name) << column << Qt::AscendingOrder << Queue::All;
            QTest::addRow("%s desc", name) << column << Qt::DescendingOrder << Queue::All;
        }
        QTest::addRow("open, title desc")
            << CaseColumn::Title << Qt::DescendingOrder << Queue::UnitOpen;
        QTest::addRow("closed, deadline asc")
            << CaseColumn::AnswerDeadline << Qt::AscendingOrder << Queue::Closed;
    }
    void keysetPagingReturnsEveryRowOnceInOrder()
    {
        QFETCH(CaseColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(Queue, queue);
        static CacheFixture cache(QStringLiteral("paging"));
        static const QList<Case> cases = generatedCases(3000);
        CaseStore store(cache.db());
        QString error;
        if (store.cursor() == 0)
            QVERIFY2(store.applyFeedPage(pageOf(cases, 3000), &error), qPrintable(error));

        CaseQuery query = queryOf(queue);
        query.sortColumn = column;
        query.order = order;
        const QList<CaseRow> rows = allPages(store, query, 97);
        QCOMPARE(rows.size(), store.count(query));
        const QList<CaseId> ids = idsOf(rows);
        QCOMPARE(QSet<CaseId>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            int c = compareValues(rows[i - 1].sortValue, rows[i].sortValue);
            if (c == 0)
                c = rows[i - 1].id < rows[i].id ? -1 : 1;
            QVERIFY2(order == Qt::AscendingOrder ? c < 0 : c > 0,
                     qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(i - 1).arg(i)));
        }
        if (queue == Queue::All)
            QCOMPARE(rows.size(), cases.size());
        if (column == CaseColumn::ReceivedAt && order == Qt::DescendingOrder) {
            QList<Case> expected = cases;
            std::sort(expected.begin(), expected.end(), [](const Case &a, const Case &b) {
                return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
            });
            for (qsizetype i = 0; i < expected.size(); ++i)
                QCOMPARE(rows[i].id, expected[i].id);
        }
        if (column == CaseColumn::AnswerDeadline && order == Qt::AscendingOrder &&
            queue == Queue::All)
            QVERIFY(!rows.last().answerDeadline.isValid()); // unset deadlines last

        // Whichever index drives (see CaseQuerySql.h), the rows are the same.
        for (const bool smallQueue : {false, true})
            QCOMPARE(idsWithShape(cache.db(), query, {smallQueue, false}, 97), ids);
        query.search = QStringLiteral("duong");
        const QList<CaseId> found = idsWithShape(cache.db(), query, {false, false}, 97);
        QVERIFY(!found.isEmpty());
        QCOMPARE(idsWithShape(cache.db(), query, {false, true}, 97), found);
        QCOMPARE(idsWithShape(cache.db(), query, {true, true}, 97), found);
        QCOMPARE(idsOf(allPages(store, query, 97)), found);
    }

    // A large queue or a common word must never sort the whole set: an index
    // gives the order and each page reads only about its own rows.
    void largeSetsAreReadInIndexOrder_data()
    {
        QTest::addColumn<Queue>("queue");
        QTest::addColumn<CaseColumn>("column");
        QTest::addColumn<QString>("search");
        for (Queue queue : {Queue::AssignedToMe, Queue::UnitOpen, Queue::AwaitingApproval,
                            Queue::NewCases, Queue::ToAccept, Queue::Closed, Queue::All})
            for (int c = 0; c <= int(CaseColumn::AnswerDeadline); ++c)
                for (const QString &search : {QString(), QStringLiteral("duong lang")})
                    QTest::addRow("%s/%d/%s", qPrintable(toCode(queue)), c, qPrintable(search))
                        << queue << CaseColumn(c) << search;
    }
    void largeSetsAreReadInIndexOrder()
    {
        QFETCH(Queue, queue);
        QFETCH(CaseColumn, column);
        QFETCH(QString, search);
        static CacheFixture cache;
        CaseQuery query = queryOf(queue, search);
        query.sortColumn = column;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.order = order;
            for (const PageKey &key : {PageKey{}, PageKey{QVariant(5), 5}}) {
                const QString plan = planOf(cache.db(), casePageSql(query, key, 200, 9, {}));
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
                QVERIFY2(!plan.startsWith(QLatin1String("SCAN cases /")) &&
                             plan != QLatin1String("SCAN cases"),
                         qPrintable(plan));
            }
        }
    }

    void searchFoldsVietnamese_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<CaseId>>("expected");
        const QString decomposedLang =
            QStringLiteral("Đường Láng").normalized(QString::NormalizationForm_D);
        QTest::newRow("no marks") << QStringLiteral("duong lang") << QList<CaseId>{1};
        QTest::newRow("exact") << QStringLiteral("Đường Láng") << QList<CaseId>{1};
        QTest::newRow("decomposed input") << decomposedLang << QList<CaseId>{1};
        QTest::newRow("upper case") << QStringLiteral("ĐÔNG ANH") << QList<CaseId>{2};
        QTest::newRow("decomposed stored text") << QStringLiteral("hoàn kiếm") << QList<CaseId>{3};
        QTest::newRow("word prefixes") << QStringLiteral("duo la") << QList<CaseId>{1};
        QTest::newRow("words anywhere, ANDed") << QStringLiteral("lang ngap") << QList<CaseId>{1};
        QTest::newRow("AND narrows") << QStringLiteral("lang mai") << QList<CaseId>{};
        QTest::newRow("reporter") << QStringLiteral("tran thi") << QList<CaseId>{2};
        QTest::newRow("unit name") << QStringLiteral("ngoc ha") << QList<CaseId>{3};
        QTest::newRow("case id") << QStringLiteral("1234") << QList<CaseId>{1234};
        QTest::newRow("quotes are text") << QStringLiteral("\"duong") << QList<CaseId>{1};
        QTest::newRow("fts syntax is text") << QStringLiteral("lang OR anh*") << QList<CaseId>{};
        QTest::newRow("punctuation only") << QStringLiteral(" - ") << QList<CaseId>{1234, 3, 2, 1};
        QTest::newRow("nothing") << QStringLiteral("xyzzy") << QList<CaseId>{};
    }
    void searchFoldsVietnamese()
    {
        QFETCH(QString, search);
        QFETCH(QList<CaseId>, expected);
        CacheFixture cache;
        CaseStore store(cache.db());
        Case lang = makeCase(1, CaseStatus::InProgress, QStringLiteral("Ngập úng trên Đường Láng"));
        Case dongAnh = makeCase(2, CaseStatus::New, QStringLiteral("Rác thải tồn đọng"));
        dongAnh.address = QStringLiteral("Thị trấn Đông Anh, huyện Đông Anh");
        dongAnh.reporterName = QStringLiteral("Trần Thị Mai");
        Case decomposed =
            makeCase(3, CaseStatus::Closed,
                     QStringLiteral("Phố cổ Hoàn Kiếm").normalized(QString::NormalizationForm_D));
        decomposed.unitName = QStringLiteral("Phường Ngọc Hà");
        Case byId = makeCase(1234, CaseStatus::Answered, QStringLiteral("Cây xanh"));
        QString error;
        QVERIFY(store.applyFeedPage(pageOf({lang, dongAnh, decomposed, byId}, 4), &error));
        CaseQuery query = queryOf(Queue::All, search);
        query.sortColumn = CaseColumn::Id;
        QCOMPARE(idsOf(store.page(query, {}, 50)), [&] {
            QList<CaseId> ids = expected;
            std::sort(ids.begin(), ids.end(), std::greater<>());
            return ids;
        }());
        QCOMPARE(store.count(query), expected.size());
    }

    void searchCombinesWithTheQueueAndPages()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QList<Case> cases;
        for (int i = 1; i <= 600; ++i)
            cases.append(makeCase(i, i % 2 ? CaseStatus::InProgress : CaseStatus::Closed,
                                  i % 3 ? QStringLiteral("Đèn đường hỏng số %1").arg(i)
                                        : QStringLiteral("Cây đổ số %1").arg(i)));
        QString error;
        QVERIFY(store.applyFeedPage(pageOf(cases, 600), &error));
        int openLights = 0;
        for (const Case &c : cases)
            openLights += isOpen(c.status) && c.title.startsWith(QStringLiteral("Đèn"));
        const CaseQuery open = queryOf(Queue::UnitOpen, QStringLiteral("den duong"));
        QCOMPARE(store.count(open), openLights);
        const QList<CaseRow> rows = allPages(store, open, 37);
        QCOMPARE(rows.size(), openLights);
        for (const CaseRow &r : rows) {
            QVERIFY(isOpen(r.status));
            QVERIFY(r.title.startsWith(QStringLiteral("Đèn")));
        }
        for (qsizetype i = 1; i < rows.size(); ++i) // default order: newest first
            QVERIFY(rows[i - 1].receivedAt > rows[i].receivedAt);
        QCOMPARE(store.count(queryOf(Queue::Closed, QStringLiteral("cay do"))), 100);
    }
};

QTEST_GUILESS_MAIN(TestCaseQueries)
#include "tst_casequeries.moc"
