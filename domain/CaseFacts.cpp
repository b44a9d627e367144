#include "CaseFacts.h"

#include "JsonCodec.h"

#include <utility>

namespace pakn {

namespace {

const QList<std::pair<FactKind, QString>> &factCodes()
{
    static const QList<std::pair<FactKind, QString>> rows = {
        {FactKind::Received, QStringLiteral("received")},
        {FactKind::Arrived, QStringLiteral("arrived")},
        {FactKind::Accepted, QStringLiteral("accepted")},
        {FactKind::Assigned, QStringLiteral("assigned")},
        {FactKind::Answered, QStringLiteral("answered")},
        {FactKind::Refused, QStringLiteral("refused")},
        {FactKind::Returned, QStringLiteral("returned")},
        {FactKind::Transferred, QStringLiteral("transferred")},
        {FactKind::Reopened, QStringLiteral("reopened")},
        {FactKind::Rated, QStringLiteral("rated")},
        {FactKind::Open, QStringLiteral("open")},
    };
    return rows;
}

QDateTime timeData(const CaseEvent &e, const char *key)
{
    return fromIsoString(e.data.value(QLatin1String(key)).toString());
}

qint64 idData(const CaseEvent &e, const char *key)
{
    return e.data.value(QLatin1String(key)).toInteger();
}

std::optional<CaseAction> actionOf(const CaseEvent &e)
{
    return caseActionFromCode(e.action);
}

bool movesUnit(CaseAction a)
{
    return a == CaseAction::Route || a == CaseAction::Transfer || a == CaseAction::Return;
}

// Where the case stood before its first recorded move: route starts from the
// coordinators, transfer and return name the unit they left; a case that never
// moved (a walk-in registered at a ward's desk) stayed where it is now.
UnitId initialUnit(const Case &c)
{
    for (const CaseEvent &e : c.history) {
        const auto a = actionOf(e);
        if (!a || !movesUnit(*a))
            continue;
        return *a == CaseAction::Route ? 0 : idData(e, "fromUnitId");
    }
    return c.unitId;
}

// The replay: the case's unit, officer and deadlines as each event leaves them.
class Replay
{
public:
    explicit Replay(const Case &c) : m_case(c), m_unit(initialUnit(c)) {}

    QList<CaseFact> run()
    {
        const qsizetype lastArrival = lastArrivalIndex();
        if (lastArrival < 0)
            m_acceptDeadline = m_case.acceptDeadline; // a history that starts after the arrival
        for (qsizetype i = 0; i < m_case.history.size(); ++i)
            step(m_case.history.at(i), i == lastArrival);
        addOpen();
        return m_facts;
    }

private:
    qsizetype lastArrivalIndex() const
    {
        for (qsizetype i = m_case.history.size() - 1; i >= 0; --i) {
            const auto a = actionOf(m_case.history.at(i));
            if (a == CaseAction::Route || a == CaseAction::Transfer)
                return i;
        }
        return -1;
    }

    CaseFact &add(FactKind kind, const QDateTime &at)
    {
        CaseFact f;
        f.caseId = m_case.id;
        f.kind = kind;
        f.at = at;
        f.unitId = m_unit;
        f.officerId = m_officer;
        f.field = m_case.field;
        m_facts.append(f);
        return m_facts.last();
    }

    void arrive(const CaseEvent &e, UnitId from, bool latest)
    {
        m_unit = idData(e, "unitId");
        m_officer = 0;
        m_arrivedAt = e.at;
        m_acceptDeadline = timeData(e, "acceptDeadline");
        // Histories written before route/transfer carried the deadline: only the
        // latest arrival's is known, from the case itself.
        if (!m_acceptDeadline.isValid() && latest)
            m_acceptDeadline = m_case.acceptDeadline;
        m_answerDeadline = {};
        m_answerStartedAt = {};
        add(FactKind::Arrived, e.at).otherUnitId = from;
    }

    void step(const CaseEvent &e, bool latestArrival)
    {
        if (e.action == QLatin1String("received")) {
            add(FactKind::Received, e.at.isValid() ? e.at : m_case.receivedAt);
            return;
        }
        const auto action = actionOf(e);
        if (!action)
            return;
        switch (*action) {
        case CaseAction::Route:
            arrive(e, 0, latestArrival);
            break;
        case CaseAction::Transfer: {
            const UnitId from = m_unit;
            add(FactKind::Transferred, e.at).otherUnitId = idData(e, "unitId");
            arrive(e, from, latestArrival);
            break;
        }
        case CaseAction::Return:
            add(FactKind::Returned, e.at);
            m_unit = 0;
            m_officer = 0;
            m_acceptDeadline = {};
            m_answerDeadline = {};
            break;
        case CaseAction::Refuse:
            add(FactKind::Refused, e.at);
            break;
        case CaseAction::Accept: {
            m_answerDeadline = timeData(e, "answerDeadline");
            CaseFact &f = add(FactKind::Accepted, e.at);
            f.startedAt = m_arrivedAt;
            f.due = m_acceptDeadline;
            m_answerStartedAt = e.at;
            break;
        }
        case CaseAction::Assign:
            m_officer = idData(e, "officerId");
            add(FactKind::Assigned, e.at);
            break;
        case CaseAction::GrantExtension:
            m_answerDeadline = timeData(e, "deadline");
            break;
        case CaseAction::Approve: {
            CaseFact &f = add(FactKind::Answered, e.at);
            f.startedAt = m_answerStartedAt;
            f.due = m_answerDeadline;
            break;
        }
        case CaseAction::Rate:
            add(FactKind::Rated, e.at).rating =
                ratingFromCode(e.data.value(QStringLiteral("rating")).toString());
            break;
        case CaseAction::Reopen:
            add(FactKind::Reopened, e.at);
            m_answerDeadline = timeData(e, "answerDeadline");
            m_answerStartedAt = e.at;
            break;
        default:
            break;
        }
    }

    void addOpen()
    {
        const CaseStatus s = m_case.status;
        if (s == CaseStatus::PendingAcceptance) {
            CaseFact &f = add(FactKind::Open, m_arrivedAt);
            f.due = m_case.acceptDeadline.isValid() ? m_case.acceptDeadline : m_acceptDeadline;
        } else if (s == CaseStatus::InProgress || s == CaseStatus::AwaitingApproval) {
            CaseFact &f = add(FactKind::Open,
                              m_answerStartedAt.isValid() ? m_answerStartedAt : m_case.acceptedAt);
            f.due = m_case.answerDeadline.isValid() ? m_case.answerDeadline : m_answerDeadline;
        }
    }

    const Case &m_case;
    QList<CaseFact> m_facts;
    UnitId m_unit = 0;
    UserId m_officer = 0;
    QDateTime m_arrivedAt;
    QDateTime m_acceptDeadline;
    QDateTime m_answerDeadline;
    QDateTime m_answerStartedAt;
};

} // namespace

QString toCode(FactKind k)
{
    for (const auto &[kind, code] : factCodes())
        if (kind == k)
            return code;
    return {};
}

std::optional<FactKind> factKindFromCode(const QString &code)
{
    for (const auto &[kind, c] : factCodes())
        if (c == code)
            return kind;
    return std::nullopt;
}

QList<CaseFact> caseFactsOf(const Case &c)
{
    return Replay(c).run();
}

} // namespace pakn
