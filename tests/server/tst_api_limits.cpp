// Issue 9, "Bad input": every input limit of the API in one table, against
// the server over real HTTPS. Each row exceeds one limit (or stays just
// within it) and expects its status and error code; a refused request
// stores nothing (feed sequence, cases, events, attachments and sessions
// unchanged), one just within the limit succeeds, so a limit set too low
// fails here too. The attachment limits are set small for the test.

#include "ServerTestSupport.h"
#include "TestFiles.h"

#include "http/FeedRoutes.h"
#include "http/InputLimits.h"
#include "intake/CaseIntake.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace pakn::server;

namespace {

QString freshKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A note action, `extra` members added; %VERSION% is replaced by the case's version when sent.
QByteArray note(const QString &text, const QByteArray &extra = {})
{
    return "{\"action\":\"note\",\"key\":\"" + freshKey().toLatin1() +
           "\",\"baseVersion\":%VERSION%,\"params\":{\"text\":\"" + text.toUtf8() + "\"}" + extra +
           "}";
}

// A JSON array nested `depth` deep ([[...]]).
QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

const QByteArray kJpeg = testfiles::jpeg(160, 120);

} // namespace

class TestApiLimits : public QObject
{
    Q_OBJECT

    TestServer m_server{40};
    std::unique_ptr<TestClient> m_client;
    QHash<QString, QByteArray> m_tokens;
    qint64 m_case = 0; // an in-progress case of the officer's, without attachments

    // What a refused request must leave as it was.
    QList<qint64> stored()
    {
        QList<qint64> counts;
        for (const char *sql :
             {"SELECT last_seq FROM feed_sequence", "SELECT COUNT(*) FROM cases",
              "SELECT COUNT(*) FROM case_events", "SELECT COUNT(*) FROM attachments",
              "SELECT COUNT(*) FROM sessions"}) {
            QSqlQuery q(m_server.database().connection());
            counts.append(q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong()
                                                                       : -1);
        }
        return counts;
    }

    qint64 caseVersion()
    {
        return m_client
            ->get(QStringLiteral("cases/%1").arg(m_case), m_tokens.value(QStringLiteral("officer")))
            .json.value(QStringLiteral("case"))
            .toObject()
            .value(QStringLiteral("version"))
            .toInteger();
    }

    static void row(const char *name, const QByteArray &method, const QString &path,
                    const QString &who, const QByteArray &body, int status, const QString &code,
                    bool stores)
    {
        QTest::newRow(name) << method << path << who << body << status << code << stores;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.config().attachmentLimits = {kJpeg.size(), 2};
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        for (const char *login : {"coordinator", "officer"})
            m_tokens.insert(QString::fromLatin1(login),
                            m_client->login(QString::fromLatin1(login)));
        m_case =
            findCase(m_server, QStringLiteral("a.login = 'officer' AND c.status = 'in_progress' "
                                              "AND (SELECT COUNT(*) FROM attachments x WHERE "
                                              "x.case_id = c.id) = 0"))
                .id;
        QVERIFY(m_case > 0);
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // %CASE%: the case; %UUID%: a fresh one
        QTest::addColumn<QString>("who");  // whose token; empty: none
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("stores");

        const QString actions = QStringLiteral("cases/%CASE%/actions");
        const QString officer = QStringLiteral("officer");
        const QString ok;
        const QString bad = QStringLiteral("bad_request");
        const qint64 mb = 1024 * 1024;
        // The request body: 1 MB (RouteTable), here with a member the server ignores.
        const QByteArray pad = ",\"pad\":\"" + QByteArray(mb - 200, 'p') + "\"";
        row("body over 1 MB", "POST", actions, officer, note(QStringLiteral("x"), pad + pad), 413,
            QStringLiteral("too_large"), false);
        row("body just under 1 MB", "POST", actions, officer, note(QStringLiteral("x"), pad), 200,
            ok, true);
        // JSON nesting (InputLimits::maxJsonDepth; the action's object is one level).
        const int depth = InputLimits::maxJsonDepth;
        row("JSON one level too deep", "POST", actions, officer,
            note(QStringLiteral("x"), ",\"deep\":" + nested(depth)), 400, bad, false);
        row("JSON just deep enough", "POST", actions, officer,
            note(QStringLiteral("x"), ",\"deep\":" + nested(depth - 1)), 200, ok, true);
        // An action's text (InputLimits::maxActionText).
        const qsizetype text = InputLimits::maxActionText;
        row("note one character too long", "POST", actions, officer,
            note(QString(text + 1, QLatin1Char('n'))), 400, bad, false);
        row("note at the longest", "POST", actions, officer, note(QString(text, QLatin1Char('n'))),
            200, ok, true);
        // The feed's page size (FeedRoutes::maxLimit).
        row("feed page one too large", "GET",
            QStringLiteral("feed?after=0&limit=%1").arg(FeedRoutes::maxLimit + 1), officer, {}, 400,
            bad, false);
        row("feed page at the largest", "GET",
            QStringLiteral("feed?after=0&limit=%1").arg(FeedRoutes::maxLimit), officer, {}, 200, ok,
            false);
        // Login and password lengths (InputLimits::maxLogin, maxPassword): within
        // them the server checks the password (wrong here: 401, no session).
        const auto login = [](qsizetype name, qsizetype password) {
            return json({{QStringLiteral("login"), QString(name, QLatin1Char('l'))},
                         {QStringLiteral("password"), QString(password, QLatin1Char('p'))}});
        };
        row("password one character too long", "POST", QStringLiteral("login"), {},
            login(5, InputLimits::maxPassword + 1), 400, bad, false);
        row("password at the longest", "POST", QStringLiteral("login"), {},
            login(5, InputLimits::maxPassword), 401, QStringLiteral("bad_credentials"), false);
        row("login one character too long", "POST", QStringLiteral("login"), {},
            login(InputLimits::maxLogin + 1, 8), 400, bad, false);
        row("login at the longest", "POST", QStringLiteral("login"), {},
            login(InputLimits::maxLogin, 8), 401, QStringLiteral("bad_credentials"), false);
        // A report's description (CaseIntake::maxDescription).
        const auto report = [](qsizetype length) {
            return json({{QStringLiteral("key"), freshKey()},
                         {QStringLiteral("channel"), QStringLiteral("walk_in")},
                         {QStringLiteral("description"), QString(length, QLatin1Char('d'))}});
        };
        row("description one character too long", "POST", QStringLiteral("cases"),
            QStringLiteral("coordinator"), report(CaseIntake::maxDescription + 1), 400, bad, false);
        row("description at the longest", "POST", QStringLiteral("cases"),
            QStringLiteral("coordinator"), report(CaseIntake::maxDescription), 201, ok, true);
        // An attachment's size and the attachments per case (AttachmentLimits, set
        // here to this JPEG's size and 2).
        const QString upload =
            QStringLiteral("cases/%CASE%/attachments/%UUID%?purpose=evidence&name=a.jpg");
        row("file one byte too large", "PUT", upload, officer, kJpeg + 'x', 413,
            QStringLiteral("too_large"), false);
        row("file at the largest", "PUT", upload, officer, kJpeg, 201, ok, true);
        row("second attachment, the last allowed", "PUT", upload, officer, kJpeg, 201, ok, true);
        row("one attachment too many", "PUT", upload, officer, kJpeg, 422,
            QStringLiteral("attachment_limit"), false);
    }

    void limits()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, who);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, stores);
        path.replace(QStringLiteral("%CASE%"), QString::number(m_case));
        path.replace(QStringLiteral("%UUID%"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        body.replace("%VERSION%", QByteArray::number(caseVersion()));
        const QList<qint64> before = stored();
        const QByteArray token = m_tokens.value(who);
        const HttpResult r =
            method == "GET" ? m_client->get(path, token)
            : method == "PUT"
                ? m_client->sendBytes(method, path, token, body)
                : m_client->postRaw(path, body, token, {{"Content-Type", "application/json"}});
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(
                                         QString::fromUtf8(r.body.left(300)))));
        if (!code.isEmpty())
            QCOMPARE(r.errorCode(), code);
        if (stores)
            QVERIFY(stored() != before);
        else
            QCOMPARE(stored(), before);
    }
};

QTEST_GUILESS_MAIN(TestApiLimits)
#include "tst_api_limits.moc"
