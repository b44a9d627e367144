// pakn: the command-line client. Composition root only.
#include "CliCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
