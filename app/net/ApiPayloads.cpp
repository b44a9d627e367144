#include "net/ApiPayloads.h"

#include "domain/JsonCodec.h"
#include "net/FeedCaseBytes.h"
#include "net/FeedPageDecoding.h"
#include "net/QuickFeedPage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pakn {

namespace {

template <typename T>
std::optional<QList<T>> listFrom(const QJsonObject &body, const QString &member,
                                 std::optional<T> (*decode)(const QJsonObject &, QString *),
                                 QString *error)
{
    const QJsonValue list = body.value(member);
    if (!list.isArray()) {
        *error = QStringLiteral("member \"%1\" is missing or not an array").arg(member);
        return std::nullopt;
    }
    QList<T> out;
    for (const QJsonValue &v : list.toArray()) {
        QString why;
        const std::optional<T> item = v.isObject() ? decode(v.toObject(), &why) : std::nullopt;
        if (!item) {
            *error = QStringLiteral("%1[%2]: %3")
                         .arg(member)
                         .arg(out.size())
                         .arg(why.isEmpty() ? QStringLiteral("not an object") : why);
            return std::nullopt;
        }
        out.append(*item);
    }
    return out;
}

} // namespace

std::optional<QList<Unit>> unitsFromAnswer(const QJsonObject &body, QString *error)
{
    return listFrom<Unit>(body, QStringLiteral("units"), &unitFromJson, error);
}

std::optional<QList<Account>> accountsFromAnswer(const QJsonObject &body, QString *error)
{
    return listFrom<Account>(body, QStringLiteral("users"), &accountFromJson, error);
}

std::optional<Case> caseFromAnswer(const QJsonObject &body, QString *error)
{
    const QJsonValue c = body.value(QStringLiteral("case"));
    if (!c.isObject()) {
        *error = QStringLiteral("member \"case\" is missing or not an object");
        return std::nullopt;
    }
    return caseFromJson(c.toObject(), error);
}

namespace {

// Each case's JSON encoded again from the decoded answer.
void encodeCases(FeedPage &page, const QJsonObject &body)
{
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    for (qsizetype i = 0; i < page.changes.size(); ++i)
        if (page.changes[i].item)
            page.changes[i].asSent =
                QJsonDocument(changes.at(i).toObject().value(QStringLiteral("case")).toObject())
                    .toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<FeedPage> feedPageFromAnswer(const QJsonObject &body, QString *error)
{
    auto page = decoding::feedPageFrom(body, error);
    if (page)
        encodeCases(*page, body);
    return page;
}

std::optional<FeedPage> feedPageFromBytes(const QByteArray &bytes, QString *error)
{
    if (auto page = quickFeedPage(bytes))
        return page;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (!doc.isObject()) {
        *error = parse.error != QJsonParseError::NoError
                     ? QStringLiteral("not JSON (%1 at byte %2)")
                           .arg(parse.errorString())
                           .arg(parse.offset)
                     : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    auto page = decoding::feedPageFrom(doc.object(), error);
    if (!page)
        return page;
    if (!pairCasesWithTheirBytes(*page, bytes))
        encodeCases(*page, doc.object());
    return page;
}

std::optional<FigureCaseList> figureCasesFromAnswer(const QJsonObject &body, QString *error)
{
    const auto cases =
        listFrom<ReportCase>(body, QStringLiteral("cases"), &reportCaseFromJson, error);
    if (!cases)
        return std::nullopt;
    if (!body.value(QStringLiteral("truncated")).isBool()) {
        *error = QStringLiteral("member \"truncated\" is missing or not true/false");
        return std::nullopt;
    }
    return FigureCaseList{*cases, body.value(QStringLiteral("truncated")).toBool()};
}

QUrlQuery figuresQuery(const FiguresRequest &request, std::optional<Measure> measure)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("unit"), QString::number(request.unitId));
    query.addQueryItem(QStringLiteral("period"), request.period.code());
    if (request.officerId != 0)
        query.addQueryItem(QStringLiteral("officer"), QString::number(request.officerId));
    if (!request.field.isEmpty())
        query.addQueryItem(QStringLiteral("field"), request.field);
    if (measure)
        query.addQueryItem(QStringLiteral("measure"), toCode(*measure));
    return query;
}

} // namespace pakn
