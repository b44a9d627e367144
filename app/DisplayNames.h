#pragma once

// The words people read (in the desktop client and in messages from the
// client library) for the closed vocabularies of a case (statuses,
// roles, fields, urgencies, channels, actions, action errors) and the way
// times are shown: always Vietnam time, whatever the PC's time zone is.

#include "domain/CaseTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pakn {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString status(CaseStatus s);
    static QString role(Role r);
    static QString field(const QString &code);
    static QString urgency(Urgency u);
    static QString channel(Channel c);
    static QString action(CaseAction a);
    static QString rating(Rating r);
    // A history entry's action code ("received" or an action code) in words.
    static QString historyAction(const QString &code);
    // Why a local action was refused, from ActionOutcome::code().
    static QString outcome(const QString &code);

    // "dd/MM/yyyy HH:mm" in Vietnam time (UTC+7); empty for an invalid time.
    static QString dateTime(const QDateTime &t);
    static QString time(const QDateTime &t); // "HH:mm" in Vietnam time
};

} // namespace pakn
