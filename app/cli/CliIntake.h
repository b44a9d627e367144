#pragma once

// `pakn intake --channel hotline|walk_in --description TEXT [--title T]
// [--field CODE] [--name N] [--phone P] [--address A]`: a report taken by
// telephone or over the counter, sent to the server at once (staff intake is
// online only, see net/StaffReport.h) and answered with the new case's number.
// A lost answer is resent once with the same idempotency key, so the report
// is recorded at most once.

#include "CliOutput.h"
#include "ClientProfile.h"

#include <QStringList>

namespace pakn {

struct ApiResult;
struct StaffReport;

class CliIntake
{
public:
    // `token`: the session's (SessionCredentials); empty when not logged in.
    CliIntake(const ClientProfile &profile, QByteArray token, const CliOutput &out);

    // Exit codes as CliCommand's: 0 recorded, 1 refused (the server names
    // what to fix, as the option to give), 2 usage, 4 not logged in or
    // session ended, 75 the server cannot be reached.
    int run(const QStringList &args);

private:
    // The report the options describe, or nullopt with the problem.
    static std::optional<StaffReport> parse(QStringList args, QString *problem);
    int failed(const ApiResult &answer) const;

    const ClientProfile &m_profile;
    QByteArray m_token;
    const CliOutput &m_out;
};

} // namespace pakn
