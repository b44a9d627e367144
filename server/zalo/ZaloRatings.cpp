#include "zalo/ZaloRatings.h"

#include "zalo/ZaloLogging.h"
#include "zalo/ZaloReplies.h"

#include <QJsonDocument>

namespace pakn::server {

namespace {

QString idOf(const ZaloEvent &e)
{
    return e.messageId.isEmpty() ? e.userId + QLatin1Char(':') + QString::fromLatin1(e.timestamp)
                                 : e.messageId;
}

} // namespace

ZaloRatings::ZaloRatings(ZaloStore &store, CaseRepository &cases, CaseActionService &actions,
                         AccountRepository &accounts, UnitRepository &units,
                         const ZaloSettings &settings)
    : m_store(store), m_cases(cases), m_actions(actions), m_accounts(accounts), m_units(units),
      m_settings(settings)
{}

std::optional<QString> ZaloRatings::ratingOf(const ZaloEvent &event)
{
    const QStringList words = event.text.simplified().split(QLatin1Char(' '));
    if (event.name != QLatin1String("user_send_text") || words.size() != 2 ||
        words.front().compare(ZaloReplies::ratingWord, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (!ratingFromCode(words.back()))
        return std::nullopt;
    return words.back();
}

std::optional<Caller> ZaloRatings::channelCaller()
{
    const auto stored = m_accounts.findByLogin(m_settings.channelLogin);
    if (!stored || stored->disabled || stored->account.role != Role::Channel) {
        qCWarning(lcZalo) << "no enabled channel account" << m_settings.channelLogin
                          << "to record Zalo ratings with";
        return std::nullopt;
    }
    Caller caller;
    caller.account = stored->account;
    caller.client = QStringLiteral("zalo");
    caller.scope = AccessScope::forAccount(stored->account, m_units.all());
    return caller;
}

bool ZaloRatings::rate(const ZaloEvent &event)
{
    const auto rating = ratingOf(event);
    if (!rating)
        return false;
    for (const CaseId id : m_store.casesOf(event.userId)) {
        const auto c = m_cases.find(id, false);
        if (!c || c->status != CaseStatus::Answered || c->rating)
            continue;
        const auto caller = channelCaller();
        if (!caller)
            return false;
        // The event's id as the idempotency key: a second delivery rates once.
        const QJsonObject body{
            {QStringLiteral("action"), toCode(CaseAction::Rate)},
            {QStringLiteral("key"), QString(QStringLiteral("zalo:") + idOf(event).left(90))},
            {QStringLiteral("baseVersion"), c->version},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("rating"), *rating}}}};
        const ApiReply reply =
            m_actions.perform(*caller, id, QJsonDocument(body).toJson(QJsonDocument::Compact));
        qCInfo(lcZalo) << "citizen's rating" << *rating << "on case" << id << "->" << reply.status;
        return reply.status == 200;
    }
    qCInfo(lcZalo) << "a rating with no answered, unrated Zalo case to go to";
    return false;
}

} // namespace pakn::server
