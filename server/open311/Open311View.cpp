#include "open311/Open311View.h"

#include "storage/Open311RequestRepository.h"

#include <QTimeZone>

namespace pakn::server {

namespace {
const QString mediaMark = QStringLiteral("\n\nmedia_url: ");
const QString serviceGroup = QStringLiteral("Phản ánh, kiến nghị");

QJsonValue coordinate(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString Open311View::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

QJsonArray Open311View::services(const ReferenceData &reference)
{
    QJsonArray all;
    for (const FieldInfo &f : reference.fields) {
        if (!f.active)
            continue;
        all.append(QJsonObject{
            {QStringLiteral("service_code"), f.code},
            {QStringLiteral("service_name"), f.nameVi},
            {QStringLiteral("description"),
             QStringLiteral("Phản ánh, kiến nghị về lĩnh vực: %1").arg(f.nameVi)},
            {QStringLiteral("metadata"), false},
            {QStringLiteral("type"), QStringLiteral("realtime")},
            {QStringLiteral("keywords"), QStringList{f.code, f.nameEn}.join(QStringLiteral(", "))},
            {QStringLiteral("group"), serviceGroup},
        });
    }
    return all;
}

QJsonObject Open311View::definition(const FieldInfo &field)
{
    return {{QStringLiteral("service_code"), field.code},
            {QStringLiteral("attributes"), QJsonArray()}};
}

QJsonObject Open311View::request(const Case &c, const ReferenceData &reference,
                                 const QString &evidenceUrl)
{
    const FieldInfo *field = reference.field(c.field);
    const auto [description, mediaUrl] = splitMediaUrl(c.description);
    QJsonObject r{
        {QStringLiteral("service_request_id"), QString::number(c.id)},
        {QStringLiteral("status"),
         isOpen311Closed(c.status) ? QStringLiteral("closed") : QStringLiteral("open")},
        {QStringLiteral("status_notes"), c.replyPublished},
        {QStringLiteral("service_name"), field ? field->nameVi : c.field},
        {QStringLiteral("service_code"), c.field},
        {QStringLiteral("description"), description},
        {QStringLiteral("agency_responsible"), c.unitName},
        {QStringLiteral("service_notice"), QString()},
        {QStringLiteral("requested_datetime"), time(c.receivedAt)},
        {QStringLiteral("updated_datetime"), time(c.updatedAt)},
        {QStringLiteral("expected_datetime"), time(c.answerDeadline)},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("lat"), coordinate(c.latitude)},
        {QStringLiteral("long"), coordinate(c.longitude)},
        {QStringLiteral("media_url"), evidenceUrl.isEmpty() ? mediaUrl : evidenceUrl},
    };
    return r;
}

QString Open311View::withMediaUrl(const QString &description, const QString &mediaUrl)
{
    return mediaUrl.isEmpty() ? description : description + mediaMark + mediaUrl;
}

std::pair<QString, QString> Open311View::splitMediaUrl(const QString &stored)
{
    const qsizetype at = stored.lastIndexOf(mediaMark);
    if (at < 0 || stored.indexOf(QLatin1Char('\n'), at + mediaMark.size()) >= 0)
        return {stored, QString()};
    return {stored.left(at), stored.mid(at + mediaMark.size())};
}

} // namespace pakn::server
