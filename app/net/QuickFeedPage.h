#pragma once

// A change feed page read with simdjson alone (SimdjsonMembers), without
// building a QJsonDocument: on a first sync of 100,000 cases, building one per
// page and its QJsonObjects was most of the decoding thread's time. Each case's
// JSON is its bytes in the page (FeedCaseBytes). nullopt when the page is not
// a good one or QJsonDocument might read it otherwise: the caller then reads
// it with QJsonDocument (feedPageFromBytes), which also names what is wrong.

#include "cache/CaseStore.h"

#include <QByteArray>
#include <optional>

namespace pakn {

std::optional<FeedPage> quickFeedPage(QByteArray bytes);

} // namespace pakn
