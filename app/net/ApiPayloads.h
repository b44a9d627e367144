#pragma once

// Strict decoding of the server's answers (docs/API.md) into domain values.
// A malformed answer gives nullopt and a message naming the problem; nothing
// half-decoded reaches the cache.

#include "cache/CaseStore.h"
#include "domain/Case.h"
#include "domain/FiguresReport.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace pakn {

std::optional<QList<Unit>> unitsFromAnswer(const QJsonObject &body, QString *error);
std::optional<QList<Account>> accountsFromAnswer(const QJsonObject &body, QString *error);
// {"case": Case}, as the case and action endpoints (and a 409 conflict) answer.
std::optional<Case> caseFromAnswer(const QJsonObject &body, QString *error);
// {"changes": [{"seq", "case"|"removed"}], "cursor", "more"}; each case's
// JSON to cache (FeedChange::asSent) encoded again from `body`.
std::optional<FeedPage> feedPageFromAnswer(const QJsonObject &body, QString *error);
// The same from the answer's bytes, each case's JSON the bytes the server
// sent for it (FeedCaseBytes), not encoded again.
std::optional<FeedPage> feedPageFromBytes(const QByteArray &bytes, QString *error);

// GET /figures/cases: {"cases": [ReportCase], "truncated": bool}
struct FigureCaseList
{
    QList<ReportCase> cases;
    bool truncated = false; // the server listed the first 50,000 only
};
std::optional<FigureCaseList> figureCasesFromAnswer(const QJsonObject &body, QString *error);
// The query of GET /figures and /figures/cases for `request` (and `measure`).
QUrlQuery figuresQuery(const FiguresRequest &request, std::optional<Measure> measure = {});

} // namespace pakn
