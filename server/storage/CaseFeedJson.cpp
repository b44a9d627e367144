#include "storage/CaseFeedJson.h"

#include "http/CaseJsonWriter.h"
#include "storage/CaseRepository.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

QByteArray CaseFeedJson::of(const Case &c)
{
    JsonWriter w;
    writeCase(w, c);
    return w.take();
}

std::optional<QHash<CaseId, QByteArray>> CaseFeedJson::build(const QList<CaseId> &ids)
{
    clearError();
    QHash<CaseId, QByteArray> out;
    if (ids.size() == 1) { // one action's case: find() keeps its statements prepared
        const auto c = m_cases.find(ids.constFirst());
        if (c)
            out.insert(c->id, of(*c));
        else if (m_cases.failed())
            setError(m_cases.lastError());
        return failed() ? std::nullopt : std::optional(out);
    }
    const auto readFailed = [this] {
        if (m_cases.failed())
            setError(m_cases.lastError());
        return failed();
    };
    QList<Case> cases = m_cases.withoutHistory(ids);
    if (readFailed())
        return std::nullopt;
    QHash<CaseId, QList<CaseEvent>> histories = m_cases.histories(ids);
    if (readFailed())
        return std::nullopt;
    QHash<CaseId, QList<Attachment>> attachments = m_cases.attachments(ids);
    if (readFailed())
        return std::nullopt;
    out.reserve(cases.size());
    for (Case &c : cases) {
        c.history = histories.take(c.id);
        c.attachments = attachments.take(c.id);
        out.insert(c.id, of(c));
    }
    return out;
}

std::optional<CaseFeedJson::Stored> CaseFeedJson::stored(CaseId id)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("SELECT unit_id, CASE WHEN feed_json_seq = seq THEN "
                                            "feed_json END FROM cases WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q))
        return std::nullopt;
    std::optional<Stored> found;
    if (q->next())
        found = Stored{q->value(0).toLongLong(), q->value(1).toByteArray()};
    q->finish();
    return found;
}

bool CaseFeedJson::rewrite(const QList<CaseId> &ids)
{
    const auto built = build(ids);
    if (!built)
        return false;
    for (auto it = built->cbegin(); it != built->cend(); ++it)
        if (!store(it.key(), it.value()))
            return false;
    return true;
}

bool CaseFeedJson::store(CaseId id, const QByteArray &json)
{
    QSqlQuery *q = statement(
        QStringLiteral("UPDATE cases SET feed_json = ?, feed_json_seq = seq WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, json);
    q->bindValue(1, id);
    return exec(*q);
}

bool CaseFeedJson::refillStale(int batchSize, qint64 *done)
{
    *done = 0;
    CaseId after = 0;
    for (;;) {
        TransactionGuard transaction(m_db);
        if (!transaction.isActive()) {
            setError(transaction.errorText());
            return false;
        }
        QSqlQuery *q = statement(QStringLiteral(
            "SELECT id FROM cases WHERE id > ? AND (feed_json_seq IS NULL OR feed_json_seq <> seq) "
            "ORDER BY id LIMIT ?"));
        if (!q)
            return false;
        q->bindValue(0, after);
        q->bindValue(1, batchSize);
        if (!exec(*q))
            return false;
        QList<CaseId> ids;
        while (q->next())
            ids.append(q->value(0).toLongLong());
        q->finish();
        if (ids.isEmpty())
            return true;
        if (!rewrite(ids) || !transaction.commit()) {
            if (!failed())
                setError(transaction.errorText());
            return false;
        }
        *done += ids.size();
        after = ids.constLast();
    }
}

} // namespace pakn::server
