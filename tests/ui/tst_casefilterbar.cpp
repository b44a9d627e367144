// The filter bar and the saved queues driven from the keyboard: mnemonics
// reach each filter, arrow keys choose, the table narrows at once, "Clear
// filters" brings every case back; a search and filter saved as a queue
// shows with its count and is renamed (F2) and deleted (Delete).

#include "CacheFixture.h"
#include "CaseFilterBar.h"
#include "CaseTableModel.h"
#include "QueueListModel.h"
#include "SavedQueues.h"
#include "Typing.h"
#include "cache/SavedQueueStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pakn;
using namespace pakn::testing;

namespace {

// Answers the next modal dialog (an input dialog or a message box) from the keyboard.
void answerNextDialog(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        answer(dialog);
    });
}

void typeName(QWidget *dialog, const QString &name)
{
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    typeText(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestCaseFilterBar : public QObject
{
    Q_OBJECT
    std::unique_ptr<CacheFixture> m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<CacheFixture>(200);
        QVERIFY(m_cache->store->replaceUnits(
            {{1, 0, QStringLiteral("Thành phố"), QStringLiteral("city")},
             {5, 1, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")}}));
        QVERIFY(m_cache->store->replaceAccounts({officer()}));
    }
    void cleanupTestCase() { m_cache.reset(); }

    void reflowsOnANarrowScreen()
    {
        CaseFilterBar bar(*m_cache->store);
        bar.resize(2000, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const auto *field = bar.findChild<QWidget *>(QStringLiteral("fieldFilter"));
        const auto *urgency = bar.findChild<QWidget *>(QStringLiteral("urgencyFilter"));
        QTRY_COMPARE(urgency->y(), field->y()); // four filters a row on a wide screen
        // It may be squeezed to half its natural width, and then it takes more rows.
        QVERIFY(bar.minimumSizeHint().width() * 3 / 2 < bar.sizeHint().width());
        bar.resize(bar.minimumSizeHint().width(), bar.height());
        QTRY_VERIFY(urgency->y() > field->y());
        for (QWidget *w : bar.findChildren<QWidget *>())
            if (w->isVisible())
                QVERIFY2(w->geometry().right() <= bar.width(), qPrintable(w->objectName()));
    }

    void filtersFromTheKeyboard()
    {
        QWidget window;
        auto *bar = new CaseFilterBar(*m_cache->store, &window);
        bar->resize(900, 100);
        CaseTableModel model(*m_cache->store);
        model.setQueue(Queue::All);
        connect(bar, &CaseFilterBar::filterChanged, &model, &CaseTableModel::setFilter);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaseQuery all;
        all.queue = Queue::All;
        const int everything = m_cache->store->count(all);

        // The labels have no Alt letters (the case view needs them): Tab gets
        // there. Down walks the statuses.
        auto *status = bar->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(status->hasFocus());
        QSignalSpy changed(bar, &CaseFilterBar::filterChanged);
        while (status->currentData().toString() != toCode(CaseStatus::AwaitingApproval))
            QTest::keyClick(status, Qt::Key_Down);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(bar->filter().status, CaseStatus::AwaitingApproval);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, int(CaseColumn::Status))).toString(),
                     status->currentText());

        // Tab goes on to the urgency filter; the assignee filter knows "nobody".
        QTest::keyClick(status, Qt::Key_Tab);
        QVERIFY(bar->findChild<QComboBox *>(QStringLiteral("urgencyFilter"))->hasFocus());
        auto *assignee = bar->findChild<QComboBox *>(QStringLiteral("assigneeFilter"));
        assignee->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(assignee->hasFocus());
        QTest::keyClick(assignee, Qt::Key_Down);
        QCOMPARE(bar->filter().assigneeId, CaseFilter::kUnassigned);
        CaseQuery expected = all;
        expected.filter = bar->filter();
        QCOMPARE(model.query().filter, expected.filter);
        const int narrowed = m_cache->store->count(expected);
        QVERIFY(narrowed < everything);

        // "Clear filters" clears every filter.
        QTest::keyClick(bar->findChild<QPushButton *>(QStringLiteral("clearFilters")),
                        Qt::Key_Space);
        QTRY_VERIFY(bar->filter().isEmpty());
        QVERIFY(model.query().filter.isEmpty());
        QCOMPARE(status->currentIndex(), 0);
    }

    void savedQueuesFromTheKeyboard()
    {
        QueueListModel queues(*m_cache->store);
        QAbstractItemModelTester tester(&queues,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        queues.setRole(Role::Officer);
        QListView list;
        list.setModel(&queues);
        SavedQueues saved(&list, &queues, *m_cache->store);
        list.show();
        list.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&list));
        list.setFocus();
        QTRY_VERIFY(list.hasFocus());
        const int builtIn = queues.rowCount();

        CaseQuery query;
        query.queue = Queue::UnitOpen;
        query.search = QStringLiteral("đường láng");
        query.filter.field = QStringLiteral("environment");
        answerNextDialog([](QWidget *d) { typeName(d, QStringLiteral("Đường Láng")); });
        saved.saveAs(query);
        QCOMPARE(queues.rowCount(), builtIn + 1);
        QCOMPARE(list.currentIndex().row(), builtIn);
        QCOMPARE(queues.data(list.currentIndex(), QueueListModel::NameRole).toString(),
                 QStringLiteral("Đường Láng"));
        const int expected = m_cache->store->count(query);
        QVERIFY(expected > 0);
        QCOMPARE(queues.data(list.currentIndex(), QueueListModel::CountRole).toInt(), expected);
        QCOMPARE(queues.queryAt(builtIn).filter.field, query.filter.field);

        answerNextDialog([](QWidget *d) { typeName(d, QStringLiteral("Ổ gà Đường Láng")); });
        QTest::keyClick(&list, Qt::Key_F2);
        QCOMPARE(queues.data(queues.index(builtIn), QueueListModel::NameRole).toString(),
                 QStringLiteral("Ổ gà Đường Láng"));

        // The role's own queues are neither renamed nor deleted.
        list.setCurrentIndex(queues.index(0));
        QTest::keyClick(&list, Qt::Key_Delete);
        QCOMPARE(queues.rowCount(), builtIn + 1);

        list.setCurrentIndex(queues.index(builtIn));
        answerNextDialog([](QWidget *d) {
            for (auto *button : d->findChildren<QPushButton *>())
                if (button->text() == QLatin1String("Delete")) {
                    button->setFocus();
                    QTest::keyClick(button, Qt::Key_Space);
                }
        });
        QTest::keyClick(&list, Qt::Key_Delete);
        QCOMPARE(queues.rowCount(), builtIn);
        QVERIFY(SavedQueueStore(m_cache->store->database()).all().isEmpty());
    }
};

QTEST_MAIN(TestCaseFilterBar)
#include "tst_casefilterbar.moc"
