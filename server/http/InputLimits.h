#pragma once

// Limits on what a request may carry besides its body size (RouteTable, 413),
// the feed's page size (FeedRoutes::maxLimit), a report's texts (CaseIntake)
// and attachments (AttachmentLimits). Each is checked in one place; a request
// over one is refused with 400 bad_request before anything is stored.

#include <QtGlobal>

namespace pakn::server {

struct InputLimits
{
    // Arrays and objects nested in a JSON body (parseJsonObject).
    static constexpr int maxJsonDepth = 16;
    // Each text parameter of a case action: a note, a reply, a reason, a
    // comment (CaseActionService); as long as a report's description.
    static constexpr qsizetype maxActionText = 4000;
    // The login and password of POST /login and /password (AuthRoutes),
    // refused before any password hashing is spent on them.
    static constexpr qsizetype maxLogin = 100;
    static constexpr qsizetype maxPassword = 256;
};

} // namespace pakn::server
