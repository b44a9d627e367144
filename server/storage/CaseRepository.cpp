#include "storage/CaseRepository.h"

#include "domain/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pakn::server {

namespace {

CaseEvent readEvent(const QSqlQuery &q)
{
    // Column 1 is case_id, read by the caller.
    CaseEvent e;
    e.id = q.value(0).toLongLong();
    e.at = fromDbTime(q.value(2));
    e.actorId = q.value(3).toLongLong();
    e.actorName = q.value(4).toString();
    e.action = q.value(5).toString();
    e.detail = q.value(6).toString();
    e.client = q.value(7).toString();
    e.data = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    return e;
}

const QString eventColumns = QStringLiteral("SELECT id, case_id, at, actor_id, actor_name, "
                                            "action, detail, client, data FROM case_events ");

QString eventData(const CaseEvent &e)
{
    if (e.data.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
}

// Extensions are few per case and always read with it: one JSON array column.
QString extensionsText(const QList<ExtensionRequest> &extensions)
{
    if (extensions.isEmpty())
        return QStringLiteral("");
    QJsonArray a;
    for (const ExtensionRequest &x : extensions)
        a.append(toJson(x));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ExtensionRequest> extensionsFromText(const QVariant &v)
{
    QList<ExtensionRequest> out;
    for (const QJsonValue &x : QJsonDocument::fromJson(v.toByteArray()).array())
        if (auto request = extensionRequestFromJson(x.toObject()))
            out.append(*request);
    return out;
}

// The mutable columns, in the order bindCaseColumns() binds them.
const QString caseColumns = QStringLiteral(
    "version, seq, title, description, reporter_name, reporter_phone, channel, received_at, "
    "field, urgency, address, latitude, longitude, unit_id, assignee_id, status, "
    "accept_deadline, answer_deadline, reply_draft, reply_published, answered_at, updated_at, "
    "accepted_at, rating, rated_at, merged_into, reopen_count, closed_at, extensions");
constexpr int caseColumnCount = 29;

void bindCaseColumns(QSqlQuery &q, const Case &c, qint64 seq)
{
    const QVariantList values = {
        c.version,
        seq,
        toDbText(c.title),
        toDbText(c.description),
        toDbText(c.reporterName),
        toDbText(c.reporterPhone),
        toCode(c.channel),
        toDbTime(c.receivedAt),
        toDbText(c.field),
        toCode(c.urgency),
        toDbText(c.address),
        optionalNumber(c.latitude),
        optionalNumber(c.longitude),
        c.unitId,
        c.assigneeId,
        toCode(c.status),
        toDbTime(c.acceptDeadline),
        toDbTime(c.answerDeadline),
        toDbText(c.replyDraft),
        toDbText(c.replyPublished),
        toDbTime(c.answeredAt),
        toDbTime(c.updatedAt),
        toDbTime(c.acceptedAt),
        c.rating ? toCode(*c.rating) : QStringLiteral(""),
        toDbTime(c.ratedAt),
        c.mergedIntoId,
        c.reopenCount,
        toDbTime(c.closedAt),
        extensionsText(c.extensions),
    };
    Q_ASSERT(values.size() == caseColumnCount);
    for (int i = 0; i < caseColumnCount; ++i)
        q.bindValue(i, values.at(i));
}

} // namespace

QString CaseRepository::selectCases()
{
    return QStringLiteral(
        "SELECT c.id, c.version, c.seq, c.title, c.description, c.reporter_name, "
        "c.reporter_phone, c.channel, c.received_at, c.field, c.urgency, c.address, "
        "c.latitude, c.longitude, c.unit_id, COALESCE(u.name, ''), c.assignee_id, "
        "COALESCE(a.display_name, ''), c.status, c.accept_deadline, c.answer_deadline, "
        "c.reply_draft, c.reply_published, c.answered_at, c.updated_at, c.accepted_at, "
        "c.rating, c.rated_at, c.merged_into, c.reopen_count, c.closed_at, c.extensions "
        "FROM cases c LEFT JOIN units u ON u.id = c.unit_id "
        "LEFT JOIN accounts a ON a.id = c.assignee_id ");
}

Case CaseRepository::readCase(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toLongLong();
    c.title = q.value(3).toString();
    c.description = q.value(4).toString();
    c.reporterName = q.value(5).toString();
    c.reporterPhone = q.value(6).toString();
    c.channel = channelFromCode(q.value(7).toString()).value_or(Channel::Web);
    c.receivedAt = fromDbTime(q.value(8));
    c.field = q.value(9).toString();
    c.urgency = urgencyFromCode(q.value(10).toString()).value_or(Urgency::Normal);
    c.address = q.value(11).toString();
    c.latitude = readOptionalNumber(q.value(12));
    c.longitude = readOptionalNumber(q.value(13));
    c.unitId = q.value(14).toLongLong();
    c.unitName = q.value(15).toString();
    c.assigneeId = q.value(16).toLongLong();
    c.assigneeName = q.value(17).toString();
    c.status = caseStatusFromCode(q.value(18).toString()).value_or(CaseStatus::New);
    c.acceptDeadline = fromDbTime(q.value(19));
    c.answerDeadline = fromDbTime(q.value(20));
    c.replyDraft = q.value(21).toString();
    c.replyPublished = q.value(22).toString();
    c.answeredAt = fromDbTime(q.value(23));
    c.updatedAt = fromDbTime(q.value(24));
    c.acceptedAt = fromDbTime(q.value(25));
    c.rating = ratingFromCode(q.value(26).toString());
    c.ratedAt = fromDbTime(q.value(27));
    c.mergedIntoId = q.value(28).toLongLong();
    c.reopenCount = q.value(29).toInt();
    c.closedAt = fromDbTime(q.value(30));
    c.extensions = extensionsFromText(q.value(31));
    return c;
}

qint64 CaseRepository::readSeq(const QSqlQuery &q)
{
    return q.value(2).toLongLong();
}

std::optional<Case> CaseRepository::find(CaseId id, bool withHistory)
{
    clearError();
    QSqlQuery *q = statement(selectCases() + QStringLiteral("WHERE c.id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q))
        return std::nullopt;
    std::optional<Case> found;
    if (q->next())
        found = readCase(*q);
    q->finish();
    if (found && withHistory) {
        QSqlQuery *h = statement(eventColumns + QStringLiteral("WHERE case_id = ? ORDER BY id"));
        if (!h)
            return std::nullopt;
        h->bindValue(0, id);
        if (!exec(*h))
            return std::nullopt;
        while (h->next())
            found->history.append(readEvent(*h));
        h->finish();
    }
    if (found) {
        const auto attachments = m_attachments.current({id});
        if (m_attachments.failed()) {
            setError(m_attachments.lastError());
            return std::nullopt;
        }
        found->attachments = attachments.value(id);
    }
    return found;
}

QList<Case> CaseRepository::pageWithHistory(CaseId after, int limit)
{
    clearError();
    QList<Case> out;
    QSqlQuery *q =
        statement(selectCases() + QStringLiteral("WHERE c.id > ? ORDER BY c.id LIMIT ?"));
    if (!q)
        return out;
    q->bindValue(0, after);
    q->bindValue(1, limit);
    if (!exec(*q))
        return out;
    QList<CaseId> ids;
    while (q->next()) {
        out.append(readCase(*q));
        ids.append(out.last().id);
    }
    q->finish();
    auto events = histories(ids);
    if (failed())
        return {};
    for (Case &c : out)
        c.history = events.take(c.id);
    return out;
}

QList<Case> CaseRepository::withoutHistory(const QList<CaseId> &ids)
{
    clearError();
    QList<Case> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db);
    if (!execWithIds(q,
                     selectCases() + QStringLiteral("WHERE c.id IN (") + placeholders(ids.size()) +
                         QStringLiteral(") ORDER BY c.id"),
                     ids))
        return out;
    out.reserve(ids.size());
    while (q.next())
        out.append(readCase(q));
    return out;
}

QHash<CaseId, QList<CaseEvent>> CaseRepository::histories(const QList<CaseId> &ids)
{
    clearError();
    QHash<CaseId, QList<CaseEvent>> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db);
    if (!execWithIds(q,
                     eventColumns + QStringLiteral("WHERE case_id IN (") +
                         placeholders(ids.size()) + QStringLiteral(") ORDER BY case_id, id"),
                     ids))
        return out;
    out.reserve(ids.size());
    while (q.next())
        out[q.value(1).toLongLong()].append(readEvent(q));
    return out;
}

QHash<CaseId, QList<Attachment>> CaseRepository::attachments(const QList<CaseId> &ids)
{
    clearError();
    auto out = m_attachments.current(ids);
    if (m_attachments.failed())
        setError(m_attachments.lastError());
    return out;
}

bool CaseRepository::insert(Case &c, qint64 seq)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("INSERT INTO cases (") + caseColumns +
                             QStringLiteral(") VALUES (") + placeholders(caseColumnCount) +
                             QStringLiteral(") RETURNING id"));
    if (!q)
        return false;
    bindCaseColumns(*q, c, seq);
    const auto id = execReturningId(*q);
    if (!id)
        return false;
    c.id = *id;
    for (const Attachment &a : std::as_const(c.attachments))
        if (!m_attachments.insert(c.id, a)) {
            setError(m_attachments.lastError());
            return false;
        }
    return appendEvents(c.id, c.history.begin(), c.history.end()) && rewriteFacts(c);
}

bool CaseRepository::rewriteFacts(const Case &c)
{
    if (m_facts.rewrite(c))
        return true;
    setError(m_facts.lastError());
    return false;
}

bool CaseRepository::update(const Case &c, qint64 seq, Facts facts)
{
    clearError();
    static const QString sql = []() -> QString {
        QStringList assignments;
        for (const QString &column : caseColumns.split(QStringLiteral(", ")))
            assignments.append(column + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE cases SET ") + assignments.join(QStringLiteral(", ")) +
               QStringLiteral(" WHERE id = ? AND version = ?");
    }();
    QSqlQuery *q = statement(sql);
    if (!q)
        return false;
    bindCaseColumns(*q, c, seq);
    q->bindValue(caseColumnCount, c.id);
    // Every write is one version on from the one its writer read. Servers
    // sharing PostgreSQL read before they queue at the feed counter, so the
    // second of two writers of one case finds a newer version here and fails
    // (its transaction rolls back) instead of overwriting the first's change.
    q->bindValue(caseColumnCount + 1, c.version - 1);
    if (!exec(*q))
        return false;
    if (q->numRowsAffected() != 1) {
        setError(QStringLiteral("case %1 does not exist or changed meanwhile").arg(c.id));
        return false;
    }
    return facts == Facts::Unchanged || rewriteFacts(c);
}

bool CaseRepository::appendEvents(CaseId id, QList<CaseEvent>::iterator begin,
                                  QList<CaseEvent>::iterator end)
{
    if (!insertEvents(id, begin, end))
        return false;
    if (m_feedJson.rewrite({id}))
        return true;
    setError(m_feedJson.lastError());
    return false;
}

bool CaseRepository::appendEventsOf(Case &c, qsizetype count, QByteArray *json)
{
    if (!insertEvents(c.id, c.history.end() - count, c.history.end()))
        return false;
    *json = CaseFeedJson::of(c);
    if (m_feedJson.store(c.id, *json))
        return true;
    setError(m_feedJson.lastError());
    return false;
}

bool CaseRepository::insertEvents(CaseId id, QList<CaseEvent>::iterator begin,
                                  QList<CaseEvent>::iterator end)
{
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO case_events (case_id, at, actor_id, actor_name, action, detail, client, "
        "data) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return false;
    for (auto it = begin; it != end; ++it) {
        q->bindValue(0, id);
        q->bindValue(1, toDbTime(it->at));
        q->bindValue(2, it->actorId);
        q->bindValue(3, toDbText(it->actorName));
        q->bindValue(4, toDbText(it->action));
        q->bindValue(5, toDbText(it->detail));
        q->bindValue(6, toDbText(it->client));
        q->bindValue(7, eventData(*it));
        const auto eventId = execReturningId(*q);
        if (!eventId)
            return false;
        it->id = *eventId;
    }
    return true;
}

QList<CaseId> CaseRepository::ids(const QString &sql, const QVariant &value)
{
    clearError();
    QList<CaseId> ids;
    QSqlQuery *q = statement(sql);
    if (!q)
        return ids;
    q->bindValue(0, value);
    if (!exec(*q))
        return ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

QList<CaseId> CaseRepository::answeredUnratedBefore(const QDateTime &cutoff)
{
    return ids(QStringLiteral("SELECT id FROM cases WHERE status = 'answered' AND rating = '' "
                              "AND answered_at < ? ORDER BY answered_at LIMIT 500"),
               toDbTime(cutoff));
}

QList<CaseId> CaseRepository::idsInUnit(UnitId unit)
{
    return ids(QStringLiteral("SELECT id FROM cases WHERE unit_id = ? ORDER BY id"), unit);
}

} // namespace pakn::server
