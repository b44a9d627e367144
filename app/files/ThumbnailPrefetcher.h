#pragma once

// Fetches the thumbnails of synced cases in the background, a few requests at
// a time, skipping those already cached and documents (which have none).
// Fed by the sync engine with the cases each feed page brought; a case
// opened in the desk asks the AttachmentTransfer directly instead.

#include "domain/Case.h"
#include "files/AttachmentTransfer.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <utility>

namespace pakn {

class ThumbnailPrefetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRunning = 3;
    static constexpr int MaxQueued = 2000; // more waits for the next sync of the case

    explicit ThumbnailPrefetcher(AttachmentTransfer &transfer, QObject *parent = nullptr);

    void add(const Case &c);
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void idle(); // nothing queued or running any more

private:
    void pump();
    void finished(const QString &sha256);

    AttachmentTransfer &m_transfer;
    QList<std::pair<CaseId, Attachment>> m_queue;
    QSet<QString> m_running; // sha256
};

} // namespace pakn
