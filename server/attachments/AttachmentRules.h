#pragma once

// Who may attach or withdraw a file on a case, and when (docs/API.md,
// "Attachments"). Scope is checked before these (a case out of scope is a
// 404); these say why an action within scope is refused (a 403).

#include "domain/Case.h"

#include <optional>

namespace pakn::server::AttachmentRules {

// nullopt when `actor` may attach a file of `purpose` to `c`, else why not.
std::optional<QString> whyNotAttach(const Actor &actor, const Case &c, Attachment::Purpose purpose);
// nullopt when `actor` may withdraw `a` from `c`, else why not.
std::optional<QString> whyNotWithdraw(const Actor &actor, const Case &c, const Attachment &a);

} // namespace pakn::server::AttachmentRules
