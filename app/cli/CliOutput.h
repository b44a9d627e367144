#pragma once

// How the CLI prints: plain text for people, or JSON (--json) for scripts.
// Errors always go to standard error.

#include "cache/CaseStore.h"
#include "domain/Case.h"

#include <QJsonValue>
#include <QList>

namespace pakn {

struct CaseRow;
struct OutboxEntry;

class CliOutput
{
public:
    explicit CliOutput(bool json) : m_json(json) {}
    bool json() const { return m_json; }

    void rows(const QList<CaseRow> &rows, int total) const;
    // The case, with its deadlines' state and the actions the user may take now.
    void caseDetail(const Case &c, const QList<CaseAction> &allowed) const;
    // Reply texts the server did not take, kept locally (`pakn drafts`).
    void drafts(const QList<CaseStore::LocalDraft> &drafts) const;
    void outbox(const QList<OutboxEntry> &entries) const;
    void message(const QString &text, const QJsonObject &asJson) const;
    void error(const QString &text) const;
    // The error of a command that needs a session when there is none.
    void notLoggedIn() const;
    void notice(const QString &text) const; // to stderr, like an error, but not one

private:
    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    bool m_json;
};

} // namespace pakn
