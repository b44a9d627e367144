#include "cache/ResumePoint.h"

#include <QSqlQuery>
#include <QVariant>

namespace pakn {

std::optional<qint64> readResumePoint(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace pakn
