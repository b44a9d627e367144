#pragma once

// Where the dashboard gets its numbers: a report for a request, the cases
// behind one measure, and whether the figures can be trusted yet (the
// cache's facts are still being prepared after an update). Answers come
// back as signals on the GUI thread; the reading happens elsewhere (the
// cache's reading thread), so the dashboard never waits. An interface so
// the widgets can be driven by hand-made reports in tests.

#include "domain/FiguresReport.h"

#include <QObject>
#include <optional>

namespace pakn {

// A list of cases to show: the request (narrowed to a unit, week or field)
// and the figure they count (nullopt: every case in the report).
struct FigureDrill
{
    FiguresRequest request;
    std::optional<Measure> measure;
    QString title; // what the user clicked, in words ("Đã tiếp nhận — tuần 02/06")
    friend bool operator==(const FigureDrill &, const FigureDrill &) = default;
};

class FiguresSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts reading; reportLoaded or loadFailed follows (only the newest
    // request's answer when several are asked quickly).
    virtual void load(const FiguresRequest &request) = 0;
    // Starts reading the cases behind a drill; casesLoaded follows.
    virtual void loadCases(const FigureDrill &drill) = 0;
    // nullopt: the figures are ready; otherwise how far the preparation is
    // (0–100), or kProgressUnknown (waiting for the cache's first sync).
    virtual std::optional<int> preparingPercent() const = 0;
    static constexpr int kProgressUnknown = -1;

Q_SIGNALS:
    void reportLoaded(const pakn::FiguresReport &report);
    void loadFailed(const QString &message);
    void casesLoaded(const pakn::FigureDrill &drill, const QList<pakn::ReportCase> &cases);
    // The preparation moved on (percent) or finished (nullopt): reload then.
    void preparingChanged(std::optional<int> percent);
};

} // namespace pakn
