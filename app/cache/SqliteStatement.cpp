#include "cache/SqliteStatement.h"

#include <sqlite3.h>

namespace pakn {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) == SQLITE_OK)
        return true;
    return fail(error);
}

bool SqliteStatement::bind(int index, const QVariant &value)
{
    // The values outlive the step that reads them (run() holds `values`), so
    // SQLite may use their bytes in place.
    if (value.isNull())
        return sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(m_stmt, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(m_stmt, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull()) // as QSqlQuery binds it
            return sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
        return sqlite3_bind_text16(m_stmt, index, text->utf16(), int(text->size() * 2),
                                   SQLITE_STATIC) == SQLITE_OK;
    }
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(m_stmt, index) == SQLITE_OK;
        return sqlite3_bind_blob(m_stmt, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_STATIC) == SQLITE_OK;
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2),
                                   SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

bool SqliteStatement::run(const QVariantList &values, QString *error)
{
    return step(values, nullptr, error);
}

bool SqliteStatement::readText(const QVariantList &values, std::optional<QString> *text,
                               QString *error)
{
    return step(values, text, error);
}

bool SqliteStatement::step(const QVariantList &values, std::optional<QString> *text, QString *error)
{
    if (!m_stmt) {
        *error = QStringLiteral("statement not prepared");
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!bind(int(i) + 1, values.at(i)))
            return fail(error);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(error);
    if (text && rc == SQLITE_ROW) {
        const void *utf16 = sqlite3_column_text16(m_stmt, 0);
        const int bytes = sqlite3_column_bytes16(m_stmt, 0);
        *text = utf16 ? QString(static_cast<const QChar *>(utf16), bytes / 2) : QString();
    } else if (text) {
        text->reset();
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return true;
}

bool SqliteStatement::fail(QString *error)
{
    *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    return false;
}

} // namespace pakn
