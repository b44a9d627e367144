#include "admin/ReferenceAdministration.h"

#include "admin/AdminLogging.h"
#include "domain/ReferenceDataJson.h"

#include <cmath>

namespace pakn::server {

namespace {
using Error = AdminOutcome::Error;

AdminOutcome invalid(const QString &message)
{
    return AdminOutcome::fail(Error::Invalid, message);
}

AdminOutcome badDate(const QString &text)
{
    return invalid(
        QStringLiteral("\"%1\" is not a date; write 2026-04-30 or 30/04/2026").arg(text.left(40)));
}

std::optional<AdminOutcome> unknownField(const ReferenceData &data, const QString &code)
{
    if (code.isEmpty() || data.field(code))
        return std::nullopt;
    return AdminOutcome::fail(
        Error::NotFound,
        QStringLiteral("there is no field \"%1\"; see \"field list\"").arg(code.left(50)));
}

std::optional<Urgency> urgencyOf(const QString &code, AdminOutcome *failure)
{
    const auto urgency = urgencyFromCode(code);
    if (!urgency)
        *failure = invalid(QStringLiteral("unknown urgency \"%1\"; use urgent, normal or complex")
                               .arg(code.left(40)));
    return urgency;
}

QString dayName(bool working)
{
    return working ? QStringLiteral("make-up working day") : QStringLiteral("holiday");
}
} // namespace

ReferenceAdministration::ReferenceAdministration(ReferenceRepository &store, AdminHistory &history)
    : m_store(store), m_history(history)
{}

std::optional<QDate> ReferenceAdministration::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    return d.isValid() ? std::optional(d) : std::nullopt;
}

std::optional<ReferenceData> ReferenceAdministration::current()
{
    if (!m_store.seedIfEmpty(ReferenceData::defaults()))
        return std::nullopt;
    return m_store.load();
}

AdminOutcome ReferenceAdministration::change(const AdminActor &actor, const Edit &edit,
                                             const QString &done)
{
    std::optional<ReferenceData> data = current();
    if (!data)
        return AdminOutcome::storage();
    if (std::optional<AdminOutcome> failure = edit(*data))
        return *failure;
    data->normalize();
    if (const QString problem = validationError(*data); !problem.isEmpty())
        return invalid(problem);
    const auto recorded = [&] {
        return m_history.record(actor, QStringLiteral("reference.change"), done);
    };
    switch (m_store.save(*data, recorded)) {
    case ReferenceRepository::SaveResult::Stale:
        return AdminOutcome::fail(
            Error::Conflict,
            QStringLiteral("the reference data changed meanwhile; look again and retry"));
    case ReferenceRepository::SaveResult::Failed:
        return AdminOutcome::storage();
    case ReferenceRepository::SaveResult::Saved:
        break;
    }
    const qint64 revision = data->revision + 1;
    qCInfo(lcAdmin).noquote() << "reference data revision" << revision << ":" << done;
    AdminOutcome outcome =
        AdminOutcome::done(QStringLiteral("%1 (revision %2)").arg(done).arg(revision));
    outcome.referenceRevision = revision;
    return outcome;
}

AdminOutcome ReferenceAdministration::addDay(const QString &text, const QString &name, bool working,
                                             const AdminActor &actor)
{
    const auto date = parseDate(text);
    if (!date)
        return badDate(text);
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("the %1 needs a name").arg(dayName(working)));
    if (working && date->dayOfWeek() <= 5)
        return invalid(QStringLiteral("%1 is a weekday; a make-up working day is a Saturday or "
                                      "Sunday worked in exchange for a day off")
                           .arg(date->toString(Qt::ISODate)));
    if (!working && date->dayOfWeek() > 5)
        return invalid(QStringLiteral("%1 is a weekend day already; add the weekday given in "
                                      "lieu instead")
                           .arg(date->toString(Qt::ISODate)));
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            QList<NamedDay> &days = working ? d.makeUpDays : d.holidays;
            for (const NamedDay &existing : days)
                if (existing.date == *date)
                    return AdminOutcome::fail(
                        Error::Conflict,
                        QStringLiteral("%1 is already a %2 (%3)")
                            .arg(date->toString(Qt::ISODate), dayName(working), existing.name));
            days.append({*date, name.trimmed()});
            return std::nullopt;
        },
        QStringLiteral("%1 %2 added: %3")
            .arg(dayName(working), date->toString(Qt::ISODate), name.trimmed()));
}

AdminOutcome ReferenceAdministration::removeDay(const QString &text, bool working,
                                                const AdminActor &actor)
{
    const auto date = parseDate(text);
    if (!date)
        return badDate(text);
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            QList<NamedDay> &days = working ? d.makeUpDays : d.holidays;
            if (days.removeIf([&](const NamedDay &n) { return n.date == *date; }) == 0)
                return AdminOutcome::fail(Error::NotFound,
                                          QStringLiteral("%1 is not a %2")
                                              .arg(date->toString(Qt::ISODate), dayName(working)));
            return std::nullopt;
        },
        QStringLiteral("%1 %2 removed").arg(dayName(working), date->toString(Qt::ISODate)));
}

AdminOutcome ReferenceAdministration::addHoliday(const QString &date, const QString &name,
                                                 const AdminActor &actor)
{
    return addDay(date, name, false, actor);
}
AdminOutcome ReferenceAdministration::removeHoliday(const QString &date, const AdminActor &actor)
{
    return removeDay(date, false, actor);
}
AdminOutcome ReferenceAdministration::addWorkday(const QString &date, const QString &name,
                                                 const AdminActor &actor)
{
    return addDay(date, name, true, actor);
}
AdminOutcome ReferenceAdministration::removeWorkday(const QString &date, const AdminActor &actor)
{
    return removeDay(date, true, actor);
}

AdminOutcome ReferenceAdministration::setHours(const QString &text, const AdminActor &actor)
{
    QString error;
    const auto periods = periodsFromText(text, &error);
    if (!periods)
        return invalid(error);
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            d.periods = *periods;
            return std::nullopt;
        },
        QStringLiteral("office hours set to %1").arg(periodsToText(*periods)));
}

AdminOutcome ReferenceAdministration::setAcceptHours(int hours, const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            d.rules.acceptHours = hours;
            return std::nullopt;
        },
        QStringLiteral("cases must be accepted within %1 working hours").arg(hours));
}

AdminOutcome ReferenceAdministration::setAnswerHours(const QString &field, const QString &urgency,
                                                     int hours, const AdminActor &actor)
{
    AdminOutcome failure;
    const auto u = urgencyOf(urgency, &failure);
    if (!u)
        return failure;
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (auto unknown = unknownField(d, field))
                return unknown;
            d.rules.answerRules.removeIf(
                [&](const AnswerRule &r) { return r.field == field && r.urgency == *u; });
            d.rules.answerRules.append({field, *u, hours});
            return std::nullopt;
        },
        QStringLiteral("%1 cases%2 must be answered within %3 working hours")
            .arg(toCode(*u), field.isEmpty() ? QString() : QStringLiteral(" of field ") + field)
            .arg(hours));
}

AdminOutcome ReferenceAdministration::removeAnswerRule(const QString &field, const QString &urgency,
                                                       const AdminActor &actor)
{
    AdminOutcome failure;
    const auto u = urgencyOf(urgency, &failure);
    if (!u)
        return failure;
    if (field.isEmpty())
        return invalid(QStringLiteral("the general rule for each urgency stays; change it with "
                                      "\"deadline set\""));
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (d.rules.answerRules.removeIf(
                    [&](const AnswerRule &r) { return r.field == field && r.urgency == *u; }) == 0)
                return AdminOutcome::fail(Error::NotFound,
                                          QStringLiteral("field %1 has no own rule for %2")
                                              .arg(field.left(50), toCode(*u)));
            return std::nullopt;
        },
        QStringLiteral("%1 cases of field %2 follow the general rule again")
            .arg(toCode(*u), field));
}

AdminOutcome ReferenceAdministration::addField(const QString &code, const QString &nameVi,
                                               const QString &nameEn, const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (d.field(code))
                return AdminOutcome::fail(Error::Conflict,
                                          QStringLiteral("the field %1 exists already").arg(code));
            d.fields.append({code, nameVi.trimmed(), nameEn.trimmed(), true});
            return std::nullopt;
        },
        QStringLiteral("field %1 added: %2 / %3").arg(code, nameVi.trimmed(), nameEn.trimmed()));
}

AdminOutcome ReferenceAdministration::renameField(const QString &code, const QString &nameVi,
                                                  const QString &nameEn, const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (auto unknown = unknownField(d, code); unknown || code.isEmpty())
                return unknown.value_or(invalid(QStringLiteral("which field?")));
            for (FieldInfo &f : d.fields)
                if (f.code == code) {
                    f.nameVi = nameVi.trimmed();
                    f.nameEn = nameEn.trimmed();
                }
            return std::nullopt;
        },
        QStringLiteral("field %1 renamed: %2 / %3").arg(code, nameVi.trimmed(), nameEn.trimmed()));
}

AdminOutcome ReferenceAdministration::setFieldActive(const QString &code, bool active,
                                                     const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (auto unknown = unknownField(d, code); unknown || code.isEmpty())
                return unknown.value_or(invalid(QStringLiteral("which field?")));
            for (FieldInfo &f : d.fields)
                if (f.code == code)
                    f.active = active;
            if (d.activeFieldCodes().isEmpty())
                return invalid(QStringLiteral("at least one field must stay enabled"));
            return std::nullopt;
        },
        QStringLiteral("field %1 %2")
            .arg(code, active ? QStringLiteral("enabled") : QStringLiteral("disabled")));
}

AdminOutcome ReferenceAdministration::addTemplate(const QString &field, const QString &title,
                                                  const QString &body, const AdminActor &actor)
{
    qint64 id = 0;
    AdminOutcome outcome = change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (auto unknown = unknownField(d, field))
                return unknown;
            for (const ReplyTemplate &t : d.templates)
                id = std::max(id, t.id);
            d.templates.append({++id, field, title.trimmed(), body});
            return std::nullopt;
        },
        QStringLiteral("template added: %1").arg(title.trimmed()));
    if (outcome.ok()) {
        outcome.createdId = id;
        outcome.message = QStringLiteral("template %1 added: %2 (revision %3)")
                              .arg(id)
                              .arg(title.trimmed())
                              .arg(outcome.referenceRevision);
    }
    return outcome;
}

AdminOutcome ReferenceAdministration::editTemplate(qint64 id, const std::optional<QString> &field,
                                                   const std::optional<QString> &title,
                                                   const std::optional<QString> &body,
                                                   const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (field)
                if (auto unknown = unknownField(d, *field))
                    return unknown;
            for (ReplyTemplate &t : d.templates)
                if (t.id == id) {
                    t.field = field.value_or(t.field);
                    t.title = title ? title->trimmed() : t.title;
                    t.body = body.value_or(t.body);
                    return std::nullopt;
                }
            return AdminOutcome::fail(Error::NotFound,
                                      QStringLiteral("there is no template %1").arg(id));
        },
        QStringLiteral("template %1 changed").arg(id));
}

AdminOutcome ReferenceAdministration::removeTemplate(qint64 id, const AdminActor &actor)
{
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            if (d.templates.removeIf([id](const ReplyTemplate &t) { return t.id == id; }) == 0)
                return AdminOutcome::fail(Error::NotFound,
                                          QStringLiteral("there is no template %1").arg(id));
            return std::nullopt;
        },
        QStringLiteral("template %1 removed").arg(id));
}

AdminOutcome ReferenceAdministration::setRanking(double onTime, double satisfaction,
                                                 const AdminActor &actor)
{
    const auto weight = [](double w) { return std::isfinite(w) && w >= 0 && w <= 1; };
    if (!weight(onTime) || !weight(satisfaction))
        return invalid(QStringLiteral("each ranking weight is a number from 0 to 1"));
    // That they add up to 1 is the reference data's own rule (validationError).
    return change(
        actor,
        [&](ReferenceData &d) -> std::optional<AdminOutcome> {
            d.ranking = {onTime, satisfaction};
            return std::nullopt;
        },
        QStringLiteral("ranking weights set: on time %1, satisfaction %2")
            .arg(onTime)
            .arg(satisfaction));
}

} // namespace pakn::server
