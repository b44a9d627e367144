#include "storage/ReferenceRepository.h"

#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {
int minuteOf(QTime t)
{
    return t.hour() * 60 + t.minute();
}
QTime timeOf(int minute)
{
    return QTime(minute / 60, minute % 60);
}
} // namespace

qint64 ReferenceRepository::revision()
{
    clearError();
    QSqlQuery *q =
        statement(QStringLiteral("SELECT revision FROM reference_revision WHERE id = 1"));
    if (!q || !exec(*q))
        return 0;
    const qint64 revision = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return revision;
}

bool ReferenceRepository::seedIfEmpty(const ReferenceData &defaults)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        setError(transaction.errorText());
        return false;
    }
    if (revision() > 0 || failed())
        return !failed();
    QSqlQuery *q =
        statement(QStringLiteral("INSERT INTO reference_revision (id, revision, accept_hours, "
                                 "ranking_on_time, ranking_satisfaction) VALUES (1, 1, ?, ?, ?)"));
    if (!q)
        return false;
    q->addBindValue(defaults.rules.acceptHours);
    q->addBindValue(defaults.ranking.onTime);
    q->addBindValue(defaults.ranking.satisfaction);
    if (!exec(*q) || !writeContents(defaults))
        return false;
    if (!transaction.commit()) {
        setError(transaction.errorText());
        return false;
    }
    return true;
}

ReferenceRepository::SaveResult ReferenceRepository::save(const ReferenceData &data,
                                                          const std::function<bool()> &alongside)
{
    clearError();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        setError(transaction.errorText());
        return SaveResult::Failed;
    }
    // The row stays locked until commit: concurrent savers serialize here.
    QSqlQuery *q =
        statement(QStringLiteral("UPDATE reference_revision SET revision = ?, accept_hours = ?,"
                                 " ranking_on_time = ?, ranking_satisfaction = ?"
                                 " WHERE id = 1 AND revision = ?"));
    if (!q)
        return SaveResult::Failed;
    q->addBindValue(data.revision + 1);
    q->addBindValue(data.rules.acceptHours);
    q->addBindValue(data.ranking.onTime);
    q->addBindValue(data.ranking.satisfaction);
    q->addBindValue(data.revision);
    if (!exec(*q))
        return SaveResult::Failed;
    if (q->numRowsAffected() != 1)
        return SaveResult::Stale;
    if (!writeContents(data) || (alongside && !alongside()))
        return SaveResult::Failed;
    if (!transaction.commit()) {
        setError(transaction.errorText());
        return SaveResult::Failed;
    }
    return SaveResult::Saved;
}

bool ReferenceRepository::writeContents(const ReferenceData &data)
{
    for (const char *table :
         {"office_hours", "calendar_days", "case_fields", "answer_rules", "reply_templates"}) {
        QSqlQuery *clear = statement(QStringLiteral("DELETE FROM ") + QLatin1String(table));
        if (!clear || !exec(*clear))
            return false;
    }
    QSqlQuery *hours = statement(
        QStringLiteral("INSERT INTO office_hours (start_minute, end_minute) VALUES (?, ?)"));
    QSqlQuery *day = statement(
        QStringLiteral("INSERT INTO calendar_days (day, working, name) VALUES (?, ?, ?)"));
    QSqlQuery *field =
        statement(QStringLiteral("INSERT INTO case_fields (code, position, "
                                 "name_vi, name_en, active) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery *rule = statement(
        QStringLiteral("INSERT INTO answer_rules (field, urgency, hours) VALUES (?, ?, ?)"));
    QSqlQuery *text = statement(
        QStringLiteral("INSERT INTO reply_templates (id, field, title, body) VALUES (?, ?, ?, ?)"));
    if (!hours || !day || !field || !rule || !text)
        return false;
    for (const auto &p : data.periods) {
        hours->addBindValue(minuteOf(p.start));
        hours->addBindValue(minuteOf(p.end));
        if (!exec(*hours))
            return false;
    }
    for (const auto &[days, working] : {std::pair{&data.holidays, 0}, {&data.makeUpDays, 1}})
        for (const NamedDay &d : *days) {
            day->addBindValue(d.date.toString(Qt::ISODate));
            day->addBindValue(working);
            day->addBindValue(toDbText(d.name));
            if (!exec(*day))
                return false;
        }
    for (qsizetype i = 0; i < data.fields.size(); ++i) {
        const FieldInfo &f = data.fields.at(i);
        field->addBindValue(f.code);
        field->addBindValue(int(i));
        field->addBindValue(toDbText(f.nameVi));
        field->addBindValue(toDbText(f.nameEn));
        field->addBindValue(f.active ? 1 : 0);
        if (!exec(*field))
            return false;
    }
    for (const AnswerRule &r : data.rules.answerRules) {
        rule->addBindValue(toDbText(r.field));
        rule->addBindValue(toCode(r.urgency));
        rule->addBindValue(r.hours);
        if (!exec(*rule))
            return false;
    }
    for (const ReplyTemplate &t : data.templates) {
        text->addBindValue(t.id);
        text->addBindValue(toDbText(t.field));
        text->addBindValue(toDbText(t.title));
        text->addBindValue(toDbText(t.body));
        if (!exec(*text))
            return false;
    }
    return true;
}

std::optional<ReferenceData> ReferenceRepository::load()
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("SELECT revision, accept_hours, ranking_on_time, ranking_satisfaction"
                       " FROM reference_revision WHERE id = 1"));
    if (!q || !exec(*q))
        return std::nullopt;
    ReferenceData data;
    const bool stored = q->next();
    data.revision = stored ? q->value(0).toLongLong() : 0;
    data.rules.acceptHours = stored ? q->value(1).toInt() : 0;
    if (stored)
        data.ranking = {q->value(2).toDouble(), q->value(3).toDouble()};
    q->finish();
    if (!stored)
        return std::nullopt;
    QSqlQuery *hours =
        statement(QStringLiteral("SELECT start_minute, end_minute FROM office_hours ORDER BY 1"));
    if (!hours || !exec(*hours))
        return std::nullopt;
    while (hours->next())
        data.periods.append({timeOf(hours->value(0).toInt()), timeOf(hours->value(1).toInt())});
    hours->finish();
    if (!readDays(data) || !readRules(data) || !readFieldsAndTemplates(data))
        return std::nullopt;
    data.normalize();
    return data;
}

bool ReferenceRepository::readDays(ReferenceData &data)
{
    QSqlQuery *q =
        statement(QStringLiteral("SELECT day, working, name FROM calendar_days ORDER BY day"));
    if (!q || !exec(*q))
        return false;
    while (q->next()) {
        const NamedDay d{QDate::fromString(q->value(0).toString(), Qt::ISODate),
                         q->value(2).toString()};
        (q->value(1).toInt() ? data.makeUpDays : data.holidays).append(d);
    }
    q->finish();
    return true;
}

bool ReferenceRepository::readRules(ReferenceData &data)
{
    QSqlQuery *q = statement(
        QStringLiteral("SELECT field, urgency, hours FROM answer_rules ORDER BY field, urgency"));
    if (!q || !exec(*q))
        return false;
    data.rules.answerRules.clear();
    while (q->next())
        if (const auto urgency = urgencyFromCode(q->value(1).toString()))
            data.rules.answerRules.append({q->value(0).toString(), *urgency, q->value(2).toInt()});
    q->finish();
    return true;
}

bool ReferenceRepository::readFieldsAndTemplates(ReferenceData &data)
{
    QSqlQuery *f = statement(
        QStringLiteral("SELECT code, name_vi, name_en, active FROM case_fields ORDER BY position"));
    if (!f || !exec(*f))
        return false;
    while (f->next())
        data.fields.append({f->value(0).toString(), f->value(1).toString(), f->value(2).toString(),
                            f->value(3).toInt() != 0});
    f->finish();
    QSqlQuery *t =
        statement(QStringLiteral("SELECT id, field, title, body FROM reply_templates ORDER BY id"));
    if (!t || !exec(*t))
        return false;
    while (t->next())
        data.templates.append({t->value(0).toLongLong(), t->value(1).toString(),
                               t->value(2).toString(), t->value(3).toString()});
    t->finish();
    return true;
}

} // namespace pakn::server
