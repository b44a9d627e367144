#pragma once

// One statement prepared once on the cache's SQLite connection and run many
// times through SQLite's own interface: a bulk write (the first sync's
// million rows) spends more in QSqlQuery's per-value binding than in SQLite.
// Runs inside whatever transaction the connection is in.

#include <QString>
#include <QVariantList>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace pakn {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isPrepared() const { return m_stmt != nullptr; }
    bool prepare(sqlite3 *db, const QString &sql, QString *error);
    // Binds `values` to the placeholders in order (null, integers, doubles,
    // text and bytes) and runs the statement once.
    bool run(const QVariantList &values, QString *error);
    // The same for a query: `text` gets the first column of its first row
    // as text (a null QString for NULL; nullopt when there is no row).
    bool readText(const QVariantList &values, std::optional<QString> *text, QString *error);

private:
    bool step(const QVariantList &values, std::optional<QString> *text, QString *error);
    bool bind(int index, const QVariant &value);
    bool fail(QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace pakn
