#include "DeadlineRules.h"

namespace pakn {

QList<AnswerRule> DeadlineRules::defaultAnswerRules()
{
    return {
        {{}, Urgency::Urgent, 4}, {{}, Urgency::Normal, 10 * 8}, {{}, Urgency::Complex, 20 * 8}};
}

const AnswerRule *DeadlineRules::find(const QString &field, Urgency urgency) const
{
    for (const AnswerRule &r : answerRules)
        if (r.urgency == urgency && r.field == field)
            return &r;
    return nullptr;
}

int DeadlineRules::answerHoursFor(Urgency urgency, const QString &field) const
{
    if (!field.isEmpty())
        if (const AnswerRule *own = find(field, urgency))
            return own->hours;
    if (const AnswerRule *general = find({}, urgency))
        return general->hours;
    for (const AnswerRule &r : defaultAnswerRules())
        if (r.urgency == urgency)
            return r.hours;
    return 10 * 8;
}

} // namespace pakn
