// The dashboard driven by a hand-made source: the tiles show the report's
// figures and their change, the period controls reload, every tile, chart
// element and ranking row lists the cases behind it (mouse and keyboard),
// the choice is remembered, and nothing is shown as a figure while the
// cache's facts are still being prepared.

#include "DashboardCharts.h"
#include "DashboardFakes.h"
#include "DashboardWindow.h"
#include "FigureCasesDialog.h"
#include "FigureTiles.h"
#include "RankingModel.h"
#include "ReportExport.h"
#include "UiLanguage.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pakn;
using namespace pakn::testing;

namespace {

const QDate today(2025, 5, 14);

DashboardContext contextFor(const Account &me, QByteArray *saved = nullptr)
{
    DashboardContext c{me, dashboardUnits(), dashboardAccounts(), dashboardFields(), {}, {}, {}};
    c.today = [] { return today; };
    if (saved) {
        c.loadChoice = [saved] { return *saved; };
        c.saveChoice = [saved](const QByteArray &json) { *saved = json; };
    }
    return c;
}

Account supervisor()
{
    return dashboardAccounts().at(0);
}

FiguresRequest quarter()
{
    FiguresRequest r;
    r.unitId = 1;
    r.period = ReportPeriod::containing(ReportPeriod::Kind::Quarter, today);
    return r;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_language.use(QStringLiteral("en"))); }

    void init()
    {
        QVERIFY(m_language.use(QStringLiteral("en")));
        m_source = std::make_unique<FakeFiguresSource>();
        m_window = std::make_unique<DashboardWindow>(contextFor(supervisor(), &m_saved), *m_source);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->scope()->setRequest(quarter()));
        QCOMPARE(m_source->loads.last(), quarter());
        m_source->answer(handMadeReport(quarter()));
        QVERIFY(!m_window->isLoading());
    }
    void cleanup()
    {
        m_window.reset();
        m_source.reset();
        m_saved.clear();
    }

    void opensOnThisMonthForTheUsersScope()
    {
        FakeFiguresSource source;
        DashboardWindow window(contextFor(supervisor()), source);
        QCOMPARE(source.loads.size(), 1);
        QCOMPARE(source.loads.first().unitId, UnitId(1));
        QCOMPARE(source.loads.first().period.code(), QStringLiteral("2025-05"));
        QVERIFY(window.isLoading());
        QVERIFY(window.statusText().contains(QStringLiteral("Loading")));
    }

    void tilesShowTheFiguresAndTheirChange()
    {
        FigureTiles *tiles = m_window->tiles();
        QCOMPARE(tiles->tileFor(Measure::Received)->value(), QStringLiteral("12"));
        QCOMPARE(tiles->tileFor(Measure::Received)->changeText(), QStringLiteral("▲ 2"));
        QCOMPARE(tiles->tileFor(Measure::Received)->changeTone(), Tone::Neutral);
        QCOMPARE(tiles->tileFor(Measure::AnsweredOnTime)->value(), QStringLiteral("75.0 %"));
        QCOMPARE(tiles->tileFor(Measure::AnsweredOnTime)->changeText(), QStringLiteral("▲ 25.0"));
        QCOMPARE(tiles->tileFor(Measure::AnsweredOnTime)->changeTone(), Tone::Good);
        // Overdue now has no earlier value (it is judged now); fewer late answers is good news.
        QCOMPARE(tiles->tileFor(Measure::OverdueNow)->value(), QStringLiteral("3"));
        QCOMPARE(tiles->tileFor(Measure::OverdueNow)->changeText(), QString());
        QCOMPARE(tiles->tileFor(Measure::Satisfied)->value(), QStringLiteral("75.0 %"));
        QCOMPARE(tiles->tileFor(Measure::Satisfied)->changeTone(), Tone::Bad); // 100 % before
        QCOMPARE(tiles->tileFor(Measure::Answered, true)->value(), QStringLiteral("10.0 h"));
        QCOMPARE(tiles->tileFor(Measure::Answered, true)->changeText(), QStringLiteral("▼ 2.0"));
        QCOMPARE(tiles->tileFor(Measure::Answered, true)->changeTone(), Tone::Good);
        QCOMPARE(tiles->tileFor(Measure::AnsweredLate)->changeTone(), Tone::Good); // 2 ← 4
    }

    void vietnameseNumbers()
    {
        QVERIFY(m_language.use(QStringLiteral("vi")));
        FigureTile *tile = m_window->tiles()->tileFor(Measure::AnsweredOnTime);
        // The decimal comma; the percent sign's spacing is the translation's.
        QTRY_VERIFY(tile->value().startsWith(QStringLiteral("75,0")));
        QVERIFY(m_language.use(QStringLiteral("en")));
        QTRY_COMPARE(tile->value(), QStringLiteral("75.0 %"));
    }

    void changingThePeriodReloads()
    {
        DashboardScope *scope = m_window->scope();
        QTest::mouseClick(scope->nextButton(), Qt::LeftButton);
        QCOMPARE(m_source->loads.last().period.code(), QStringLiteral("2025-Q3"));
        QVERIFY(m_window->isLoading());
        // An answer to the old choice is not shown.
        m_source->answer(handMadeReport(quarter()));
        QVERIFY(m_window->isLoading());
        QTest::mouseClick(scope->previousButton(), Qt::LeftButton);
        QTest::mouseClick(scope->previousButton(), Qt::LeftButton);
        QCOMPARE(m_source->loads.last().period.code(), QStringLiteral("2025-Q1"));
        scope->kindBox()->setCurrentIndex(
            scope->kindBox()->findData(int(ReportPeriod::Kind::Week)));
        QCOMPARE(m_source->loads.last().period.kind(), ReportPeriod::Kind::Week);
        QCOMPARE(m_source->loads.last().period.first(), QDate(2024, 12, 30)); // holds 1 January
        scope->kindBox()->setCurrentIndex(
            scope->kindBox()->findData(int(ReportPeriod::Kind::Custom)));
        QVERIFY(scope->fromEdit()->isVisible());
        QVERIFY(!scope->dayEdit()->isVisible());
        scope->toEdit()->setDate(QDate(2025, 1, 10));
        QCOMPARE(m_source->loads.last().period.code(), QStringLiteral("2024-12-30..2025-01-10"));
        scope->fieldBox()->setCurrentIndex(scope->fieldBox()->findData(QStringLiteral("roads")));
        QCOMPARE(m_source->loads.last().field, QStringLiteral("roads"));
    }

    void theOfficerListFollowsTheUnit()
    {
        DashboardScope *scope = m_window->scope();
        QCOMPARE(scope->officerBox()->count(), 3); // all, and both officers of the city
        scope->unitBox()->setCurrentIndex(scope->unitBox()->findData(qint64(2)));
        QCOMPARE(scope->officerBox()->count(), 2);
        scope->officerBox()->setCurrentIndex(1);
        QCOMPARE(m_source->loads.last().unitId, UnitId(2));
        QCOMPARE(m_source->loads.last().officerId, UserId(9));
    }

    void eachRoleSeesItsOwnScope()
    {
        FakeFiguresSource source;
        DashboardWindow leader(contextFor(dashboardAccounts().at(1)), source);
        QCOMPARE(leader.scope()->unitBox()->count(), 3); // the district and its two wards
        QCOMPARE(source.loads.last().unitId, UnitId(2));
        DashboardWindow officer(contextFor(dashboardAccounts().at(2)), source);
        QCOMPARE(officer.scope()->unitBox()->count(), 1);
        QCOMPARE(source.loads.last().officerId, UserId(9)); // their own figures
        QVERIFY(!officer.scope()->officerBox()->isEnabled());
        // A remembered choice outside the scope falls back to it.
        FiguresRequest elsewhere = quarter();
        elsewhere.officerId = 10;
        QVERIFY(officer.scope()->setRequest(elsewhere));
        QCOMPARE(source.loads.last().unitId, UnitId(3));
        QCOMPARE(source.loads.last().officerId, UserId(9));
    }

    void clickingATileListsTheCasesBehindIt()
    {
        QSignalSpy open(m_window.get(), &DashboardWindow::openCaseRequested);
        FigureTile *tile = m_window->tiles()->tileFor(Measure::OverdueNow);
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(m_source->drills.size(), 1);
        QCOMPARE(m_source->drills.last().measure, std::optional(Measure::OverdueNow));
        QCOMPARE(m_source->drills.last().request, quarter());
        FigureCasesDialog *dialog = m_window->casesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->drill().title.startsWith(QStringLiteral("Overdue now")));
        m_source->answerCases({reportCase(4, QStringLiteral("Đèn đường hỏng")),
                               reportCase(11, QStringLiteral("Rác thải ùn ứ"))});
        QCOMPARE(dialog->caseIds(), (QList<CaseId>{4, 11}));
        QCOMPARE(dialog->model()->data(dialog->model()->index(1, ReportCaseModel::Title),
                                       Qt::DisplayRole),
                 QVariant(QStringLiteral("Rác thải ùn ứ")));
        QTest::keyClick(dialog->table(), Qt::Key_Down);
        QTest::keyClick(dialog->table(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), 11);
    }

    void aTileOpensWithEnter()
    {
        FigureTile *tile = m_window->tiles()->tileFor(Measure::Received);
        tile->setFocus();
        QTest::keyClick(tile, Qt::Key_Return);
        QCOMPARE(m_source->drills.last().measure, std::optional(Measure::Received));
    }

    void chartElementsNarrowTheRequest()
    {
        DashboardCharts *charts = m_window->charts();
        // Keyboard: the third week, the second series (answered).
        DrillChart *weekly = charts->weeklyCounts();
        weekly->setFocus();
        QTest::keyClick(weekly, Qt::Key_Right);
        QTest::keyClick(weekly, Qt::Key_Right);
        QTest::keyClick(weekly, Qt::Key_Down);
        QVERIFY(weekly->accessibleDescription().contains(QStringLiteral("Answered")));
        QTest::keyClick(weekly, Qt::Key_Return);
        FigureDrill drill = m_source->drills.last();
        QCOMPARE(drill.measure, std::optional(Measure::Answered));
        QCOMPARE(drill.request.period, quarter().period.weeks().at(2));
        QCOMPARE(drill.request.unitId, UnitId(1));
        // Mouse: a click on a bar comes as the bar set's clicked(index).
        auto *bars = charts->overdueByUnit()->chart()->findChild<QHorizontalBarSeries *>();
        QVERIFY(bars);
        // Horizontal bars: the first category (most overdue) on top, drawn last.
        Q_EMIT bars->barSets().first()->clicked(0);
        drill = m_source->drills.last();
        QCOMPARE(drill.measure, std::optional(Measure::OverdueNow));
        QCOMPARE(drill.request.unitId, UnitId(5));
        QCOMPARE(drill.request.period, quarter().period);
        auto *fields = charts->byField()->chart()->findChild<QHorizontalBarSeries *>();
        Q_EMIT fields->barSets().first()->clicked(1);
        QCOMPARE(m_source->drills.last().request.field, QStringLiteral("roads"));
        QCOMPARE(m_source->drills.last().measure, std::optional(Measure::Received));
        // On-time % line: its points by week.
        DrillChart *rates = charts->weeklyRates();
        rates->drill(1, 0);
        QCOMPARE(m_source->drills.last().measure, std::optional(Measure::AnsweredOnTime));
        QCOMPARE(m_source->drills.last().request.period, quarter().period.weeks().at(1));
    }

    void theRankingSortsAndOpensAUnitsCases()
    {
        QTableView *table = m_window->rankingTable();
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RankingModel::UnitName).data().toString(),
                 QStringLiteral("Quận Ba Đình"));
        table->sortByColumn(RankingModel::Received, Qt::AscendingOrder);
        QCOMPARE(model->index(0, RankingModel::UnitName).data().toString(),
                 QStringLiteral("Sở Xây dựng"));
        table->setFocus();
        table->setCurrentIndex(model->index(0, RankingModel::OnTime));
        QTest::keyClick(table, Qt::Key_Return);
        const FigureDrill drill = m_source->drills.last();
        QCOMPARE(drill.request.unitId, UnitId(5));
        QCOMPARE(drill.measure, std::optional(Measure::AnsweredOnTime));
        table->setCurrentIndex(model->index(1, RankingModel::Score));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_source->drills.last().request.unitId, UnitId(2));
        QCOMPARE(m_source->drills.last().measure, std::nullopt); // every case of the unit
    }

    // A chart filled again (a new report, another language) keeps no axes of
    // the last filling alive: removed axes are not deleted by QChart itself.
    void refillingAChartLeavesNoOldAxesBehind()
    {
        DrillChart *weekly = m_window->charts()->weeklyCounts();
        QList<QPointer<QAbstractAxis>> before;
        for (QAbstractAxis *axis : weekly->chart()->axes())
            before << axis;
        QCOMPARE(before.size(), 2);
        m_window->charts()->retranslate();
        QCOMPARE(weekly->chart()->axes().size(), 2);
        for (const QPointer<QAbstractAxis> &axis : before)
            QVERIFY(axis.isNull());
    }

    void tabReachesEveryPart()
    {
        QWidgetList wanted = m_window->scope()->tabChain();
        wanted.removeIf([](QWidget *w) { return !w->isVisible(); });
        for (FigureTile *tile : m_window->tiles()->tiles())
            wanted << tile;
        for (DrillChart *chart : m_window->charts()->charts())
            wanted << chart;
        wanted << m_window->rankingTable();
        m_window->activateWindow();
        m_window->scope()->unitBox()->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 60 && reached.size() < wanted.size(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (wanted.contains(focus))
                reached.insert(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        for (QWidget *w : wanted)
            QVERIFY2(reached.contains(w), qPrintable(w->objectName() + w->accessibleName()));
        for (QWidget *w : wanted)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    void preparingFactsShowsNoNumbers()
    {
        FakeFiguresSource source;
        source.preparing = 40;
        DashboardWindow window(contextFor(supervisor()), source);
        QVERIFY(window.isPreparing());
        QVERIFY(source.loads.isEmpty());
        source.setPreparing(75);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("preparingText"))
                    ->text()
                    .contains(QStringLiteral("75%")));
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("preparingBar"))->maximum(), 100);
        // Waiting for the first sync: no percentage, a turning bar.
        source.setPreparing(FiguresSource::kProgressUnknown);
        QVERIFY(window.isPreparing());
        const QString waiting = window.findChild<QLabel *>(QStringLiteral("preparingText"))->text();
        QVERIFY2(waiting.contains(QStringLiteral("first download")) && !waiting.contains(u'%'),
                 qPrintable(waiting));
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("preparingBar"))->maximum(), 0);
        QVERIFY(source.loads.isEmpty());
        source.setPreparing(std::nullopt);
        QVERIFY(!window.isPreparing());
        QCOMPARE(source.loads.size(), 1);
    }

    void theChoiceIsRemembered()
    {
        QTest::mouseClick(m_window->scope()->previousButton(), Qt::LeftButton);
        QVERIFY(m_saved.contains("2025-Q1"));
        FakeFiguresSource source;
        DashboardWindow again(contextFor(supervisor(), &m_saved), source);
        QCOMPARE(source.loads.first().period.code(), QStringLiteral("2025-Q1"));
    }

    void exportWritesOffTheGuiThread()
    {
        QCOMPARE(ReportExport::defaultFileName(handMadeReport(quarter())),
                 QStringLiteral("bao-cao-thanh-pho-ha-noi-2025-Q2.pdf"));
        QThread *writerThread = nullptr;
        ReportContent written;
        ReportExport::Writers writers = ReportExport::Writers::standard();
        writers.pdf = [&](const ReportContent &content, const QString &, QString *) {
            writerThread = QThread::currentThread();
            written = content;
            return true;
        };
        ReportExport exporter(*m_source, dashboardUnits(), dashboardFields(), m_window.get(),
                              writers);
        QSignalSpy finished(&exporter, &ReportExport::finished);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        exporter.exportTo(handMadeReport(quarter()), pdf);
        QVERIFY(exporter.isBusy());
        QCOMPARE(m_source->drills.last().measure, std::nullopt); // every case of the report
        m_source->answerCases({reportCase(4, QStringLiteral("Đèn đường hỏng"))});
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(writerThread && writerThread != QThread::currentThread());
        QCOMPARE(written.cases.size(), 1);
        QCOMPARE(written.issuingBody, QStringLiteral("THÀNH PHỐ HÀ NỘI"));
        QCOMPARE(written.place, QStringLiteral("Hà Nội"));
        QCOMPARE(written.fieldNames.value(QStringLiteral("roads")), QStringLiteral("Giao thông"));

        // The real CSV writer: a file Excel opens (UTF-8 with BOM) with the figures.
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        exporter.exportTo(handMadeReport(quarter()), csv);
        m_source->answerCases({});
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
            box->close();
    }

private:
    UiLanguage m_language;
    QByteArray m_saved;
    std::unique_ptr<FakeFiguresSource> m_source;
    std::unique_ptr<DashboardWindow> m_window;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
