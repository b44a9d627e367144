#include "intake/CaseIntake.h"

#include "storage/TransactionGuard.h"

#include <QRegularExpression>
#include <cmath>

namespace pakn::server {

namespace {

IntakeFailure invalid(const QString &field, const QString &message)
{
    return {true, field, message};
}

// The description's first words, at most 80 characters, cut at a word.
QString titleFrom(const QString &description)
{
    const QString oneLine = description.simplified();
    if (oneLine.size() <= 80)
        return oneLine;
    qsizetype cut = oneLine.lastIndexOf(QLatin1Char(' '), 80);
    if (cut < 40)
        cut = 80;
    return oneLine.left(cut) + QStringLiteral("…");
}

// A Vietnamese phone number as people write it: digits with spaces, dots or
// dashes, optionally +84 — 9 to 12 digits once the separators are gone.
bool plausiblePhone(const QString &phone)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9][0-9 .\\-]{7,18}$"));
    if (!shape.match(phone).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit();
    return digits >= 9 && digits <= 12;
}

} // namespace

CaseIntake::CaseIntake(CaseRepository &cases, ChangeFeed &feed, std::function<QDateTime()> clock)
    : m_cases(cases), m_feed(feed), m_clock(std::move(clock))
{}

std::optional<IntakeFailure> CaseIntake::check(const CitizenReport &r, const QStringList &fields)
{
    const QString description = r.description.trimmed();
    if (description.isEmpty())
        return invalid(QStringLiteral("description"), QStringLiteral("A description is required"));
    if (description.size() > maxDescription)
        return invalid(
            QStringLiteral("description"),
            QStringLiteral("The description is longer than %1 characters").arg(maxDescription));
    if (r.title.trimmed().size() > maxTitle)
        return invalid(QStringLiteral("title"),
                       QStringLiteral("The title is longer than %1 characters").arg(maxTitle));
    if (r.reporterName.trimmed().size() > maxName)
        return invalid(QStringLiteral("reporterName"),
                       QStringLiteral("The name is longer than %1 characters").arg(maxName));
    if (r.address.trimmed().size() > maxAddress)
        return invalid(QStringLiteral("address"),
                       QStringLiteral("The address is longer than %1 characters").arg(maxAddress));
    if (!r.reporterPhone.trimmed().isEmpty() && !plausiblePhone(r.reporterPhone.trimmed()))
        return invalid(QStringLiteral("reporterPhone"),
                       QStringLiteral("The phone number is not a phone number"));
    if (r.latitude.has_value() != r.longitude.has_value())
        return invalid(QStringLiteral("location"),
                       QStringLiteral("A location needs both latitude and longitude"));
    if (r.latitude && (!std::isfinite(*r.latitude) || std::abs(*r.latitude) > 90 ||
                       !std::isfinite(*r.longitude) || std::abs(*r.longitude) > 180))
        return invalid(QStringLiteral("location"), QStringLiteral("The location is out of range"));
    if (!r.field.isEmpty() && !fields.contains(r.field))
        return invalid(QStringLiteral("field"),
                       QStringLiteral("Unknown field '%1'").arg(r.field.left(40)));
    return std::nullopt;
}

std::variant<Case, IntakeFailure> CaseIntake::receive(const CitizenReport &r,
                                                      const QStringList &fields,
                                                      const std::optional<Actor> &receiver,
                                                      const AlsoWrite &alsoWrite)
{
    if (auto failure = check(r, fields))
        return *failure;
    const QDateTime now = m_clock();
    Case c;
    c.version = 1;
    c.channel = r.channel;
    c.description = r.description.trimmed();
    c.title = r.title.trimmed().isEmpty() ? titleFrom(c.description) : r.title.trimmed();
    c.field = r.field.isEmpty() ? QStringLiteral("other") : r.field;
    c.reporterName = r.reporterName.trimmed();
    c.reporterPhone = r.reporterPhone.trimmed();
    c.address = r.address.trimmed();
    c.latitude = r.latitude;
    c.longitude = r.longitude;
    c.receivedAt = now;
    c.updatedAt = now;
    c.status = CaseStatus::New;
    c.attachments = r.attachments;
    CaseEvent received;
    received.at = now;
    received.action = QStringLiteral("received");
    received.detail = receivedWords(r.channel);
    if (receiver) {
        received.actorId = receiver->userId;
        received.actorName = receiver->displayName;
        received.client = QStringLiteral("staff");
    } else {
        received.actorName = QStringLiteral("Hệ thống");
        received.client = toCode(r.channel);
    }
    c.history.append(received);

    const IntakeFailure storage{false, {}, QStringLiteral("The case could not be stored")};
    TransactionGuard transaction(m_cases.database());
    if (!transaction.isActive())
        return storage;
    const std::optional<qint64> seq = m_feed.take();
    if (!seq || !m_cases.insert(c, *seq) || (alsoWrite && !alsoWrite(c)) || !transaction.commit())
        return storage;
    return c;
}

QString CaseIntake::receivedWords(Channel channel)
{
    switch (channel) {
    case Channel::Zalo:
        return QStringLiteral("Tiếp nhận qua Zalo OA Công dân Thủ đô số");
    case Channel::Open311:
        return QStringLiteral("Tiếp nhận qua ứng dụng (Open311)");
    case Channel::Web:
        return QStringLiteral("Tiếp nhận qua cổng thông tin điện tử");
    case Channel::Hotline:
        return QStringLiteral("Tiếp nhận qua đường dây nóng");
    case Channel::WalkIn:
        return QStringLiteral("Tiếp nhận trực tiếp");
    }
    return {};
}

} // namespace pakn::server
