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

// factDay of the column `at` (milliseconds since the epoch) in SQL, as a Julian
// day number: the floor of (at + Vietnam's offset) / one day, written with SQLite's
// / and %, which truncate toward zero.
QString factDaySql()
{
    const QDate epoch(1970, 1, 1);
    const qint64 offset = -factDayStart(epoch);
    const qint64 day = factDayStart(epoch.addDays(1)) + offset;
    return QStringLiteral("%1 + ((at + %2) - ((at + %2) % %3 + %3) % %3) / %3")
        .arg(epoch.toJulianDay())
        .arg(offset)
        .arg(day);
}

// Every day with a grouped fact becomes stale: only those days, so that one fact
// dated years from the others (bad data from a server) marks two days, not every
// day between them.
bool markEveryDayStale(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO fact_days_stale (day)"
                               " SELECT DISTINCT %1 FROM case_facts WHERE grouped = 1")
                    .arg(factDaySql()))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Every day of the grouped facts becomes stale, the old groups go.
bool restartFor(const QSqlDatabase &db, const DeadlineCalendar &calendar, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM fact_groups"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!markEveryDayStale(db, error))
        return false;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    mark.addBindValue(kCalendarKey);
    mark.addBindValue(QString::fromLatin1(calendarKey(calendar)));
    return exec(mark, error);
}

// The groups of `days` days (1 or 7) whose first day is in first..last, of
// `units` (empty: every unit).
bool readRows(sqlite3 *sqlite, int days, QDate first, QDate last, const QSet<UnitId> &units,
              QList<FactGroup> &out, QString *error)
{
    constexpr char sql[] = "SELECT day, unit_id, arrived_from, field, counts, to_accept,"
                           " to_answer FROM fact_groups WHERE days = ? AND day BETWEEN ? AND ?";
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(sqlite, sql, int(sizeof(sql)), &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(stmt, 1, days);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(stmt, 2, first.toJulianDay());
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(stmt, 3, last.toJulianDay());
    SharedTexts fields;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc != SQLITE_ROW)
            break;
        const UnitId unit = sqlite3_column_int64(stmt, 1);
        if (!units.isEmpty() && !units.contains(unit))
            continue;
        FactGroup &g = out.emplaceBack();
        g.day = QDate::fromJulianDay(sqlite3_column_int64(stmt, 0));
        g.days = days;
        g.unitId = unit;
        if (const qint64 from = sqlite3_column_int64(stmt, 2); from != kNotArrivals)
            g.arrivedFrom = from;
        g.field = fields.of(sqlite3_column_text(stmt, 3), sqlite3_column_bytes(stmt, 3));
        unpack(sqlite3_column_blob(stmt, 4), sqlite3_column_bytes(stmt, 4), g.counts.data(),
               g.counts.size());
        g.toAccept = minutesOf(sqlite3_column_blob(stmt, 5), sqlite3_column_bytes(stmt, 5));
        g.toAnswer = minutesOf(sqlite3_column_blob(stmt, 6), sqlite3_column_bytes(stmt, 6));
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// `groups` become the groups of `days` days (1 or 7) starting on `day`.
bool writeGroups(const QSqlDatabase &db, int days, QDate day, const QList<FactGroup> &groups,
                 QString *error)
{
    QSqlQuery drop(db), insert(db);
    drop.prepare(QStringLiteral("DELETE FROM fact_groups WHERE days = ? AND day = ?"));
    drop.addBindValue(days);
    drop.addBindValue(day.toJulianDay());
    if (!exec(drop, error))
        return false;
    insert.prepare(QStringLiteral("INSERT INTO fact_groups (days, day, unit_id, arrived_from,"
                                  " field, counts, to_accept, to_answer)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const FactGroup &g : groups) {
        const QVariantList values = {
            days,
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

bool rebuildDay(const QSqlDatabase &db, QDate day, const DeadlineCalendar &calendar, QString *error)
{
    const std::optional<QList<CaseFact>> facts = CaseFactStore(db).readGrouped(day, error);
    if (!facts || !writeGroups(db, 1, day, groupFacts(*facts, calendar), error))
        return false;
    QSqlQuery done(db);
    done.prepare(QStringLiteral("DELETE FROM fact_days_stale WHERE day = ?"));
    done.addBindValue(day.toJulianDay());
    return exec(done, error);
}

// The week of `monday` from its days' groups, once none of its days is stale.
bool rebuildWeek(const QSqlDatabase &db, QDate monday, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM fact_days_stale WHERE day BETWEEN ? AND ?"));
    q.addBindValue(monday.toJulianDay());
    q.addBindValue(monday.addDays(6).toJulianDay());
    if (!exec(q, error) || !q.next())
        return false;
    if (q.value(0).toInt() > 0)
        return true; // a later batch builds it
    sqlite3 *sqlite = sqliteHandleOf(db, error);
    QList<FactGroup> days;
    if (!sqlite)
        return false;
    if (!readRows(sqlite, 1, monday, monday.addDays(6), {}, days, error))
        return false;
    return writeGroups(db, 7, monday, days.isEmpty() ? QList<FactGroup>() : weekGroupsOf(days),
                       error);
}

// `dates` (ascending, `step` days apart when consecutive) as runs first..last.
QList<FactDayStore::Span> runsOf(const QList<QDate> &dates, int step)
{
    QList<FactDayStore::Span> runs;
    for (const QDate d : dates) {
        if (!runs.isEmpty() && runs.last().second.addDays(step) == d)
            runs.last().second = d;
        else
            runs.append({d, d});
    }
    return runs;
}

} // namespace

FactDayStore::FactDayStore(QSqlDatabase db) : m_db(std::move(db)) {}

bool FactDayStore::markFactDaysStale(QString *error)
{
    return markEveryDayStale(m_db, error);
}

std::optional<FactDayStore::Days> FactDayStore::read(const QList<Span> &periods,
                                                     const QSet<UnitId> &units,
                                                     const DeadlineCalendar &calendar,
                                                     QString *error) const
{
    Days days;
    const std::optional<QByteArray> counted = storedCalendar(m_db, error);
    if (!counted)
        return std::nullopt;
    if (*counted != calendarKey(calendar)) {
        for (const auto &[first, last] : periods)
            for (QDate d = first; d <= last; d = d.addDays(1))
                days.stale.append(d);
        return days;
    }
    QSet<QDate> stale;
    for (const auto &[first, last] : periods) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT day FROM fact_days_stale WHERE day BETWEEN ? AND ?"));
        q.addBindValue(first.toJulianDay());
        q.addBindValue(last.toJulianDay());
        if (!exec(q, error))
            return std::nullopt;
        while (q.next())
            stale.insert(QDate::fromJulianDay(q.value(0).toLongLong()));
    }
    sqlite3 *sqlite = sqliteHandleOf(m_db, error);
    if (!sqlite)
        return std::nullopt;
    for (const auto &[first, last] : periods) {
        // Whole weeks with no stale day as week groups; the other days one by one.
        QList<QDate> weeks, single;
        QSet<QDate> inWeeks;
        for (const QDate monday : wholeWeeksIn(first, last)) {
            bool current = true;
            for (int i = 0; i < 7 && current; ++i)
                current = !stale.contains(monday.addDays(i));
            if (!current)
                continue;
            weeks.append(monday);
            inWeeks.insert(monday);
        }
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            if (stale.contains(d))
                days.stale.append(d);
            else if (!inWeeks.contains(weekOf(d)))
                single.append(d);
        }
        for (const auto &[from, to] : runsOf(weeks, 7))
            if (!readRows(sqlite, 7, from, to, units, days.groups, error))
                return std::nullopt;
        for (const auto &[from, to] : runsOf(single, 1))
            if (!readRows(sqlite, 1, from, to, units, days.groups, error))
                return std::nullopt;
    }
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
    QSet<QDate> weeks;
    for (const QDate day : std::as_const(days)) {
        if (!rebuildDay(m_db, day, calendar, error))
            return -1;
        weeks.insert(weekOf(day));
    }
    for (const QDate monday : std::as_const(weeks))
        if (!rebuildWeek(m_db, monday, error))
            return -1;
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return int(days.size());
}

} // namespace pakn
