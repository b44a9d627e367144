#include "cache/CaseWriter.h"

#include "cache/CaseColumns.h"
#include "domain/JsonCodec.h"
#include "domain/TextFolding.h"

#include <QJsonDocument>
#include <QSqlError>

namespace pakn {

QString searchTextOf(const Case &c)
{
    const QChar sp = QLatin1Char(' ');
    return foldForSearch(c.title % sp % c.description % sp % c.address % sp % c.reporterName % sp %
                         c.unitName % sp % QString::number(c.id));
}

CaseWriter::CaseWriter(const QSqlDatabase &db)
    : m_db(db), m_select(db), m_upsert(db), m_delete(db), m_indexAdd(db), m_indexRemove(db)
{}

bool CaseWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_select, QStringLiteral("SELECT folded FROM cases WHERE id = ?")},
        {&m_upsert,
         QStringLiteral(
             "INSERT INTO cases (id, version, title, title_key, status, is_open, field, urgency,"
             " unit_id, unit_name, unit_key, assignee_id, assignee_name, assignee_key,"
             " received_at, answer_deadline, pending, folded, json)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
             " title = excluded.title, title_key = excluded.title_key,"
             " status = excluded.status, is_open = excluded.is_open, field = excluded.field,"
             " urgency = excluded.urgency, unit_id = excluded.unit_id,"
             " unit_name = excluded.unit_name, unit_key = excluded.unit_key,"
             " assignee_id = excluded.assignee_id, assignee_name = excluded.assignee_name,"
             " assignee_key = excluded.assignee_key, received_at = excluded.received_at,"
             " answer_deadline = excluded.answer_deadline, pending = excluded.pending,"
             " folded = excluded.folded, json = excluded.json")},
        {&m_delete, QStringLiteral("DELETE FROM cases WHERE id = ?")},
        {&m_indexAdd, QStringLiteral("INSERT INTO cases_fts (rowid, folded) VALUES (?, ?)")},
        {&m_indexRemove,
         QStringLiteral(
             "INSERT INTO cases_fts (cases_fts, rowid, folded) VALUES ('delete', ?, ?)")},
    };
    for (const auto &[query, sql] : statements)
        if (!query->prepare(sql))
            return fail(*query, error);
    m_prepared = true;
    return true;
}

bool CaseWriter::fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

std::optional<QString> CaseWriter::storedSearchText(CaseId id, bool *ok, QString *error)
{
    m_select.addBindValue(id);
    *ok = m_select.exec();
    if (!*ok) {
        fail(m_select, error);
        return std::nullopt;
    }
    std::optional<QString> text;
    if (m_select.next())
        text = m_select.value(0).toString();
    m_select.finish();
    return text;
}

bool CaseWriter::upsert(const Case &c, bool pending, QString *error)
{
    if (!prepare(error))
        return false;
    bool ok = false;
    const std::optional<QString> old = storedSearchText(c.id, &ok, error);
    if (!ok)
        return false;
    const QString folded = searchTextOf(c);

    const QVariantList values = {
        c.id,
        c.version,
        nonNull(c.title),
        nonNull(foldForSearch(c.title)),
        statusRank(c.status),
        isOpen(c.status) ? 1 : 0,
        nonNull(c.field),
        urgencyRank(c.urgency),
        c.unitId,
        nonNull(c.unitName),
        nonNull(foldForSearch(c.unitName)),
        c.assigneeId,
        nonNull(c.assigneeName),
        nonNull(foldForSearch(c.assigneeName)),
        storedTime(c.receivedAt),
        storedDeadline(c.answerDeadline),
        pending ? 1 : 0,
        nonNull(folded),
        QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact),
    };
    for (const QVariant &v : values)
        m_upsert.addBindValue(v);
    if (!m_upsert.exec())
        return fail(m_upsert, error);

    if (old && *old == folded)
        return true;
    if (old) {
        m_indexRemove.addBindValue(c.id);
        m_indexRemove.addBindValue(*old);
        if (!m_indexRemove.exec())
            return fail(m_indexRemove, error);
    }
    m_indexAdd.addBindValue(c.id);
    m_indexAdd.addBindValue(folded);
    return m_indexAdd.exec() || fail(m_indexAdd, error);
}

bool CaseWriter::remove(CaseId id, QString *error)
{
    if (!prepare(error))
        return false;
    bool ok = false;
    const std::optional<QString> old = storedSearchText(id, &ok, error);
    if (!ok)
        return false;
    if (!old)
        return true; // a tombstone for a case this cache never had
    m_indexRemove.addBindValue(id);
    m_indexRemove.addBindValue(*old);
    if (!m_indexRemove.exec())
        return fail(m_indexRemove, error);
    m_delete.addBindValue(id);
    return m_delete.exec() || fail(m_delete, error);
}

} // namespace pakn
