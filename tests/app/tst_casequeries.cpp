// Reading the cache: keyset paging in every sort order, the index each query
// shape walks, and folded Vietnamese search combined with the queues.

#include "TestCases.h"

#include "cache/CacheSchema.h"
#include "cache/CaseQuerySql.h"
#include "cache/SavedQueueStore.h"
#include "cache/UnreadMarks.h"

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
        c.channel = allChannels().at(i % allChannels().size());
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

// Since schema 9 a case's JSON lives in case_json; the older migrations'
// statements that derive columns from it read it from the row, as they did then.
bool putJsonBackInTheRow(QSqlQuery &q)
{
    return q.exec(QStringLiteral(
        "UPDATE cases SET json = (SELECT json FROM case_json AS j WHERE j.id = cases.id)"));
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
            {"deadline", CaseColumn::AnswerDeadline},
            {"channel", CaseColumn::Channel}};
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
            QCOMPARE(idsWithShape(cache.db(), query, {smallQueue, SearchSize::Common}, 97), ids);
        query.search = QStringLiteral("duong");
        const QList<CaseId> found = idsWithShape(cache.db(), query, {}, 97);
        QVERIFY(!found.isEmpty());
        for (const bool smallQueue : {false, true})
            for (const SearchSize size : {SearchSize::Middling, SearchSize::Rare})
                QCOMPARE(idsWithShape(cache.db(), query, {smallQueue, size}, 97), found);
        QCOMPARE(idsOf(allPages(store, query, 97)), found);
    }

    // A large queue or a common word must never sort the whole set: an index
    // gives the order and each page reads only about its own rows.
    void largeSetsAreReadInIndexOrder_data()
    {
        QTest::addColumn<Queue>("queue");
        QTest::addColumn<CaseColumn>("column");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("filtered");
        for (Queue queue : allQueues())
            for (int c = 0; c <= int(CaseColumn::Channel); ++c)
                for (const QString &search : {QString(), QStringLiteral("duong lang")})
                    for (const bool filtered : {false, true})
                        QTest::addRow("%s/%d/%s/%s", qPrintable(toCode(queue)), c,
                                      qPrintable(search), filtered ? "filtered" : "all")
                            << queue << CaseColumn(c) << search << filtered;
    }
    void largeSetsAreReadInIndexOrder()
    {
        QFETCH(Queue, queue);
        QFETCH(CaseColumn, column);
        QFETCH(QString, search);
        QFETCH(bool, filtered);
        static CacheFixture cache;
        CaseQuery query = queryOf(queue, search);
        query.sortColumn = column;
        if (filtered) {
            query.filter.field = QStringLiteral("roads");
            query.filter.urgency = Urgency::Urgent;
            query.filter.channel = Channel::Zalo;
            query.filter.unitId = 5;
            query.filter.assigneeId = 9;
            query.filter.receivedFrom = QDate(2026, 11, 1);
            query.filter.receivedTo = QDate(2026, 11, 30);
        }
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.order = order;
            for (const PageKey &key : {PageKey{}, PageKey{QVariant(5), 5}}) {
                const QString plan = planOf(cache.db(), casePageSql(query, key, 200, 9, {}));
                const QString middling = planOf(
                    cache.db(), casePageSql(query, key, 200, 9, {false, SearchSize::Middling}));
                QVERIFY2(!middling.contains(QLatin1String("TEMP B-TREE")), qPrintable(middling));
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
                QVERIFY2(!plan.startsWith(QLatin1String("SCAN cases /")) &&
                             plan != QLatin1String("SCAN cases"),
                         qPrintable(plan));
            }
        }
    }

    // Each queue's predicate against hand-made cases, with the clock pinned.
    void queuePredicates_data()
    {
        QTest::addColumn<Queue>("queue");
        QTest::addColumn<QList<CaseId>>("expected");
        QTest::newRow("assigned to me") << Queue::AssignedToMe << QList<CaseId>{1, 2, 3, 4, 5, 6};
        QTest::newRow("due today") << Queue::DueTodayMine << QList<CaseId>{2};
        QTest::newRow("overdue, mine") << Queue::OverdueMine << QList<CaseId>{3};
        QTest::newRow("my drafts") << Queue::MyDrafts << QList<CaseId>{4, 5};
        QTest::newRow("sent back") << Queue::SentBack << QList<CaseId>{6};
        QTest::newRow("to assign") << Queue::ToAssign << QList<CaseId>{7};
        QTest::newRow("extension requests") << Queue::ExtensionRequests << QList<CaseId>{8};
        QTest::newRow("returned") << Queue::Returned << QList<CaseId>{9};
        QTest::newRow("possible duplicates") << Queue::PossibleDuplicates << QList<CaseId>{10, 11};
        QTest::newRow("overdue, scope") << Queue::Overdue << QList<CaseId>{3, 8};
        QTest::newRow("answered") << Queue::Answered << QList<CaseId>{13};
        QTest::newRow("new") << Queue::NewCases << QList<CaseId>{9, 10, 11, 12};
    }
    void queuePredicates()
    {
        QFETCH(Queue, queue);
        QFETCH(QList<CaseId>, expected);
        CacheFixture cache;
        CaseStore store(cache.db());
        QVERIFY(store.setMe(officer()));
        // 10:00 in Hanoi; today ends at 17:00 UTC.
        const QDateTime now(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
        const auto event = [](const char *action, UserId actor = 8) {
            CaseEvent e;
            e.action = QLatin1String(action);
            e.actorId = actor;
            return e;
        };
        QList<Case> cases;
        for (CaseId id = 1; id <= 13; ++id) {
            Case c = makeCase(id, CaseStatus::InProgress);
            c.address = QStringLiteral("Số %1 phố Huế").arg(id); // no duplicates by default
            c.answerDeadline = now.addDays(3);
            cases.append(c);
        }
        cases[1].answerDeadline = now.addSecs(6 * 3600);            // 16:00 Hanoi, today
        cases[2].answerDeadline = now.addSecs(-3600);               // an hour ago
        cases[3].replyDraft = QStringLiteral("Kính gửi ông Bình,"); // a draft on the case
        cases[5].history.append(event("send_back"));
        cases[5].history.append(event("note", 9)); // a note is not a decision
        cases[6].assigneeId = 0;
        cases[6].assigneeName.clear();
        for (int i : {7, 8, 9, 10, 11, 12}) { // nobody's but the unit's
            cases[i].assigneeId = 12;
            cases[i].assigneeName = QStringLiteral("Đỗ Văn An");
        }
        cases[7].answerDeadline = now.addDays(-1);
        cases[7].extensions.append(ExtensionRequest{});
        cases[8].status = CaseStatus::New;
        cases[8].history.append(event("return"));
        cases[9].status = CaseStatus::New;
        cases[9].address = QStringLiteral("12 Phố Huế, Hai Bà Trưng");
        cases[10].status = CaseStatus::New;
        cases[10].address =
            QStringLiteral("12 phố Huế - Hai Bà Trưng").normalized(QString::NormalizationForm_D);
        cases[10].receivedAt = cases[9].receivedAt.addDays(20);
        cases[11].status = CaseStatus::New; // the same address, another field
        cases[11].address = cases[9].address;
        cases[11].field = QStringLiteral("environment");
        cases[12].status = CaseStatus::Answered;
        cases[12].address = cases[9].address; // the same address, but closed for work
        QString error;
        QVERIFY2(store.applyFeedPage(pageOf(cases, 13), &error), qPrintable(error));
        QVERIFY(store.setLocalDraft(5, QStringLiteral("Bản nháp trên máy")));

        CaseQuery query = queryOf(queue);
        query.now = now;
        query.sortColumn = CaseColumn::Id;
        query.order = Qt::AscendingOrder;
        QCOMPARE(idsOf(store.page(query, {}, 50)), expected);
        QCOMPARE(store.count(query), expected.size());
        // The default order walks another index: the same rows.
        query.sortColumn = CaseColumn::ReceivedAt;
        QList<CaseId> byDate = idsOf(store.page(query, {}, 50));
        std::sort(byDate.begin(), byDate.end());
        QCOMPARE(byDate, expected);
    }

    // c4-deskintake (issue 6): the coordinators' "to review" queue holds the
    // answered cases rated not satisfied, until one is reopened (which clears
    // the rating) or closed; answered again and rated badly, it is back.
    // Upgraded caches get the same from the cases' JSON.
    void toReviewFollowsRatingsAndReopen()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        const auto answered = [](CaseId id, std::optional<Rating> rating) {
            Case c = makeCase(id, CaseStatus::Answered);
            c.rating = rating;
            return c;
        };
        Case bad = answered(1, Rating::NotSatisfied);
        QList<Case> cases = {bad, answered(2, Rating::Acceptable), answered(3, std::nullopt),
                             makeCase(4, CaseStatus::Closed)};
        cases[3].rating = Rating::NotSatisfied; // closed by a leader after the bad rating
        QString error;
        QVERIFY2(store.applyFeedPage(pageOf(cases, 4), &error), qPrintable(error));
        const auto inQueue = [&] {
            CaseQuery q = queryOf(Queue::ToReview);
            q.sortColumn = CaseColumn::Id;
            q.order = Qt::AscendingOrder;
            return idsOf(store.page(q, {}, 50));
        };
        QCOMPARE(inQueue(), QList<CaseId>{1});
        QCOMPARE(store.count(queryOf(Queue::ToReview)), 1);

        Case rated = answered(3, Rating::NotSatisfied); // the citizen's rating arrives
        rated.version = 2;
        QVERIFY2(store.storeServerCase(rated, &error), qPrintable(error));
        QCOMPARE(inQueue(), (QList<CaseId>{1, 3}));

        bad.status = CaseStatus::InProgress; // reopened: the rating is the old answer's
        bad.rating.reset();
        bad.reopenCount = 1;
        bad.version = 2;
        QVERIFY2(store.storeServerCase(bad, &error), qPrintable(error));
        QCOMPARE(inQueue(), QList<CaseId>{3});

        bad.status = CaseStatus::Answered; // the new answer, rated badly again
        bad.rating = Rating::NotSatisfied;
        bad.version = 3;
        QVERIFY2(store.storeServerCase(bad, &error), qPrintable(error));
        QCOMPARE(inQueue(), (QList<CaseId>{1, 3}));

        QSqlQuery q(cache.db());
        const QString columns =
            QStringLiteral("SELECT group_concat(id || ':' || to_review, ' ') FROM cases");
        QVERIFY(q.exec(columns) && q.next());
        const QString written = q.value(0).toString();
        const CacheMigration &upgrade = cacheMigrations()[7];
        QCOMPARE(upgrade.version, 8);
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET to_review = 0")));
        const std::string_view backfill = upgrade.statements[1];
        QVERIFY(putJsonBackInTheRow(q)); // the statement was written for schema 8's rows
        QVERIFY(q.exec(QString::fromUtf8(backfill.data(), qsizetype(backfill.size()))));
        QVERIFY(q.exec(columns) && q.next());
        QCOMPARE(q.value(0).toString(), written);
    }

    // Cases cached before the upgrade get the new columns from their JSON:
    // the same values CaseWriter writes (except the duplicate key, see CacheSchema).
    void upgradeBackfillMatchesTheWriter()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QList<Case> cases;
        for (CaseId id = 1; id <= 5; ++id)
            cases.append(makeCase(id));
        cases[0].channel = Channel::WalkIn;
        cases[1].replyDraft = QStringLiteral("Kính gửi");
        cases[2].extensions.append(ExtensionRequest{});
        CaseEvent back;
        back.action = QStringLiteral("send_back");
        back.actorId = 8;
        CaseEvent note;
        note.action = QStringLiteral("note");
        note.actorId = 12;
        cases[3].history += {back, note};
        cases[4].channel = Channel::Hotline;
        QString error;
        QVERIFY(store.applyFeedPage(pageOf(cases, 5), &error));
        const QString columns = QStringLiteral(
            "SELECT group_concat(id || ':' || channel || ',' || has_draft || ',' ||"
            " extension_pending || ',' || changed_by || ',' || last_step, ' ') FROM cases");
        QSqlQuery q(cache.db());
        QVERIFY(q.exec(columns) && q.next());
        const QString written = q.value(0).toString();
        QVERIFY2(written.contains(QLatin1String("4:0,0,0,12,send_back")), qPrintable(written));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET channel = 9, has_draft = 9,"
                                      " extension_pending = 9, changed_by = 9, last_step = '?'")));
        const CacheMigration &upgrade = cacheMigrations()[3];
        QCOMPARE(upgrade.version, 4);
        const std::string_view backfill = upgrade.statements.back();
        QVERIFY(putJsonBackInTheRow(q)); // the statement was written for schema 8's rows
        QVERIFY(q.exec(QString::fromUtf8(backfill.data(), qsizetype(backfill.size()))));
        QVERIFY(q.exec(columns) && q.next());
        QCOMPARE(q.value(0).toString(), written);
    }

    // A case waiting for a unit to accept it counts down to the acceptance
    // deadline, in the deadline column (so sorting by it stays one index);
    // once accepted, to the answer deadline. Upgraded caches get the same.
    void pendingAcceptanceSortsByItsAcceptanceDeadline()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QVERIFY(store.setMe(leader()));
        Case waiting = makeCase(1, CaseStatus::PendingAcceptance);
        waiting.acceptDeadline = kBase.addDays(2).addMSecs(123);
        Case later = makeCase(2, CaseStatus::PendingAcceptance);
        later.acceptDeadline = kBase.addDays(4);
        Case accepted = makeCase(3); // answer deadline: received + 10 days
        accepted.acceptDeadline = kBase.addDays(1);
        Case unrouted = makeCase(4, CaseStatus::New);
        QString error;
        QVERIFY2(store.applyFeedPage(pageOf({waiting, later, accepted, unrouted}, 4), &error),
                 qPrintable(error));
        CaseQuery query = queryOf(Queue::All);
        query.sortColumn = CaseColumn::AnswerDeadline;
        query.order = Qt::AscendingOrder;
        const QList<CaseRow> rows = store.page(query, {}, 10);
        QCOMPARE(idsOf(rows), (QList<CaseId>{1, 2, 3, 4}));
        QCOMPARE(rows.at(0).answerDeadline, waiting.acceptDeadline);
        QCOMPARE(rows.at(2).answerDeadline, accepted.answerDeadline);
        QVERIFY(!rows.at(3).answerDeadline.isValid());

        QSqlQuery q(cache.db());
        const QString columns =
            QStringLiteral("SELECT group_concat(id || ':' || answer_deadline, ' ') FROM cases");
        QVERIFY(q.exec(columns) && q.next());
        const QString written = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET answer_deadline = %1 WHERE status = 1")
                           .arg(std::numeric_limits<qint64>::max())));
        const CacheMigration &upgrade = cacheMigrations()[4];
        QCOMPARE(upgrade.version, 5);
        const std::string_view backfill = upgrade.statements.front();
        QVERIFY(putJsonBackInTheRow(q)); // the statement was written for schema 8's rows
        QVERIFY(q.exec(QString::fromUtf8(backfill.data(), qsizetype(backfill.size()))));
        QVERIFY(q.exec(columns) && q.next());
        QCOMPARE(q.value(0).toString(), written);
    }

    // The marks are kept as cases change: a twin closing, moving away in
    // time, or leaving the cache takes the other case's mark with it.
    void duplicateMarksFollowChanges()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        const auto at = [](CaseId id, int day) {
            Case c = makeCase(id, CaseStatus::New);
            c.address = QStringLiteral("Ngõ 5 phố Huế");
            c.receivedAt = kBase.addDays(day);
            return c;
        };
        const auto marked = [&] {
            CaseQuery q = queryOf(Queue::PossibleDuplicates);
            q.sortColumn = CaseColumn::Id;
            q.order = Qt::AscendingOrder;
            return idsOf(store.page(q, {}, 50));
        };
        QString error;
        qint64 cursor = 0;
        const auto feed = [&](const QList<Case> &cases) {
            cursor += cases.size();
            return store.applyFeedPage(pageOf(cases, cursor), &error);
        };
        QVERIFY(feed({at(1, 0), at(2, 31)})); // more than 30 days apart
        QCOMPARE(marked(), QList<CaseId>{});
        QVERIFY(feed({at(3, 29)})); // near both
        QCOMPARE(marked(), (QList<CaseId>{1, 2, 3}));
        Case closed = at(3, 29);
        closed.status = CaseStatus::Closed;
        QVERIFY(feed({closed}));
        QCOMPARE(marked(), QList<CaseId>{});
        QVERIFY(feed({at(3, 0)})); // moved in time: now 31 days from case 2
        QCOMPARE(marked(), (QList<CaseId>{1, 3}));
        QVERIFY2(store.removeCase(1, &error), qPrintable(error));
        QCOMPARE(marked(), QList<CaseId>{});
    }

    void filtersNarrowTheQueue()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QList<Case> cases;
        for (CaseId id = 1; id <= 8; ++id)
            cases.append(makeCase(id, CaseStatus::InProgress));
        cases[0].field = QStringLiteral("environment");
        cases[1].urgency = Urgency::Urgent;
        cases[2].channel = Channel::Hotline;
        cases[3].unitId = 6;
        cases[4].assigneeId = 0;
        cases[5].status = CaseStatus::AwaitingApproval;
        // Received 22:00 Hanoi on 03/11 (UTC 15:00) and 00:30 Hanoi on 05/11.
        cases[6].receivedAt = QDateTime(QDate(2026, 11, 3), QTime(15, 0), Qt::UTC);
        cases[7].receivedAt = QDateTime(QDate(2026, 11, 4), QTime(17, 30), Qt::UTC);
        QString error;
        QVERIFY2(store.applyFeedPage(pageOf(cases, 8), &error), qPrintable(error));
        const auto found = [&](const std::function<void(CaseFilter &)> &set) {
            CaseQuery q = queryOf(Queue::All);
            set(q.filter);
            QList<CaseId> ids = idsOf(store.page(q, {}, 50));
            std::sort(ids.begin(), ids.end());
            if (store.count(q) != ids.size())
                return QList<CaseId>{-1};
            return ids;
        };
        QCOMPARE(found([](CaseFilter &f) { f.field = QStringLiteral("environment"); }),
                 QList<CaseId>{1});
        QCOMPARE(found([](CaseFilter &f) { f.urgency = Urgency::Urgent; }), QList<CaseId>{2});
        QCOMPARE(found([](CaseFilter &f) { f.channel = Channel::Hotline; }), QList<CaseId>{3});
        QCOMPARE(found([](CaseFilter &f) { f.unitId = 6; }), QList<CaseId>{4});
        QCOMPARE(found([](CaseFilter &f) { f.assigneeId = CaseFilter::kUnassigned; }),
                 QList<CaseId>{5});
        QCOMPARE(found([](CaseFilter &f) { f.status = CaseStatus::AwaitingApproval; }),
                 QList<CaseId>{6});
        QCOMPARE(found([](CaseFilter &f) {
                     f.receivedFrom = QDate(2026, 11, 3);
                     f.receivedTo = QDate(2026, 11, 3);
                 }),
                 QList<CaseId>{7});
        QCOMPARE(found([](CaseFilter &f) { f.receivedFrom = QDate(2026, 11, 5); }),
                 QList<CaseId>{8});
        QCOMPARE(found([](CaseFilter &f) {
                     f.field = QStringLiteral("roads");
                     f.urgency = Urgency::Urgent;
                 }),
                 QList<CaseId>{2});
    }

    void unreadUntilOpenedUnlessChangedByMe()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        QVERIFY(store.setMe(officer()));
        Case theirs = makeCase(1);
        theirs.history.last().actorId = 8;
        Case mine = makeCase(2);
        mine.history.last().actorId = officer().id;
        const auto unread = [&] {
            QList<CaseId> ids;
            for (const CaseRow &r : store.page(queryOf(Queue::All), {}, 10))
                if (r.unread)
                    ids.append(r.id);
            return ids;
        };
        // The first sync, over two pages, is where the user starts: nothing is news.
        QString error;
        FeedPage first = pageOf({theirs}, 1);
        first.more = true;
        QVERIFY(store.applyFeedPage(first, &error));
        QVERIFY(store.applyFeedPage(pageOf({mine}, 2), &error));
        QCOMPARE(unread(), QList<CaseId>{});

        // Afterwards, what somebody else changes or sends is.
        theirs.version += 1;
        mine.version += 1;
        Case arrived = makeCase(3);
        arrived.history.last().actorId = 8;
        QVERIFY(store.applyFeedPage(pageOf({theirs, mine, arrived}, 5), &error));
        QCOMPARE(unread(), (QList<CaseId>{3, 1}));
        QVERIFY(UnreadMarks(cache.db()).markSeen(1, theirs.version));
        QCOMPARE(unread(), QList<CaseId>{3});
        theirs.version += 1; // somebody else changed it again
        QVERIFY(store.applyFeedPage(pageOf({theirs}, 6), &error));
        QCOMPARE(unread(), (QList<CaseId>{3, 1}));
        QVERIFY(UnreadMarks(cache.db()).markSeen(1, 1)); // an older version never lowers the mark
        QCOMPARE(unread(), (QList<CaseId>{3, 1}));

        // Another user takes the cache over: their first sync starts afresh.
        QVERIFY(store.clearCases(&error));
        QVERIFY(store.applyFeedPage(pageOf({theirs, arrived}, 2), &error));
        QCOMPARE(unread(), QList<CaseId>{});
    }

    void savedQueuesKeepTheirQuery()
    {
        CacheFixture cache;
        CaseStore store(cache.db());
        CaseQuery query = queryOf(Queue::OverdueMine, QStringLiteral("đường láng"));
        query.filter.field = QStringLiteral("roads");
        query.filter.status = CaseStatus::InProgress;
        query.filter.receivedFrom = QDate(2026, 11, 1);
        query.filter.assigneeId = CaseFilter::kUnassigned;
        const auto id =
            SavedQueueStore(cache.db()).add(QStringLiteral("  Đường sá quá hạn "), query);
        QVERIFY(id);
        QVERIFY(SavedQueueStore(cache.db()).add(QStringLiteral("Ánh sáng"), queryOf(Queue::All)));
        QList<SavedQueue> saved = SavedQueueStore(cache.db()).all();
        QCOMPARE(saved.size(), 2);
        const SavedQueue &first = saved.at(1).id == *id ? saved.at(1) : saved.at(0);
        QCOMPARE(first.name, QStringLiteral("Đường sá quá hạn"));
        QCOMPARE(first.query.queue, Queue::OverdueMine);
        QCOMPARE(first.query.search, query.search);
        QVERIFY(first.query.filter == query.filter);
        QVERIFY(SavedQueueStore(cache.db()).rename(*id, QStringLiteral("Quá hạn")));
        QVERIFY(SavedQueueStore(cache.db())
                    .remove(saved.at(0).id == *id ? saved.at(1).id : saved.at(0).id));
        saved = SavedQueueStore(cache.db()).all();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).name, QStringLiteral("Quá hạn"));
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
        QTest::newRow("decomposed input, decomposed text")
            << QStringLiteral("hoàn kiếm").normalized(QString::NormalizationForm_D)
            << QList<CaseId>{3};
        QTest::newRow("upper case") << QStringLiteral("ĐÔNG ANH") << QList<CaseId>{2};
        QTest::newRow("decomposed stored text") << QStringLiteral("hoàn kiếm") << QList<CaseId>{3};
        QTest::newRow("word prefixes") << QStringLiteral("duo la") << QList<CaseId>{1};
        QTest::newRow("words anywhere, ANDed") << QStringLiteral("lang ngap") << QList<CaseId>{1};
        QTest::newRow("AND narrows") << QStringLiteral("lang mai") << QList<CaseId>{};
        QTest::newRow("reporter") << QStringLiteral("tran thi") << QList<CaseId>{2};
        QTest::newRow("unit name") << QStringLiteral("ngoc ha") << QList<CaseId>{3};
        QTest::newRow("case id") << QStringLiteral("1234") << QList<CaseId>{1234};
        QTest::newRow("quotes are text") << QStringLiteral("\"duong") << QList<CaseId>{1};
        QTest::newRow("glob syntax is text") << QStringLiteral("d*ng") << QList<CaseId>{};
        QTest::newRow("glob brackets") << QStringLiteral("[a-z]") << QList<CaseId>{};
        QTest::newRow("two words in one") << QStringLiteral("trấn/đông") << QList<CaseId>{2};
        QTest::newRow("a word inside another is no prefix")
            << QStringLiteral("uong") << QList<CaseId>{};
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
        QList<CaseId> newestFirst = expected;
        std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
        QCOMPARE(idsOf(store.page(query, {}, 50)), newestFirst);
        QCOMPARE(store.count(query), expected.size());
        // A common word is checked row by row on the folded text instead of
        // through the full-text index: it must find exactly the same.
        QCOMPARE(idsWithShape(cache.db(), query, {false, SearchSize::Common}, 50), newestFirst);
        QCOMPARE(idsWithShape(cache.db(), query, {false, SearchSize::Middling}, 50), newestFirst);
    }

    void oneLetterWordsAreNeverCountedFirst()
    {
        QVERIFY(hasOneCharacterWord(QStringLiteral("d")));
        QVERIFY(hasOneCharacterWord(QStringLiteral("ngã t")));
        QVERIFY(hasOneCharacterWord(QStringLiteral("ngõ 18/5")));
        QVERIFY(hasOneCharacterWord(QStringLiteral("Đ")));
        QVERIFY(!hasOneCharacterWord(QStringLiteral("đường láng")));
        QVERIFY(!hasOneCharacterWord(QStringLiteral(" - ")));
    }

    // The row-by-row check rules rows out with a substring test before its
    // pattern: each word's longest token, the longest words first.
    void commonWordsAreCheckedLongestTokenFirst()
    {
        const QList<WordCheck> checks = wordChecksFor(QStringLiteral("ngõ 18/5 Đường"));
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].token, QStringLiteral("duong"));
        QCOMPARE(checks[0].glob, QStringLiteral("*[^a-z0-9]duong*"));
        QCOMPARE(checks[1].token, QStringLiteral("ngo"));
        QCOMPARE(checks[2].token, QStringLiteral("18"));
        QCOMPARE(checks[2].glob, QStringLiteral("*[^a-z0-9]18[^a-z0-9]5*"));
        QVERIFY(wordChecksFor(QStringLiteral(" - ")).isEmpty());
        // Counting whole words first (a lower bound of the prefixes' count).
        QCOMPARE(ftsExpressionFor(QStringLiteral("Đường \"Láng")),
                 QStringLiteral("\"duong\"* \"\"\"lang\"*"));
        QCOMPARE(ftsWholeWordsExpressionFor(QStringLiteral("Đường \"Láng")),
                 QStringLiteral("\"duong\" \"\"\"lang\""));
    }

    // A search's first rows are walked for before its matches are counted:
    // the same rows as counted, whether the walk holds them all, only some
    // (the rest read as counted) or the queue ends within it.
    void firstRowsOfASearchAreWalkedFor_data()
    {
        QTest::addColumn<Queue>("queue");
        QTest::addColumn<CaseColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("walkHoldsTen"); // ten matches among the walk's rows
        const auto newest = Qt::DescendingOrder;
        QTest::addRow("common word")
            << Queue::All << CaseColumn::ReceivedAt << newest << QStringLiteral("duong") << true;
        QTest::addRow("rare words") << Queue::All << CaseColumn::ReceivedAt << newest
                                    << QStringLiteral("liễu giai 5") << false;
        // Only the case the walk ends on (a search by its number).
        QTest::addRow("the walk's last row")
            << Queue::All << CaseColumn::ReceivedAt << newest << QStringLiteral("#last") << false;
        QTest::addRow("no such word") << Queue::All << CaseColumn::ReceivedAt << newest
                                      << QStringLiteral("khong co") << false;
        QTest::addRow("queue shorter than the walk")
            << Queue::AwaitingApproval << CaseColumn::ReceivedAt << newest
            << QStringLiteral("duong") << true;
        QTest::addRow("every case by title")
            << Queue::All << CaseColumn::Title << Qt::AscendingOrder << QStringLiteral("kim ma")
            << true;
        QTest::addRow("open, oldest first")
            << Queue::UnitOpen << CaseColumn::ReceivedAt << Qt::AscendingOrder
            << QStringLiteral("tieng") << true;
    }
    void firstRowsOfASearchAreWalkedFor()
    {
        QFETCH(Queue, queue);
        QFETCH(CaseColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, search);
        QFETCH(bool, walkHoldsTen);
        static CacheFixture cache(QStringLiteral("walk"));
        static const QList<Case> cases = generatedCases(3000);
        QString error;
        if (CaseStore(cache.db()).cursor() == 0)
            QVERIFY2(CaseStore(cache.db()).applyFeedPage(pageOf(cases, 3000), &error),
                     qPrintable(error));
        CaseQuery query = queryOf(queue);
        query.sortColumn = column;
        query.order = order;
        QVERIFY(queueShapeIsKnown(query));
        const QList<CaseId> walked = idsWithShape(cache.db(), query, {}, 97).mid(0, kFirstRowsWalk);
        query.search = search == QStringLiteral("#last") ? QString::number(walked.last()) : search;
        const QList<CaseId> found = idsWithShape(cache.db(), query, {}, 97);
        QVERIFY(search != QStringLiteral("#last") || found == QList<CaseId>{walked.last()});
        const auto held = std::count_if(found.cbegin(), found.cend(),
                                        [&](CaseId id) { return walked.contains(id); });
        QCOMPARE(held >= 10, walkHoldsTen); // the row tries what it says
        for (const int limit : {1, 10, kFirstRowsAtMost}) {
            const CaseStore store(cache.db()); // remembers no shape yet
            QCOMPARE(idsOf(store.page(query, {}, limit)), found.mid(0, limit));
        }
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
