#include "CliPhoneReveal.h"

#include "net/ApiClient.h"
#include "net/ApiPayloads.h"

#include <QEventLoop>
#include <QUuid>

namespace pakn {

namespace {
constexpr int kOk = 0, kFailed = 1, kUsage = 2, kNotAuthenticated = 4, kOffline = 75;
} // namespace

CliPhoneReveal::CliPhoneReveal(const ClientProfile &profile, QByteArray token, const CliOutput &out)
    : m_profile(profile), m_token(std::move(token)), m_out(out)
{}

int CliPhoneReveal::run(const QStringList &args)
{
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber || id <= 0) {
        m_out.error(QStringLiteral("usage: pakn reveal-phone ID"));
        return kUsage;
    }
    if (m_token.isEmpty()) {
        m_out.notLoggedIn();
        return kNotAuthenticated;
    }
    ApiClient api(m_profile.endpoint);
    api.setToken(m_token);
    // The server's version of the case, then the reveal based on it; a case
    // changed in between is revealed once more on its new version.
    QEventLoop loop;
    ApiResult current;
    api.get(QStringLiteral("cases/%1").arg(id), {}, [&](const ApiResult &r) {
        current = r;
        loop.quit();
    });
    loop.exec();
    QString error;
    auto c = current.ok() ? caseFromAnswer(current.body, &error) : std::nullopt;
    if (!c)
        return failed(current, id);
    ApiResult answer;
    QString phone;
    for (int attempt = 0; attempt < 2; ++attempt) {
        api.revealPhone(id, c->version, QUuid::createUuid().toString(QUuid::WithoutBraces),
                        [&](const ApiResult &r, const std::optional<Case> &, const QString &p) {
                            answer = r;
                            phone = p;
                            loop.quit();
                        });
        loop.exec();
        if (answer.httpStatus != 409 || !(c = caseFromAnswer(answer.body, &error)))
            break;
    }
    if (!answer.ok())
        return failed(answer, id);
    m_out.message(
        phone.isEmpty() ? QStringLiteral("Case %1: no phone number given").arg(id)
                        : QStringLiteral("Case %1: %2").arg(id).arg(phone),
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reporterPhone"), phone}});
    return kOk;
}

int CliPhoneReveal::failed(const ApiResult &answer, qint64 id) const
{
    if (answer.kind == ApiResult::Kind::Offline) {
        m_out.error(QStringLiteral("showing the phone number needs a connection to the server (%1)")
                        .arg(answer.message));
        return kOffline;
    }
    if (answer.kind == ApiResult::Kind::HttpError && answer.httpStatus == 401) {
        m_out.error(QStringLiteral("the session has expired or was ended; run `pakn login` again"));
        return kNotAuthenticated;
    }
    if (answer.kind == ApiResult::Kind::HttpError && answer.httpStatus == 404) {
        m_out.error(QStringLiteral("there is no case %1 in your scope").arg(id));
        return kFailed;
    }
    m_out.error(QStringLiteral("not shown: ") + answer.message);
    return kFailed;
}

} // namespace pakn
