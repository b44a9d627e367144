#include "files/ThumbnailPrefetcher.h"

namespace pakn {

ThumbnailPrefetcher::ThumbnailPrefetcher(AttachmentTransfer &transfer, QObject *parent)
    : QObject(parent), m_transfer(transfer)
{
    connect(&m_transfer, &AttachmentTransfer::thumbnailReady, this,
            [this](const QString &sha) { finished(sha); });
    connect(&m_transfer, &AttachmentTransfer::thumbnailFailed, this,
            [this](const QString &sha, const QString &, bool offline) {
                if (offline) // the rest would fail the same way; the next sync brings them again
                    m_queue.clear();
                finished(sha);
            });
}

void ThumbnailPrefetcher::add(const Case &c)
{
    for (const Attachment &a : c.attachments) {
        if (m_queue.size() >= MaxQueued)
            break;
        if (AttachmentTransfer::hasThumbnail(a) && !m_transfer.files().hasThumbnail(a.sha256) &&
            !m_running.contains(a.sha256))
            m_queue.append({c.id, a});
    }
    pump();
}

void ThumbnailPrefetcher::pump()
{
    while (m_running.size() < MaxRunning && !m_queue.isEmpty()) {
        const auto [caseId, a] = m_queue.takeFirst();
        if (m_running.contains(a.sha256) || m_transfer.files().hasThumbnail(a.sha256))
            continue;
        m_running.insert(a.sha256);
        m_transfer.fetchThumbnail(caseId, a);
    }
    if (m_running.isEmpty() && m_queue.isEmpty())
        Q_EMIT idle();
}

void ThumbnailPrefetcher::finished(const QString &sha256)
{
    if (m_running.remove(sha256))
        pump();
}

} // namespace pakn
