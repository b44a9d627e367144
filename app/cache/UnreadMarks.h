#pragma once

// The table's unread marks: which version of each case this user last saw.
// A case is unread while a newer version, changed by somebody else, is
// cached. Opening a case marks it seen. The cases the user's first sync
// brings are seen as they arrive (they are the starting point, not news), so
// only changes that arrive after that first sync mark a case unread.

#include "domain/Case.h"

#include <QSqlDatabase>

namespace pakn {

class UnreadMarks
{
public:
    explicit UnreadMarks(QSqlDatabase db);

    // Never lowers the mark: an older version seen later changes nothing.
    bool markSeen(CaseId id, qint64 version, QString *error = nullptr);
    // Whether a whole feed pull has completed since the cache was emptied.
    bool firstSyncDone() const;
    bool setFirstSyncDone(bool done, QString *error = nullptr);
    // Forgets every mark and the first sync (another user or server takes over).
    bool clear(QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace pakn
