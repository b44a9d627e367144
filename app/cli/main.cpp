// pakn: the command-line client. Composition root only.
#include "CliCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pakn-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    return pakn::CliCommand(QCoreApplication::arguments()).run();
}
