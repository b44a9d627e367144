#include "admin/ReferenceCommands.h"

#include "domain/ReferenceDataJson.h"

namespace pakn::server {

namespace {

const QString fieldOption = QStringLiteral("field");
const QString titleOption = QStringLiteral("title");
const QString bodyOption = QStringLiteral("body");

std::optional<int> positive(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 ? std::optional(n) : std::nullopt;
}

std::optional<QString> optionValue(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
}

QString dayLines(const QList<NamedDay> &days)
{
    QStringList lines;
    for (const NamedDay &d : days)
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(d.date.toString(Qt::ISODate),
                              QLocale::c().dayName(d.date.dayOfWeek(), QLocale::ShortFormat),
                              d.name));
    return lines.join(QLatin1Char('\n'));
}

QString ruleLines(const ReferenceData &d)
{
    QStringList lines{QStringLiteral("accept within %1 working hours").arg(d.rules.acceptHours)};
    for (const AnswerRule &r : d.rules.answerRules)
        lines.append(QStringLiteral("answer %1%2 within %3 working hours")
                         .arg(toCode(r.urgency),
                              r.field.isEmpty() ? QString() : QStringLiteral(" ") + r.field)
                         .arg(r.hours));
    return lines.join(QLatin1Char('\n'));
}

QString fieldLines(const ReferenceData &d)
{
    QStringList lines;
    for (const FieldInfo &f : d.fields)
        lines.append(QStringLiteral("%1 \"%2\" \"%3\"%4")
                         .arg(f.code, f.nameVi, f.nameEn,
                              f.active ? QString() : QStringLiteral(" (disabled)")));
    return lines.join(QLatin1Char('\n'));
}

QString templateLines(const ReferenceData &d, const std::optional<QString> &field)
{
    QStringList lines;
    for (const ReplyTemplate &t : field ? d.templatesFor(*field) : d.templates)
        lines.append(
            QStringLiteral("%1 [%2] %3\n    %4")
                .arg(t.id)
                .arg(t.field.isEmpty() ? QStringLiteral("*") : t.field, t.title,
                     QString(t.body).replace(QLatin1Char('\n'), QStringLiteral("\n    "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

const QHash<QString, QStringList> &ReferenceCommands::commands()
{
    static const QHash<QString, QStringList> all = {
        {QStringLiteral("holiday"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}},
        {QStringLiteral("workday"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}},
        {QStringLiteral("hours"), {QStringLiteral("list"), QStringLiteral("set")}},
        {QStringLiteral("deadline"),
         {QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("accept"),
          QStringLiteral("remove")}},
        {QStringLiteral("field"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("rename"),
          QStringLiteral("disable"), QStringLiteral("enable")}},
        {QStringLiteral("template"),
         {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"),
          QStringLiteral("remove")}},
        {QStringLiteral("ranking"), {QStringLiteral("list"), QStringLiteral("set")}},
    };
    return all;
}

QString ReferenceCommands::usage()
{
    return QStringLiteral(
        "  holiday list | holiday add DATE NAME | holiday remove DATE\n"
        "  workday list | workday add DATE NAME | workday remove DATE   (make-up working days)\n"
        "  hours list | hours set 08:00-12:00,13:00-17:00\n"
        "  deadline list | deadline accept HOURS\n"
        "  deadline set [--field F] URGENCY HOURS | deadline remove --field F URGENCY\n"
        "  field list | field add CODE NAME_VI NAME_EN | field rename CODE NAME_VI NAME_EN\n"
        "  field disable CODE | field enable CODE\n"
        "  template list [--field F] | template add [--field F] TITLE BODY\n"
        "  template edit ID [--field F] [--title T] [--body B] | template remove ID\n"
        "  ranking list | ranking set ON_TIME SATISFACTION   (weights, e.g. 0.6 0.4)\n"
        "DATE is 2026-04-30 or 30/04/2026; URGENCY is urgent, normal or complex;\n"
        "a template BODY may use {reporter} {caseId} {address} {unit} {receivedDate} "
        "{deadline}.\n");
}

QList<QCommandLineOption> ReferenceCommands::options()
{
    return {QCommandLineOption(fieldOption, QString(), QStringLiteral("F")),
            QCommandLineOption(titleOption, QString(), QStringLiteral("T")),
            QCommandLineOption(bodyOption, QString(), QStringLiteral("B"))};
}

std::optional<AdminOutcome> ReferenceCommands::list(const QString &area,
                                                    const QCommandLineParser &parser,
                                                    ReferenceAdministration &admin)
{
    const std::optional<ReferenceData> d = admin.current();
    if (!d)
        return AdminOutcome::storage();
    QString text;
    if (area == QLatin1String("holiday"))
        text = dayLines(d->holidays);
    else if (area == QLatin1String("workday"))
        text = dayLines(d->makeUpDays);
    else if (area == QLatin1String("hours"))
        text = periodsToText(d->periods);
    else if (area == QLatin1String("deadline"))
        text = ruleLines(*d);
    else if (area == QLatin1String("field"))
        text = fieldLines(*d);
    else if (area == QLatin1String("ranking"))
        text = QStringLiteral("on time %1, satisfaction %2")
                   .arg(d->ranking.onTime)
                   .arg(d->ranking.satisfaction);
    else
        text = templateLines(*d, optionValue(parser, fieldOption));
    return AdminOutcome::done(text.isEmpty() ? QStringLiteral("(none)") : text);
}

std::optional<AdminOutcome> ReferenceCommands::run(const QString &area, const QString &command,
                                                   const QStringList &a,
                                                   const QCommandLineParser &parser,
                                                   ReferenceAdministration &admin,
                                                   const AdminActor &actor, QString *problem)
{
    const bool day = area == QLatin1String("holiday") || area == QLatin1String("workday");
    const bool holiday = area == QLatin1String("holiday");
    const QString field = parser.value(fieldOption);
    const auto is = [&command](const char *name) { return command == QLatin1String(name); };
    if (is("list") && a.isEmpty())
        return list(area, parser, admin);
    if (day && is("add") && a.size() == 2)
        return holiday ? admin.addHoliday(a.at(0), a.at(1), actor)
                       : admin.addWorkday(a.at(0), a.at(1), actor);
    if (day && is("remove") && a.size() == 1)
        return holiday ? admin.removeHoliday(a.at(0), actor) : admin.removeWorkday(a.at(0), actor);
    if (area == QLatin1String("hours") && is("set") && a.size() == 1)
        return admin.setHours(a.at(0), actor);
    if (area == QLatin1String("deadline")) {
        if (is("accept") && a.size() == 1 && positive(a.at(0)))
            return admin.setAcceptHours(*positive(a.at(0)), actor);
        if (is("set") && a.size() == 2 && positive(a.at(1)))
            return admin.setAnswerHours(field, a.at(0), *positive(a.at(1)), actor);
        if (is("remove") && a.size() == 1 && !field.isEmpty())
            return admin.removeAnswerRule(field, a.at(0), actor);
    }
    if (area == QLatin1String("field")) {
        if (is("add") && a.size() == 3)
            return admin.addField(a.at(0), a.at(1), a.at(2), actor);
        if (is("rename") && a.size() == 3)
            return admin.renameField(a.at(0), a.at(1), a.at(2), actor);
        if ((is("disable") || is("enable")) && a.size() == 1)
            return admin.setFieldActive(a.at(0), is("enable"), actor);
    }
    if (area == QLatin1String("template")) {
        const auto id = a.isEmpty() ? std::nullopt : positive(a.at(0));
        if (is("add") && a.size() == 2)
            return admin.addTemplate(field, a.at(0), a.at(1), actor);
        if (is("edit") && a.size() == 1 && id)
            return admin.editTemplate(*id, optionValue(parser, fieldOption),
                                      optionValue(parser, titleOption),
                                      optionValue(parser, bodyOption), actor);
        if (is("remove") && a.size() == 1 && id)
            return admin.removeTemplate(*id, actor);
    }
    if (area == QLatin1String("ranking") && is("set") && a.size() == 2) {
        bool onTimeOk = false;
        bool satisfactionOk = false;
        const double onTime = a.at(0).toDouble(&onTimeOk);
        const double satisfaction = a.at(1).toDouble(&satisfactionOk);
        if (onTimeOk && satisfactionOk)
            return admin.setRanking(onTime, satisfaction, actor);
    }
    *problem = QStringLiteral("bad arguments for \"%1 %2\"").arg(area, command);
    return std::nullopt;
}

} // namespace pakn::server
