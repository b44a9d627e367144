#pragma once

// The change feed's pages decoded and not yet handed over to be stored
// (FeedFetcher), kept as one page: while the cache stores one delivery, the
// pages that come meanwhile become the next, stored in one transaction. A
// first sync whose storing falls behind the feed thus writes a few large
// transactions rather than many small ones (each commit writes the search
// index's new segment and the pages it touched to the log), while a store
// that keeps up gets every page as it comes.

#include "cache/CaseStore.h"

#include <optional>

namespace pakn {

class ReadyPages
{
public:
    // `page` follows the ones waiting: its changes come after theirs, and its
    // cursor and whether more follow become the whole's.
    void add(FeedPage page);
    bool isEmpty() const { return !m_pages; }
    // The changes waiting, for the fetcher's limit on what it holds.
    qsizetype changes() const { return m_pages ? m_pages->changes.size() : 0; }
    // Every page waiting, as one; none wait afterwards.
    FeedPage take();

private:
    std::optional<FeedPage> m_pages;
};

} // namespace pakn
