#include "cache/CaseStore.h"

#include "ClientLogging.h"
#include "cache/CacheSql.h"
#include "cache/CaseColumns.h"
#include "cache/CaseFactStore.h"
#include "cache/CaseQuerySql.h"
#include "cache/CaseWriter.h"
#include "cache/FirstSyncWriter.h"
#include "cache/Outbox.h"
#include "cache/QueryShapes.h"
#include "cache/SavedQueueStore.h"
#include "cache/SqlTransaction.h"
#include "cache/UnreadMarks.h"
#include "domain/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pakn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pakn::CaseStore", text);
}

bool run(QSqlQuery &q, QString *error = nullptr)
{
    return runCacheQuery(q, "cache query", error);
}

// Prepares a bound statement to be read forward, binds its values and runs it.
bool run(QSqlQuery &q, const BoundSql &bound)
{
    q.setForwardOnly(true);
    q.prepare(bound.sql);
    for (const QVariant &v : bound.values)
        q.addBindValue(v);
    return run(q);
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
         QString *error = nullptr)
{
    return runCacheSql(db, sql, values, "cache query", error);
}

bool began(const SqlTransaction &tx, QString *error)
{
    if (!tx.isActive() && error)
        *error = tx.error();
    return tx.isActive();
}

bool committed(SqlTransaction &tx, QString *error)
{
    if (tx.commit())
        return true;
    if (error)
        *error = tx.error();
    return false;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

CaseStore::CaseStore(QSqlDatabase db) : m_db(std::move(db)) {}

QueryShapes &CaseStore::shapes() const
{
    if (!m_shapes)
        m_shapes = std::make_shared<QueryShapes>();
    return *m_shapes;
}

std::optional<QString> CaseStore::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool CaseStore::setMeta(const QString &key, const QString &value, QString *error)
{
    return run(m_db,
               QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
               {key, nonNull(value)}, error);
}

bool CaseStore::setMe(const Account &me, QString *error)
{
    return setMeta(QStringLiteral("me"), QString::fromUtf8(compact(toJson(me))), error);
}

std::optional<Account> CaseStore::me() const
{
    const auto text = meta(QStringLiteral("me"));
    if (!text)
        return std::nullopt;
    return accountFromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

bool CaseStore::setServerUrl(const QUrl &url, QString *error)
{
    return setMeta(QStringLiteral("server"), url.toString(), error);
}

QUrl CaseStore::serverUrl() const
{
    return QUrl(meta(QStringLiteral("server")).value_or(QString()));
}

qint64 CaseStore::cursor() const
{
    return meta(QStringLiteral("cursor")).value_or(QString()).toLongLong();
}

bool CaseStore::applyFeedPage(const FeedPage &page, QString *error,
                              const std::function<Case(const Case &)> &reapply)
{
    QString ignored;
    if (!error)
        error = &ignored;
    SqlTransaction tx(m_db);
    if (!began(tx, error))
        return false;
    UnreadMarks marks(m_db);
    // Read under the write lock, like the cursor it goes with.
    const bool firstSync = !marks.firstSyncDone();
    if (!(firstSync ? applyChanges<FirstSyncWriter>(page, reapply, error)
                    : applyChanges<CaseWriter>(page, reapply, error)))
        return false;
    if (firstSync && !page.more &&
        (!FirstSyncWriter(m_db).finish(error) || !marks.setFirstSyncDone(true, error)))
        return false;
    return setMeta(QStringLiteral("cursor"), QString::number(page.cursor), error) &&
           committed(tx, error);
}

template <typename Writer>
bool CaseStore::applyChanges(const FeedPage &page, const std::function<Case(const Case &)> &reapply,
                             QString *error)
{
    const QSet<CaseId> queued = Outbox(m_db).queuedCaseIds();
    Writer writer(m_db);
    if (!writer.begin(error))
        return false;
    for (const FeedChange &change : page.changes) {
        if (change.item && change.item->id > 0) {
            const Case &server = *change.item;
            const bool pending = queued.contains(server.id);
            const bool local = pending && reapply;
            if (local ? !writer.upsert(reapply(server), pending, error)
                      : !writer.upsert(server, pending, error, change.asSent,
                                       change.derived ? &*change.derived : nullptr))
                return false;
        } else if (!change.item && change.removedId > 0) {
            if (!writer.remove(change.removedId, error))
                return false;
        } else {
            *error = tr("change %1 of the feed page has neither a case nor a removed id")
                         .arg(change.seq);
            return false;
        }
    }
    return true;
}

bool CaseStore::storeServerCase(const Case &c, QString *error,
                                const std::function<Case(const Case &)> &reapply)
{
    QString ignored;
    if (!error)
        error = &ignored;
    SqlTransaction tx(m_db);
    if (!began(tx, error))
        return false;
    const bool pending = !Outbox(m_db).pendingFor(c.id).isEmpty();
    CaseWriter writer(m_db);
    return writer.upsert(pending && reapply ? reapply(c) : c, pending, error) &&
           committed(tx, error);
}

bool CaseStore::removeCase(CaseId id, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    SqlTransaction tx(m_db);
    CaseWriter writer(m_db);
    return began(tx, error) && writer.remove(id, error) && committed(tx, error);
}

bool CaseStore::replaceUnits(const QList<Unit> &units, QString *error)
{
    SqlTransaction tx(m_db);
    if (!began(tx, error) || !run(m_db, QStringLiteral("DELETE FROM units"), {}, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO units (id, parent_id, name, kind) VALUES (?, ?, ?, ?)"));
    for (const Unit &u : units) {
        q.addBindValue(u.id);
        q.addBindValue(u.parentId);
        q.addBindValue(nonNull(u.name));
        q.addBindValue(nonNull(u.kind));
        if (!run(q, error))
            return false;
    }
    return committed(tx, error);
}

QList<Unit> CaseStore::units() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, parent_id, name, kind FROM units ORDER BY id"));
    QList<Unit> out;
    if (run(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString()});
    return out;
}

bool CaseStore::replaceAccounts(const QList<Account> &accounts, QString *error)
{
    SqlTransaction tx(m_db);
    if (!began(tx, error) || !run(m_db, QStringLiteral("DELETE FROM accounts"), {}, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts (id, login, display_name, role, unit_id)"
                             " VALUES (?, ?, ?, ?, ?)"));
    for (const Account &a : accounts) {
        q.addBindValue(a.id);
        q.addBindValue(nonNull(a.login));
        q.addBindValue(nonNull(a.displayName));
        q.addBindValue(toCode(a.role));
        q.addBindValue(a.unitId);
        if (!run(q, error))
            return false;
    }
    return committed(tx, error);
}

QList<Account> CaseStore::accounts() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, login, display_name, role, unit_id FROM accounts ORDER BY display_name, id"));
    QList<Account> out;
    if (run(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        roleFromCode(q.value(3).toString()).value_or(Role::Officer),
                        q.value(4).toLongLong()});
    return out;
}

QList<CaseRow> CaseStore::page(const CaseQuery &query, const PageKey &after, int limit) const
{
    const UserId me = this->me().value_or(Account{}).id;
    if (after.id == 0 && limit <= kFirstRowsAtMost && !ftsExpressionFor(query.search).isEmpty() &&
        queueShapeIsKnown(query)) {
        if (const auto known = shapes().recalled(m_db, query, me))
            return readRows(casePageSql(query, after, limit, me, *known));
        // A search's first rows: walked for before its matches are counted.
        QSqlQuery q(m_db);
        if (run(q, walkEndSql(query, after, kFirstRowsWalk, me))) {
            if (!q.next()) // the queue ends within the walk: its rows are all checked
                return readRows(casePageSql(query, after, limit, me, {false, SearchSize::Common}));
            const PageKey until{q.value(0), q.value(1).toLongLong()};
            QList<CaseRow> rows = readRows(casePageUntilSql(query, after, until, limit, me));
            if (rows.size() < limit) // too rare there: the rest as counted
                rows += page(query, until, limit - int(rows.size()));
            return rows;
        }
    }
    return readRows(casePageSql(query, after, limit, me, shapes().forPage(m_db, query, me)));
}

QList<CaseRow> CaseStore::readRows(const BoundSql &bound) const
{
    QSqlQuery q(m_db);
    QList<CaseRow> rows;
    if (!run(q, bound))
        return rows;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.status = statusFromRank(q.value(2).toInt());
        r.field = q.value(3).toString();
        r.urgency = urgencyFromRank(q.value(4).toInt());
        r.unitName = q.value(5).toString();
        r.assigneeName = q.value(6).toString();
        r.receivedAt = timeFromStored(q.value(7).toLongLong());
        r.answerDeadline = deadlineFromStored(q.value(8).toLongLong());
        r.pending = q.value(9).toInt() != 0;
        r.sortValue = q.value(10);
        r.channel = allChannels().value(q.value(11).toInt(), Channel::Web);
        r.version = q.value(12).toLongLong();
        r.unread = q.value(13).toInt() != 0;
        rows.append(std::move(r));
    }
    return rows;
}

QList<PageKey> CaseStore::pageEnds(const CaseQuery &query, const PageKey &after, int limit,
                                   int step, int *walked) const
{
    const UserId me = this->me().value_or(Account{}).id;
    QSqlQuery q(m_db);
    QList<PageKey> ends;
    int n = 0;
    if (run(q, caseKeysSql(query, after, limit, me, shapes().forPage(m_db, query, me))))
        while (q.next())
            if (++n % step == 0)
                ends.append({q.value(0), q.value(1).toLongLong()});
    if (walked)
        *walked = n;
    return ends;
}

int CaseStore::count(const CaseQuery &query) const
{
    const UserId me = this->me().value_or(Account{}).id;
    const BoundSql bound = caseCountSql(query, me, shapes().forCount(m_db, query, me));
    return int(cacheScalar(m_db, bound.sql, bound.values, "cache query").value_or(0));
}

std::optional<Case> CaseStore::caseById(CaseId id) const
{
    QSqlQuery q(m_db);
    // Until CaseJsonMove has been past it, a case cached before the narrow row
    // keeps its JSON in its row.
    q.prepare(QStringLiteral("SELECT json FROM case_json WHERE id = ? UNION ALL"
                             " SELECT json FROM cases WHERE id = ? AND json <> x''"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    QString error;
    auto c = caseFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &error);
    if (!c)
        qCWarning(lcCache) << "cached case" << id << "cannot be read:" << error;
    return c;
}

bool CaseStore::saveLocal(const Case &c, QString *error)
{
    QString ignored;
    CaseWriter writer(m_db);
    return writer.upsert(c, true, error ? error : &ignored);
}

bool CaseStore::setPending(CaseId id, bool pending, QString *error)
{
    return run(m_db, QStringLiteral("UPDATE cases SET pending = ? WHERE id = ?"),
               {pending ? 1 : 0, id}, error);
}

QByteArray CaseStore::uiState(const QString &key) const
{
    return QByteArray::fromBase64(meta(QStringLiteral("ui/") + key).value_or(QString()).toLatin1());
}

bool CaseStore::setUiState(const QString &key, const QByteArray &state, QString *error)
{
    return setMeta(QStringLiteral("ui/") + key, QString::fromLatin1(state.toBase64()), error);
}

QString CaseStore::localDraft(CaseId id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM local_drafts WHERE case_id = ?"));
    q.addBindValue(id);
    return run(q) && q.next() ? q.value(0).toString() : QString();
}

bool CaseStore::setLocalDraft(CaseId id, const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return run(m_db, QStringLiteral("DELETE FROM local_drafts WHERE case_id = ?"), {id}, error);
    return run(m_db,
               QStringLiteral("INSERT INTO local_drafts (case_id, text, saved_at) VALUES (?, ?, ?)"
                              " ON CONFLICT (case_id) DO UPDATE SET text = excluded.text,"
                              " saved_at = excluded.saved_at"),
               {id, text, QDateTime::currentMSecsSinceEpoch()}, error);
}

QList<CaseStore::LocalDraft> CaseStore::localDrafts() const
{
    QList<LocalDraft> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT case_id, text, saved_at FROM local_drafts ORDER BY saved_at DESC, case_id"));
    if (!run(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)});
    return out;
}

int CaseStore::localDraftCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM local_drafts"));
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

bool CaseStore::restartForNewScope(const Account &me, QString *error)
{
    SqlTransaction tx(m_db);
    if (!began(tx, error) || !setMe(me, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM outbox)"));
    if (!run(q, error))
        return false;
    QList<CaseId> stale;
    while (q.next())
        stale.append(q.value(0).toLongLong());
    CaseWriter writer(m_db);
    for (CaseId id : stale)
        if (!writer.remove(id, error))
            return false;
    // The new scope's cases arrive as a first sync: the starting point, not news.
    return run(m_db, QStringLiteral("DELETE FROM meta WHERE key = 'cursor'"), {}, error) &&
           UnreadMarks(m_db).setFirstSyncDone(false, error) && committed(tx, error);
}

bool CaseStore::clearCases(QString *error)
{
    SqlTransaction tx(m_db);
    // 'delete-all' empties an external-content index without reading the old text.
    const bool ok =
        began(tx, error) &&
        run(m_db, QStringLiteral("INSERT INTO cases_fts (cases_fts) VALUES ('delete-all')"), {},
            error) &&
        run(m_db, QStringLiteral("DELETE FROM cases"), {}, error) &&
        run(m_db, QStringLiteral("DELETE FROM case_json"), {}, error) &&
        CaseFactStore(m_db).clear(error) &&
        run(m_db,
            QStringLiteral(
                "DELETE FROM meta WHERE key IN ('facts_backfill_after', 'json_move_after')"),
            {}, error) &&
        run(m_db, QStringLiteral("DELETE FROM local_drafts"), {}, error) &&
        UnreadMarks(m_db).clear(error) && SavedQueueStore(m_db).clear(error) &&
        run(m_db, QStringLiteral("DELETE FROM meta WHERE key = 'cursor'"), {}, error);
    return ok && committed(tx, error);
}

} // namespace pakn
