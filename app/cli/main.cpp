// pakn: the command-line client. Composition root only.
#include "CliCommand.h"
#include "CliReport.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <memory>

namespace {

// `pakn report … --format pdf` lays text out with fonts, which needs a
// QGuiApplication; on the offscreen platform, so it runs without a display.
// Every other command stays a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (!args.contains(QStringLiteral("report")) || !pakn::CliReport::wantsPdf(args))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pakn-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    QStringList args = QCoreApplication::arguments();
    // Scripts read standard error for failures: keep the library's progress
    // messages out of it unless asked for (--verbose, or QT_LOGGING_RULES).
    if (args.removeAll(QStringLiteral("--verbose")) == 0 &&
        qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pakn.*.debug=false\npakn.*.info=false"));
    return pakn::CliCommand(args).run();
}
