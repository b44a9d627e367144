#include "DashboardWindow.h"

#include "DashboardCharts.h"
#include "DisplayNames.h"
#include "FigureCasesDialog.h"
#include "FigureTiles.h"
#include "RankingModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDashboard, "pakn.ui.dashboard")

namespace pakn {

DashboardWindow::DashboardWindow(DashboardContext context, FiguresSource &source, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(std::move(context)), m_source(source)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    buildLayout();

    connect(m_scope, &DashboardScope::requestChanged, this, [this](const FiguresRequest &r) {
        if (m_context.saveChoice)
            m_context.saveChoice(DashboardChoice{r}.toJson());
        reload();
    });
    connect(&m_source, &FiguresSource::reportLoaded, this, [this](const FiguresReport &report) {
        if (report.request == m_scope->request())
            showReport(report); // else an answer to a choice already left behind
    });
    connect(&m_source, &FiguresSource::loadFailed, this, [this](const QString &message) {
        m_loading = false;
        m_error = message;
        qCWarning(lcDashboard).noquote() << "figures not read:" << message;
        retranslate();
    });
    connect(&m_source, &FiguresSource::casesLoaded, this,
            [this](const FigureDrill &drill, const QList<ReportCase> &cases) {
                if (m_cases)
                    m_cases->setCases(drill, cases);
            });
    connect(&m_source, &FiguresSource::preparingChanged, this, [this](std::optional<int> percent) {
        const bool wasPreparing = isPreparing();
        showPreparing(percent);
        if (wasPreparing && !percent)
            reload(); // the facts are complete now
    });
    connect(m_tiles, &FigureTiles::measureActivated, this,
            [this](Measure measure, const QString &title) {
                showCases(
                    {m_scope->request(), measure,
                     tr("%1 — %2").arg(title, FigureText::periodName(m_scope->request().period))});
            });
    connect(m_charts, &DashboardCharts::drillRequested, this, &DashboardWindow::showCases);
    connect(m_ranking, &QTableView::activated, this, &DashboardWindow::drillRanking);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_report)
            Q_EMIT exportRequested(*m_report);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_report)
            Q_EMIT printRequested(*m_report);
    });

    const QDate today = m_context.today ? m_context.today() : QDate::currentDate();
    std::optional<DashboardChoice> last;
    if (m_context.loadChoice)
        last = DashboardChoice::fromJson(m_context.loadChoice());
    showPreparing(m_source.preparingPercent());
    if (!last || !m_scope->setRequest(last->request))
        m_scope->setRequest(m_scope->defaultRequest(today));
    retranslate();
    // Office screens run from 1366×768 to 1920×1080: fill the smaller, not more.
    QSize size(1600, 980);
    if (const QScreen *where = screen())
        size = size.boundedTo(where->availableGeometry().size());
    resize(size);
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::buildLayout()
{
    m_scope = new DashboardScope(m_context.me, m_context.units, m_context.accounts,
                                 m_context.fields, this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_export->hide();
    m_print->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // turning while the figures are read
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    m_tiles = new FigureTiles(this);
    m_charts = new DashboardCharts(this);
    m_rankingModel = new RankingModel(this);
    m_rankingSort = new QSortFilterProxyModel(this);
    m_rankingSort->setSourceModel(m_rankingModel);
    m_rankingSort->setSortRole(RankingModel::SortRole);
    m_ranking = new QTableView(this);
    m_ranking->setObjectName(QStringLiteral("rankingTable"));
    m_ranking->setModel(m_rankingSort);
    m_ranking->setSortingEnabled(true);
    m_ranking->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setTabKeyNavigation(false);
    m_ranking->verticalHeader()->hide();
    m_ranking->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ranking->horizontalHeader()->setSectionResizeMode(RankingModel::UnitName,
                                                        QHeaderView::Stretch);
    m_ranking->setMinimumWidth(420);
    m_rankingLabel = new QLabel(this);
    m_rankingLabel->setBuddy(m_ranking);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_tiles);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_charts, 4);
    auto *rankingColumn = new QVBoxLayout;
    rankingColumn->addWidget(m_rankingLabel);
    rankingColumn->addWidget(m_ranking, 1);
    lower->addLayout(rankingColumn, 3);
    contentLayout->addLayout(lower, 1);
    m_charts->setMinimumHeight(610);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *preparing = new QWidget(this);
    auto *preparingLayout = new QVBoxLayout(preparing);
    m_preparingText = new QLabel(preparing);
    m_preparingText->setObjectName(QStringLiteral("preparingText"));
    m_preparingText->setAlignment(Qt::AlignCenter);
    m_preparingText->setWordWrap(true);
    QFont large = m_preparingText->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_preparingText->setFont(large);
    m_preparingBar = new QProgressBar(preparing);
    m_preparingBar->setObjectName(QStringLiteral("preparingBar"));
    m_preparingBar->setRange(0, 100);
    m_preparingBar->setMaximumWidth(480);
    preparingLayout->addStretch(1);
    preparingLayout->addWidget(m_preparingText);
    preparingLayout->addWidget(m_preparingBar, 0, Qt::AlignHCenter);
    preparingLayout->addStretch(2);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(scroll);
    m_pages->addWidget(preparing);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    top->addLayout(buttons);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(statusRow);
    layout->addWidget(m_pages, 1);

    QWidgetList chain = m_scope->tabChain();
    chain << m_export << m_print;
    for (FigureTile *tile : m_tiles->tiles())
        chain << tile;
    for (DrillChart *chart : m_charts->charts())
        chain << chart;
    chain << m_ranking;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void DashboardWindow::setExportAvailable(bool available)
{
    m_export->setVisible(available);
    m_print->setVisible(available);
}

FigureCasesDialog *DashboardWindow::casesDialog() const
{
    return m_cases;
}

bool DashboardWindow::isPreparing() const
{
    return m_pages->currentIndex() == 1;
}

QString DashboardWindow::statusText() const
{
    return m_status->text();
}

void DashboardWindow::refresh()
{
    reload();
}

void DashboardWindow::reload()
{
    if (isPreparing())
        return; // the numbers would be wrong; preparingChanged reloads
    m_loading = true;
    m_error.clear();
    m_tiles->setStale(true);
    retranslate();
    m_source.load(m_scope->request());
}

void DashboardWindow::showReport(const FiguresReport &report)
{
    m_loading = false;
    m_report = report;
    // The cache's reader leaves the officer's name to who knows the accounts.
    for (const Account &a : std::as_const(m_context.accounts))
        if (m_report->officerName.isEmpty() && a.id == report.request.officerId)
            m_report->officerName = a.displayName;
    m_tiles->setReport(report);
    m_charts->setReport(report, fieldNames());
    m_rankingModel->setRanking(report.ranking);
    retranslate();
}

void DashboardWindow::showPreparing(std::optional<int> percent)
{
    m_pages->setCurrentIndex(percent ? 1 : 0);
    if (percent)
        m_loading = false; // no report comes while preparing; the end reloads
    // Turning while the first sync runs: how much of the feed is left is not known.
    const bool known = percent != FiguresSource::kProgressUnknown;
    m_preparingBar->setRange(0, known ? 100 : 0);
    m_preparingBar->setValue(known ? percent.value_or(100) : 0);
    retranslate();
}

void DashboardWindow::showCases(const FigureDrill &drill)
{
    if (!m_cases) {
        m_cases = new FigureCasesDialog(this);
        connect(m_cases, &FigureCasesDialog::openCaseRequested, this,
                &DashboardWindow::openCaseRequested);
    }
    qCInfo(lcDashboard) << "cases behind" << (drill.measure ? toCode(*drill.measure) : QString())
                        << "unit" << drill.request.unitId << drill.request.period.code();
    m_cases->startLoading(drill);
    m_cases->show();
    m_cases->raise();
    m_cases->activateWindow();
    m_source.loadCases(drill);
}

void DashboardWindow::drillRanking(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_rankingSort->mapToSource(index);
    const RankedUnit &unit = m_rankingModel->unitAt(source.row());
    FiguresRequest narrowed = m_scope->request();
    narrowed.unitId = unit.unitId;
    const std::optional<Measure> measure = RankingModel::measureOf(source.column());
    const QString what =
        measure ? m_rankingModel->headerData(source.column(), Qt::Horizontal, Qt::DisplayRole)
                      .toString()
                : tr("All cases in the report");
    showCases({narrowed, measure, tr("%1 — %2").arg(unit.unitName, what)});
}

QMap<QString, QString> DashboardWindow::fieldNames() const
{
    QMap<QString, QString> names;
    for (const FieldInfo &f : m_context.fields)
        names.insert(f.code, fieldNameOf(f));
    return names;
}

void DashboardWindow::retranslate()
{
    const FiguresRequest r = m_scope->request();
    QString unitName;
    for (const Unit &u : std::as_const(m_context.units))
        if (u.id == r.unitId)
            unitName = u.name;
    setWindowTitle(tr("Figures — %1, %2").arg(unitName, FigureText::periodName(r.period)));
    m_export->setText(tr("&Export report…"));
    m_print->setText(tr("Pr&int…"));
    m_export->setAccessibleName(tr("Export report"));
    m_print->setAccessibleName(tr("Print report"));
    m_rankingLabel->setText(tr("Ran&king of units"));
    m_ranking->setAccessibleName(tr("Ranking of units"));
    m_preparingText->setText(
        m_preparingBar->maximum() == 0
            ? tr("The figures are counted once this computer's first download of cases has "
                 "finished…")
            : tr("Preparing the figures… %1%").arg(m_preparingBar->value()));
    m_busy->setVisible(m_loading);
    m_export->setEnabled(m_report.has_value() && !m_loading);
    m_print->setEnabled(m_report.has_value() && !m_loading);
    if (!m_error.isEmpty())
        m_status->setText(tr("The figures could not be read: %1").arg(m_error));
    else if (isPreparing())
        m_status->setText(tr("Preparing the figures…"));
    else if (m_loading)
        m_status->setText(tr("Loading the figures…"));
    else if (m_report)
        m_status->setText(tr("Figures for %1, %2, counted at %3")
                              .arg(m_report->unitName.isEmpty() ? unitName : m_report->unitName,
                                   FigureText::periodName(m_report->request.period),
                                   DisplayNames::dateTime(m_report->computedAt)));
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_scope->retranslate();
        m_tiles->retranslate();
        m_charts->retranslate();
        m_rankingModel->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pakn
