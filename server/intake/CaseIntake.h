#pragma once

// A citizen's report becoming a case, whatever brought it: Open311 apps, the
// Zalo Official Account, or staff typing in a walk-in or hotline report. One
// set of checks (clear messages naming the field), then one transaction: the
// new case (status new, with the city's coordinators) with its "received"
// event, its attachments' rows, its facts and the next feed seq — so every
// synced desk sees it on its next feed page.

#include "domain/Case.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"

#include <functional>
#include <variant>

namespace pakn::server {

struct CitizenReport
{
    Channel channel = Channel::Web;
    QString title; // empty: the description's first words
    QString description;
    QString field; // a field code of the reference data in force; empty: "other"
    QString reporterName;
    QString reporterPhone;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QList<Attachment> attachments; // files already stored (AttachmentFiles)
};

// Why a report was not taken: the citizen's mistake (a 400 with `field` named) or ours (500).
struct IntakeFailure
{
    bool invalid = true;
    QString field; // the report's field at fault, e.g. "description"
    QString message;
};

class CaseIntake
{
public:
    static constexpr qsizetype maxDescription = 4000;
    static constexpr qsizetype maxTitle = 200;
    static constexpr qsizetype maxName = 100;
    static constexpr qsizetype maxAddress = 300;

    CaseIntake(CaseRepository &cases, ChangeFeed &feed, std::function<QDateTime()> clock);

    // The report's first problem, if any; `fields`: the active field codes.
    static std::optional<IntakeFailure> check(const CitizenReport &report,
                                              const QStringList &fields);

    // Written in the case's transaction once the case has its id (e.g. the
    // answer under an idempotency key); false rolls the case back.
    using AlsoWrite = std::function<bool(const Case &)>;

    // Stores the report as a new case, received by `receiver` (staff intake)
    // or, without one, by the channel itself. The stored case, or why not.
    std::variant<Case, IntakeFailure> receive(const CitizenReport &report,
                                              const QStringList &fields,
                                              const std::optional<Actor> &receiver = {},
                                              const AlsoWrite &alsoWrite = {});

    // The words of a case's "received" event for each channel (Vietnamese, stored in the history).
    static QString receivedWords(Channel channel);

private:
    CaseRepository &m_cases;
    ChangeFeed &m_feed;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
