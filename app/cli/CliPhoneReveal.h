#pragma once

// `pakn reveal-phone ID`: the audited reveal of a case's reporter phone
// number, asked of the server at once (online only, nothing is queued) and
// printed; the case's history records it. The number is not written to the
// cache: the next sync brings the case with the number masked.

#include "CliOutput.h"
#include "ClientProfile.h"

#include <QByteArray>
#include <QStringList>

namespace pakn {

struct ApiResult;

class CliPhoneReveal
{
public:
    CliPhoneReveal(const ClientProfile &profile, QByteArray token, const CliOutput &out);

    // Exit codes as CliCommand's: 0 shown, 1 refused or no such case in
    // scope, 2 usage, 4 not logged in or session ended, 75 the server cannot
    // be reached.
    int run(const QStringList &args);

private:
    int failed(const ApiResult &answer, qint64 id) const;

    const ClientProfile &m_profile;
    const QByteArray m_token;
    const CliOutput &m_out;
};

} // namespace pakn
