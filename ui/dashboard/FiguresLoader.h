#pragma once

// What the dashboard asks of the cache: a figures report and the cases behind
// a figure, read by FiguresReader on a reading thread of its own (a quarter at
// a million cached cases is too much reading for the GUI thread). A newer
// request replaces an older one still waiting; answers to requests made
// before the newest are dropped, so the dashboard only ever shows what it
// asked for last.

#include "cache/FiguresReader.h"
#include "domain/FiguresReport.h"

#include <QObject>
#include <functional>
#include <memory>

namespace pakn {

class CacheReader;

class FiguresLoader : public QObject
{
    Q_OBJECT
public:
    // `now`: the moment "overdue now" is counted at (tests fix it); the wall clock by default.
    explicit FiguresLoader(QString cachePath, QObject *parent = nullptr,
                           std::function<QDateTime()> now = {});
    ~FiguresLoader() override;

    void loadReport(const FiguresRequest &request);
    // The cases behind `measure` (without one: behind every figure of the report).
    void loadCases(const FiguresRequest &request, std::optional<pakn::Measure> measure);

Q_SIGNALS:
    // `readiness` other than Ready: the figures miss cases for now (the
    // first sync has not finished, or the facts backfill still runs).
    void reportLoaded(const pakn::FiguresReport &report, pakn::FiguresReader::Readiness readiness);
    void casesLoaded(const pakn::FiguresRequest &request, std::optional<pakn::Measure> measure,
                     const QList<pakn::ReportCase> &cases);
    void failed(const QString &message);

private:
    std::unique_ptr<CacheReader> m_reader;
    std::function<QDateTime()> m_now;
    quint64 m_reportGeneration = 0;
    quint64 m_casesGeneration = 0;
};

} // namespace pakn
