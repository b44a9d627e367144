#include "CacheFiguresSource.h"

#include "FiguresLoader.h"
#include "sync/SyncController.h"

#include <algorithm>

namespace pakn {

CacheFiguresSource::CacheFiguresSource(const QString &cachePath, SyncController *sync,
                                       QObject *parent, std::function<QDateTime()> now)
    : FiguresSource(parent), m_loader(new FiguresLoader(cachePath, this, std::move(now)))
{
    connect(m_loader, &FiguresLoader::reportLoaded, this,
            [this](const FiguresReport &report, FiguresReader::Readiness readiness) {
                using Readiness = FiguresReader::Readiness;
                if (readiness == Readiness::AwaitingFirstSync) {
                    setPreparing(kProgressUnknown); // the round's end reads again
                    return;
                }
                if (readiness == Readiness::Backfilling && !m_backfilled) {
                    const int percent = m_preparing.value_or(0);
                    setPreparing(std::max(percent, 0)); // the backfill's end reloads
                    return;
                }
                if (m_preparing == kProgressUnknown)
                    setPreparing(std::nullopt); // the dashboard reloads
                else
                    Q_EMIT reportLoaded(report);
            });
    connect(m_loader, &FiguresLoader::casesLoaded, this,
            [this](const FiguresRequest &request, std::optional<Measure> measure,
                   const QList<ReportCase> &cases) {
                if (m_drill && m_drill->request == request && m_drill->measure == measure)
                    Q_EMIT casesLoaded(*m_drill, cases);
            });
    connect(m_loader, &FiguresLoader::failed, this, &FiguresSource::loadFailed);
    if (!sync)
        return;
    connect(sync, &SyncController::factsBackfillProgress, this, [this](qint64 done, qint64 total) {
        if (!m_backfilled && total > 0 && done < total && m_preparing != kProgressUnknown)
            setPreparing(int(done * 100 / total));
    });
    connect(sync, &SyncController::factsBackfilled, this, [this] {
        m_backfilled = true;
        setPreparing(std::nullopt);
    });
    connect(sync, &SyncController::roundFinished, this, &CacheFiguresSource::syncRoundFinished);
}

CacheFiguresSource::~CacheFiguresSource() = default;

void CacheFiguresSource::load(const FiguresRequest &request)
{
    m_request = request;
    m_loader->loadReport(request);
}

void CacheFiguresSource::syncRoundFinished()
{
    if (m_preparing == kProgressUnknown && m_request)
        m_loader->loadReport(*m_request);
}

void CacheFiguresSource::loadCases(const FigureDrill &drill)
{
    m_drill = drill;
    m_loader->loadCases(drill.request, drill.measure);
}

void CacheFiguresSource::setPreparing(std::optional<int> percent)
{
    if (percent == m_preparing)
        return;
    m_preparing = percent;
    Q_EMIT preparingChanged(percent);
}

} // namespace pakn
