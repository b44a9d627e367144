#include "CliIntake.h"

#include "CliArguments.h"
#include "net/ApiClient.h"

#include <QEventLoop>

namespace pakn {

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2, kNotAuthenticated = 4, kOffline = 75;

// The request's members as the options that set them, so that a refusal says what to change.
QString optionFor(const QString &member)
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("channel"), QStringLiteral("--channel")},
        {QStringLiteral("description"), QStringLiteral("--description")},
        {QStringLiteral("title"), QStringLiteral("--title")},
        {QStringLiteral("field"), QStringLiteral("--field")},
        {QStringLiteral("reporterName"), QStringLiteral("--name")},
        {QStringLiteral("reporterPhone"), QStringLiteral("--phone")},
        {QStringLiteral("address"), QStringLiteral("--address")},
    };
    return options.value(member);
}

} // namespace

CliIntake::CliIntake(const ClientProfile &profile, QByteArray token, const CliOutput &out)
    : m_profile(profile), m_token(std::move(token)), m_out(out)
{}

std::optional<StaffReport> CliIntake::parse(QStringList args, QString *problem)
{
    const auto channel = takeOption(args, QStringLiteral("--channel"), problem);
    const auto description = takeOption(args, QStringLiteral("--description"), problem);
    StaffReport report;
    report.title = takeOption(args, QStringLiteral("--title"), problem).value_or(QString());
    report.field = takeOption(args, QStringLiteral("--field"), problem).value_or(QString());
    report.reporterName = takeOption(args, QStringLiteral("--name"), problem).value_or(QString());
    report.reporterPhone = takeOption(args, QStringLiteral("--phone"), problem).value_or(QString());
    report.address = takeOption(args, QStringLiteral("--address"), problem).value_or(QString());
    if (problem->isEmpty() && !args.isEmpty())
        *problem = QStringLiteral("unexpected: ") + args.join(QLatin1Char(' '));
    if (problem->isEmpty() && (!channel || !description))
        *problem = QStringLiteral("intake needs --channel hotline|walk_in --description TEXT");
    if (!problem->isEmpty())
        return std::nullopt;
    const auto code = channelFromCode(*channel);
    if (!code || (*code != Channel::Hotline && *code != Channel::WalkIn)) {
        *problem = QStringLiteral("unknown channel: %1 (hotline or walk_in)").arg(*channel);
        return std::nullopt;
    }
    report.channel = *code;
    report.description = *description;
    return report;
}

int CliIntake::run(const QStringList &args)
{
    QString problem;
    const auto report = parse(args, &problem);
    if (!report) {
        m_out.error(problem);
        return kUsage;
    }
    if (m_token.isEmpty()) {
        m_out.notLoggedIn();
        return kNotAuthenticated;
    }
    ApiClient api(m_profile.endpoint);
    api.setToken(m_token);
    const QString key = StaffReport::newKey();
    const auto send = [&] {
        QEventLoop loop;
        std::pair<ApiResult, std::optional<Case>> out;
        api.createCase(*report, key, [&](const ApiResult &r, const std::optional<Case> &c) {
            out = {r, c};
            loop.quit();
        });
        loop.exec();
        return out;
    };
    auto [answer, created] = send();
    // The request may have reached the server and only its answer been lost:
    // the same key makes the resend safe.
    if (answer.kind == ApiResult::Kind::Offline)
        std::tie(answer, created) = send();
    if (!created)
        return failed(answer);
    m_out.message(QStringLiteral("Case %1 recorded (%2): %3")
                      .arg(created->id)
                      .arg(toCode(created->channel), created->title),
                  QJsonObject{{QStringLiteral("id"), created->id},
                              {QStringLiteral("version"), created->version},
                              {QStringLiteral("status"), toCode(created->status)},
                              {QStringLiteral("channel"), toCode(created->channel)},
                              {QStringLiteral("title"), created->title},
                              {QStringLiteral("field"), created->field}});
    return kOk;
}

int CliIntake::failed(const ApiResult &answer) const
{
    if (answer.kind == ApiResult::Kind::Offline) {
        m_out.error(QStringLiteral("the server cannot be reached (%1); the report is not "
                                   "confirmed as recorded: send it again when it can be reached")
                        .arg(answer.message));
        return kOffline;
    }
    if (answer.kind == ApiResult::Kind::HttpError && answer.httpStatus == 401) {
        m_out.error(QStringLiteral("the session has expired or was ended; run `pakn login` again"));
        return kNotAuthenticated;
    }
    if (answer.kind == ApiResult::Kind::HttpError && answer.httpStatus == 403) {
        m_out.error(QStringLiteral("not allowed: ") + answer.message);
        return kFailed;
    }
    const QString option = optionFor(answer.errorField);
    m_out.error(option.isEmpty()
                    ? QStringLiteral("not recorded: ") + answer.message
                    : QStringLiteral("not recorded: %1 (%2)").arg(answer.message, option));
    return kFailed;
}

} // namespace pakn
