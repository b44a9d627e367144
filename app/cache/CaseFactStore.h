#pragma once

// The cached cases' facts (domain/CaseFacts.h) in the case_facts table: a
// case's facts are replaced whenever its history changes, and read back by
// time range — all of them, those of some units, or one officer's, or only
// those no day group holds — each read an index range scan, so a dashboard
// over a million cached cases reads a period's facts and nothing else. Each
// fact says whether day groups count it (countsInGroups); a replace that
// changes the grouped facts of a day marks that day's groups stale for
// FactDayStore. Writes join the caller's transaction. Statements are
// prepared once per store (a bulk sync writes facts for a million cases).

#include "domain/CaseFacts.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace pakn {

// A case_facts row's columns (its place in the history, seq, first), and the
// rows of a case's facts in that order (the first sync stages them: StagedFacts).
QString caseFactColumns();
QList<QVariantList> caseFactRows(CaseId caseId, const QList<CaseFact> &facts);

// Which facts a figures read needs.
struct FactSelection
{
    QDateTime from; // facts with from <= at < to
    QDateTime to;
    QDateTime openDueBefore; // plus Open facts whose due < this (overdue now), whenever they began
    QSet<UnitId> units;      // empty: every unit; else only facts in these units
    UserId officerId = 0;    // 0: every officer
    // With the days' groups (FactDayStore): of [from, to) only the facts no
    // group holds, plus every fact of `wholeDays` (days whose groups are stale).
    bool looseOnly = false;
    QList<QDate> wholeDays;
};

class CaseFactStore
{
public:
    explicit CaseFactStore(const QSqlDatabase &db);

    // Stores `facts` as the case's facts, dropping those it had.
    bool replace(CaseId caseId, const QList<CaseFact> &facts, QString *error);
    bool remove(CaseId caseId, QString *error);
    bool clear(QString *error);

    // The selected facts, in no particular order; nullopt with `error` when the read fails.
    std::optional<QList<CaseFact>> read(const FactSelection &selection, QString *error) const;
    // The SQL read() runs for `selection` (its query plans are tested).
    static QStringList readStatements(const FactSelection &selection);
    // The facts of Vietnam's `day` that day groups count (FactDayStore's rebuild).
    std::optional<QList<CaseFact>> readGrouped(QDate day, QString *error) const;

private:
    bool prepare(QString *error);
    // Each statement with the values it is run with.
    using Reads = QList<std::pair<QString, QList<qint64>>>;
    std::optional<QList<CaseFact>> run(const Reads &reads, const QSet<UnitId> &units,
                                       QString *error) const;

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
    QSqlQuery m_select;
    QSqlQuery m_stale;
};

} // namespace pakn
