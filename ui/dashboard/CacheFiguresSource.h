#pragma once

// The dashboard's figures from this PC's cache: FiguresLoader reads them on
// the cache's reading thread. While the figures would miss cases — the
// cache's first sync has not finished, or the sync's facts backfill still
// runs (a cache synced before the figures existed) — the source says it is
// preparing (with the backfill's progress; of a first sync, how much is left
// is not known) instead of passing such a report on.

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
    // The sync finished a round (SyncController::roundFinished): figures
    // waiting for the first sync are read again.
    void syncRoundFinished();

private:
    void setPreparing(std::optional<int> percent);

    FiguresLoader *m_loader;
    std::optional<int> m_preparing;
    bool m_backfilled = false;
    std::optional<FiguresRequest> m_request; // the newest asked for
    std::optional<FigureDrill> m_drill;
};

} // namespace pakn
