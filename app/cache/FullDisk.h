#pragma once

// A cache write that failed because the disk is full (SQLite's SQLITE_FULL,
// whose words "database or disk is full" the cache's errors carry) is told
// to the user as such: what happened and that queued work is kept.

#include <QString>

namespace pakn {

bool reportsFullDisk(const QString &error);
// `error` itself, or the clear words for a full disk.
QString withFullDiskExplained(const QString &error);

} // namespace pakn
