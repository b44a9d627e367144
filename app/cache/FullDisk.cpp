#include "cache/FullDisk.h"

#include <QCoreApplication>

namespace pakn {

bool reportsFullDisk(const QString &error)
{
    return error.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive);
}

QString withFullDiskExplained(const QString &error)
{
    if (!reportsFullDisk(error))
        return error;
    return QCoreApplication::translate(
        "pakn::FullDisk", "The disk holding the local cache is full. Free some space on it: "
                          "nothing queued is lost, and syncing resumes once there is room.");
}

} // namespace pakn
