#include "storage/AttachmentRepository.h"

namespace pakn::server {

namespace {

const QString columns = QStringLiteral(
    "SELECT id, case_id, purpose, file_name, content_type, size, sha256, width, height, "
    "uploaded_at, uploaded_by, uploaded_by_name, removed_at FROM attachments ");

StoredAttachment readAttachment(const QSqlQuery &q)
{
    StoredAttachment s;
    Attachment &a = s.attachment;
    a.id = q.value(0).toString();
    s.caseId = q.value(1).toLongLong();
    a.purpose =
        attachmentPurposeFromCode(q.value(2).toString()).value_or(Attachment::Purpose::Report);
    a.fileName = q.value(3).toString();
    a.contentType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.width = q.value(7).toInt();
    a.height = q.value(8).toInt();
    a.uploadedAt = fromDbTime(q.value(9));
    a.uploadedById = q.value(10).toLongLong();
    a.uploadedByName = q.value(11).toString();
    s.removed = !q.value(12).isNull();
    return s;
}

} // namespace

std::optional<StoredAttachment> AttachmentRepository::find(const QString &id)
{
    clearError();
    QSqlQuery *q = statement(columns + QStringLiteral("WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q))
        return std::nullopt;
    std::optional<StoredAttachment> found;
    if (q->next())
        found = readAttachment(*q);
    q->finish();
    return found;
}

QHash<CaseId, QList<Attachment>> AttachmentRepository::current(const QList<CaseId> &ids)
{
    clearError();
    QHash<CaseId, QList<Attachment>> out;
    if (ids.isEmpty())
        return out;
    const auto read = [&out](QSqlQuery &q) {
        while (q.next()) {
            StoredAttachment s = readAttachment(q);
            out[s.caseId].append(std::move(s.attachment));
        }
    };
    if (ids.size() == 1) { // one case (every action reads its case's): kept prepared
        QSqlQuery *q = statement(
            columns + QStringLiteral("WHERE case_id = ? AND removed_at IS NULL ORDER BY ordinal"));
        if (!q)
            return out;
        q->bindValue(0, ids.constFirst());
        if (!exec(*q))
            return out;
        read(*q);
        q->finish();
        return out;
    }
    QSqlQuery q(m_db);
    if (!execWithIds(q,
                     columns + QStringLiteral("WHERE case_id IN (") + placeholders(ids.size()) +
                         QStringLiteral(") AND removed_at IS NULL ORDER BY case_id, ordinal"),
                     ids))
        return out;
    read(q);
    return out;
}

std::optional<int> AttachmentRepository::countCurrent(CaseId id)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral(
        "SELECT COUNT(*) FROM attachments WHERE case_id = ? AND removed_at IS NULL"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!exec(*q) || !q->next())
        return std::nullopt;
    const int count = q->value(0).toInt();
    q->finish();
    return count;
}

bool AttachmentRepository::insert(CaseId id, const Attachment &a)
{
    clearError();
    // The writer holds the feed's lock (ChangeFeed::take), so no other upload
    // to this case can take the same ordinal.
    QSqlQuery *q = statement(QStringLiteral(
        "INSERT INTO attachments (id, case_id, ordinal, purpose, file_name, content_type, size, "
        "sha256, width, height, uploaded_at, uploaded_by, uploaded_by_name) VALUES (?, ?, "
        "(SELECT COUNT(*) + 1 FROM attachments WHERE case_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    const QVariantList values = {a.id,
                                 id,
                                 id,
                                 toCode(a.purpose),
                                 toDbText(a.fileName),
                                 toDbText(a.contentType),
                                 a.size,
                                 toDbText(a.sha256),
                                 a.width,
                                 a.height,
                                 toDbTime(a.uploadedAt),
                                 a.uploadedById,
                                 toDbText(a.uploadedByName)};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    return exec(*q);
}

bool AttachmentRepository::markRemoved(const QString &id, UserId by, const QDateTime &at)
{
    clearError();
    QSqlQuery *q = statement(QStringLiteral("UPDATE attachments SET removed_at = ?, removed_by = ? "
                                            "WHERE id = ? AND removed_at IS NULL"));
    if (!q)
        return false;
    q->bindValue(0, toDbTime(at));
    q->bindValue(1, by);
    q->bindValue(2, id);
    if (!exec(*q))
        return false;
    if (q->numRowsAffected() != 1) {
        setError(QStringLiteral("attachment %1 is not on its case").arg(id));
        return false;
    }
    return true;
}

} // namespace pakn::server
