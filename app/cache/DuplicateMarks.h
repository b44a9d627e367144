#pragma once

// Keeps the cache's possible-duplicate marks (cases.possible_dup) true as
// cases are written: an open case is a possible duplicate when another open
// case with the same duplicate key (field + folded address, see
// duplicateKeyOf) was received within 30 days of it. Marks are kept at write
// time, probing only the few cases that share a key, so that the queue is a
// plain index range however many cases are cached. Internal to CaseWriter;
// runs inside its transaction.

#include "domain/Case.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pakn {

class DuplicateMarks
{
public:
    static constexpr qint64 kWindowMs = qint64(30) * 24 * 3600 * 1000;

    // Where a case stood for the rule: its key ("" for none) and when it was received.
    struct Place
    {
        QString key;
        qint64 receivedAt = 0;
    };

    explicit DuplicateMarks(const QSqlDatabase &db);

    // After case `id` was written (or removed: `now` empty) having been at
    // `before` (empty when new): re-marks it and the cases it was or is near.
    bool update(CaseId id, const std::optional<Place> &before, const std::optional<Place> &now,
                QString *error);
    // Marks every cached case by the rule at once (after a first sync, which
    // writes its cases without marks).
    bool remarkAll(QString *error);

private:
    bool prepare(QString *error);
    bool remark(CaseId id, QString *error);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_near;
    QSqlQuery m_remark;
};

} // namespace pakn
