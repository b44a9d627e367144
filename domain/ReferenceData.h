#pragma once

// The reference data the administrator edits on the server and the server
// hands to every client: the working calendar (office hours, public holidays,
// make-up working days, each day named), the deadline rules, the fields
// (lĩnh vực), the reply templates and the weights of the units' ranking. `revision` grows with
// every change, so a client fetches the set again only when it changed. Both sides build their
// WorkflowRules from it, so a deadline computed offline matches the server's.

#include "DeadlineCalendar.h"
#include "RankingWeights.h"
#include "WorkflowRules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pakn {

struct NamedDay
{
    QDate date;
    QString name; // Vietnamese, e.g. "Tết Nguyên đán"
    friend bool operator==(const NamedDay &, const NamedDay &) = default;
};

struct FieldInfo
{
    QString code; // stable, stored on cases
    QString nameVi;
    QString nameEn;
    bool active = true; // inactive: old cases keep it, new routing may not use it
    friend bool operator==(const FieldInfo &, const FieldInfo &) = default;
};

// Placeholders in `body`: {reporter} {caseId} {address} {unit} {receivedDate} {deadline}.
struct ReplyTemplate
{
    qint64 id = 0;
    QString field; // empty: for every field
    QString title;
    QString body;
    friend bool operator==(const ReplyTemplate &, const ReplyTemplate &) = default;
};

struct ReferenceData
{
    qint64 revision = 0;
    QList<DeadlineCalendar::Period> periods; // office hours, in order, not overlapping
    QList<NamedDay> holidays;                // working days off, in date order
    QList<NamedDay> makeUpDays;              // weekend days worked, in date order
    DeadlineRules rules;
    QList<FieldInfo> fields;
    QList<ReplyTemplate> templates;
    RankingWeights ranking; // the units' ranking (docs/METRICS.md)

    DeadlineCalendar calendar() const;
    WorkflowRules workflowRules() const;
    QStringList activeFieldCodes() const;
    const FieldInfo *field(const QString &code) const;
    const ReplyTemplate *replyTemplate(qint64 id) const;
    // The templates for a case of `field`: its own first, then the general ones.
    QList<ReplyTemplate> templatesFor(const QString &field) const;
    // One canonical order (days by date, periods by time, rules by field and
    // urgency), so that equal sets compare equal wherever they came from.
    void normalize();

    // The shipped defaults: Vietnam's 2024–2026 holidays, the DOMAIN.md deadline
    // rules, the case fields and a few templates (a JSON resource, revision 0).
    static ReferenceData defaults();

    friend bool operator==(const ReferenceData &, const ReferenceData &) = default;
};

// Why `data` cannot be used (overlapping hours, a day both off and worked, a
// rule for an unknown field, a missing general rule …), or empty when it can.
QString validationError(const ReferenceData &data);

// A template's body with the case's values filled in (dates in Vietnam time).
QString fillReplyTemplate(const ReplyTemplate &t, const Case &c);

} // namespace pakn
