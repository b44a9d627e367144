#pragma once

// A report staff type in from a telephone call or a visit (POST /cases),
// and the request body it is sent as. Staff intake is online only: there is
// no outbox for it. A client makes one idempotency key per report (newKey())
// and keeps it across resends until an answer arrives — a 201, or a 400 to
// correct — so a resend after a lost answer replays the first case instead of
// making a second one; the form keeps what was typed while the server cannot
// be reached. The server decides what is acceptable (server/intake/CaseIntake).

#include "domain/CaseTypes.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pakn {

struct StaffReport
{
    Channel channel = Channel::Hotline; // Hotline or WalkIn
    QString description;
    QString title;        // empty: the server takes the description's first words
    QString field;        // a field code; empty: "other"
    QString reporterName; // empty when the citizen gave none
    QString reporterPhone;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;

    // The request body: empty members are left out.
    QJsonObject requestBody(const QString &key) const;

    // A fresh idempotency key (a UUID).
    static QString newKey();
};

} // namespace pakn
