#pragma once

// The figures dashboard for leaders, supervisors and coordinators (officers:
// their own figures): the scope and period chosen at the top, the headline
// figures as tiles, four charts and the units' ranking. Every tile, chart
// element and ranking row opens the cases behind it. Reads through a
// FiguresSource (off the GUI thread); while the cache's facts are still being
// prepared it says so instead of showing numbers that are not yet right.
// A window of its own, so it can sit on a second screen beside the desk.

#include "DashboardScope.h"
#include "FiguresSource.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QSortFilterProxyModel;

namespace pakn {

class DashboardCharts;
class FigureCasesDialog;
class FigureTiles;
class RankingModel;

struct DashboardContext
{
    Account me;
    QList<Unit> units;
    QList<Account> accounts;
    QList<FieldInfo> fields;
    std::function<QByteArray()> loadChoice;             // the last choice (empty: none)
    std::function<void(const QByteArray &)> saveChoice; // keeps it for next time
    std::function<QDate()> today;                       // Vietnam's date (tests fix it)
};

class DashboardWindow : public QWidget
{
    Q_OBJECT
public:
    DashboardWindow(DashboardContext context, FiguresSource &source, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Shows "Export report…" and "Print…" (they ask through exportRequested
    // and printRequested); hidden until something writes reports.
    void setExportAvailable(bool available);

    DashboardScope *scope() const { return m_scope; }
    FigureTiles *tiles() const { return m_tiles; }
    DashboardCharts *charts() const { return m_charts; }
    QTableView *rankingTable() const { return m_ranking; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *printButton() const { return m_print; }
    // The list of cases last opened (nullptr before the first).
    FigureCasesDialog *casesDialog() const;
    std::optional<FiguresReport> report() const { return m_report; }
    bool isLoading() const { return m_loading; }
    bool isPreparing() const;
    QString statusText() const;

    // Reads the figures again (the cache changed).
    void refresh();
    // Opens the list of the cases behind `drill`.
    void showCases(const FigureDrill &drill);

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);
    void exportRequested(const pakn::FiguresReport &report);
    void printRequested(const pakn::FiguresReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void reload();
    void showReport(const FiguresReport &report);
    void showPreparing(std::optional<int> percent);
    void drillRanking(const QModelIndex &index);
    QMap<QString, QString> fieldNames() const;

    DashboardContext m_context;
    FiguresSource &m_source;
    std::optional<FiguresReport> m_report;
    bool m_loading = false;
    QString m_error;

    DashboardScope *m_scope;
    QStackedWidget *m_pages;
    QLabel *m_preparingText;
    QProgressBar *m_preparingBar;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_export;
    QPushButton *m_print;
    FigureTiles *m_tiles;
    DashboardCharts *m_charts;
    QLabel *m_rankingLabel;
    QTableView *m_ranking;
    RankingModel *m_rankingModel;
    QSortFilterProxyModel *m_rankingSort;
    QPointer<FigureCasesDialog> m_cases;
};

} // namespace pakn
