#pragma once

// Small painted badges for the case table: urgency (none for normal cases,
// so the unusual ones stand out) and the channel a case came in through.
// Painted, not shipped as image files, and cached per colour and letter.

#include "domain/CaseTypes.h"

#include <QIcon>

namespace pakn {

class CaseBadges
{
public:
    // A null icon for normal urgency.
    static QIcon urgency(Urgency u);
    static QIcon channel(Channel c);
    // A filled dot: the case changed since this user last opened it.
    static QIcon unread();
};

} // namespace pakn
