#pragma once

// The one step every single-event change of a case ends with, whoever makes
// it (an upload, a withdrawal, the auto-closer, a channel's own line): the
// case becomes its next version, changed at `now`, under a new feed seq, with
// its last history event appended. Runs inside the caller's transaction.

#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

namespace pakn::server {

bool storeNextVersion(CaseRepository &cases, ChangeFeed &feed, Case &c, const QDateTime &now);

} // namespace pakn::server
