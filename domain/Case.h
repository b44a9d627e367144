#pragma once

// Value types shared by the server and the client: a case with its history,
// the units it moves between and the staff who work on it.

#include "Attachment.h"
#include "CaseTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

using CaseId = qint64;
using UnitId = qint64;
using UserId = qint64;

struct Unit
{
    UnitId id = 0;
    UnitId parentId = 0; // 0 for the root (the city)
    QString name;
    QString kind; // city, department, district, ward, company, centre
    friend bool operator==(const Unit &, const Unit &) = default;
};

struct Account
{
    UserId id = 0;
    QString login;
    QString displayName;
    Role role = Role::Officer;
    UnitId unitId = 0;
    friend bool operator==(const Account &, const Account &) = default;
};

// Who performs an action: enough for the workflow rules to decide.
struct Actor
{
    UserId userId = 0;
    Role role = Role::Officer;
    UnitId unitId = 0;
    QString displayName;
};

// One entry of a case's append-only history.
struct CaseEvent
{
    qint64 id = 0;
    QDateTime at; // server time, UTC
    UserId actorId = 0;
    QString actorName;
    QString action; // an action code, or "received"
    QString detail; // reason, comment, note text, or what changed in words
    QString client; // which client sent it ("pakn-desk 0.1.0", "pakn", "open311")
    QJsonObject data; // what changed, as values: {"unitId": 7}, {"deadline": "…"}, {"rating": "…"}
    friend bool operator==(const CaseEvent &, const CaseEvent &) = default;
};

// A request to move the answer deadline, and the leader's decision on it.
struct ExtensionRequest
{
    enum class Decision
    {
        Pending,
        Granted,
        Denied
    };
    QDateTime requestedAt;
    UserId requestedById = 0;
    QString requestedByName;
    QString reason;
    QDateTime proposedDeadline;
    QDateTime previousDeadline; // the answer deadline when it was asked for
    Decision decision = Decision::Pending;
    QDateTime decidedAt;
    UserId decidedById = 0;
    QString decidedByName;
    QString comment;           // why it was denied, or the leader's remark
    QDateTime grantedDeadline; // the new answer deadline when granted
    friend bool operator==(const ExtensionRequest &, const ExtensionRequest &) = default;
};

QString toCode(ExtensionRequest::Decision d);
std::optional<ExtensionRequest::Decision> extensionDecisionFromCode(const QString &code);

struct Case
{
    CaseId id = 0;
    qint64 version = 0; // bumped by every accepted change
    QString title;
    QString description;
    QString reporterName; // empty when anonymous
    QString reporterPhone;
    Channel channel = Channel::Web;
    QDateTime receivedAt;
    QString field = QStringLiteral("other");
    Urgency urgency = Urgency::Normal;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    UnitId unitId = 0;
    QString unitName;
    UserId assigneeId = 0;
    QString assigneeName;
    CaseStatus status = CaseStatus::New;
    QDateTime acceptDeadline;
    QDateTime answerDeadline;
    QString replyDraft;     // the latest draft or submitted reply, not yet published
    QString replyPublished; // the approved reply the citizen sees
    QDateTime answeredAt;
    QDateTime acceptedAt; // when the unit accepted it (the acceptance deadline is met or not)
    QList<ExtensionRequest> extensions; // oldest first; at most the last one is pending
    std::optional<Rating> rating;       // the citizen's rating of the current answer
    QDateTime ratedAt;
    CaseId mergedIntoId = 0; // for a merged duplicate: the case that carries on
    int reopenCount = 0;
    QDateTime closedAt;
    QList<Attachment> attachments; // in upload order; the evidence ones go with the reply
    QDateTime updatedAt;
    QList<CaseEvent> history;
    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace pakn
