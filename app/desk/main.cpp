// pakn-desk: the desktop client. Only wiring: the command line, the profile,
// the interface language and the session that shows the windows.

#include "ClientProfile.h"
#include "DeskSession.h"
#include "StartupProbe.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace pakn;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pakn-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PAKN Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PAKN_VERSION));
    // The taskbar finds the installed .desktop entry (and its icon) by this name;
    // the window icon is the same drawing (installer/desk/vn.pakn.Desk.svg).
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.pakn.Desk"));
    QIcon icon;
    for (const int size : {16, 32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/vn.pakn.Desk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // The session decides when the user is done (logging out swaps windows).
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PAKN Desk: staff workbench for citizens' "
                                                    "feedback"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Profile directory."), QStringLiteral("DIR"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Server URL (https://host:port)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        QStringLiteral("SHA-256 fingerprint of the server's certificate to trust."),
        QStringLiteral("FP"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: vi or en."),
                                            QStringLiteral("vi|en"));
    parser.addOptions({profileOption, serverOption, fingerprintOption, userOption, languageOption});
    parser.process(app);

    ClientProfile profile(parser.isSet(profileOption) ? parser.value(profileOption)
                                                      : ClientProfile::defaultDirectory());
    QString error;
    const bool loaded = profile.load(&error);
    if (parser.isSet(serverOption))
        profile.endpoint.baseUrl = QUrl(parser.value(serverOption), QUrl::StrictMode);
    if (parser.isSet(fingerprintOption)) {
        const auto fingerprint = ServerEndpoint::parseFingerprint(parser.value(fingerprintOption));
        if (!fingerprint) {
            qCritical("pakn-desk: --fingerprint must be 32 hex bytes (AB:CD:…)");
            return 2;
        }
        profile.endpoint.fingerprint = *fingerprint;
    }
    if (parser.isSet(userOption))
        profile.login = parser.value(userOption);
    if (parser.isSet(languageOption))
        profile.language = parser.value(languageOption);

    UiLanguage language;
    language.use(UiLanguage::normalized(profile.language));

    if (!loaded) {
        DeskSession::reportUnreadableProfile(profile, error);
        return 1;
    }

    DeskSession session(profile, language,
                        QStringLiteral("pakn-desk ") + QStringLiteral(PAKN_VERSION));
    QObject::connect(&session, &DeskSession::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    StartupProbe::installIfRequested(&app);
    if (!session.start())
        return 1;
    return app.exec();
}
