#include "RawSqliteBaseline.h"

#include <QElapsedTimer>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <variant>
#include <vector>

namespace pakn::bench {

namespace {

using Value = std::variant<std::monostate, sqlite3_int64, double, std::string>;

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "raw baseline: %s (%s)\n", message ? message : "?", sql);
    sqlite3_free(message);
    return false;
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

// Every row of one of the cache's case tables, read into memory.
bool readRows(sqlite3 *db, const std::string &table, std::vector<std::vector<Value>> &rows,
              int &columns)
{
    sqlite3_stmt *select = nullptr;
    const std::string sql = "SELECT * FROM src." + table;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &select, nullptr) != SQLITE_OK)
        return false;
    columns = sqlite3_column_count(select);
    while (sqlite3_step(select) == SQLITE_ROW) {
        std::vector<Value> row(columns);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(select, i)) {
            case SQLITE_INTEGER:
                row[i] = sqlite3_column_int64(select, i);
                break;
            case SQLITE_FLOAT:
                row[i] = sqlite3_column_double(select, i);
                break;
            case SQLITE_NULL:
                break;
            default: // text and blobs alike: bytes
                row[i] = std::string(static_cast<const char *>(sqlite3_column_blob(select, i)),
                                     sqlite3_column_bytes(select, i));
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(select);
    return true;
}

bool insertRows(sqlite3 *db, const std::string &table, const std::vector<std::vector<Value>> &rows,
                int columns)
{
    std::string sql = "INSERT INTO " + table + " VALUES (?";
    for (int i = 1; i < columns; ++i)
        sql += ", ?";
    sql += ")";
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &insert, nullptr) != SQLITE_OK)
        return false;
    bool ok = true;
    for (const auto &row : rows) {
        for (int i = 0; ok && i < columns; ++i) {
            const Value &v = row[i];
            if (const auto *n = std::get_if<sqlite3_int64>(&v))
                sqlite3_bind_int64(insert, i + 1, *n);
            else if (const auto *d = std::get_if<double>(&v))
                sqlite3_bind_double(insert, i + 1, *d);
            else if (const auto *s = std::get_if<std::string>(&v))
                sqlite3_bind_text(insert, i + 1, s->data(), int(s->size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(insert, i + 1);
        }
        ok = ok && sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    return ok;
}

// One of the case tables as the cache holds it: its rows and column count.
struct Table
{
    std::string name;
    std::vector<std::vector<Value>> rows;
    int columns = 0;
};

bool hasTable(sqlite3 *db, const char *name)
{
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                           -1, &q, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    return found;
}

int pageSizeOf(sqlite3 *db)
{
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA src.page_size", -1, &q, nullptr) != SQLITE_OK)
        return 4096;
    const int size = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : 4096;
    sqlite3_finalize(q);
    return size;
}

} // namespace

std::optional<RawInsert> rawInsertOfCases(const QString &cachePath, const QString &scratchPath)
{
    Connection c;
    if (sqlite3_open(scratchPath.toLocal8Bit().constData(), &c.db) != SQLITE_OK)
        return std::nullopt;
    const std::string attach =
        "ATTACH DATABASE '" +
        QString(cachePath).replace(QLatin1Char('\''), QStringLiteral("''")).toStdString() +
        "' AS src";
    // The cache's page size (CacheDatabase), set before the first table.
    if (!run(c.db, attach.c_str()))
        return std::nullopt;
    const std::string pageSize = "PRAGMA main.page_size = " + std::to_string(pageSizeOf(c.db));
    if (!run(c.db, pageSize.c_str()) || !run(c.db, "PRAGMA journal_mode = WAL") ||
        !run(c.db, "PRAGMA synchronous = NORMAL"))
        return std::nullopt;
    // The list rows, and since the narrow row (cache schema 9) the cases' JSON beside them.
    std::vector<Table> tables;
    for (const char *name : {"cases", "case_json"}) {
        if (!hasTable(c.db, name))
            continue;
        Table &t = tables.emplace_back();
        t.name = name;
        const std::string create =
            "CREATE TABLE " + t.name + " AS SELECT * FROM src." + t.name + " WHERE 0";
        if (!run(c.db, create.c_str()) || !readRows(c.db, t.name, t.rows, t.columns))
            return std::nullopt;
    }
    if (tables.empty() || !run(c.db, "DETACH DATABASE src"))
        return std::nullopt;
    QElapsedTimer clock;
    clock.start();
    bool ok = run(c.db, "BEGIN");
    for (const Table &t : tables)
        ok = ok && insertRows(c.db, t.name, t.rows, t.columns);
    if (!ok || !run(c.db, "COMMIT")) {
        std::fprintf(stderr, "raw baseline: %s\n", sqlite3_errmsg(c.db));
        return std::nullopt;
    }
    return RawInsert{qint64(tables.front().rows.size()), clock.nsecsElapsed() / 1e9};
}

} // namespace pakn::bench
