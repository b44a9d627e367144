#pragma once

// The SQLite connection under a QSqlDatabase of the QSQLITE driver, for the
// few reads of millions of rows (a year's facts, its days' groups) that go
// through SQLite's own interface: a fraction of a QSqlQuery's per-value cost.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <vector>

namespace pakn {

// Null when the connection is not SQLite.
inline sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

// The same, with `error` set when the connection is not SQLite.
inline sqlite3 *sqliteHandleOf(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = sqliteHandleOf(db);
    if (!handle)
        *error = QStringLiteral("the cache connection is not SQLite");
    return handle;
}

// One shared string per distinct text of a column with a few values (field
// codes), found without allocating: a million rows make a dozen strings.
class SharedTexts
{
public:
    QString of(const unsigned char *text, int size)
    {
        const QByteArrayView bytes(reinterpret_cast<const char *>(text), size);
        for (const auto &[utf8, shared] : m_texts)
            if (utf8 == bytes)
                return shared;
        m_texts.emplace_back(bytes.toByteArray(), QString::fromUtf8(bytes));
        return m_texts.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_texts;
};

} // namespace pakn
