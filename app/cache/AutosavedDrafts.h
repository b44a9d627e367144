#pragma once

// The reply text being typed, saved every few seconds so that a crash or a
// power cut loses at most those seconds. It lives with the other texts not
// yet on the server (CaseStore's local drafts: shown again when the case is
// opened, cleared when the reply is queued for the server). The cache runs
// with synchronous=NORMAL, which in WAL mode may drop the last commits on
// power loss; each autosave is therefore its own transaction committed with
// synchronous=FULL, and the connection goes back to NORMAL afterwards.

#include "domain/Case.h"

#include <QSqlDatabase>

namespace pakn {

class AutosavedDrafts
{
public:
    explicit AutosavedDrafts(QSqlDatabase db);

    // Empty text removes the draft. Must not be called inside a transaction
    // (SQLite cannot change its durability there): it fails instead.
    bool save(CaseId id, const QString &text, QString *error = nullptr);
    QString text(CaseId id) const;

private:
    QSqlDatabase m_db;
};

} // namespace pakn
