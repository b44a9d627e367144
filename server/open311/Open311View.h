#pragma once

// What Open311 clients see of our data, as JSON values Open311Writer writes in
// either format: the fields in force as services, a field's service
// definition, and a case as a service request — never the reporter's name or
// phone. Times are ISO-8601 in Vietnam time (+07:00).

#include "domain/Case.h"
#include "domain/ReferenceData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pakn::server {

class Open311View
{
public:
    static QString time(const QDateTime &utc); // "" when unset
    static QJsonArray services(const ReferenceData &reference);
    static QJsonObject definition(const FieldInfo &field);
    // `evidenceUrl`: the published reply's evidence (Open311Evidence); when
    // empty, media_url is the link the citizen sent, if any.
    static QJsonObject request(const Case &c, const ReferenceData &reference,
                               const QString &evidenceUrl = {});

    // The description as stored with a submitted media_url (the file is not
    // fetched: the link is kept as text), and back.
    static QString withMediaUrl(const QString &description, const QString &mediaUrl);
    static std::pair<QString, QString> splitMediaUrl(const QString &stored);
};

} // namespace pakn::server
