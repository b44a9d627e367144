#include "open311/Open311Submission.h"

#include "ServerLogging.h"
#include "open311/Open311Keys.h"
#include "open311/Open311View.h"

namespace pakn::server {

namespace {

QString valueOf(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
}

// A coordinate as sent; nullopt with `bad` set when it is there but not a number.
std::optional<double> coordinateOf(const QUrlQuery &form, const char *name, bool *bad)
{
    const QString text = valueOf(form, name);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        *bad = true;
    return ok ? std::optional(v) : std::nullopt;
}

Open311Error badRequest(const QString &description)
{
    return {400, description};
}

} // namespace

Open311Submission::Open311Submission(Open311ClientRepository &clients, CaseIntake &intake,
                                     MediaImport &media, ReferenceInForce &reference)
    : m_clients(clients), m_intake(intake), m_media(media), m_reference(reference)
{}

std::optional<Open311Error> Open311Submission::checkKey(const QString &key)
{
    if (key.isEmpty())
        return Open311Error{403, QStringLiteral("api_key is required")};
    const auto client = m_clients.findByKeyHash(Open311Keys::hashOf(key));
    if (m_clients.failed())
        return Open311Error{500, QStringLiteral("The request could not be stored")};
    if (!client)
        return Open311Error{403, QStringLiteral("Invalid api_key")};
    qCDebug(lcHttp) << "open311 request from client" << client->name;
    return std::nullopt;
}

QUrlQuery Open311Submission::formOf(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QStringLiteral("%20")));
}

std::variant<CaseId, Open311Error> Open311Submission::submit(const QUrlQuery &form)
{
    if (auto refused = checkKey(valueOf(form, "api_key")))
        return *refused;
    m_reference.refresh();
    const QString service = valueOf(form, "service_code");
    if (service.isEmpty())
        return badRequest(QStringLiteral("service_code is required"));
    const QStringList fields = m_reference.data().activeFieldCodes();
    if (!fields.contains(service))
        return Open311Error{404, QStringLiteral("Unknown service_code '%1'").arg(service.left(40))};

    bool badNumber = false;
    CitizenReport report;
    report.channel = Channel::Open311;
    report.field = service;
    report.latitude = coordinateOf(form, "lat", &badNumber);
    report.longitude = coordinateOf(form, "long", &badNumber);
    report.address = valueOf(form, "address_string");
    if (badNumber)
        return badRequest(QStringLiteral("lat and long must be numbers"));
    if (!(report.latitude && report.longitude) && report.address.isEmpty())
        return badRequest(QStringLiteral("Missing location: send lat and long, or address_string"));
    const QString description = valueOf(form, "description");
    if (description.size() > CaseIntake::maxDescription)
        return badRequest(QStringLiteral("Description too long: at most %1 characters")
                              .arg(CaseIntake::maxDescription));
    report.description = Open311View::withMediaUrl(description, valueOf(form, "media_url"));
    report.reporterName = QStringList{valueOf(form, "first_name"), valueOf(form, "last_name")}
                              .join(QLatin1Char(' '))
                              .trimmed();
    report.reporterPhone = valueOf(form, "phone");

    const auto received = m_intake.receive(report, fields);
    if (const auto *failure = std::get_if<IntakeFailure>(&received)) {
        if (!failure->invalid)
            return Open311Error{500, failure->message};
        return badRequest(failure->field == QLatin1String("description") &&
                                  description.size() <= CaseIntake::maxDescription &&
                                  !description.isEmpty()
                              ? QStringLiteral("Description too long with the media_url")
                              : failure->message);
    }
    const CaseId id = std::get<Case>(received).id;
    const QString mediaUrl = valueOf(form, "media_url");
    if (!mediaUrl.isEmpty())
        m_media.importInto(id, QStringLiteral("open311"), {mediaUrl});
    return id;
}

} // namespace pakn::server
