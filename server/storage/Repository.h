#pragma once

// What every repository shares: the connection, prepared statements cached by
// their SQL text (prepared once, reused), and the last error for the caller
// to tell "not found" from "the database failed".

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>
#include <unordered_map>

namespace pakn::server {

class Repository
{
public:
    explicit Repository(QSqlDatabase db) : m_db(std::move(db)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString lastError() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

protected:
    // A prepared statement for `sql`, ready for binding; nullptr after logging
    // the error if it cannot be prepared.
    QSqlQuery *statement(const QString &sql);
    // Executes and records the error; the query is left positioned before the first row.
    bool exec(QSqlQuery &q);
    // Executes an "INSERT … RETURNING id" and gives the new row's id (QPSQL has
    // no lastInsertId; both databases know RETURNING); nullopt after recording the error.
    std::optional<qint64> execReturningId(QSqlQuery &q);
    // Prepares `sql`, binds `ids` in order (an IN list, whose length varies, so
    // the statement is not cached) and executes it; false after recording the error.
    bool execWithIds(QSqlQuery &q, const QString &sql, const QList<qint64> &ids);
    // The same with any values, for statements whose text varies (optional conditions).
    bool execWithValues(QSqlQuery &q, const QString &sql, const QVariantList &values);
    // Runs `sql` (a cached statement) with `values` bound in order on a one-row
    // table, such as a counter, and gives its first column; nullopt after
    // recording the error, also when the row (named by `row`) is missing.
    std::optional<qint64> oneRowNumber(const QString &sql, const QVariantList &values,
                                       const QString &row);
    // Runs a DELETE of `sql` with one bound time, `cutoff`: how many rows went, -1 on an error.
    int deleteBefore(const QString &sql, const QDateTime &cutoff);
    void clearError() { m_error.clear(); }
    void setError(const QString &message);

    QSqlDatabase m_db;

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_error;
};

// "?, ?, ?" for an IN list of n bound values.
QString placeholders(qsizetype n);

// Text columns are NOT NULL; a null QString would bind as NULL.
inline QVariant toDbText(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

// Optional numbers (coordinates) are NULL when unset.
inline QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}
inline std::optional<double> readOptionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Times are stored as UTC milliseconds since the epoch; NULL when unset.
inline QVariant toDbTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDateTime fromDbTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace pakn::server
