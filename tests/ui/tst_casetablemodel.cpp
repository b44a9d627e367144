// CaseTableModel and QueueListModel over a real cache of 1,000 cases: lazy
// keyset paging, sorting and searching done by re-querying the cache, the
// overdue and pending marks, and QAbstractItemModelTester on both models.

#include "CacheFixture.h"
#include "CaseTableModel.h"
#include "QueueListModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

class TestCaseTableModel : public QObject
{
    Q_OBJECT
    static constexpr int Cases = 1000;
    std::unique_ptr<CacheFixture> m_cache;

    // The model tester fetches more rows itself on every reset, so tests that
    // count loaded rows run without it.
    enum class Tester
    {
        Attached,
        None
    };
    std::unique_ptr<CaseTableModel> newModel(Queue queue = Queue::All,
                                             Tester tester = Tester::Attached)
    {
        auto model = std::make_unique<CaseTableModel>(*m_cache->store);
        model->setClock([] { return referenceTime; });
        if (tester == Tester::Attached)
            new QAbstractItemModelTester(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        model->setQueue(queue);
        return model;
    }

    static QList<CaseId> ids(const CaseTableModel &model)
    {
        QList<CaseId> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.caseIdAt(r));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { m_cache = std::make_unique<CacheFixture>(Cases); }
    void cleanupTestCase() { m_cache.reset(); }

    void pagesLazily()
    {
        auto model = newModel(Queue::All, Tester::None);
        QCOMPARE(model->rowCount(), model->pageSize());
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * model->pageSize());
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Cases);

        // Every case once, newest first (the default order).
        const QList<CaseId> all = ids(*model);
        QCOMPARE(QSet<CaseId>(all.begin(), all.end()).size(), Cases);
        QCOMPARE(all.constFirst(), CaseId(1));
        QCOMPARE(all.constLast(), CaseId(Cases));
    }

    void sortingReQueriesTheCache_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<CaseId>("first");
        QTest::newRow("id ascending") << int(CaseColumn::Id) << Qt::AscendingOrder << CaseId(1);
        QTest::newRow("id descending")
            << int(CaseColumn::Id) << Qt::DescendingOrder << CaseId(Cases);
        QTest::newRow("received ascending")
            << int(CaseColumn::ReceivedAt) << Qt::AscendingOrder << CaseId(Cases);
    }
    void sortingReQueriesTheCache()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(CaseId, first);
        auto model = newModel(Queue::All, Tester::None);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        model->sort(column, order);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->caseIdAt(0), first);
        // Sorted in SQL: still only the first page is loaded, and the next
        // page continues the order without repeating a row.
        QCOMPARE(model->rowCount(), model->pageSize());
        model->fetchMore({});
        const QList<CaseId> loaded = ids(*model);
        QCOMPARE(QSet<CaseId>(loaded.begin(), loaded.end()).size(), loaded.size());
        if (column == int(CaseColumn::Id)) {
            for (int i = 1; i < loaded.size(); ++i)
                QVERIFY(order == Qt::AscendingOrder ? loaded[i - 1] < loaded[i]
                                                    : loaded[i - 1] > loaded[i]);
        }
    }

    void sortingByTextColumnKeepsEveryRow()
    {
        auto model = newModel();
        model->sort(int(CaseColumn::Title), Qt::AscendingOrder);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Cases);
        const QList<CaseId> all = ids(*model);
        QCOMPARE(QSet<CaseId>(all.begin(), all.end()).size(), Cases);
    }

    void searchNarrowsTheRows()
    {
        auto model = newModel();
        model->setSearch(QStringLiteral("duong lang"));
        QCOMPARE(model->rowCount(), Cases / 10);
        QVERIFY(!model->canFetchMore({}));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->data(model->index(r, int(CaseColumn::Title)))
                        .toString()
                        .contains(QStringLiteral("Đường Láng")));
        model->setSearch(QStringLiteral("ĐƯỜNG LÁNG 990")); // upper case, by number
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->caseIdAt(0), CaseId(990));
        model->setSearch(QString());
        QVERIFY(model->rowCount() >= model->pageSize());
        QVERIFY(model->canFetchMore({}));
    }

    // Searching as typed runs on another thread: the rows shown are only ever
    // those of the newest text, and a query changed meanwhile includes it.
    void searchInBackgroundShowsOnlyTheNewestText()
    {
        auto model = newModel(Queue::All, Tester::None);
        model->searchInBackground(m_cache->store->database().databaseName());
        QStringList shown;
        connect(model.get(), &QAbstractItemModel::modelReset, model.get(),
                [&] { shown.append(model->query().search); });
        model->setSearch(QStringLiteral("duong"));
        model->setSearch(QStringLiteral("duong lang"));
        QCOMPARE(model->rowCount(), model->pageSize()); // the old rows, until the new ones come
        QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("duong lang"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Cases / 10, 5000);
        QCOMPARE(shown, QStringList{QStringLiteral("duong lang")});

        // Changing the queue while a search is on its way reads both at once.
        model->setSearch(QStringLiteral("ĐƯỜNG LÁNG 990"));
        model->setQueue(Queue::UnitOpen);
        QCOMPARE(model->query().search, QStringLiteral("ĐƯỜNG LÁNG 990"));
        const int rows = model->rowCount();
        QVERIFY(rows <= 1);
        model->setSearch(QString());
        QTRY_VERIFY_WITH_TIMEOUT(model->query().search.isEmpty(), 5000);
        QCOMPARE(shown.size(), 3);
        QVERIFY(model->rowCount() > rows);
    }

    // A search as typed shows a screenful of rows as soon as they are read,
    // then the rest of its first page; paging on goes on after them.
    void searchShowsAScreenfulFirst()
    {
        auto reference = newModel(Queue::All, Tester::None);
        reference->setSearch(QStringLiteral("kim ma"));
        while (reference->canFetchMore({}))
            reference->fetchMore({});
        const QList<CaseId> expected = ids(*reference);
        QVERIFY(expected.size() > 2 * reference->pageSize());

        auto model = newModel(Queue::All, Tester::None);
        model->searchInBackground(m_cache->store->database().databaseName());
        model->setFirstRows(30);
        QList<int> firstRows;
        connect(model.get(), &QAbstractItemModel::modelReset, model.get(), [&] {
            firstRows.append(model->rowCount());
            QVERIFY(!model->canFetchMore({})); // not before the first page is whole
        });
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->setSearch(QStringLiteral("kim ma"));
        QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("kim ma"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), model->pageSize(), 5000);
        QCOMPARE(firstRows, QList<int>{30});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 30);
        QVERIFY(model->canFetchMore({}));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(ids(*model), expected);
    }

    // Text typed while the rest of a first page is on its way: that rest is
    // never added to the newer text's rows.
    void aNewerSearchDropsTheRestOfTheFirstPage()
    {
        auto model = newModel(Queue::All);
        model->searchInBackground(m_cache->store->database().databaseName());
        model->setFirstRows(10);
        bool typedOn = false;
        connect(model.get(), &QAbstractItemModel::modelReset, model.get(), [&] {
            if (!std::exchange(typedOn, true))
                model->setSearch(QStringLiteral("duong lang")); // the next key, right then
        });
        model->setSearch(QStringLiteral("kim"));
        QTRY_COMPARE_WITH_TIMEOUT(model->query().search, QStringLiteral("duong lang"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), Cases / 10, 5000);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->data(model->index(r, int(CaseColumn::Title)))
                        .toString()
                        .contains(QStringLiteral("Đường Láng")));
        QVERIFY(!model->canFetchMore({}));
    }

    // Only a window of pages stays in memory; a page that left it is read
    // again by the key it ends on, and reads the same rows.
    void keepsAWindowOfPagesAndReadsDroppedOnesByKey()
    {
        auto model = newModel(Queue::All, Tester::None);
        model->setPageSize(64);
        model->setKeptPages(2);
        model->refresh();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Cases);
        QCOMPARE(model->keptPages(), 2);
        CaseQuery all;
        all.queue = Queue::All;
        QList<CaseId> expected;
        for (const CaseRow &row : m_cache->store->page(all, {}, Cases))
            expected.append(row.id);
        QCOMPARE(ids(*model), expected); // reads every page again, backwards too below
        for (int r = Cases - 1; r >= 0; r -= 97)
            QCOMPARE(model->caseIdAt(r), expected.at(r));
        QCOMPARE(model->keptPages(), 2);

        // A refresh keeps every row reached, and reads only the first page's rows.
        model->refresh();
        QCOMPARE(model->rowCount(), Cases);
        QCOMPARE(model->keptPages(), 1);
        QCOMPARE(model->caseIdAt(Cases - 1), expected.constLast());
        QCOMPARE(model->rowOf(expected.constLast()), Cases - 1);
    }

    void queueFiltersRows()
    {
        auto model = newModel(Queue::AssignedToMe);
        while (model->canFetchMore({}))
            model->fetchMore({});
        int expected = 0;
        for (int i = 1; i <= Cases; ++i)
            expected += i % 3 == 0 && isOpen(generatedCase(i).status);
        QCOMPARE(model->rowCount(), expected);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->data(model->index(r, int(CaseColumn::Assignee))).toString(),
                     officer().displayName);
    }

    void marksOverdueAnswersAndShowsVietnamTime()
    {
        auto model = newModel();
        model->sort(int(CaseColumn::Id), Qt::AscendingOrder);
        // Case 1 is open (in progress) and its answer deadline has passed.
        const QModelIndex late = model->index(0, int(CaseColumn::AnswerDeadline));
        QCOMPARE(model->caseIdAt(0), CaseId(1));
        QVERIFY(model->data(late, CaseTableModel::OverdueRole).toBool());
        QCOMPARE(model->data(late, Qt::ForegroundRole).value<QBrush>().color().red(), 0xc6);
        // Case 2 is due tomorrow: no mark.
        QVERIFY(!model
                     ->data(model->index(1, int(CaseColumn::AnswerDeadline)),
                            CaseTableModel::OverdueRole)
                     .toBool());
        // Case 3 is closed: a passed deadline no longer matters.
        QCOMPARE(model->caseIdAt(2), CaseId(3));
        QVERIFY(!model->data(model->index(2, 0), CaseTableModel::OverdueRole).toBool());
        // 2026-11-27 02:00 UTC minus one hour is 08:00 in Hanoi.
        QCOMPARE(model->data(model->index(0, int(CaseColumn::ReceivedAt))).toString(),
                 QStringLiteral("27/11/2026 08:00"));
    }

    void refreshKeepsLoadedRowsAndShowsPending()
    {
        auto model = newModel(Queue::All, Tester::None);
        model->sort(int(CaseColumn::Id), Qt::AscendingOrder);
        model->fetchMore({});
        model->fetchMore({});
        const int loaded = model->rowCount();
        QCOMPARE(loaded, 3 * model->pageSize());

        Case changed = *m_cache->store->caseById(5);
        changed.title = QStringLiteral("Tiêu đề đã sửa trên máy");
        QString error;
        QVERIFY2(m_cache->store->saveLocal(changed, &error), qPrintable(error));
        model->refresh();
        QCOMPARE(model->rowCount(), loaded);
        const int row = model->rowOf(5);
        QCOMPARE(model->data(model->index(row, int(CaseColumn::Title))).toString(), changed.title);
        QVERIFY(model->data(model->index(row, 0), CaseTableModel::PendingRole).toBool());
        QVERIFY(model->data(model->index(row, 0), Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model->data(model->index(0, 0), CaseTableModel::PendingRole).toBool());
        QVERIFY(m_cache->store->setPending(5, false));
    }

    void queueListCountsPerRole()
    {
        QueueListModel queues(*m_cache->store);
        QAbstractItemModelTester tester(&queues,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.setRole(Role::Officer);
        QCOMPARE(queues.rowCount(), 8);
        QCOMPARE(queues.queueAt(0), Queue::AssignedToMe);
        QVERIFY(queues.rowOf(Queue::MyDrafts) >= 0);
        QVERIFY(queues.rowOf(Queue::SentBack) >= 0);
        queues.setRole(Role::Leader);
        QVERIFY(queues.rowOf(Queue::ToAccept) >= 0);
        queues.setRole(Role::Coordinator);
        QVERIFY(queues.rowOf(Queue::NewCases) >= 0);
        QVERIFY(queues.rowOf(Queue::AssignedToMe) < 0);
        QVERIFY(queues.rowOf(Queue::PossibleDuplicates) >= 0);
        queues.setRole(Role::Supervisor);
        QCOMPARE(queues.rowCount(), 5);
        QVERIFY(queues.rowOf(Queue::Overdue) >= 0);

        queues.setRole(Role::Officer);
        const int mine = queues.countOf(Queue::AssignedToMe);
        CaseQuery q;
        q.queue = Queue::AssignedToMe;
        QCOMPARE(mine, m_cache->store->count(q));
        QVERIFY(mine > 0);
        const QModelIndex row = queues.index(queues.rowOf(Queue::AssignedToMe));
        QVERIFY(queues.data(row).toString().endsWith(QStringLiteral("(%1)").arg(mine)));

        // A new case assigned to the officer arrives: the count follows.
        QSignalSpy changed(&queues, &QAbstractItemModel::dataChanged);
        FeedPage page;
        Case extra = generatedCase(6); // assigned to the officer, awaiting approval
        extra.id = Cases + 1;
        page.changes.append({Cases + 1, extra, 0});
        page.cursor = Cases + 1;
        QString error;
        QVERIFY2(m_cache->store->applyFeedPage(page, &error), qPrintable(error));
        queues.refresh();
        QCOMPARE(queues.countOf(Queue::AssignedToMe), mine + 1);
        QVERIFY(!changed.isEmpty());

        // It leaves the officer's scope again (a tombstone): the count drops back.
        FeedPage gone;
        gone.changes.append({Cases + 2, std::nullopt, Cases + 1});
        gone.cursor = Cases + 2;
        QVERIFY2(m_cache->store->applyFeedPage(gone, &error), qPrintable(error));
        queues.refresh();
        QCOMPARE(queues.countOf(Queue::AssignedToMe), mine);
    }
};

QTEST_MAIN(TestCaseTableModel)
#include "tst_casetablemodel.moc"
