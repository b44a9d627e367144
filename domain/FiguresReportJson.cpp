// The wire format of figures (docs/API.md, "Figures"). Decoding is strict:
// every member is required (null only where a value may be absent) and the
// first problem is named with its path, e.g. "figures.toAnswer.count".

#include "FiguresReport.h"

#include "JsonCodec.h"

#include <QJsonArray>

namespace pakn {

namespace {

class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}
    bool ok() const { return m_ok; }

    void fail(const QString &path, const QString &what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = QStringLiteral("\"%1\" %2").arg(path, what);
    }
    QJsonValue member(const QJsonObject &o, const QString &at, const char *key, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !nullable))
            fail(at + QLatin1String(key), QStringLiteral("is missing"));
        return v;
    }
    int count(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()) ||
                     v.toDouble() > 2147483647.0))
            fail(at + QLatin1String(key), QStringLiteral("is not a count"));
        return int(v.toInteger());
    }
    qint64 id(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())))
            fail(at + QLatin1String(key), QStringLiteral("is not a non-negative integer"));
        return v.toInteger();
    }
    double number(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && !v.isDouble())
            fail(at + QLatin1String(key), QStringLiteral("is not a number"));
        return v.toDouble();
    }
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, true);
        if (v.isNull())
            return std::nullopt;
        if (m_ok && !v.isDouble())
            fail(at + QLatin1String(key), QStringLiteral("is not a number or null"));
        return v.toDouble();
    }
    QString text(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && !v.isString())
            fail(at + QLatin1String(key), QStringLiteral("is not a string"));
        return v.toString();
    }
    // An ISO-8601 time, or "" / null for none.
    QDateTime time(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, true);
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            return {};
        const QDateTime t = fromIsoString(v.toString());
        if (m_ok && (!v.isString() || !t.isValid()))
            fail(at + QLatin1String(key), QStringLiteral("is not an ISO-8601 time"));
        return t;
    }
    QJsonObject object(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && !v.isObject())
            fail(at + QLatin1String(key), QStringLiteral("is not an object"));
        return v.toObject();
    }
    template <typename F>
    void array(const QJsonObject &o, const QString &at, const char *key, F each)
    {
        const QJsonValue v = member(o, at, key, false);
        if (m_ok && !v.isArray())
            fail(at + QLatin1String(key), QStringLiteral("is not an array"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; m_ok && i < a.size(); ++i) {
            const QString path = QStringLiteral("%1%2[%3]").arg(at, QLatin1String(key)).arg(i);
            if (!a.at(i).isObject())
                fail(path, QStringLiteral("is not an object"));
            else
                each(a.at(i).toObject(), path + QLatin1Char('.'));
        }
    }
    ReportPeriod period(const QJsonObject &o, const QString &at, const char *key)
    {
        const QString code = text(o, at, key);
        if (!m_ok)
            return {};
        QString why;
        const auto p = ReportPeriod::parse(code, &why);
        if (!p)
            fail(at + QLatin1String(key), why);
        return p.value_or(ReportPeriod());
    }
    template <typename E>
    std::optional<E> optionalCode(const QJsonObject &o, const QString &at, const char *key,
                                  std::optional<E> (*parse)(const QString &))
    {
        const QJsonValue v = member(o, at, key, true);
        if (v.isNull())
            return std::nullopt;
        const auto e = parse(v.toString());
        if (m_ok && !e)
            fail(at + QLatin1String(key), QStringLiteral("has an unknown value"));
        return e;
    }

    WorkingTime workingTime(const QJsonObject &parent, const QString &at, const char *key)
    {
        const QJsonObject o = object(parent, at, key);
        const QString path = at + QLatin1String(key) + QLatin1Char('.');
        WorkingTime t;
        t.count = count(o, path, "count");
        t.averageMinutes = number(o, path, "averageMinutes");
        t.medianMinutes = number(o, path, "medianMinutes");
        return t;
    }
    Figures figures(const QJsonObject &o, const QString &at)
    {
        Figures f;
        f.received = count(o, at, "received");
        f.accepted = count(o, at, "accepted");
        f.acceptedOnTime = count(o, at, "acceptedOnTime");
        f.answered = count(o, at, "answered");
        f.answeredOnTime = count(o, at, "answeredOnTime");
        f.answeredLate = count(o, at, "answeredLate");
        f.overdueNow = count(o, at, "overdueNow");
        f.refused = count(o, at, "refused");
        f.returned = count(o, at, "returned");
        f.transferred = count(o, at, "transferred");
        f.reopened = count(o, at, "reopened");
        f.rated = count(o, at, "rated");
        f.satisfied = count(o, at, "satisfied");
        f.acceptable = count(o, at, "acceptable");
        f.notSatisfied = count(o, at, "notSatisfied");
        f.toAccept = workingTime(o, at, "toAccept");
        f.toAnswer = workingTime(o, at, "toAnswer");
        return f;
    }
    Figures figures(const QJsonObject &parent, const QString &at, const char *key)
    {
        return figures(object(parent, at, key), at + QLatin1String(key) + QLatin1Char('.'));
    }

private:
    QString *m_error;
    bool m_ok = true;
};

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const WorkingTime &t)
{
    return {{QStringLiteral("count"), t.count},
            {QStringLiteral("averageMinutes"), t.averageMinutes},
            {QStringLiteral("medianMinutes"), t.medianMinutes}};
}

QJsonObject toJson(const FiguresRequest &r)
{
    return {{QStringLiteral("unitId"), r.unitId},
            {QStringLiteral("officerId"), r.officerId},
            {QStringLiteral("field"), r.field},
            {QStringLiteral("period"), r.period.code()}};
}

template <typename T> std::optional<T> finish(const Reader &in, T value)
{
    return in.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

} // namespace

QJsonObject toJson(const Figures &f)
{
    return {{QStringLiteral("received"), f.received},
            {QStringLiteral("accepted"), f.accepted},
            {QStringLiteral("acceptedOnTime"), f.acceptedOnTime},
            {QStringLiteral("answered"), f.answered},
            {QStringLiteral("answeredOnTime"), f.answeredOnTime},
            {QStringLiteral("answeredLate"), f.answeredLate},
            {QStringLiteral("overdueNow"), f.overdueNow},
            {QStringLiteral("refused"), f.refused},
            {QStringLiteral("returned"), f.returned},
            {QStringLiteral("transferred"), f.transferred},
            {QStringLiteral("reopened"), f.reopened},
            {QStringLiteral("rated"), f.rated},
            {QStringLiteral("satisfied"), f.satisfied},
            {QStringLiteral("acceptable"), f.acceptable},
            {QStringLiteral("notSatisfied"), f.notSatisfied},
            {QStringLiteral("toAccept"), toJson(f.toAccept)},
            {QStringLiteral("toAnswer"), toJson(f.toAnswer)}};
}

std::optional<Figures> figuresFromJson(const QJsonObject &o, QString *error)
{
    Reader in(error);
    return finish(in, in.figures(o, {}));
}

QJsonObject toJson(const FiguresReport &r)
{
    QJsonArray weekly;
    for (const PeriodFigures &w : r.weekly)
        weekly.append(QJsonObject{{QStringLiteral("period"), w.period.code()},
                                  {QStringLiteral("figures"), toJson(w.figures)}});
    QJsonArray byField;
    for (const FieldFigures &f : r.byField)
        byField.append(QJsonObject{{QStringLiteral("field"), f.field},
                                   {QStringLiteral("figures"), toJson(f.figures)}});
    QJsonArray ranking;
    for (const RankedUnit &u : r.ranking)
        ranking.append(QJsonObject{{QStringLiteral("unitId"), u.unitId},
                                   {QStringLiteral("unitName"), u.unitName},
                                   {QStringLiteral("figures"), toJson(u.figures)},
                                   {QStringLiteral("score"), optionalJson(u.score)},
                                   {QStringLiteral("rank"), u.rank}});
    return {{QStringLiteral("request"), toJson(r.request)},
            {QStringLiteral("unitName"), r.unitName},
            {QStringLiteral("officerName"), r.officerName},
            {QStringLiteral("computedAt"), toIsoString(r.computedAt)},
            {QStringLiteral("weights"),
             QJsonObject{{QStringLiteral("onTime"), r.weights.onTime},
                         {QStringLiteral("satisfaction"), r.weights.satisfaction}}},
            {QStringLiteral("figures"), toJson(r.figures)},
            {QStringLiteral("previous"), toJson(r.previous)},
            {QStringLiteral("weekly"), weekly},
            {QStringLiteral("byField"), byField},
            {QStringLiteral("ranking"), ranking}};
}

std::optional<FiguresReport> figuresReportFromJson(const QJsonObject &o, QString *error)
{
    Reader in(error);
    FiguresReport r;
    const QJsonObject request = in.object(o, {}, "request");
    const QString req = QStringLiteral("request.");
    r.request.unitId = in.id(request, req, "unitId");
    r.request.officerId = in.id(request, req, "officerId");
    r.request.field = in.text(request, req, "field");
    r.request.period = in.period(request, req, "period");
    r.unitName = in.text(o, {}, "unitName");
    r.officerName = in.text(o, {}, "officerName");
    r.computedAt = in.time(o, {}, "computedAt");
    const QJsonObject weights = in.object(o, {}, "weights");
    r.weights.onTime = in.number(weights, QStringLiteral("weights."), "onTime");
    r.weights.satisfaction = in.number(weights, QStringLiteral("weights."), "satisfaction");
    r.figures = in.figures(o, {}, "figures");
    r.previous = in.figures(o, {}, "previous");
    in.array(o, {}, "weekly", [&](const QJsonObject &w, const QString &at) {
        r.weekly.append({in.period(w, at, "period"), in.figures(w, at, "figures")});
    });
    in.array(o, {}, "byField", [&](const QJsonObject &f, const QString &at) {
        r.byField.append({in.text(f, at, "field"), in.figures(f, at, "figures")});
    });
    in.array(o, {}, "ranking", [&](const QJsonObject &u, const QString &at) {
        RankedUnit unit;
        unit.unitId = in.id(u, at, "unitId");
        unit.unitName = in.text(u, at, "unitName");
        unit.figures = in.figures(u, at, "figures");
        unit.score = in.optionalNumber(u, at, "score");
        unit.rank = in.count(u, at, "rank");
        r.ranking.append(unit);
    });
    return finish(in, r);
}

QJsonObject toJson(const ReportCase &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("field"), c.field},
                  {QStringLiteral("unitName"), c.unitName},
                  {QStringLiteral("assigneeName"), c.assigneeName},
                  {QStringLiteral("status"), toCode(c.status)},
                  {QStringLiteral("receivedAt"), toIsoString(c.receivedAt)},
                  {QStringLiteral("answerDeadline"), toIsoString(c.answerDeadline)},
                  {QStringLiteral("answeredAt"), toIsoString(c.answeredAt)}};
    o.insert(QStringLiteral("answeredOnTime"),
             c.answeredOnTime ? QJsonValue(*c.answeredOnTime) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("rating"),
             c.rating ? QJsonValue(toCode(*c.rating)) : QJsonValue(QJsonValue::Null));
    return o;
}

std::optional<ReportCase> reportCaseFromJson(const QJsonObject &o, QString *error)
{
    Reader in(error);
    ReportCase c;
    const QString top;
    c.id = in.id(o, top, "id");
    c.title = in.text(o, top, "title");
    c.field = in.text(o, top, "field");
    c.unitName = in.text(o, top, "unitName");
    c.assigneeName = in.text(o, top, "assigneeName");
    const QString status = in.text(o, top, "status");
    if (const auto s = caseStatusFromCode(status))
        c.status = *s;
    else
        in.fail(QStringLiteral("status"), QStringLiteral("has an unknown value"));
    c.receivedAt = in.time(o, top, "receivedAt");
    c.answerDeadline = in.time(o, top, "answerDeadline");
    c.answeredAt = in.time(o, top, "answeredAt");
    const QJsonValue onTime = in.member(o, top, "answeredOnTime", true);
    if (onTime.isBool())
        c.answeredOnTime = onTime.toBool();
    else if (!onTime.isNull())
        in.fail(QStringLiteral("answeredOnTime"), QStringLiteral("is not true, false or null"));
    c.rating = in.optionalCode(o, top, "rating", &ratingFromCode);
    return finish(in, c);
}

} // namespace pakn
