#include "cache/FactDayStore.h"

#include "cache/CaseFactStore.h"
#include "cache/SqlTransaction.h"
#include "cache/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace pakn {

namespace {

const QString kCalendarKey = QStringLiteral("fact_days_calendar");
// The groups' own format and counting: bump it when either changes, and every day is rebuilt.
constexpr QByteArrayView kGroupsVersion("1:");
constexpr qint64 kNotArrivals = -1; // arrived_from of a group that is not of arrivals

QByteArray calendarKey(const DeadlineCalendar &calendar)
{
    return kGroupsVersion.toByteArray() + calendar.fingerprint();
}

template <typename Int> QByteArray packed(const Int *values, std::size_t count)
{
    QByteArray bytes(qsizetype(count * sizeof(qint32)), Qt::Uninitialized);
    for (std::size_t i = 0; i < count; ++i)
        qToLittleEndian(qint32(values[i]), bytes.data() + i * sizeof(qint32));
    return bytes;
}

template <typename Out> void unpack(const void *blob, int bytes, Out *out, std::size_t max)
{
    const auto count = std::min(std::size_t(bytes) / sizeof(qint32), max);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = qFromLittleEndian<qint32>(static_cast<const char *>(blob) + i * sizeof(qint32));
}

std::vector<qint32> minutesOf(const void *blob, int bytes)
{
    std::vector<qint32> minutes(std::size_t(bytes) / sizeof(qint32));
    unpack(blob, bytes, minutes.data(), minutes.size());
    return minutes;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

std::optional<QByteArray> storedCalendar(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kCalendarKey);
    if (!exec(q, error))
        return std::nullopt;
    return q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

// Every day from the first grouped fact's to the last's becomes stale, the old groups go.
bool restartFor(const QSqlDatabase &db, const DeadlineCalendar &calendar, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM fact_days")) ||
        !q.exec(QStringLiteral("SELECT min(at), max(at) FROM case_facts WHERE grouped = 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next() && !q.value(0).isNull()) {
        const QDate first =
            factDay(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC));
        const QDate last =
            factDay(QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
        QSqlQuery stale(db);
        stale.prepare(QStringLiteral("INSERT OR IGNORE INTO fact_days_stale (day) VALUES (?)"));
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            stale.addBindValue(d.toJulianDay());
            if (!exec(stale, error))
                return false;
        }
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    mark.addBindValue(kCalendarKey);
    mark.addBindValue(QString::fromLatin1(calendarKey(calendar)));
    return exec(mark, error);
}

bool rebuild(const QSqlDatabase &db, QDate day, const DeadlineCalendar &calendar, QString *error)
{
    const std::optional<QList<CaseFact>> facts = CaseFactStore(db).readGrouped(day, error);
    if (!facts)
        return false;
    QSqlQuery drop(db), insert(db), done(db);
    drop.prepare(QStringLiteral("DELETE FROM fact_days WHERE day = ?"));
    drop.addBindValue(day.toJulianDay());
    done.prepare(QStringLiteral("DELETE FROM fact_days_stale WHERE day = ?"));
    done.addBindValue(day.toJulianDay());
    if (!exec(drop, error) || !exec(done, error))
        return false;
    insert.prepare(QStringLiteral("INSERT INTO fact_days (day, unit_id, arrived_from, field,"
                                  " counts, to_accept, to_answer) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const FactGroup &g : groupFacts(*facts, calendar)) {
        const QVariantList values = {
            day.toJulianDay(),
            g.unitId,
            g.arrivedFrom ? *g.arrivedFrom : kNotArrivals,
            g.field.isNull() ? QStringLiteral("") : g.field,
            packed(g.counts.data(), g.counts.size()),
            packed(g.toAccept.data(), g.toAccept.size()),
            packed(g.toAnswer.data(), g.toAnswer.size()),
        };
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!exec(insert, error))
            return false;
    }
    return true;
}

} // namespace

FactDayStore::FactDayStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<FactDayStore::Days> FactDayStore::read(QDate first, QDate last,
                                                     const QSet<UnitId> &units,
                                                     const DeadlineCalendar &calendar,
                                                     QString *error) const
{
    Days days;
    const std::optional<QByteArray> counted = storedCalendar(m_db, error);
    if (!counted)
        return std::nullopt;
    if (*counted != calendarKey(calendar)) {
        for (QDate d = first; d <= last; d = d.addDays(1))
            days.stale.append(d);
        return days;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day FROM fact_days_stale WHERE day BETWEEN ? AND ?"));
    q.addBindValue(first.toJulianDay());
    q.addBindValue(last.toJulianDay());
    if (!exec(q, error))
        return std::nullopt;
    QSet<qint64> stale;
    while (q.next()) {
        stale.insert(q.value(0).toLongLong());
        days.stale.append(QDate::fromJulianDay(q.value(0).toLongLong()));
    }
    sqlite3 *sqlite = sqliteHandleOf(m_db);
    if (!sqlite) {
        *error = QStringLiteral("the cache connection is not SQLite");
        return std::nullopt;
    }
    // A year's groups are hundreds of thousands of rows: SQLite's own interface.
    constexpr char sql[] = "SELECT day, unit_id, arrived_from, field, counts, to_accept, to_answer"
                           " FROM fact_days WHERE day BETWEEN ? AND ?";
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(sqlite, sql, int(sizeof(sql)), &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(stmt, 1, first.toJulianDay());
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(stmt, 2, last.toJulianDay());
    QHash<QByteArray, QString> fields; // one shared string per field code
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc != SQLITE_ROW)
            break;
        const qint64 day = sqlite3_column_int64(stmt, 0);
        const UnitId unit = sqlite3_column_int64(stmt, 1);
        if (stale.contains(day) || (!units.isEmpty() && !units.contains(unit)))
            continue;
        FactGroup &g = days.groups.emplaceBack();
        g.day = QDate::fromJulianDay(day);
        g.unitId = unit;
        if (const qint64 from = sqlite3_column_int64(stmt, 2); from != kNotArrivals)
            g.arrivedFrom = from;
        const QByteArray field(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)),
                               sqlite3_column_bytes(stmt, 3));
        auto known = fields.constFind(field);
        if (known == fields.cend())
            known = fields.insert(field, QString::fromUtf8(field));
        g.field = *known;
        unpack(sqlite3_column_blob(stmt, 4), sqlite3_column_bytes(stmt, 4), g.counts.data(),
               g.counts.size());
        g.toAccept = minutesOf(sqlite3_column_blob(stmt, 5), sqlite3_column_bytes(stmt, 5));
        g.toAnswer = minutesOf(sqlite3_column_blob(stmt, 6), sqlite3_column_bytes(stmt, 6));
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return days;
}

int FactDayStore::refresh(const DeadlineCalendar &calendar, int maxDays, QString *error)
{
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return -1;
    }
    const std::optional<QByteArray> counted = storedCalendar(m_db, error);
    if (!counted || (*counted != calendarKey(calendar) && !restartFor(m_db, calendar, error)))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day FROM fact_days_stale ORDER BY day DESC LIMIT ?"));
    q.addBindValue(maxDays);
    if (!exec(q, error))
        return -1;
    QList<QDate> days;
    while (q.next())
        days.append(QDate::fromJulianDay(q.value(0).toLongLong()));
    q.finish();
    for (const QDate day : std::as_const(days))
        if (!rebuild(m_db, day, calendar, error))
            return -1;
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return int(days.size());
}

} // namespace pakn
