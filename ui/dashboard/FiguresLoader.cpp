#include "dashboard/FiguresLoader.h"

#include "CacheReader.h"
#include "cache/FiguresReader.h"

namespace pakn {

namespace {

enum Slot
{
    ReportSlot,
    CasesSlot
};

struct ReportRead
{
    FiguresReport report;
    FiguresReader::Readiness readiness = FiguresReader::Readiness::Ready;
    QString error;
};

struct CasesRead
{
    QList<ReportCase> cases;
    QString error;
};

} // namespace

FiguresLoader::FiguresLoader(QString cachePath, QObject *parent, std::function<QDateTime()> now)
    : QObject(parent), m_reader(std::make_unique<CacheReader>(std::move(cachePath))),
      m_now(now ? std::move(now) : [] { return QDateTime::currentDateTimeUtc(); })
{}

FiguresLoader::~FiguresLoader() = default;

void FiguresLoader::loadReport(const FiguresRequest &request)
{
    const quint64 generation = ++m_reportGeneration;
    m_reader->read<ReportRead>(
        ReportSlot,
        [request, now = m_now()](const CaseStore &store) {
            const FiguresReader reader(store.database());
            ReportRead r;
            r.readiness = reader.readiness();
            r.report = reader.read(request, now, &r.error);
            return r;
        },
        [this, generation](const ReportRead &r) {
            if (generation != m_reportGeneration)
                return; // another scope or period was asked for since
            if (!r.error.isEmpty())
                Q_EMIT failed(r.error);
            else
                Q_EMIT reportLoaded(r.report, r.readiness);
        });
}

void FiguresLoader::loadCases(const FiguresRequest &request, std::optional<Measure> measure)
{
    const quint64 generation = ++m_casesGeneration;
    m_reader->read<CasesRead>(
        CasesSlot,
        [request, measure, now = m_now()](const CaseStore &store) {
            CasesRead r;
            r.cases = FiguresReader(store.database()).cases(request, measure, now, &r.error);
            return r;
        },
        [this, generation, request, measure](const CasesRead &r) {
            if (generation != m_casesGeneration)
                return;
            if (!r.error.isEmpty())
                Q_EMIT failed(r.error);
            else
                Q_EMIT casesLoaded(request, measure, r.cases);
        });
}

} // namespace pakn
