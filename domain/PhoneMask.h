#pragma once

// The reporter's phone number as everyone in scope sees it: only its last
// three digits ("******* 678"). The server sends the number masked in every
// case's JSON; the full number leaves it only in the answer to a
// reveal_contact action, which the case's history records.

#include <QString>

namespace pakn {

// "0912 345 678" -> "******* 678"; fewer than 8 digits: stars only ("113" ->
// "***"); empty stays empty. A '*' counts as a hidden digit, so masking a
// masked number gives it back unchanged.
QString maskedPhone(const QString &phone);

} // namespace pakn
