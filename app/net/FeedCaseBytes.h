#pragma once

// The bytes of each "case" object in a feed page's "changes", exactly as the
// server sent them, in order: the cache keeps a case's JSON as it came
// instead of encoding the decoded object again (which cost more than parsing
// it). simdjson's On-Demand reader finds them (raw_json(): a view into the
// page). The page is decoded apart (QuickFeedPage or QJsonDocument), so this
// never decides what a case holds.

#include "cache/CaseStore.h"

#include <QByteArray>

namespace pakn {

// Sets each case change's asSent to its bytes in `bytes` (the page `page` was
// decoded from); false, `page` untouched, where simdjson does not read the
// bytes or they cannot be paired with the page's cases.
bool pairCasesWithTheirBytes(FeedPage &page, QByteArray bytes);

} // namespace pakn
