#include "cache/UnreadMarks.h"

#include "cache/CacheSql.h"

#include <QSqlQuery>

namespace pakn {

namespace {

const QString kFirstSyncKey = QStringLiteral("first_sync_done");

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         QString *error = nullptr)
{
    return runCacheSql(db, sql, values, "unread marks", error);
}

} // namespace

UnreadMarks::UnreadMarks(QSqlDatabase db) : m_db(std::move(db)) {}

bool UnreadMarks::markSeen(CaseId id, qint64 version, QString *error)
{
    return run(m_db,
               QStringLiteral("INSERT INTO case_seen (case_id, version) VALUES (?, ?)"
                              " ON CONFLICT (case_id) DO UPDATE SET version ="
                              " max(version, excluded.version)"),
               {id, version}, error);
}

bool UnreadMarks::firstSyncDone() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    q.addBindValue(kFirstSyncKey);
    return q.exec() && q.next();
}

bool UnreadMarks::setFirstSyncDone(bool done, QString *error)
{
    if (!done)
        return run(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {kFirstSyncKey}, error);
    return run(m_db,
               QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"
                              " ON CONFLICT (key) DO NOTHING"),
               {kFirstSyncKey}, error);
}

bool UnreadMarks::clear(QString *error)
{
    return run(m_db, QStringLiteral("DELETE FROM case_seen"), {}, error) &&
           setFirstSyncDone(false, error);
}

} // namespace pakn
