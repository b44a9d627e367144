#pragma once

// The dashboard's figures from this PC's cache: FiguresLoader reads them on
// the cache's reading thread; while the sync's facts backfill still runs
// (a cache synced before the figures existed) the figures would miss cases,
// so the source says it is preparing (with the backfill's progress) instead
// of passing such a report on.

#include "FiguresSource.h"

#include <functional>

namespace pakn {

class FiguresLoader;
class SyncController;

class CacheFiguresSource : public FiguresSource
{
    Q_OBJECT
public:
    // `sync`: where the backfill's progress comes from (may be null: no backfill);
    // `now`: when "overdue now" is judged (tests fix it; the wall clock by default).
    CacheFiguresSource(const QString &cachePath, SyncController *sync, QObject *parent = nullptr,
                       std::function<QDateTime()> now = {});
    ~CacheFiguresSource() override;

    void load(const FiguresRequest &request) override;
    void loadCases(const FigureDrill &drill) override;
    std::optional<int> preparingPercent() const override { return m_preparing; }

private:
    void setPreparing(std::optional<int> percent);

    FiguresLoader *m_loader;
    std::optional<int> m_preparing;
    bool m_backfilled = false;
    std::optional<FigureDrill> m_drill;
};

} // namespace pakn
