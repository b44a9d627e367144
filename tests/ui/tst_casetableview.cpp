// The case table driven from the keyboard: several rows selected for bulk
// actions, the unread mark cleared by opening a case, and the columns chosen
// from the header's menu remembered for the next start.

#include "CacheFixture.h"
#include "CaseTableModel.h"
#include "CaseTableView.h"
#include "DisplayNames.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pakn;
using namespace pakn::testing;

class TestCaseTableView : public QObject
{
    Q_OBJECT
    std::unique_ptr<CacheFixture> m_cache;

    struct Table
    {
        CaseTableModel model;
        CaseTableView view;
        explicit Table(CaseStore &store) : model(store)
        {
            model.setClock([] { return referenceTime; });
            model.sort(int(CaseColumn::Id), Qt::AscendingOrder);
            view.setCaseModel(&model);
            view.resize(1200, 500);
            view.show();
        }
    };

private Q_SLOTS:
    void initTestCase() { m_cache = std::make_unique<CacheFixture>(300); }
    void cleanupTestCase() { m_cache.reset(); }

    // Status and the other worded columns are as wide as the current
    // language's longest word; switching language only widens them.
    void wordedColumnsFitTheLanguage()
    {
        UiLanguage ui;
        QVERIFY(ui.use(QStringLiteral("en")));
        Table t(*m_cache->store); // the first test: no saved column widths yet
        const QFontMetrics fm = t.view.fontMetrics();
        const int status = int(CaseColumn::Status);
        QVERIFY(t.view.columnWidth(status) >
                fm.horizontalAdvance(DisplayNames::status(CaseStatus::PendingAcceptance)));
        QVERIFY(t.view.columnWidth(int(CaseColumn::Urgency)) >
                fm.horizontalAdvance(DisplayNames::urgency(Urgency::Complex)));
        const int english = t.view.columnWidth(status);
        QVERIFY(ui.use(QStringLiteral("vi")));
        QTRY_VERIFY(t.view.columnWidth(status) >
                    fm.horizontalAdvance(DisplayNames::status(CaseStatus::AwaitingApproval)));
        QVERIFY(t.view.columnWidth(status) >= english);
    }

    void selectsSeveralRowsWithShift()
    {
        Table t(*m_cache->store);
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        QSignalSpy selected(&t.view, &CaseTableView::selectedCasesChanged);
        t.view.setFocus();
        t.view.selectFirstIfNone();
        const CaseId first = t.model.caseIdAt(0);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&t.view, Qt::Key_Down, Qt::ShiftModifier);
        const QList<CaseId> expected = {first, t.model.caseIdAt(1), t.model.caseIdAt(2),
                                        t.model.caseIdAt(3)};
        QCOMPARE(t.view.selectedCaseIds(), expected);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).value<QList<qint64>>(), expected);
        // A plain arrow key goes back to one selected case.
        QTest::keyClick(&t.view, Qt::Key_Down);
        QCOMPARE(t.view.selectedCaseIds().size(), 1);
    }

    void openingACaseClearsItsUnreadMark()
    {
        Table t(*m_cache->store);
        // Nobody opened the fixture's cases yet, and the officer changed none.
        const int row = 10;
        const CaseId id = t.model.caseIdAt(row);
        QVERIFY(t.model.data(t.model.index(row, 0), CaseTableModel::UnreadRole).toBool());
        QVERIFY(t.model.data(t.model.index(row, int(CaseColumn::Title)), Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QVERIFY(t.view.selectCase(id));
        QVERIFY(!t.model.data(t.model.index(row, 0), CaseTableModel::UnreadRole).toBool());
        t.model.refresh(); // it is stored, not only painted
        QVERIFY(!t.model.data(t.model.index(t.model.rowOf(id), 0), CaseTableModel::UnreadRole)
                     .toBool());
    }

    void aHeldKeyShowsTheCaseWhereItStops()
    {
        Table t(*m_cache->store);
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.view.setFocus();
        QVERIFY(t.view.selectCase(t.model.caseIdAt(20)));
        QSignalSpy shown(&t.view, &CaseTableView::currentCaseChanged);
        // A held Down key: the keyboard repeats it many times a second.
        for (int i = 0; i < 5; ++i) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier, QString(), true);
            QApplication::sendEvent(&t.view, &press);
        }
        QCOMPARE(t.view.currentCaseId(), t.model.caseIdAt(25)); // the table kept up
        QCOMPARE(shown.count(), 0);                             // the case view waits
        QVERIFY(t.model.data(t.model.index(23, 0), CaseTableModel::UnreadRole).toBool());
        QTRY_COMPARE(shown.count(), 1); // it rested: the case it stopped on, once
        QCOMPARE(shown.at(0).at(0).toLongLong(), t.model.caseIdAt(25));
        QVERIFY(!t.model.data(t.model.index(25, 0), CaseTableModel::UnreadRole).toBool());
        // One press (not held) shows the next case at once.
        QTest::keyClick(&t.view, Qt::Key_Down);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).toLongLong(), t.model.caseIdAt(26));
    }

    void columnsChosenFromTheKeyboardAreRemembered()
    {
        {
            Table t(*m_cache->store);
            QVERIFY(QTest::qWaitForWindowExposed(&t.view));
            QVERIFY(!t.view.horizontalHeader()->isSectionHidden(int(CaseColumn::Id)));
            bool menuSeen = false;
            QTimer::singleShot(0, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                menuSeen = true;
                QTest::keyClick(menu, Qt::Key_Down); // the first column: "No."
                QTest::keyClick(menu, Qt::Key_Return);
            });
            t.view.setFocus();
            QTest::keyClick(&t.view, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(menuSeen);
            QVERIFY(t.view.horizontalHeader()->isSectionHidden(int(CaseColumn::Id)));
        }
        Table again(*m_cache->store);
        QVERIFY(again.view.horizontalHeader()->isSectionHidden(int(CaseColumn::Id)));
        QVERIFY(!again.view.horizontalHeader()->isSectionHidden(int(CaseColumn::Title)));
    }
};

QTEST_MAIN(TestCaseTableView)
#include "tst_casetableview.moc"
