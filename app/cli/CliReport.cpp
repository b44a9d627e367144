#include "CliReport.h"

#include "CliArguments.h"
#include "domain/ReferenceDataJson.h"
#include "net/ApiClient.h"
#include "net/ApiPayloads.h"
#include "report/ReportContent.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QTimeZone>

namespace pakn {

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2, kNotAuthenticated = 4, kOffline = 75;

// One GET, waited for.
ApiResult getNow(ApiClient &api, const QString &path, const QUrlQuery &query = {})
{
    QEventLoop loop;
    ApiResult result;
    api.get(path, query, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

// One fetch of ApiClient, waited for: the answer and the decoded value.
template <typename T, typename Call> std::pair<ApiResult, std::optional<T>> fetchNow(Call call)
{
    QEventLoop loop;
    std::pair<ApiResult, std::optional<T>> out;
    call([&](const ApiResult &r, const std::optional<T> &value) {
        out = {r, value};
        loop.quit();
    });
    loop.exec();
    return out;
}

} // namespace

CliReport::CliReport(const ClientProfile &profile, QByteArray token, const CliOutput &out)
    : m_profile(profile), m_token(std::move(token)), m_out(out)
{}

bool CliReport::wantsPdf(const QStringList &args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--format"));
    return i >= 0 && i + 1 < args.size() && args.at(i + 1) == QLatin1String("pdf");
}

std::optional<Unit> CliReport::findUnit(const QList<Unit> &units, const QString &scope,
                                        QString *problem)
{
    bool isId = false;
    const UnitId id = scope.toLongLong(&isId);
    QList<Unit> found;
    for (const Unit &u : units)
        if (isId ? u.id == id : u.name == scope)
            found.append(u);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        *problem = QStringLiteral("unknown unit: %1 (give a unit id or its exact name)").arg(scope);
    } else {
        QStringList ids;
        for (const Unit &u : std::as_const(found))
            ids.append(QString::number(u.id));
        *problem = QStringLiteral("several units are named %1; give one of their ids: %2")
                       .arg(scope, ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

int CliReport::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString problem;
    const auto scope = takeOption(args, QStringLiteral("--scope"), &problem);
    const auto periodText = takeOption(args, QStringLiteral("--period"), &problem);
    const auto format = takeOption(args, QStringLiteral("--format"), &problem);
    const auto output = takeOption(args, QStringLiteral("--output"), &problem);
    const auto officer = takeOption(args, QStringLiteral("--officer"), &problem);
    const auto field = takeOption(args, QStringLiteral("--field"), &problem);
    const auto place = takeOption(args, QStringLiteral("--place"), &problem);
    if (problem.isEmpty() && !args.isEmpty())
        problem = QStringLiteral("unexpected: ") + args.join(QLatin1Char(' '));
    if (problem.isEmpty() && (!scope || !periodText || !format || !output))
        problem = QStringLiteral("report needs --scope UNIT --period CODE --format pdf|xlsx|csv "
                                 "--output FILE");
    const QStringList formats{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")};
    if (problem.isEmpty() && !formats.contains(*format))
        problem = QStringLiteral("unknown format: %1 (pdf, xlsx or csv)").arg(*format);
    FiguresRequest request;
    if (problem.isEmpty()) {
        QString why;
        const auto period = ReportPeriod::parse(*periodText, &why);
        if (period)
            request.period = *period;
        else
            problem = QStringLiteral("bad period %1: %2 (e.g. 2025-Q2, 2025-06, 2025-W23, "
                                     "2025, 2025-06-01..2025-06-30)")
                          .arg(*periodText, why);
    }
    if (problem.isEmpty() && officer) {
        bool ok = false;
        request.officerId = officer->toLongLong(&ok);
        if (!ok || request.officerId <= 0)
            problem = QStringLiteral("--officer takes an account id, not %1").arg(*officer);
    }
    if (!problem.isEmpty()) {
        m_out.error(problem);
        return kUsage;
    }
    if (*format == QLatin1String("pdf") && !qobject_cast<QGuiApplication *>(qApp)) {
        m_out.error(QStringLiteral("a PDF needs the Qt GUI library (no QGuiApplication)"));
        return kFailed;
    }
    request.field = field.value_or(QString());
    if (m_token.isEmpty()) {
        m_out.notLoggedIn();
        return kNotAuthenticated;
    }

    ApiClient api(m_profile.endpoint);
    api.setToken(m_token);
    api.setTimeout(300000); // a city's year of cases takes a while to count
    ReportContent content;
    bool truncated = false;
    if (const auto failure = fetch(api, *scope, request, &content, &truncated)) {
        m_out.error(failure->message);
        return failure->exitCode;
    }
    content.place = place.value_or(QStringLiteral("Hà Nội"));
    content.date = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();

    QString error;
    const bool written = *format == QLatin1String("pdf") ? writePdfReport(content, *output, &error)
                         : *format == QLatin1String("xlsx")
                             ? writeXlsxReport(content, *output, &error)
                             : writeCsvReport(content, *output, &error);
    if (!written) {
        m_out.error(error);
        return kFailed;
    }
    if (truncated)
        m_out.error(QStringLiteral("the server listed only the first %1 cases; the figures "
                                   "are complete")
                        .arg(content.cases.size()));
    m_out.message(QStringLiteral("Report for %1, %2 written to %3 (%4 cases)")
                      .arg(content.report.unitName, content.report.request.period.code(), *output)
                      .arg(content.cases.size()),
                  QJsonObject{{QStringLiteral("output"), *output},
                              {QStringLiteral("format"), *format},
                              {QStringLiteral("unitId"), content.report.request.unitId},
                              {QStringLiteral("period"), content.report.request.period.code()},
                              {QStringLiteral("cases"), content.cases.size()},
                              {QStringLiteral("truncated"), truncated}});
    return kOk;
}

std::optional<CliReport::Failure> CliReport::fetch(ApiClient &api, const QString &scope,
                                                   FiguresRequest request, ReportContent *content,
                                                   bool *truncated)
{
    const auto failed = [](const ApiResult &r) {
        if (r.kind == ApiResult::Kind::Offline)
            return Failure{kOffline, QStringLiteral("the server cannot be reached: ") + r.message};
        if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 401)
            return Failure{kNotAuthenticated, QStringLiteral("the session has expired or was "
                                                             "ended; run `pakn login` again")};
        if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 403)
            return Failure{kFailed, QStringLiteral("not allowed: ") + r.message};
        return Failure{kFailed, r.message};
    };
    QString problem;
    const ApiResult unitsAnswer = getNow(api, QStringLiteral("units"));
    if (!unitsAnswer.ok())
        return failed(unitsAnswer);
    const auto units = unitsFromAnswer(unitsAnswer.body, &problem);
    if (!units)
        return Failure{kFailed, problem};
    const auto unit = findUnit(*units, scope, &problem);
    if (!unit)
        return Failure{kFailed, problem};
    request.unitId = unit->id;
    const ApiResult reference = getNow(api, QStringLiteral("reference"));
    if (!reference.ok())
        return failed(reference);
    if (const auto data = referenceDataFromJson(reference.body, &problem))
        for (const FieldInfo &f : data->fields)
            content->fieldNames.insert(f.code, f.nameVi);

    const auto [figures, report] = fetchNow<FiguresReport>(
        [&](ApiClient::FiguresCallback done) { api.fetchFigures(request, std::move(done)); });
    if (!report)
        return failed(figures);
    content->report = *report;
    const auto [casesAnswer, cases] =
        fetchNow<FigureCaseList>([&](ApiClient::FigureCasesCallback done) {
            api.fetchFigureCases(request, std::nullopt, std::move(done));
        });
    if (!cases)
        return failed(casesAnswer);
    content->cases = cases->cases;
    *truncated = cases->truncated;

    content->issuingBody = unit->name.toUpper();
    for (const Unit &u : *units)
        if (u.id == unit->parentId)
            content->parentBody = u.name;
    return std::nullopt;
}

} // namespace pakn
