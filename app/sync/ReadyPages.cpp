#include "sync/ReadyPages.h"

namespace pakn {

void ReadyPages::add(FeedPage page)
{
    if (!m_pages) {
        m_pages = std::move(page);
        return;
    }
    m_pages->changes.append(std::move(page.changes));
    m_pages->cursor = page.cursor;
    m_pages->more = page.more;
}

FeedPage ReadyPages::take()
{
    FeedPage all = m_pages ? std::move(*m_pages) : FeedPage{};
    m_pages.reset();
    return all;
}

} // namespace pakn
