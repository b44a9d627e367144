#include "demo/DemoAttachments.h"

#include "attachments/AttachmentService.h"
#include "attachments/Thumbnailer.h"
#include "domain/FileSignature.h"

#include <QUuid>

namespace pakn::server {

namespace {

constexpr quint64 photoSeed = 0x9407057eed;

DemoPhotos::Scene sceneFor(const QString &field, DemoRandom &r)
{
    using S = DemoPhotos::Scene;
    if (field == QLatin1String("roads"))
        return S::Pothole;
    if (field == QLatin1String("environment") || field == QLatin1String("urban_order"))
        return S::Rubbish;
    if (field == QLatin1String("drainage"))
        return S::Flood;
    if (field == QLatin1String("lighting"))
        return S::BrokenLight;
    return S(r.below(4));
}

// A stable UUID from the photo's number: the same demo gives the same ids.
QString demoUuid(int number)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6d2a0c1e-0b5f-4d3a-9f7e-2c1b0a9d8e7f}")),
                               QString::number(number))
        .toString(QUuid::WithoutBraces);
}

} // namespace

DemoAttachments::DemoAttachments(AttachmentFiles &files, const DemoUnits &units)
    : m_files(files), m_units(units), m_random(photoSeed)
{}

bool DemoAttachments::addTo(DemoCase &built, QString *error)
{
    if (m_random.percent(20) && !addReportPhotos(built, error))
        return false;
    const CaseStatus s = built.value.status;
    return (s != CaseStatus::Answered && s != CaseStatus::Closed) || !m_random.percent(25) ||
           addEvidence(built, error);
}

bool DemoAttachments::addReportPhotos(DemoCase &built, QString *error)
{
    Case &c = built.value;
    // Sent by the citizen through Zalo, or photographed by whoever took the report.
    const Actor by = c.channel == Channel::Zalo ? m_units.zalo : m_units.coordinator;
    const DemoPhotos::Scene scene = sceneFor(c.field, m_random);
    const int count = int(m_random.between(1, 3));
    for (int i = 0; i < count; ++i) {
        QDateTime at = c.history.first().at.addSecs(20 * (i + 1));
        if (1 + i < c.history.size()) // never after the step that followed the report
            at = std::min(at, c.history.at(1 + i).at);
        if (!attach(built, scene, Attachment::Purpose::Report, by, 1 + i, at, error))
            return false;
    }
    return true;
}

bool DemoAttachments::addEvidence(DemoCase &built, QString *error)
{
    Case &c = built.value;
    qsizetype submit = -1;
    for (qsizetype i = 1; i < c.history.size() && submit < 0; ++i)
        if (c.history.at(i).action == QLatin1String("submit_reply"))
            submit = i;
    if (submit < 0 || c.assigneeId == 0)
        return true;
    const CaseEvent &before = c.history.at(submit - 1);
    const QDateTime at = std::max(before.at, c.history.at(submit).at.addSecs(-300));
    const Actor by{c.assigneeId, Role::Officer, c.unitId, c.assigneeName};
    return attach(built, DemoPhotos::Scene::Repaired, Attachment::Purpose::Evidence, by, submit, at,
                  error);
}

std::optional<Attachment> DemoAttachments::storedPhoto(DemoPhotos::Scene scene, int variant,
                                                       QString *error)
{
    const int key = int(scene) * DemoPhotos::variants + variant;
    if (const auto it = m_stored.constFind(key); it != m_stored.cend())
        return *it;
    const QByteArray bytes = DemoPhotos::draw(scene, variant);
    Attachment a;
    a.contentType = contentType(FileType::Jpeg);
    a.size = bytes.size();
    a.sha256 = AttachmentFiles::sha256Hex(bytes);
    const auto image = Thumbnailer::read(bytes, error);
    if (!image || !m_files.storeWithThumbnail(a.sha256, bytes, image->thumbnailJpeg, error))
        return std::nullopt;
    a.width = image->width;
    a.height = image->height;
    m_stored.insert(key, a);
    return a;
}

bool DemoAttachments::attach(DemoCase &built, DemoPhotos::Scene scene, Attachment::Purpose purpose,
                             const Actor &by, qsizetype index, const QDateTime &at, QString *error)
{
    const int variant = int(m_random.below(DemoPhotos::variants));
    const auto photo = storedPhoto(scene, variant, error);
    if (!photo)
        return false;
    Attachment a = *photo;
    a.id = demoUuid(++m_photoNumber);
    a.purpose = purpose;
    a.fileName = QStringLiteral("IMG_%1.jpg").arg(20260000 + m_photoNumber);
    a.uploadedAt = at;
    a.uploadedById = by.userId;
    a.uploadedByName = by.displayName;
    CaseEvent e;
    e.at = at;
    e.actorId = by.userId;
    e.actorName = by.displayName;
    e.action = QStringLiteral("attach");
    e.detail = a.fileName;
    e.client =
        by.role == Role::Channel ? QStringLiteral("zalo") : QStringLiteral("pakn-desk 0.1.0");
    e.data = AttachmentService::attachedData(a);
    Case &c = built.value;
    c.history.insert(index, e);
    c.attachments.append(a);
    c.version += 1;
    built.changes += 1;
    return true;
}

} // namespace pakn::server
