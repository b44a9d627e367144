// The attachment endpoints over real HTTPS (docs/API.md, "Attachments"):
// uploads of every accepted type, downloads with their headers, thumbnails,
// idempotent retries, every error (and that it stored nothing), withdrawal,
// who may do what, the files on disk and a restart.

#include "ServerTestSupport.h"
#include "TestFiles.h"
#include "domain/FileSignature.h"
#include "domain/JsonCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QImageReader>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace testfiles;

namespace {
constexpr qint64 maxBytes = 2 * 1024 * 1024; // small, so a too large upload is quick to send
constexpr int maxPerCase = 5;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
QSize imageSize(const QByteArray &bytes)
{
    return QImage::fromData(bytes).size();
}
} // namespace

class TestApiAttachments : public QObject
{
    Q_OBJECT

    TestServer m_server{400};
    std::unique_ptr<TestClient> m_client;
    QByteArray m_officer, m_officer2, m_officer3, m_leader, m_supervisor, m_coordinator, m_zalo;

    // Everything an upload could have changed, to compare before and after a refusal.
    struct Stored
    {
        qint64 rows = 0, events = 0, version = 0, files = 0;
        bool operator==(const Stored &) const = default;
    };
    Stored stored(qint64 caseId)
    {
        QSqlQuery q(m_server.database().connection());
        Stored s;
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM attachments), (SELECT COUNT(*) FROM "
                              "case_events WHERE case_id = %1), (SELECT version FROM cases "
                              "WHERE id = %1)")
                   .arg(caseId));
        if (q.next())
            s = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), 0};
        QDirIterator files(attachmentsDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            ++s.files;
        }
        return s;
    }
    QString attachmentsDir() { return m_server.config().attachmentsPath(); }

    // An in-progress case of the officer's ward without attachments yet.
    CaseRef officersWork(const QString &extra = {})
    {
        return findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = "
                                                 "'in_progress' AND (SELECT COUNT(*) FROM "
                                                 "attachments x WHERE x.case_id = c.id) = 0") +
                                      extra);
    }
    static QString path(qint64 caseId, const QString &id, const QString &purpose = {},
                        const QString &name = {})
    {
        QString p = QStringLiteral("cases/%1/attachments/%2").arg(caseId).arg(id);
        if (!purpose.isNull())
            p += QStringLiteral("?purpose=") + purpose;
        if (!name.isNull())
            p += (purpose.isNull() ? QStringLiteral("?name=") : QStringLiteral("&name=")) +
                 QString::fromLatin1(QUrl::toPercentEncoding(name));
        return p;
    }
    HttpResult put(const QByteArray &token, qint64 caseId, const QString &id,
                   const QByteArray &bytes, const QString &name = QStringLiteral("ảnh.jpg"),
                   const QString &purpose = QStringLiteral("report"))
    {
        return m_client->sendBytes("PUT", path(caseId, id, purpose, name), token, bytes);
    }
    static QJsonObject attachmentOf(const HttpResult &r)
    {
        return r.json.value(QStringLiteral("attachment")).toObject();
    }
    static QJsonObject caseOf(const HttpResult &r)
    {
        return r.json.value(QStringLiteral("case")).toObject();
    }
    static QJsonArray listOf(const QJsonObject &c)
    {
        return c.value(QStringLiteral("attachments")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.config().attachmentLimits = {maxBytes, maxPerCase};
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        m_officer = m_client->login(QStringLiteral("officer"));
        m_officer2 = m_client->login(QStringLiteral("officer2"));
        m_officer3 = m_client->login(QStringLiteral("officer3"));
        m_leader = m_client->login(QStringLiteral("leader"));
        m_supervisor = m_client->login(QStringLiteral("supervisor"));
        m_coordinator = m_client->login(QStringLiteral("coordinator"));
        m_zalo = m_client->login(QStringLiteral("zalo"));
        QVERIFY(!m_officer.isEmpty() && !m_officer2.isEmpty() && !m_officer3.isEmpty() &&
                !m_leader.isEmpty() && !m_supervisor.isEmpty() && !m_coordinator.isEmpty() &&
                !m_zalo.isEmpty());
        QVERIFY2(QImageReader::supportedImageFormats().contains("webp"),
                 "WebP needs qt6-image-formats-plugins (scripts/install-deps.sh)");
    }

    void uploadsEveryAcceptedType_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QSize>("size");
        QTest::newRow("jpeg") << jpeg(800, 600) << QStringLiteral("ổ gà \"Kim Mã\".jpg")
                              << QStringLiteral("report") << QStringLiteral("image/jpeg")
                              << QSize(800, 600);
        QTest::newRow("png") << png(64, 48) << QStringLiteral("sơ đồ.png")
                             << QStringLiteral("report") << QStringLiteral("image/png")
                             << QSize(64, 48);
        QTest::newRow("webp") << webp(640, 360) << QStringLiteral("hiện trường.webp")
                              << QStringLiteral("evidence") << QStringLiteral("image/webp")
                              << QSize(640, 360);
        QTest::newRow("pdf") << pdf() << QStringLiteral("biên bản.pdf")
                             << QStringLiteral("evidence") << QStringLiteral("application/pdf")
                             << QSize();
    }
    void uploadsEveryAcceptedType()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, purpose);
        QFETCH(QString, contentType);
        QFETCH(QSize, size);
        const CaseRef c = officersWork();
        QVERIFY(c.id);
        const QString id = newId();
        // Any Content-Type the client sends is ignored: the magic bytes decide.
        const HttpResult r = put(m_officer, c.id, id, bytes, name, purpose);
        QCOMPARE(r.status, 201);
        const QJsonObject a = attachmentOf(r);
        QCOMPARE(a[QStringLiteral("id")].toString(), id);
        QCOMPARE(a[QStringLiteral("purpose")].toString(), purpose);
        QCOMPARE(a[QStringLiteral("fileName")].toString(), name);
        QCOMPARE(a[QStringLiteral("contentType")].toString(), contentType);
        QCOMPARE(a[QStringLiteral("size")].toInteger(), bytes.size());
        QCOMPARE(a[QStringLiteral("sha256")].toString(), sha256(bytes));
        QCOMPARE(a[QStringLiteral("width")].toInt(), size.isValid() ? size.width() : 0);
        QCOMPARE(a[QStringLiteral("height")].toInt(), size.isValid() ? size.height() : 0);
        QCOMPARE(a[QStringLiteral("uploadedByName")].toString(), QStringLiteral("Lê Thị Lan"));
        QVERIFY(a[QStringLiteral("uploadedById")].toInteger() > 0);
        QCOMPARE(a[QStringLiteral("uploadedAt")].toString(), pakn::toIsoString(m_server.now()));

        // The case: a new version carrying the attachment and an "attach" event.
        const QJsonObject changed = caseOf(r);
        QCOMPARE(changed[QStringLiteral("version")].toInteger(), c.version + 1);
        QCOMPARE(listOf(changed), QJsonArray{a});
        const QJsonObject last = changed[QStringLiteral("history")].toArray().last().toObject();
        QCOMPARE(last[QStringLiteral("action")].toString(), QStringLiteral("attach"));
        QCOMPARE(last[QStringLiteral("detail")].toString(), name);
        const QJsonObject data = last[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("attachmentId")].toString(), id);
        QCOMPARE(data[QStringLiteral("purpose")].toString(), purpose);
        QCOMPARE(data[QStringLiteral("fileName")].toString(), name);
        QCOMPARE(data[QStringLiteral("contentType")].toString(), contentType);
        QCOMPARE(data[QStringLiteral("size")].toInteger(), bytes.size());
        QCOMPARE(caseOf(m_client->get(QStringLiteral("cases/%1").arg(c.id), m_leader)), changed);

        // Other clients get it through the feed: the change is the feed's latest.
        const FeedPage page = latestFeedEntry(m_leader);
        QCOMPARE(page.lastCase[QStringLiteral("id")].toInteger(), c.id);
        QCOMPARE(listOf(page.lastCase), QJsonArray{a});

        // On disk under its digest, byte for byte.
        QFile file(attachmentsDir() + QLatin1Char('/') + sha256(bytes).left(2) + QLatin1Char('/') +
                   sha256(bytes));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(file.readAll()), sha256(bytes));

        // The thumbnail: a JPEG no larger than 320 px, or none for a PDF.
        const HttpResult thumb =
            m_client->get(path(c.id, id) + QStringLiteral("/thumbnail"), m_leader);
        if (!size.isValid()) {
            QCOMPARE(thumb.status, 404);
            QCOMPARE(thumb.errorCode(), QStringLiteral("no_thumbnail"));
            return;
        }
        QCOMPARE(thumb.status, 200);
        QCOMPARE(thumb.contentType, QByteArray("image/jpeg"));
        QCOMPARE(pakn::detectFileType(thumb.body), pakn::FileType::Jpeg);
        QCOMPARE(imageSize(thumb.body), size.scaled(320, 320, Qt::KeepAspectRatio).boundedTo(size));
    }

    void exifOrientationIsHonoured()
    {
        const CaseRef c = officersWork();
        const HttpResult r = put(m_officer, c.id, newId(), sidewaysJpeg(400, 200));
        QCOMPARE(r.status, 201);
        QCOMPARE(attachmentOf(r)[QStringLiteral("width")].toInt(), 200);
        QCOMPARE(attachmentOf(r)[QStringLiteral("height")].toInt(), 400);
        const HttpResult thumb =
            m_client->get(path(c.id, attachmentOf(r)[QStringLiteral("id")].toString()) +
                              QStringLiteral("/thumbnail"),
                          m_officer);
        QCOMPARE(imageSize(thumb.body), QSize(160, 320));
    }

    void downloadsWithHeadersAndETag()
    {
        const CaseRef c = officersWork();
        const QByteArray bytes = jpeg(320, 240);
        const QString id = newId();
        const QString name = QStringLiteral("Đường Láng; \"ngập\" 100%.jpg");
        QCOMPARE(put(m_officer, c.id, id, bytes, name).status, 201);

        const HttpResult r = m_client->get(path(c.id, id), m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, bytes);
        QCOMPARE(r.contentType, QByteArray("image/jpeg"));
        const QByteArray etag = '"' + sha256(bytes).toLatin1() + '"';
        QCOMPARE(r.etag, etag);
        QCOMPARE(r.header("Content-Disposition"),
                 "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(name));
        QCOMPARE(r.header("Cache-Control"), QByteArray("private, max-age=31536000, immutable"));

        const HttpResult again =
            m_client->send("GET", path(c.id, id), m_supervisor, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const HttpResult changed = m_client->send("GET", path(c.id, id), m_supervisor, {},
                                                  {{"If-None-Match", "\"other\""}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, bytes);

        // Not in the reader's scope, or not on this case: like a missing case or attachment.
        QCOMPARE(m_client->get(path(c.id, id), m_officer2).status, 404);
        const CaseRef other = officersWork(QStringLiteral(" AND c.id <> %1").arg(c.id));
        QCOMPARE(m_client->get(path(other.id, id), m_officer).status, 404);
        QCOMPARE(m_client->get(path(c.id, newId()), m_officer).status, 404);
        QCOMPARE(m_client->get(path(c.id, id)).status, 401);
    }

    void aRetryIsIdempotentAndAClashIsRefused()
    {
        const CaseRef c = officersWork();
        const QString id = newId();
        const QByteArray bytes = png();
        const HttpResult first = put(m_officer, c.id, id, bytes);
        QCOMPARE(first.status, 201);
        const Stored after = stored(c.id);

        const HttpResult retry = put(m_officer, c.id, id, bytes);
        QCOMPARE(retry.status, 200);
        QCOMPARE(attachmentOf(retry), attachmentOf(first));
        QCOMPARE(caseOf(retry)[QStringLiteral("version")].toInteger(), c.version + 1);
        QCOMPARE(stored(c.id), after);

        const HttpResult clash = put(m_officer, c.id, id, png(65, 48));
        QCOMPARE(clash.status, 409);
        QCOMPARE(clash.errorCode(), QStringLiteral("attachment_conflict"));
        QCOMPARE(stored(c.id), after);
    }

    void everyErrorStoresNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("target"); // own, other, missing, answered
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray photo = jpeg(120, 90);
        const auto row = [](const char *tag, const char *who, const char *target, const char *id,
                            const QString &query, const QByteArray &bytes, int status,
                            const char *code) {
            QTest::newRow(tag) << QString::fromUtf8(who) << QString::fromUtf8(target)
                               << QString::fromUtf8(id) << query << bytes << status
                               << QString::fromUtf8(code);
        };
        const QString ok = QStringLiteral("?purpose=report&name=a.jpg");
        row("not a uuid", "officer", "own", "not-a-uuid", ok, photo, 400, "bad_request");
        row("empty body", "officer", "own", "@new", ok, {}, 400, "bad_request");
        row("no name", "officer", "own", "@new", QStringLiteral("?purpose=report"), photo, 400,
            "bad_request");
        row("long name", "officer", "own", "@new",
            QStringLiteral("?purpose=report&name=") + QString(201, QLatin1Char('a')), photo, 400,
            "bad_request");
        row("bad purpose", "officer", "own", "@new", QStringLiteral("?purpose=reply&name=a.jpg"),
            photo, 400, "bad_request");
        row("no session", "", "own", "@new", ok, photo, 401, "unauthenticated");
        row("missing case", "officer", "missing", "@new", ok, photo, 404, "not_found");
        row("another unit", "officer2", "own", "@new", ok, photo, 404, "not_found");
        row("supervisor", "supervisor", "own", "@new", ok, photo, 403, "forbidden");
        row("evidence when answered", "officer", "answered", "@new",
            QStringLiteral("?purpose=evidence&name=a.jpg"), photo, 403, "forbidden");
        row("too large", "officer", "own", "@new", ok, photo + QByteArray(maxBytes, '\0'), 413,
            "too_large");
        row("text file", "officer", "own", "@new", ok, QByteArray("Just some text, not a photo"),
            415, "unsupported_type");
        row("broken jpeg", "officer", "own", "@new", ok, photo.left(12) + QByteArray(4000, 'x'),
            415, "unsupported_type");
    }
    void everyErrorStoresNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, target);
        QFETCH(QString, id);
        QFETCH(QString, query);
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QHash<QString, QByteArray> tokens = {{QStringLiteral("officer"), m_officer},
                                                   {QStringLiteral("officer2"), m_officer2},
                                                   {QStringLiteral("supervisor"), m_supervisor},
                                                   {QString(), QByteArray()}};
        qint64 caseId = 999999;
        if (target == QLatin1String("own"))
            caseId = officersWork().id;
        else if (target == QLatin1String("answered"))
            caseId = findCase(m_server,
                              QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = 'answered'"))
                         .id;
        QVERIFY(caseId);
        if (id == QLatin1String("@new"))
            id = newId();
        const Stored before = stored(caseId);
        const HttpResult r = m_client->sendBytes(
            "PUT", QStringLiteral("cases/%1/attachments/%2").arg(caseId).arg(id) + query,
            tokens.value(who), bytes);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        if (status == 413)
            QVERIFY2(r.body.contains("2 MB"), r.body.constData());
        if (QByteArray(QTest::currentDataTag()) == "text file")
            QVERIFY(r.body.contains("JPEG, PNG, WebP or PDF"));
        QCOMPARE(stored(caseId), before);
    }

    void theLimitPerCaseHolds()
    {
        const CaseRef c = officersWork();
        for (int i = 0; i < maxPerCase; ++i)
            QCOMPARE(put(m_coordinator, c.id, newId(), png(10 + i, 10)).status, 201);
        const Stored before = stored(c.id);
        const HttpResult r = put(m_coordinator, c.id, newId(), png(40, 40));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("attachment_limit"));
        QCOMPARE(stored(c.id), before);
        // Other requests keep the 1 MB body limit.
        const HttpResult action = m_client->postRaw(QStringLiteral("cases/%1/actions").arg(c.id),
                                                    QByteArray(1024 * 1024 + 10, ' '), m_officer);
        QCOMPARE(action.status, 413);
    }

    void whoMayAttach()
    {
        const CaseRef own = officersWork();
        const CaseRef far =
            findCase(m_server, QStringLiteral("u.name = 'Xã Uy Nỗ' AND c.status = 'in_progress'"));
        const CaseRef closed =
            findCase(m_server, QStringLiteral("u.name = 'Phường Kim Mã' AND c.status = 'closed'"));
        QVERIFY(own.id && far.id && closed.id);
        // Coordinators and channel accounts attach to any case they see.
        QCOMPARE(put(m_coordinator, far.id, newId(), png()).status, 201);
        QCOMPARE(put(m_zalo, closed.id, newId(), png()).status, 201);
        // The unit's staff attach reports while the case is open, evidence while the reply is
        // written.
        QCOMPARE(put(m_leader, own.id, newId(), png(), QStringLiteral("a.png"),
                     QStringLiteral("evidence"))
                     .status,
                 201);
        QCOMPARE(put(m_officer, closed.id, newId(), png()).status, 403);
        QCOMPARE(put(m_coordinator, own.id, newId(), png(), QStringLiteral("a.png"),
                     QStringLiteral("evidence"))
                     .status,
                 403);
        QCOMPARE(put(m_supervisor, own.id, newId(), png()).status, 403);
        QCOMPARE(put(m_officer2, own.id, newId(), png()).status, 404);
    }

    void evidenceCanBeWithdrawnBeforeTheReply()
    {
        const CaseRef c = officersWork();
        const QString evidence = newId();
        const QString report = newId();
        const QByteArray bytes = png(30, 30);
        QCOMPARE(put(m_officer, c.id, evidence, bytes, QStringLiteral("e.png"),
                     QStringLiteral("evidence"))
                     .status,
                 201);
        QCOMPARE(put(m_officer, c.id, report, png(31, 30)).status, 201);

        QCOMPARE(m_client->send("DELETE", path(c.id, report), m_officer).status, 403);
        QCOMPARE(m_client->send("DELETE", path(c.id, evidence), m_officer3).status, 403);
        QCOMPARE(m_client->send("DELETE", path(c.id, evidence), m_officer2).status, 404);
        const Stored before = stored(c.id);
        const HttpResult r = m_client->send("DELETE", path(c.id, evidence), m_officer);
        QCOMPARE(r.status, 200);
        const QJsonObject changed = caseOf(r);
        QCOMPARE(changed[QStringLiteral("version")].toInteger(), c.version + 3);
        QCOMPARE(listOf(changed).size(), 1);
        QCOMPARE(listOf(changed).first()[QStringLiteral("id")].toString(), report);
        const QJsonObject last = changed[QStringLiteral("history")].toArray().last().toObject();
        QCOMPARE(last[QStringLiteral("action")].toString(), QStringLiteral("detach"));
        QCOMPARE(last[QStringLiteral("detail")].toString(), QStringLiteral("e.png"));
        QCOMPARE(last[QStringLiteral("data")][QStringLiteral("attachmentId")].toString(), evidence);
        const Stored after = stored(c.id);
        QCOMPARE(after.rows, before.rows); // the row stays, marked withdrawn
        QCOMPARE(after.files, before.files);
        QCOMPARE(after.events, before.events + 1);
        QCOMPARE(listOf(latestFeedEntry(m_leader).lastCase).size(), 1);
        // The history still names it, so it can still be read; it cannot go twice.
        QCOMPARE(m_client->get(path(c.id, evidence), m_officer).body, bytes);
        QCOMPARE(m_client->send("DELETE", path(c.id, evidence), m_officer).status, 404);

        // A leader of the unit may withdraw an officer's evidence.
        const QString more = newId();
        QCOMPARE(put(m_officer, c.id, more, png(32, 30), QStringLiteral("f.png"),
                     QStringLiteral("evidence"))
                     .status,
                 201);
        QCOMPARE(m_client->send("DELETE", path(c.id, more), m_leader).status, 200);
    }

    void filesSurviveARestart()
    {
        const CaseRef c = officersWork();
        const QString id = newId();
        const QByteArray bytes = jpeg(200, 100);
        QCOMPARE(put(m_officer, c.id, id, bytes).status, 201);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        const HttpResult r = m_client->get(path(c.id, id), m_officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, bytes);
        QCOMPARE(m_client->get(path(c.id, id) + QStringLiteral("/thumbnail"), m_officer).status,
                 200);
        QCOMPARE(
            listOf(caseOf(m_client->get(QStringLiteral("cases/%1").arg(c.id), m_officer))).size(),
            1);
        // Every stored file still matches the digest it is named by.
        QDirIterator files(attachmentsDir(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.endsWith(QLatin1String(".thumb.jpg")))
                continue;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(sha256(f.readAll()), QFileInfo(file).fileName());
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

private:
    struct FeedPage
    {
        QJsonObject lastCase;
    };
    // The newest change in the caller's feed.
    FeedPage latestFeedEntry(const QByteArray &token)
    {
        QSqlQuery q(m_server.database().connection());
        q.exec(QStringLiteral("SELECT last_seq FROM feed_sequence"));
        const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        const HttpResult r =
            m_client->get(QStringLiteral("feed?after=%1&limit=10").arg(last - 1), token);
        const QJsonArray changes = r.json[QStringLiteral("changes")].toArray();
        return {changes.isEmpty() ? QJsonObject()
                                  : changes.last()[QStringLiteral("case")].toObject()};
    }
};

QTEST_GUILESS_MAIN(TestApiAttachments)
#include "tst_api_attachments.moc"
