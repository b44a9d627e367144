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

namespace {

// The columns of the cases table's secondary indexes (CacheSchema), in the
// order storedRow() selects them and indexedValues() lists them.
constexpr QLatin1StringView kIndexedColumns(
    "title_key, status, is_open, field, urgency, unit_key, assignee_id, assignee_key,"
    " received_at, answer_deadline, channel, last_step, extension_pending, dup_key, unit_id,"
    " to_review");
constexpr int kIndexedCount = 16;

// Decisions that move a case on; notes, drafts, extension requests, ratings
// and looking at the phone number do not change "what happened last".
bool isDecision(const QString &action)
{
    static const QStringList decisions = {
        QStringLiteral("route"),        QStringLiteral("refuse"),    QStringLiteral("accept"),
        QStringLiteral("return"),       QStringLiteral("transfer"),  QStringLiteral("assign"),
        QStringLiteral("submit_reply"), QStringLiteral("send_back"), QStringLiteral("approve"),
        QStringLiteral("reopen"),       QStringLiteral("close"),     QStringLiteral("merge")};
    return decisions.contains(action);
}

} // namespace

QString lastDecisionOf(const Case &c)
{
    for (auto it = c.history.crbegin(); it != c.history.crend(); ++it)
        if (isDecision(it->action))
            return it->action;
    return QStringLiteral("");
}

QString duplicateKeyOf(const Case &c)
{
    // Letters and digits of the folded address, single-spaced, so "Số 5, phố
    // Kim Mã" and "so 5 pho kim ma" meet; no address, no key (never a duplicate).
    QString address;
    for (const QChar ch : foldForSearch(c.address))
        address += ch.isLetterOrNumber() ? ch : QLatin1Char(' ');
    address = address.simplified();
    return address.isEmpty() ? QStringLiteral("") : c.field + QLatin1Char('|') + address;
}

namespace {

bool hasPendingExtension(const Case &c)
{
    return !c.extensions.isEmpty() &&
           c.extensions.constLast().decision == ExtensionRequest::Decision::Pending;
}

// The deadline a case's row counts down to: the acceptance deadline while a
// unit has yet to accept it (there is no answer deadline before), else the answer's.
QDateTime deadlineShown(const Case &c)
{
    return c.status == CaseStatus::PendingAcceptance && c.acceptDeadline.isValid()
               ? c.acceptDeadline
               : c.answerDeadline;
}

// The coordinators' "to review" queue: the citizen was not satisfied with the
// answer and nobody reopened (or closed) it since; a reopen clears the rating.
bool isToReview(const Case &c)
{
    return c.status == CaseStatus::Answered && c.rating == Rating::NotSatisfied;
}

QVariantList indexedValues(const Case &c)
{
    return {nonNull(foldForSearch(c.title)),
            statusRank(c.status),
            isOpen(c.status) ? 1 : 0,
            nonNull(c.field),
            urgencyRank(c.urgency),
            nonNull(foldForSearch(c.unitName)),
            c.assigneeId,
            nonNull(foldForSearch(c.assigneeName)),
            storedTime(c.receivedAt),
            storedDeadline(deadlineShown(c)),
            int(allChannels().indexOf(c.channel)),
            lastDecisionOf(c),
            hasPendingExtension(c) ? 1 : 0,
            duplicateKeyOf(c),
            c.unitId,
            isToReview(c) ? 1 : 0};
}

// SQLite hands integers back as qlonglong where we bound int: compare as text.
bool sameValues(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).isNull() != b.at(i).isNull() || a.at(i).toString() != b.at(i).toString())
            return false;
    return true;
}

QVariantList unindexedValues(const Case &c, bool pending, const QString &folded,
                             const QString &factsKey)
{
    return {
        c.version,
        nonNull(c.title),
        nonNull(c.unitName),
        nonNull(c.assigneeName),
        c.replyDraft.trimmed().isEmpty() ? 0 : 1,
        c.history.isEmpty() ? UserId(0) : c.history.constLast().actorId,
        pending ? 1 : 0,
        nonNull(folded),
        factsKey,
        c.id,
    };
}

} // namespace

QVariantList caseRowValues(const Case &c, bool pending, const DerivedRow &row)
{
    return row.indexed + unindexedValues(c, pending, row.folded, row.factsKey);
}

DerivedRow derivedRowOf(const Case &c)
{
    return {indexedValues(c), searchTextOf(c), factsKeyOf(c), caseFactsOf(c)};
}

QByteArray caseJsonOf(const Case &c, const QByteArray &asSent)
{
    return asSent.isEmpty() ? QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact) : asSent;
}

QString caseJsonUpsertSql()
{
    return QStringLiteral("INSERT INTO case_json (id, json) VALUES (?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET json = excluded.json");
}

QString caseJsonDeleteSql()
{
    return QStringLiteral("DELETE FROM case_json WHERE id = ?");
}

QString searchEntryAddSql()
{
    return QStringLiteral("INSERT INTO cases_fts (rowid, folded) VALUES (?, ?)");
}

QString searchEntryDropSql()
{
    return QStringLiteral(
        "INSERT INTO cases_fts (cases_fts, rowid, folded) VALUES ('delete', ?, ?)");
}

QString caseUpsertSql()
{
    return QStringLiteral(
        "INSERT INTO cases (title_key, status, is_open, field, urgency, unit_key,"
        " assignee_id, assignee_key, received_at, answer_deadline, channel, last_step,"
        " extension_pending, dup_key, unit_id, to_review,"
        " version, title, unit_name, assignee_name, has_draft, changed_by, pending,"
        " folded, facts_key, id, json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " x'')"
        " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
        " title = excluded.title, title_key = excluded.title_key,"
        " status = excluded.status, is_open = excluded.is_open, field = excluded.field,"
        " urgency = excluded.urgency, unit_id = excluded.unit_id,"
        " unit_name = excluded.unit_name, unit_key = excluded.unit_key,"
        " assignee_id = excluded.assignee_id, assignee_name = excluded.assignee_name,"
        " assignee_key = excluded.assignee_key, received_at = excluded.received_at,"
        " answer_deadline = excluded.answer_deadline, channel = excluded.channel,"
        " last_step = excluded.last_step, extension_pending = excluded.extension_pending,"
        " dup_key = excluded.dup_key, to_review = excluded.to_review, has_draft = "
        "excluded.has_draft,"
        " changed_by = excluded.changed_by, pending = excluded.pending,"
        " folded = excluded.folded, facts_key = excluded.facts_key, json = x''");
}

CaseWriter::CaseWriter(const QSqlDatabase &db)
    : m_db(db), m_duplicates(db), m_facts(db), m_select(db), m_upsert(db), m_updateUnindexed(db),
      m_delete(db), m_jsonUpsert(db), m_jsonDelete(db), m_indexAdd(db), m_indexRemove(db)
{}

QString factsKeyOf(const Case &c)
{
    // The facts are the history replayed, plus the field and, for the open
    // case's wait, its status and deadlines: the history only grows, so its
    // length and last entry tell whether anything was added.
    const QChar sep = QLatin1Char('|');
    const CaseEvent last = c.history.isEmpty() ? CaseEvent{} : c.history.constLast();
    return QString::number(c.history.size()) % sep % QString::number(last.id) % sep %
           QString::number(storedTime(last.at)) % sep % c.field % sep % toCode(c.status) % sep %
           QString::number(c.unitId) % sep % QString::number(c.assigneeId) % sep %
           QString::number(storedTime(c.acceptDeadline)) % sep %
           QString::number(storedTime(c.answerDeadline)) % sep %
           QString::number(storedTime(c.acceptedAt));
}

bool CaseWriter::prepare(QString *error)
{
    if (m_prepared)
        return true;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_select, QStringLiteral("SELECT folded, facts_key, ") + kIndexedColumns +
                        QStringLiteral(" FROM cases WHERE id = ?")},
        {&m_upsert, caseUpsertSql()},
        // Most changes (a note, a draft, an assignment within the row's sort
        // keys) leave every indexed value as it was. SQLite rewrites the entry
        // of every index whose column is named in SET, whether or not the
        // value changed: naming only unindexed columns spares a dozen index
        // writes per case.
        {&m_updateUnindexed,
         QStringLiteral("UPDATE cases SET version = ?, title = ?, unit_name = ?,"
                        " assignee_name = ?, has_draft = ?, changed_by = ?, pending = ?,"
                        " folded = ?, facts_key = ?, json = x'' WHERE id = ?")},
        {&m_delete, QStringLiteral("DELETE FROM cases WHERE id = ?")},
        {&m_jsonUpsert, caseJsonUpsertSql()},
        {&m_jsonDelete, caseJsonDeleteSql()},
        {&m_indexAdd, searchEntryAddSql()},
        {&m_indexRemove, searchEntryDropSql()},
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

bool CaseWriter::bindAndRun(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() || fail(q, error);
}

std::optional<CaseWriter::StoredRow> CaseWriter::storedRow(CaseId id, bool *ok, QString *error)
{
    m_select.addBindValue(id);
    *ok = m_select.exec();
    if (!*ok) {
        fail(m_select, error);
        return std::nullopt;
    }
    std::optional<StoredRow> row;
    if (m_select.next()) {
        row.emplace();
        row->folded = m_select.value(0).toString();
        row->factsKey = m_select.value(1).toString();
        for (int i = 2; i <= kIndexedCount + 1; ++i)
            row->indexed.append(m_select.value(i));
    }
    m_select.finish();
    return row;
}

bool CaseWriter::upsert(const Case &c, bool pending, QString *error, const QByteArray &asSent,
                        const DerivedRow *derived)
{
    if (!prepare(error))
        return false;
    bool ok = false;
    const std::optional<StoredRow> old = storedRow(c.id, &ok, error);
    if (!ok)
        return false;
    const DerivedRow row = derived ? *derived : derivedRowOf(c);
    const QString &folded = row.folded;
    const QString &factsKey = row.factsKey;
    const QVariantList &indexed = row.indexed;
    const QVariantList unindexed = unindexedValues(c, pending, folded, factsKey);
    const bool written = old && sameValues(old->indexed, indexed)
                             ? bindAndRun(m_updateUnindexed, unindexed, error)
                             : bindAndRun(m_upsert, indexed + unindexed, error);
    if (!written || !bindAndRun(m_jsonUpsert, {c.id, caseJsonOf(c, asSent)}, error) ||
        !m_duplicates.update(c.id, placeOf(old), placeIn(indexed), error))
        return false;
    if ((!old || old->factsKey != factsKey) && !m_facts.replace(c.id, row.facts, error))
        return false;
    if (old && old->folded == folded)
        return true;
    return reindex(c.id, old ? std::optional<QString>(old->folded) : std::nullopt, folded, error);
}

DuplicateMarks::Place CaseWriter::placeIn(const QVariantList &indexed)
{
    return DuplicateMarks::Place{indexed.at(13).toString(), indexed.at(8).toLongLong()};
}

std::optional<DuplicateMarks::Place> CaseWriter::placeOf(const std::optional<StoredRow> &row)
{
    if (!row)
        return std::nullopt;
    return placeIn(row->indexed);
}

bool CaseWriter::reindex(CaseId id, const std::optional<QString> &old, const QString &folded,
                         QString *error)
{
    if (old && !bindAndRun(m_indexRemove, {id, *old}, error))
        return false;
    return bindAndRun(m_indexAdd, {id, folded}, error);
}

bool CaseWriter::remove(CaseId id, QString *error)
{
    if (!prepare(error))
        return false;
    bool ok = false;
    const std::optional<StoredRow> old = storedRow(id, &ok, error);
    if (!ok)
        return false;
    if (!old)
        return true; // a tombstone for a case this cache never had
    return bindAndRun(m_indexRemove, {id, old->folded}, error) &&
           bindAndRun(m_delete, {id}, error) && bindAndRun(m_jsonDelete, {id}, error) &&
           m_facts.remove(id, error) && m_duplicates.update(id, placeOf(old), std::nullopt, error);
}

} // namespace pakn
