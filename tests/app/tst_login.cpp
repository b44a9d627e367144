// Logging in against the real pakn-server: the session and directory are
// stored, wrong credentials and untrusted certificates are refused in plain
// words and store nothing, and a cache never changes hands with unsent work.

#include "SyncClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSslCertificate>

using namespace synctest;

class TestLogin : public QObject
{
    Q_OBJECT

    ServerProcess m_server{200};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void loginStoresTheSessionAndTheDirectory()
    {
        Client c(m_server, QStringLiteral("officer"));
        const LoginResult r = logIn(c.profile, QStringLiteral("demo"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.me.login, QStringLiteral("officer"));
        QCOMPARE(r.me.role, Role::Officer);
        QVERIFY(!c.profile.readToken().isEmpty());
        QCOMPARE(QFile::permissions(c.dir.filePath(QStringLiteral("token"))) &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        c.openCache();
        QCOMPARE(c.store->me(), r.me);
        QVERIFY(c.store->units().size() > 20);
        QVERIFY(!c.store->accounts().isEmpty());
        ClientProfile reloaded(c.dir.path());
        QVERIFY(reloaded.load(nullptr));
        QCOMPARE(reloaded.login, QStringLiteral("officer"));
        QCOMPARE(reloaded.endpoint.fingerprint, m_server.fingerprint());
    }

    void aWrongPasswordIsRefusedInPlainWords_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("wrong password") << QStringLiteral("officer");
        QTest::newRow("unknown user") << QStringLiteral("nobody");
    }
    void aWrongPasswordIsRefusedInPlainWords()
    {
        QFETCH(QString, login);
        Client c(m_server, login);
        const LoginResult r = logIn(c.profile, QStringLiteral("wrong-password"));
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ApiResult::Kind::HttpError);
        QCOMPARE(r.message, QStringLiteral("Wrong user name or password."));
        QVERIFY(c.profile.readToken().isEmpty());
    }

    void anUnusableAddressIsReportedWithoutConnecting()
    {
        Client c(m_server, QStringLiteral("officer"));
        c.profile.endpoint.baseUrl.setScheme(QStringLiteral("http"));
        SessionCredentials credentials(c.profile);
        Login login(credentials, kClient);
        QSignalSpy failed(&login, &Login::failed);
        login.start(QStringLiteral("demo"));
        QCOMPARE(failed.size(), 0); // answered later, like a network answer
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<ApiResult::Kind>(), ApiResult::Kind::BadResponse);
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("https")));
    }

    void aWrongPinnedFingerprintIsRefusedAndNothingStored()
    {
        Client c(m_server, QStringLiteral("officer"));
        QByteArray wrong = m_server.fingerprint();
        wrong[0] = char(wrong[0] ^ 0x55);
        c.profile.endpoint.fingerprint = wrong;
        const LoginResult r = logIn(c.profile, QStringLiteral("demo"));
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ApiResult::Kind::TlsError);
        QVERIFY2(r.message.contains(ServerEndpoint::formatFingerprint(wrong)),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(m_server.fingerprintText()), qPrintable(r.message));
        QVERIFY(c.profile.readToken().isEmpty());

        // A valid session does not help a sync against the wrong certificate.
        Client good(m_server, QStringLiteral("officer"));
        QVERIFY(logIn(good.profile, QStringLiteral("demo")).ok);
        c.makeEngine(good.profile.readToken());
        const Round round = runRound(*c.engine);
        QCOMPARE(round.state, SyncState::Error);
        QVERIFY2(round.message.contains(m_server.fingerprintText()), qPrintable(round.message));
        c.openCache();
        QCOMPARE(c.store->count(queue(Queue::All)), 0);
        QCOMPARE(c.store->cursor(), 0);
    }

    void anUnpinnedSelfSignedCertificateIsNotTrusted()
    {
        Client c(m_server, QStringLiteral("officer"));
        c.profile.endpoint.fingerprint.clear();
        const LoginResult r = logIn(c.profile, QStringLiteral("demo"));
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, ApiResult::Kind::TlsError);
        QVERIFY2(r.message.contains(m_server.fingerprintText()), qPrintable(r.message));
    }

    void aCaFileIsTrustedButAPinStillBinds()
    {
        // The self-signed certificate is its own CA: trusted through the CA
        // file, the handshake has no errors, so only the pin check on the
        // finished handshake can refuse a different certificate.
        QString caFile;
        for (const QFileInfo &f : QDir(m_server.dataDir()).entryInfoList({QStringLiteral("*.pem")}))
            for (const QSslCertificate &cert : QSslCertificate::fromPath(f.filePath()))
                if (cert.digest(QCryptographicHash::Sha256) == m_server.fingerprint())
                    caFile = f.filePath();
        QVERIFY2(!caFile.isEmpty(), "the server's certificate file was not found");

        Client trusted(m_server, QStringLiteral("officer"));
        trusted.profile.endpoint.fingerprint.clear();
        trusted.profile.endpoint.caFile = caFile;
        const LoginResult ok = logIn(trusted.profile, QStringLiteral("demo"));
        QVERIFY2(ok.ok, qPrintable(ok.message));

        Client pinned(m_server, QStringLiteral("officer"));
        pinned.profile.endpoint.caFile = caFile;
        pinned.profile.endpoint.fingerprint = QByteArray(32, '\x42');
        const LoginResult refused = logIn(pinned.profile, QStringLiteral("demo"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.kind, ApiResult::Kind::TlsError);
        QVERIFY2(refused.message.contains(m_server.fingerprintText()), qPrintable(refused.message));
    }

    void anotherUserCannotTakeOverUnsentWork()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = officersCase(*officer);
        QVERIFY(
            officer->actions->perform(id, CaseAction::Note, text(QStringLiteral("chưa gửi"))).ok());
        officer->profile.login = QStringLiteral("officer2");
        const LoginResult r = logIn(officer->profile, QStringLiteral("demo"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("officer")), qPrintable(r.message));
        QCOMPARE(officer->store->me()->login, QStringLiteral("officer"));
        QCOMPARE(officer->outboxCount(), 1);

        // Once the work is sent, the other user gets a fresh cache of their own scope.
        QCOMPARE(runRound(*officer->engine).actionsSent, 1);
        const LoginResult second = logIn(officer->profile, QStringLiteral("demo"));
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(officer->store->me()->login, QStringLiteral("officer2"));
        QCOMPARE(officer->store->count(queue(Queue::All)), 0);
        QCOMPARE(officer->store->cursor(), 0);
    }

    void aGeneratedPasswordIsChangedBeforeTheLoginGoesOn()
    {
        // An administrator resets officer2's password without giving one.
        Client admin(m_server, QStringLiteral("admin"));
        QVERIFY(logIn(admin.profile, QStringLiteral("demo")).ok);
        ApiClient api(admin.profile.endpoint);
        api.setToken(admin.profile.readToken());
        std::optional<ApiResult> reset;
        api.post(QStringLiteral("admin/users/officer2/reset-password"), {},
                 [&reset](const ApiResult &r) { reset = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reset.has_value(), 20000);
        QVERIFY2(reset->ok(), qPrintable(reset->message));
        const QString generated = reset->body.value(QStringLiteral("password")).toString();
        QVERIFY(!generated.isEmpty());

        Client c(m_server, QStringLiteral("officer2"));
        {
            // A refused new password ends the attempt, in words, and stores nothing.
            SessionCredentials credentials(c.profile);
            Login login(credentials, kClient);
            QSignalSpy change(&login, &Login::passwordChangeRequired);
            QSignalSpy failed(&login, &Login::failed);
            login.start(generated);
            QTRY_COMPARE_WITH_TIMEOUT(change.size(), 1, 20000);
            login.changePassword(generated); // the same one: refused
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
            QVERIFY(failed.first().at(0).toString().startsWith(
                QStringLiteral("The new password was not accepted")));
            QVERIFY(c.profile.readToken().isEmpty());
        }
        SessionCredentials credentials(c.profile);
        Login login(credentials, kClient);
        QSignalSpy change(&login, &Login::passwordChangeRequired);
        QSignalSpy succeeded(&login, &Login::succeeded);
        login.start(generated);
        QTRY_COMPARE_WITH_TIMEOUT(change.size(), 1, 20000);
        QVERIFY(succeeded.isEmpty());
        login.changePassword(QStringLiteral("my-own-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 20000);
        QVERIFY(!c.profile.readToken().isEmpty());
        c.openCache();
        QCOMPARE(c.store->me()->login, QStringLiteral("officer2"));

        // The one-time password is spent; the chosen one works.
        Client again(m_server, QStringLiteral("officer2"));
        QVERIFY(!logIn(again.profile, generated).ok);
        QVERIFY(logIn(again.profile, QStringLiteral("my-own-secret")).ok);
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
