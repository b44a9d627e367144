#include "ReferenceDataJson.h"

#include <QJsonArray>

namespace pakn {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");

// Walks a document, keeping the first problem with the path where it was found.
class Decoder
{
public:
    explicit Decoder(QString *error) : m_error(error) {}
    bool ok() const { return m_ok; }

    void fail(const QString &where, const QString &what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = QStringLiteral("\"%1\" %2").arg(where, what);
    }
    QJsonValue member(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            fail(where + QLatin1String(key), QStringLiteral("is missing"));
        return v;
    }
    QString text(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && !v.isString())
            fail(where + QLatin1String(key), QStringLiteral("is not a string"));
        return v.toString();
    }
    qint64 integer(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && (!v.isDouble() || v.toDouble() != double(v.toInteger())))
            fail(where + QLatin1String(key), QStringLiteral("is not an integer"));
        return v.toInteger();
    }
    bool boolean(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && !v.isBool())
            fail(where + QLatin1String(key), QStringLiteral("is not true or false"));
        return v.toBool();
    }
    double number(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && !v.isDouble())
            fail(where + QLatin1String(key), QStringLiteral("is not a number"));
        return v.toDouble();
    }
    QJsonObject object(const QJsonObject &o, const QString &where, const char *key)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && !v.isObject())
            fail(where + QLatin1String(key), QStringLiteral("is not an object"));
        return v.toObject();
    }
    // Calls `each(object, path)` for every element, which must be an object.
    template <typename F>
    void array(const QJsonObject &o, const QString &where, const char *key, F each)
    {
        const QJsonValue v = member(o, where, key);
        if (m_ok && !v.isArray())
            fail(where + QLatin1String(key), QStringLiteral("is not an array"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; m_ok && i < a.size(); ++i) {
            const QString path = QStringLiteral("%1%2[%3].").arg(where, QLatin1String(key)).arg(i);
            if (!a.at(i).isObject())
                fail(path.chopped(1), QStringLiteral("is not an object"));
            else
                each(a.at(i).toObject(), path);
        }
    }
    QDate date(const QJsonObject &o, const QString &where)
    {
        const QString s = text(o, where, "date");
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (m_ok && (!d.isValid() || s.size() != 10))
            fail(where + QStringLiteral("date"), QStringLiteral("is not a date like 2026-02-16"));
        return d;
    }
    QTime time(const QJsonObject &o, const QString &where, const char *key)
    {
        const QString s = text(o, where, key);
        const QTime t = QTime::fromString(s, timeFormat);
        if (m_ok && !t.isValid())
            fail(where + QLatin1String(key), QStringLiteral("is not a time like 08:00"));
        return t;
    }

private:
    QString *m_error;
    bool m_ok = true;
};

QJsonArray daysJson(const QList<NamedDay> &days)
{
    QJsonArray a;
    for (const NamedDay &d : days)
        a.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                             {QStringLiteral("name"), d.name}});
    return a;
}

QList<NamedDay> daysFrom(Decoder &in, const QJsonObject &o, const QString &where, const char *key)
{
    QList<NamedDay> days;
    in.array(o, where, key, [&](const QJsonObject &d, const QString &path) {
        days.append({in.date(d, path), in.text(d, path, "name")});
    });
    return days;
}

} // namespace

QJsonObject toJson(const ReferenceData &data)
{
    QJsonArray hours;
    for (const auto &p : data.periods)
        hours.append(QJsonObject{{QStringLiteral("start"), p.start.toString(timeFormat)},
                                 {QStringLiteral("end"), p.end.toString(timeFormat)}});
    QJsonArray answer;
    for (const AnswerRule &r : data.rules.answerRules)
        answer.append(QJsonObject{{QStringLiteral("field"), r.field},
                                  {QStringLiteral("urgency"), toCode(r.urgency)},
                                  {QStringLiteral("hours"), r.hours}});
    QJsonArray fields;
    for (const FieldInfo &f : data.fields)
        fields.append(QJsonObject{{QStringLiteral("code"), f.code},
                                  {QStringLiteral("nameVi"), f.nameVi},
                                  {QStringLiteral("nameEn"), f.nameEn},
                                  {QStringLiteral("active"), f.active}});
    QJsonArray templates;
    for (const ReplyTemplate &t : data.templates)
        templates.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("field"), t.field},
                                     {QStringLiteral("title"), t.title},
                                     {QStringLiteral("body"), t.body}});
    return {{QStringLiteral("revision"), data.revision},
            {QStringLiteral("calendar"),
             QJsonObject{{QStringLiteral("hours"), hours},
                         {QStringLiteral("holidays"), daysJson(data.holidays)},
                         {QStringLiteral("workdays"), daysJson(data.makeUpDays)}}},
            {QStringLiteral("deadlines"),
             QJsonObject{{QStringLiteral("acceptHours"), data.rules.acceptHours},
                         {QStringLiteral("answer"), answer}}},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("templates"), templates},
            {QStringLiteral("ranking"),
             QJsonObject{{QStringLiteral("onTime"), data.ranking.onTime},
                         {QStringLiteral("satisfaction"), data.ranking.satisfaction}}}};
}

std::optional<ReferenceData> referenceDataFromJson(const QJsonObject &o, QString *error)
{
    Decoder in(error);
    ReferenceData d;
    const QString top;
    d.revision = in.integer(o, top, "revision");
    const QJsonObject calendar = in.object(o, top, "calendar");
    const QString cal = QStringLiteral("calendar.");
    in.array(calendar, cal, "hours", [&](const QJsonObject &p, const QString &path) {
        d.periods.append({in.time(p, path, "start"), in.time(p, path, "end")});
    });
    d.holidays = daysFrom(in, calendar, cal, "holidays");
    d.makeUpDays = daysFrom(in, calendar, cal, "workdays");
    const QJsonObject deadlines = in.object(o, top, "deadlines");
    const QString dl = QStringLiteral("deadlines.");
    d.rules.acceptHours = int(in.integer(deadlines, dl, "acceptHours"));
    d.rules.answerRules.clear();
    in.array(deadlines, dl, "answer", [&](const QJsonObject &r, const QString &path) {
        const QString code = in.text(r, path, "urgency");
        const auto urgency = urgencyFromCode(code);
        if (!urgency)
            in.fail(path + QStringLiteral("urgency"), QStringLiteral("is not a known urgency"));
        d.rules.answerRules.append({in.text(r, path, "field"), urgency.value_or(Urgency::Normal),
                                    int(in.integer(r, path, "hours"))});
    });
    in.array(o, top, "fields", [&](const QJsonObject &f, const QString &path) {
        d.fields.append({in.text(f, path, "code"), in.text(f, path, "nameVi"),
                         in.text(f, path, "nameEn"), in.boolean(f, path, "active")});
    });
    in.array(o, top, "templates", [&](const QJsonObject &t, const QString &path) {
        d.templates.append({in.integer(t, path, "id"), in.text(t, path, "field"),
                            in.text(t, path, "title"), in.text(t, path, "body")});
    });
    // Optional: files written before the ranking was reference data keep the defaults.
    if (o.contains(QStringLiteral("ranking"))) {
        const QJsonObject ranking = in.object(o, top, "ranking");
        const QString rk = QStringLiteral("ranking.");
        d.ranking.onTime = in.number(ranking, rk, "onTime");
        d.ranking.satisfaction = in.number(ranking, rk, "satisfaction");
    }
    if (!in.ok())
        return std::nullopt;
    if (const QString problem = validationError(d); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    d.normalize();
    return d;
}

QString periodsToText(const QList<DeadlineCalendar::Period> &periods)
{
    QStringList parts;
    for (const auto &p : periods)
        parts.append(p.start.toString(timeFormat) + QLatin1Char('-') + p.end.toString(timeFormat));
    return parts.join(QLatin1Char(','));
}

std::optional<QList<DeadlineCalendar::Period>> periodsFromText(const QString &text, QString *error)
{
    QList<DeadlineCalendar::Period> periods;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const QTime start =
            ends.size() == 2 ? QTime::fromString(ends.at(0).trimmed(), timeFormat) : QTime();
        const QTime end =
            ends.size() == 2 ? QTime::fromString(ends.at(1).trimmed(), timeFormat) : QTime();
        if (!start.isValid() || !end.isValid()) {
            if (error)
                *error =
                    QStringLiteral("\"%1\" is not a period like 08:00-12:00").arg(part.left(40));
            return std::nullopt;
        }
        periods.append({start, end});
    }
    if (periods.isEmpty()) {
        if (error)
            *error =
                QStringLiteral("no office hours given; write them like 08:00-12:00,13:00-17:00");
        return std::nullopt;
    }
    return periods;
}

} // namespace pakn
