#pragma once

// How long each step of a case may take, in working hours: data the
// administrator edits per urgency and, where a field needs it, per field.
// The defaults follow the Hanoi regulation (accept within 8 working hours,
// urgent cases answered within 4) and the Law on Citizen Reception (written
// petitions within 10 working days); complex cases get twice that.

#include "CaseTypes.h"

#include <QList>
#include <QString>

namespace pakn {

struct AnswerRule
{
    QString field; // empty: every field
    Urgency urgency = Urgency::Normal;
    int hours = 0;
    friend bool operator==(const AnswerRule &, const AnswerRule &) = default;
};

struct DeadlineRules
{
    int acceptHours = 8;
    QList<AnswerRule> answerRules = defaultAnswerRules();

    // The field's own rule for this urgency, else the general one, else the
    // built-in default (validated data always has a general rule per urgency).
    int answerHoursFor(Urgency urgency, const QString &field) const;
    // The rule for exactly (field, urgency), or nullptr.
    const AnswerRule *find(const QString &field, Urgency urgency) const;

    static QList<AnswerRule> defaultAnswerRules();
    friend bool operator==(const DeadlineRules &, const DeadlineRules &) = default;
};

} // namespace pakn
