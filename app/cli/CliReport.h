#pragma once

// `pakn report --scope UNIT --period CODE --format pdf|xlsx|csv --output FILE
// [--officer ID] [--field CODE] [--place NAME]`: the figures and the cases
// behind them from the server (the unit by id or exact name), written as a
// report file by pakn_report. The PDF needs a QGuiApplication (fonts);
// main.cpp makes one, on the offscreen platform, for this command only.

#include "CliOutput.h"
#include "ClientProfile.h"

#include <QStringList>

namespace pakn {

class ApiClient;
struct FiguresRequest;
struct ReportContent;
struct Unit;

class CliReport
{
public:
    // `token`: the session's (SessionCredentials); empty when not logged in.
    CliReport(const ClientProfile &profile, QByteArray token, const CliOutput &out);

    // Exit codes as CliCommand's: 0 written, 1 failed (refused, unknown unit,
    // file not written), 2 usage, 4 not logged in or session ended, 75 offline.
    int run(const QStringList &args);

    // Whether these arguments (after the command name) ask for a PDF.
    static bool wantsPdf(const QStringList &args);

private:
    struct Failure
    {
        int exitCode = 1;
        QString message;
    };
    // The unit `scope` names (an id or an exact name) among `units`.
    static std::optional<Unit> findUnit(const QList<Unit> &units, const QString &scope,
                                        QString *problem);
    // Resolves the unit, then asks for the figures and the cases; fills `content`.
    std::optional<Failure> fetch(ApiClient &api, const QString &scope, FiguresRequest request,
                                 ReportContent *content, bool *truncated);

    const ClientProfile &m_profile;
    QByteArray m_token;
    const CliOutput &m_out;
};

} // namespace pakn
