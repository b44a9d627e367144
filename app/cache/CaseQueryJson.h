#pragma once

// A saved queue's query as JSON, for the cache's saved_queues table: codes,
// not enum numbers, so a saved queue survives a reordered enum. Unknown or
// bad values read back as "any".

#include "cache/CaseStore.h"

#include <QJsonObject>

namespace pakn {

QJsonObject toJson(const CaseQuery &query);
CaseQuery caseQueryFromJson(const QJsonObject &o);

} // namespace pakn
