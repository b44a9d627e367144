#pragma once

// `POST requests`: a form from an Open311 client application becomes a case
// through CaseIntake (channel open311). The key is checked first (403), then
// the service and the location the specification asks for, then CaseIntake's
// own checks; the answer is the new case's id (no tokens: the case exists
// once the POST returns). A `media_url` is then fetched as the case's
// attachment in the background (MediaImport).

#include "attachments/MediaImport.h"
#include "intake/CaseIntake.h"
#include "open311/Open311Format.h"
#include "reference/ReferenceInForce.h"
#include "storage/Open311ClientRepository.h"

#include <QUrlQuery>

namespace pakn::server {

class Open311Submission
{
public:
    Open311Submission(Open311ClientRepository &clients, CaseIntake &intake, MediaImport &media,
                      ReferenceInForce &reference);

    std::variant<CaseId, Open311Error> submit(const QUrlQuery &form);
    // A form body as QUrlQuery: '+' is a space in application/x-www-form-urlencoded.
    static QUrlQuery formOf(const QByteArray &body);

private:
    std::optional<Open311Error> checkKey(const QString &key);

    Open311ClientRepository &m_clients;
    CaseIntake &m_intake;
    MediaImport &m_media;
    ReferenceInForce &m_reference;
};

} // namespace pakn::server
