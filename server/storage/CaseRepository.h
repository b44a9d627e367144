#pragma once

// Cases and their append-only history in storage, with the attachments each
// case has now. Unit and assignee names are read through joins, so renaming a
// unit or a person shows everywhere.
// Transactions belong to the caller: one action is several calls here.
// Writing a case also rewrites its facts (CaseFactRepository) in the same
// transaction, so the figures never see a case without its facts, and
// appendEvents its feed JSON (CaseFeedJson).

#include "domain/Case.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseFactRepository.h"
#include "storage/CaseFeedJson.h"
#include "storage/Repository.h"

#include <QHash>
#include <optional>

namespace pakn::server {

class CaseRepository : public Repository
{
public:
    explicit CaseRepository(QSqlDatabase db)
        : Repository(db), m_attachments(db), m_facts(db), m_feedJson(db, *this)
    {}

    // The SELECT list and joins that readCase() understands; callers add WHERE/ORDER.
    static QString selectCases();
    static Case readCase(const QSqlQuery &q);
    static qint64 readSeq(const QSqlQuery &q);

    std::optional<Case> find(CaseId id, bool withHistory = true);
    // The ids of every case of a unit, whatever their status, in id order.
    QList<CaseId> idsInUnit(UnitId unit);
    // Answered cases without a rating, answered before `cutoff` (at most 500, oldest first).
    QList<CaseId> answeredUnratedBefore(const QDateTime &cutoff);
    // At most `limit` cases with id > `after`, in id order, with their histories
    // (without attachments).
    QList<Case> pageWithHistory(CaseId after, int limit);
    // The cases of `ids` without histories or attachments, in id order.
    QList<Case> withoutHistory(const QList<CaseId> &ids);
    // The histories of several cases with one query, each in event order.
    QHash<CaseId, QList<CaseEvent>> histories(const QList<CaseId> &ids);
    // The current attachments of several cases with one query (see AttachmentRepository).
    QHash<CaseId, QList<Attachment>> attachments(const QList<CaseId> &ids);

    // Inserts a new case (its id is assigned here) with every event of its
    // history and its attachments (whose files must already be stored).
    bool insert(Case &c, qint64 seq);
    // Writes every field of an existing case, its version and its latest seq,
    // if the stored version is still c.version - 1 (false otherwise: another
    // writer came first). `c` carries its whole history, the events not
    // appended yet included: its facts are rewritten from it, unless the
    // writer knows they are what they were (caseFactsOf before and after the
    // change are equal: a note, a reveal), which saves a delete and an insert
    // per fact with their indexes.
    enum class Facts
    {
        Rewrite,
        Unchanged
    };
    bool update(const Case &c, qint64 seq, Facts facts = Facts::Rewrite);
    // Appends events (ids assigned here). Events are never updated or deleted.
    // Ends every change of a case: the case's feed JSON is rewritten from its
    // rows here, so its row, attachments and other events must be written first.
    bool appendEvents(CaseId id, QList<CaseEvent>::iterator begin, QList<CaseEvent>::iterator end);
    // The same for the last `count` events of `c`'s history, with the feed
    // JSON written from `c` itself instead of read back from the rows: for a
    // writer whose `c` is the case exactly as it now stands in storage (read
    // in this transaction, then changed and stored whole by update(), names
    // and attachments included). Gives those bytes in `json`.
    bool appendEventsOf(Case &c, qsizetype count, QByteArray *json);
    CaseFeedJson &feedJson() { return m_feedJson; }

private:
    // The ids a one-parameter SELECT of case ids gives.
    QList<CaseId> ids(const QString &sql, const QVariant &value);

    bool rewriteFacts(const Case &c);
    // Inserts the events (ids assigned here), without the feed JSON.
    bool insertEvents(CaseId id, QList<CaseEvent>::iterator begin, QList<CaseEvent>::iterator end);

    AttachmentRepository m_attachments;
    CaseFactRepository m_facts;
    CaseFeedJson m_feedJson;
};

} // namespace pakn::server
