// Attachments end to end against the real pakn-server over loopback HTTPS:
// a photo attached while the server is down shows on the case at once, is
// uploaded by the next round, and another client of the unit gets it through
// the change feed with its thumbnail prefetched and the full file on demand;
// a resent upload is answered with the same attachment; evidence withdrawn
// before the reply is published leaves the case.

#include "SyncClient.h"

#include "files/AttachmentQueue.h"
#include "files/AttachmentTransfer.h"
#include "net/ApiClient.h"
#include "net/ApiPayloads.h"

#include <QBuffer>
#include <QImage>

using namespace synctest;

namespace {

QByteArray jpegPhoto()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

std::optional<Attachment> attach(Client &c, CaseId id, const QString &path,
                                 Attachment::Purpose purpose)
{
    QString error;
    const auto file = AttachmentQueue::prepare(path, purpose, {}, &error);
    const auto a = file ? AttachmentQueue(c.cache->db(), AttachmentFiles(c.profile.directory()))
                              .queue(id, *file, &error)
                        : std::nullopt;
    if (!a)
        qWarning("attach failed: %s", qPrintable(error));
    return a;
}

} // namespace

class TestAttachmentsSync : public QObject
{
    Q_OBJECT
    ServerProcess m_server{100};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(startServerForClients(m_server, &error), qPrintable(error));
    }

    void attachedOfflineThenSeenByAnotherClient()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        auto leader = syncedClient(m_server, QStringLiteral("leader"));
        QVERIFY(officer && leader);
        const CaseId id = officersCase(*officer);
        QVERIFY(id > 0);
        const Case before = *officer->store->caseById(id);
        const QByteArray photo = jpegPhoto();
        QTemporaryDir dir;

        m_server.stop();
        const auto a =
            attach(*officer, id, writeFile(dir, QStringLiteral("hiện trường.jpg"), photo),
                   Attachment::Purpose::Report);
        QVERIFY(a);
        QCOMPARE(officer->store->caseById(id)->attachments.size(), before.attachments.size() + 1);
        QCOMPARE(runRound(*officer->engine).state, SyncState::Offline);
        QCOMPARE(officer->outboxCount(), 1);
        QCOMPARE(officer->store->caseById(id)->attachments.last().id, a->id); // still shown

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(runRound(*officer->engine).state, SyncState::Idle);
        QCOMPARE(officer->outboxCount(), 0);
        const Case after = *officer->store->caseById(id);
        QCOMPARE(after.version, before.version + 1);
        const Attachment stored = after.attachments.last();
        QCOMPARE(stored.id, a->id);
        QCOMPARE(stored.sha256, AttachmentFiles::sha256Hex(photo));
        QCOMPARE(stored.fileName, QStringLiteral("hiện trường.jpg"));
        QCOMPARE(stored.width, 640); // the server read the image
        QVERIFY(AttachmentFiles(officer->profile.directory()).hasFile(stored.sha256));

        // The leader's next round brings it with the feed and fetches its thumbnail.
        QCOMPARE(runRound(*leader->engine).state, SyncState::Idle);
        QCOMPARE(leader->store->caseById(id)->attachments.last().id, a->id);
        const AttachmentFiles leaderFiles(leader->profile.directory());
        QTRY_VERIFY_WITH_TIMEOUT(leaderFiles.hasThumbnail(stored.sha256), 20000);
        QVERIFY(QImage(leaderFiles.thumbnailPath(stored.sha256)).width() <= 320);

        // The full file on demand, checked and cached.
        ApiClient api(leader->profile.endpoint);
        api.setToken(leader->profile.readToken());
        AttachmentTransfer transfer(api, leaderFiles);
        QSignalSpy ready(&transfer, &AttachmentTransfer::fileReady);
        transfer.fetchFile(id, stored);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        QFile file(ready.first().at(1).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), photo);

        // An upload resent after its answer was lost: the same attachment, no new version.
        ApiResult replay;
        bool done = false;
        api.put(QStringLiteral("cases/%1/attachments/%2").arg(id).arg(a->id),
                QUrlQuery(QStringLiteral("purpose=report&name=x.jpg")), photo,
                [&](const ApiResult &r) {
                    replay = r;
                    done = true;
                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(replay.ok(), qPrintable(replay.message));
        QCOMPARE(replay.httpStatus, 200);
        QCOMPARE(caseFromAnswer(replay.body, &error)->version, after.version);
    }

    void evidenceWithdrawnBeforePublishing()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = officersCase(*officer);
        QVERIFY(id > 0);
        QTemporaryDir dir;
        const auto a =
            attach(*officer, id, writeFile(dir, QStringLiteral("biên bản.pdf"), "%PDF-1.4\n%bb\n"),
                   Attachment::Purpose::Evidence);
        QVERIFY(a);
        QCOMPARE(runRound(*officer->engine).state, SyncState::Idle);
        QCOMPARE(officer->store->caseById(id)->attachments.last().purpose,
                 Attachment::Purpose::Evidence);
        const qint64 version = officer->store->caseById(id)->version;

        QString error;
        QVERIFY2(
            AttachmentQueue(officer->cache->db(), AttachmentFiles(officer->profile.directory()))
                .withdraw(id, a->id, &error),
            qPrintable(error));
        QCOMPARE(runRound(*officer->engine).state, SyncState::Idle);
        QCOMPARE(officer->outboxCount(), 0);
        const Case c = *officer->store->caseById(id);
        QCOMPARE(c.version, version + 1);
        QVERIFY(std::none_of(c.attachments.cbegin(), c.attachments.cend(),
                             [&](const Attachment &x) { return x.id == a->id; }));
        QVERIFY(std::any_of(c.history.cbegin(), c.history.cend(), [](const CaseEvent &e) {
            return e.action == QLatin1String("detach");
        }));
    }

    void aRefusedFileReachesTheUserAsAFailedEntry()
    {
        auto officer = syncedClient(m_server, QStringLiteral("officer"));
        QVERIFY(officer);
        const CaseId id = officersCase(*officer);
        QTemporaryDir dir;
        // Passes the local magic-byte check but is no image the server can read.
        const QByteArray broken = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'x');
        QVERIFY(attach(*officer, id, writeFile(dir, QStringLiteral("hỏng.jpg"), broken),
                       Attachment::Purpose::Report));
        QSignalSpy rejected(officer->engine.get(), &SyncEngine::actionRejected);
        runRound(*officer->engine);
        QCOMPARE(rejected.size(), 1);
        const QList<OutboxEntry> left = Outbox(officer->cache->db()).pending();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().failed());
        QVERIFY2(left.first().lastError.contains(QStringLiteral("hỏng.jpg")),
                 qPrintable(left.first().lastError));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentsSync)
#include "tst_attachments_sync.moc"
