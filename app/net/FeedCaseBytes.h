#pragma once

// The bytes of each "case" object in a feed page's "changes", exactly as the
// server sent them, in order: the cache keeps a case's JSON as it came
// instead of encoding the decoded object again (which cost more than parsing
// it). simdjson's On-Demand reader finds them (raw_json(): a view into the
// page). nullopt when simdjson does not read the page (the caller then
// encodes the cases it decoded); the page is decoded by QJsonDocument as well,
// so this never decides what a case holds.

#include <QByteArray>
#include <QList>
#include <optional>

namespace pakn {

std::optional<QList<QByteArray>> feedCaseBytes(QByteArray page);

} // namespace pakn
