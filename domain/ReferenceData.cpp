#include "ReferenceData.h"

#include "ReferenceDataJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pakn {

namespace {

QSet<QDate> datesOf(const QList<NamedDay> &days)
{
    QSet<QDate> out;
    for (const NamedDay &d : days)
        out.insert(d.date);
    return out;
}

QString dayText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString checkDays(const QList<NamedDay> &days, const char *what)
{
    QSet<QDate> seen;
    for (const NamedDay &d : days) {
        if (!d.date.isValid())
            return QStringLiteral("a %1 has no valid date").arg(QLatin1String(what));
        if (d.name.trimmed().isEmpty())
            return QStringLiteral("the %1 %2 has no name")
                .arg(QLatin1String(what), dayText(d.date));
        if (seen.contains(d.date))
            return QStringLiteral("%1 is listed twice as a %2")
                .arg(dayText(d.date), QLatin1String(what));
        seen.insert(d.date);
    }
    return {};
}

QString checkPeriods(QList<DeadlineCalendar::Period> periods)
{
    std::sort(periods.begin(), periods.end(),
              [](const auto &a, const auto &b) { return a.start < b.start; });
    if (periods.isEmpty())
        return QStringLiteral("there are no office hours");
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const auto &p = periods.at(i);
        if (!p.start.isValid() || !p.end.isValid() || p.start >= p.end)
            return QStringLiteral("office hours %1-%2 do not end after they start")
                .arg(p.start.toString(QStringLiteral("HH:mm")),
                     p.end.toString(QStringLiteral("HH:mm")));
        if (i > 0 && periods.at(i - 1).end > p.start)
            return QStringLiteral("office hours %1-%2 overlap the period before")
                .arg(p.start.toString(QStringLiteral("HH:mm")),
                     p.end.toString(QStringLiteral("HH:mm")));
    }
    return {};
}

QString checkRules(const ReferenceData &data)
{
    if (data.rules.acceptHours <= 0)
        return QStringLiteral("the accept limit must be a positive number of hours");
    QSet<QString> seen;
    for (const AnswerRule &r : data.rules.answerRules) {
        if (r.hours <= 0)
            return QStringLiteral("the %1 rule must be a positive number of hours")
                .arg(toCode(r.urgency));
        if (!r.field.isEmpty() && !data.field(r.field))
            return QStringLiteral("a deadline rule names the unknown field \"%1\"").arg(r.field);
        const QString key = r.field + QLatin1Char('/') + toCode(r.urgency);
        if (seen.contains(key))
            return QStringLiteral("two deadline rules for %1").arg(key);
        seen.insert(key);
    }
    for (Urgency u : allUrgencies())
        if (!data.rules.find({}, u))
            return QStringLiteral("there is no general deadline rule for %1").arg(toCode(u));
    return {};
}

QString checkFieldsAndTemplates(const ReferenceData &data)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    QSet<QString> codes;
    for (const FieldInfo &f : data.fields) {
        if (!code.match(f.code).hasMatch())
            return QStringLiteral("the field code \"%1\" is not 1-40 lower-case letters, digits "
                                  "or _, starting with a letter")
                .arg(f.code.left(50));
        if (codes.contains(f.code))
            return QStringLiteral("the field %1 is listed twice").arg(f.code);
        if (f.nameVi.trimmed().isEmpty() || f.nameEn.trimmed().isEmpty())
            return QStringLiteral("the field %1 needs a Vietnamese and an English name")
                .arg(f.code);
        codes.insert(f.code);
    }
    QSet<qint64> ids;
    for (const ReplyTemplate &t : data.templates) {
        if (t.id <= 0 || ids.contains(t.id))
            return QStringLiteral("template ids must be positive and unique (%1)").arg(t.id);
        if (t.title.trimmed().isEmpty() || t.body.trimmed().isEmpty())
            return QStringLiteral("template %1 needs a title and a body").arg(t.id);
        if (!t.field.isEmpty() && !codes.contains(t.field))
            return QStringLiteral("template %1 names the unknown field \"%2\"")
                .arg(t.id)
                .arg(t.field);
        ids.insert(t.id);
    }
    return {};
}

QString checkRanking(const RankingWeights &w)
{
    if (!(w.onTime >= 0) || !(w.satisfaction >= 0))
        return QStringLiteral("the ranking weights must not be negative");
    if (std::abs(w.onTime + w.satisfaction - 1) > 0.001)
        return QStringLiteral("the ranking weights must add up to 1 (now %1 + %2)")
            .arg(w.onTime)
            .arg(w.satisfaction);
    return {};
}

// The last resort if the compiled-in resource were unreadable: still a usable set.
ReferenceData builtIn()
{
    ReferenceData d;
    d.periods = DeadlineCalendar().periods();
    for (const QString &code : fieldCodes())
        d.fields.append({code, code, code, true});
    return d;
}

} // namespace

DeadlineCalendar ReferenceData::calendar() const
{
    DeadlineCalendar c;
    c.setPeriods(periods);
    c.setHolidays(datesOf(holidays));
    c.setMakeUpWorkdays(datesOf(makeUpDays));
    return c;
}

WorkflowRules ReferenceData::workflowRules() const
{
    return WorkflowRules(calendar(), rules, activeFieldCodes());
}

QStringList ReferenceData::activeFieldCodes() const
{
    QStringList codes;
    for (const FieldInfo &f : fields)
        if (f.active)
            codes.append(f.code);
    return codes;
}

const FieldInfo *ReferenceData::field(const QString &code) const
{
    for (const FieldInfo &f : fields)
        if (f.code == code)
            return &f;
    return nullptr;
}

const ReplyTemplate *ReferenceData::replyTemplate(qint64 id) const
{
    for (const ReplyTemplate &t : templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<ReplyTemplate> ReferenceData::templatesFor(const QString &fieldCode) const
{
    QList<ReplyTemplate> own;
    QList<ReplyTemplate> general;
    for (const ReplyTemplate &t : templates) {
        if (t.field.isEmpty())
            general.append(t);
        else if (t.field == fieldCode)
            own.append(t);
    }
    return own + general;
}

void ReferenceData::normalize()
{
    const auto byDate = [](const NamedDay &a, const NamedDay &b) { return a.date < b.date; };
    std::stable_sort(holidays.begin(), holidays.end(), byDate);
    std::stable_sort(makeUpDays.begin(), makeUpDays.end(), byDate);
    std::stable_sort(periods.begin(), periods.end(),
                     [](const auto &a, const auto &b) { return a.start < b.start; });
    std::stable_sort(rules.answerRules.begin(), rules.answerRules.end(),
                     [](const AnswerRule &a, const AnswerRule &b) {
                         return std::pair(a.field, int(a.urgency)) <
                                std::pair(b.field, int(b.urgency));
                     });
}

ReferenceData ReferenceData::defaults()
{
    QFile file(QStringLiteral(":/pakn/reference-defaults.json"));
    QString error;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (auto data = referenceDataFromJson(doc.object(), &error))
            return *data;
    }
    qWarning("pakn: the built-in reference data is unreadable (%s)", qUtf8Printable(error));
    return builtIn();
}

QString validationError(const ReferenceData &data)
{
    if (data.revision < 0)
        return QStringLiteral("the revision is negative");
    QString error = checkPeriods(data.periods);
    if (error.isEmpty())
        error = checkDays(data.holidays, "holiday");
    if (error.isEmpty())
        error = checkDays(data.makeUpDays, "make-up working day");
    if (error.isEmpty()) {
        const QSet<QDate> off = datesOf(data.holidays);
        for (const NamedDay &d : data.makeUpDays)
            if (off.contains(d.date))
                return QStringLiteral("%1 is both a holiday and a make-up working day")
                    .arg(dayText(d.date));
    }
    if (error.isEmpty())
        error = checkFieldsAndTemplates(data);
    if (error.isEmpty())
        error = checkRules(data);
    if (error.isEmpty())
        error = checkRanking(data.ranking);
    return error;
}

QString fillReplyTemplate(const ReplyTemplate &t, const Case &c)
{
    const QTimeZone vietnam(7 * 3600);
    const auto date = [&vietnam](const QDateTime &at, const QString &format) {
        return at.isValid() ? at.toTimeZone(vietnam).toString(format) : QString();
    };
    QString text = t.body;
    text.replace(QStringLiteral("{reporter}"), c.reporterName);
    text.replace(QStringLiteral("{caseId}"), QString::number(c.id));
    text.replace(QStringLiteral("{address}"), c.address);
    text.replace(QStringLiteral("{unit}"), c.unitName);
    text.replace(QStringLiteral("{receivedDate}"),
                 date(c.receivedAt, QStringLiteral("dd/MM/yyyy")));
    text.replace(QStringLiteral("{deadline}"),
                 date(c.answerDeadline, QStringLiteral("HH:mm dd/MM/yyyy")));
    return text;
}

} // namespace pakn
