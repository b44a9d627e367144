#pragma once

// How the CLI prints: plain text for people, or JSON (--json) for scripts.
// Errors always go to standard error.

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
    void caseDetail(const Case &c) const;
    void outbox(const QList<OutboxEntry> &entries) const;
    void message(const QString &text, const QJsonObject &asJson) const;
    void error(const QString &text) const;

private:
    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    bool m_json;
};

} // namespace pakn
