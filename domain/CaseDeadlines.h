#pragma once

// Whether a case met its deadlines: the acceptance deadline (the unit must
// accept it in time) and the answer deadline (moved by granted extensions).
// The one definition the server, the clients and the reports share.

#include "Case.h"

namespace pakn {

enum class DeadlineState
{
    None,    // no such deadline (not routed yet, or not accepted yet)
    Running, // not reached yet, step not done
    Overdue, // passed, step not done yet
    Met,     // step done by the deadline
    Missed,  // step done after the deadline
};

DeadlineState acceptState(const Case &c, const QDateTime &now);
DeadlineState answerState(const Case &c, const QDateTime &now);

// Met or missed, once decided; nullopt while the step is not done.
std::optional<bool> acceptedOnTime(const Case &c);
std::optional<bool> answeredOnTime(const Case &c);

} // namespace pakn
