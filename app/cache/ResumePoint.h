#pragma once

// Where a background pass over the cases (the facts backfill, the JSON move)
// goes on after a restart: the last case id it finished, kept in `meta` under
// the pass's key. No row means the pass is done (or was never needed).

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pakn {

std::optional<qint64> readResumePoint(const QSqlDatabase &db, const QString &key);

} // namespace pakn
