// Attaching on this PC: the checks made at once (type, size, count, who may),
// the case showing the attachment before any upload, and the outbox sending
// uploads in order with the actions — against a scripted peer for the
// answers: accepted, refused (held for the user), answer lost (the retry with
// the same id is safe), and thumbnails fetched after a feed page.

#include "ScriptedPeer.h"
#include "TestCases.h"

#include "cache/LocalActions.h"
#include "domain/JsonCodec.h"
#include "files/AttachmentQueue.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pakn;
using namespace testdata;

namespace {

const QByteArray kJpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(2000, 'j');

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray ok(const QByteArray &body, const QByteArray &type = "application/json")
{
    return ScriptedPeer::http(200, body, type);
}

struct Desk
{
    explicit Desk(const Account &me = officer())
    {
        QString error;
        store.setMe(me);
        store.replaceUnits(units());
        store.replaceAccounts({officer(), leader()});
        if (!store.applyFeedPage(pageOf({makeCase(1), makeCase(2, CaseStatus::Closed)}, 2), &error))
            qFatal("%s", qPrintable(error));
        QJsonArray unitList;
        for (const Unit &u : units())
            unitList.append(toJson(u));
        peer.route("GET /api/v1/units", ok(json({{QStringLiteral("units"), unitList}})));
        peer.route(
            "GET /api/v1/users",
            ok(json({{QStringLiteral("users"), QJsonArray{toJson(officer()), toJson(leader())}}})));
        peer.route("GET /api/v1/feed", ok(json({{QStringLiteral("changes"), QJsonArray{}},
                                                {QStringLiteral("cursor"), 2},
                                                {QStringLiteral("more"), false}})));
        peer.route("GET /api/v1/me", ok(json({{QStringLiteral("user"), toJson(me)}})));
        ServerEndpoint endpoint;
        endpoint.baseUrl = peer.url();
        endpoint.allowPlainLoopback = true;
        engine =
            std::make_unique<SyncEngine>(cache.path(), endpoint, "token", QStringLiteral("test"));
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::optional<Attachment> attach(CaseId id, const QString &path,
                                     Attachment::Purpose purpose = Attachment::Purpose::Report,
                                     QString *error = nullptr)
    {
        QString why;
        const auto prepared = AttachmentQueue::prepare(path, purpose, {}, &why);
        const auto queued = prepared ? queue.queue(id, *prepared, &why) : std::nullopt;
        if (error)
            *error = why;
        return queued;
    }

    SyncState round()
    {
        QSignalSpy states(engine.get(), &SyncEngine::stateChanged);
        QSignalSpy finished(engine.get(), &SyncEngine::roundFinished);
        engine->syncNow();
        const auto last = [&] {
            return states.isEmpty() ? SyncState::Syncing : states.last().at(0).value<SyncState>();
        };
        [&] { QTRY_VERIFY(!finished.isEmpty() || last() != SyncState::Syncing); }();
        return last();
    }

    // What the server answers to an upload: the attachment and the case with it.
    QByteArray accepted(const Attachment &a, qint64 version = 4)
    {
        Case c = makeCase(1);
        c.version = version;
        Attachment stored = a;
        stored.uploadedAt = kBase.addDays(1);
        c.attachments = {stored};
        return ScriptedPeer::http(201, json({{QStringLiteral("attachment"), toJson(stored)},
                                             {QStringLiteral("case"), toJson(c)}}));
    }

    QList<QByteArray> requestsStartingWith(const QByteArray &prefix) const
    {
        QList<QByteArray> out;
        for (const QByteArray &r : peer.requests())
            if (r.startsWith(prefix))
                out.append(r);
        return out;
    }

    QTemporaryDir dir;
    CacheFixture cache;
    CaseStore store{cache.db()};
    Outbox outbox{cache.db()};
    WorkflowRules rules;
    LocalActions actions{cache.db(), rules, QStringLiteral("pakn-desk test")};
    AttachmentFiles files = AttachmentFiles::besideCache(cache.path());
    AttachmentQueue queue{cache.db(), files};
    ScriptedPeer peer;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class TestAttachmentQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<pakn::SyncState>("pakn::SyncState"); }

    void filesAreCheckedBeforeAnythingIsQueued()
    {
        Desk d;
        QString error;
        QVERIFY(!d.attach(1, d.file(QStringLiteral("notes.txt"), "plain text, not a photo"),
                          Attachment::Purpose::Report, &error));
        QVERIFY2(error.contains(QStringLiteral("JPEG, PNG, WebP or PDF")), qPrintable(error));

        AttachmentLimits small;
        small.maxFileBytes = 1000;
        QVERIFY(!AttachmentQueue::prepare(d.file(QStringLiteral("big.jpg"), kJpeg),
                                          Attachment::Purpose::Report, small, &error));
        QVERIFY2(error.contains(QStringLiteral("big.jpg")) && error.contains(QStringLiteral("MB")),
                 qPrintable(error));
        QVERIFY(!AttachmentQueue::prepare(d.file(QStringLiteral("empty.pdf"), {}),
                                          Attachment::Purpose::Report, {}, &error));
        QVERIFY(!AttachmentQueue::prepare(d.dir.filePath(QStringLiteral("missing.jpg")),
                                          Attachment::Purpose::Report, {}, &error));
        QCOMPARE(d.outbox.count(), 0);
    }

    void whoMayAttachIsCheckedLocally()
    {
        Desk d;
        QString error;
        // Closed: neither report files nor evidence.
        QVERIFY(!d.attach(2, d.file(QStringLiteral("a.jpg"), kJpeg), Attachment::Purpose::Report,
                          &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!d.attach(2, d.file(QStringLiteral("b.jpg"), kJpeg), Attachment::Purpose::Evidence,
                          &error));
        Case other = makeCase(1);
        other.unitId = 6;
        QVERIFY(
            !AttachmentQueue::whyNot(other, officer(), Attachment::Purpose::Evidence).isEmpty());
        Account coordinator = officer();
        coordinator.role = Role::Coordinator;
        QVERIFY(AttachmentQueue::whyNot(other, coordinator, Attachment::Purpose::Report).isEmpty());
        QVERIFY(
            !AttachmentQueue::whyNot(other, coordinator, Attachment::Purpose::Evidence).isEmpty());
        QCOMPARE(d.outbox.count(), 0);
    }

    void theCaseShowsTheAttachmentAtOnce()
    {
        Desk d;
        QString error;
        const auto a = d.attach(1, d.file(QStringLiteral("ổ gà.jpg"), kJpeg),
                                Attachment::Purpose::Evidence, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->contentType, QStringLiteral("image/jpeg"));
        QCOMPARE(a->sha256, AttachmentFiles::sha256Hex(kJpeg));
        QCOMPARE(a->uploadedById, officer().id);
        const Case c = *d.store.caseById(1);
        QCOMPARE(c.attachments.size(), 1);
        QCOMPARE(c.attachments.first(), *a);
        QCOMPARE(c.version, 3); // only the server bumps it
        QVERIFY(QFile::exists(d.files.pendingPath(a->id)));
        const QList<OutboxEntry> queued = d.outbox.pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, OutboxEntry::Kind::Upload);
        QCOMPARE(queued.first().key, a->id);
        QCOMPARE(queued.first().baseVersion, 3);
        QCOMPARE(AttachmentQueue::describe(queued.first()), QStringLiteral("Upload ổ gà.jpg"));
        // A fresh server copy without it still shows it while it is queued.
        QCOMPARE(d.actions.reapplyPending(makeCase(1)).attachments, QList<Attachment>{*a});
    }

    void aCaseTakesAtMostTheLimit()
    {
        Desk d;
        AttachmentLimits two;
        two.maxPerCase = 2;
        const AttachmentQueue queue(d.cache.db(), d.files, two);
        QString error;
        const QString path = d.file(QStringLiteral("p.jpg"), kJpeg);
        for (int i = 0; i < 2; ++i)
            QVERIFY(queue.queue(
                1, *AttachmentQueue::prepare(path, Attachment::Purpose::Report, two, &error),
                &error));
        QVERIFY(!queue.queue(
            1, *AttachmentQueue::prepare(path, Attachment::Purpose::Report, two, &error), &error));
        QVERIFY2(error.contains(QStringLiteral("2")), qPrintable(error));
        QCOMPARE(d.outbox.count(), 2);
    }

    void theUploadGoesBeforeTheDraftThatMentionsIt()
    {
        Desk d;
        const auto a =
            d.attach(1, d.file(QStringLiteral("after.jpg"), kJpeg), Attachment::Purpose::Evidence);
        QVERIFY(a);
        QVERIFY(d.actions
                    .perform(1, CaseAction::DraftReply,
                             {{QStringLiteral("text"), QStringLiteral("Đã vá, ảnh kèm theo.")}})
                    .ok());
        d.peer.route("PUT /api/v1/cases/1/attachments/", d.accepted(*a));
        Case drafted = makeCase(1);
        drafted.version = 5;
        drafted.replyDraft = QStringLiteral("Đã vá, ảnh kèm theo.");
        drafted.attachments = {*a};
        d.peer.route("POST /api/v1/cases/1/actions",
                     ok(json({{QStringLiteral("case"), toJson(drafted)}})));
        QCOMPARE(d.round(), SyncState::Idle);

        QStringList order;
        for (const QByteArray &r : d.peer.requests())
            if (r.startsWith("PUT") || r.startsWith("POST"))
                order.append(QString::fromLatin1(r.left(r.indexOf(' '))));
        QCOMPARE(order, (QStringList{QStringLiteral("PUT"), QStringLiteral("POST")}));
        const QByteArray put = d.requestsStartingWith("PUT").first();
        const QByteArray line = QByteArray("PUT /api/v1/cases/1/attachments/") + a->id.toLatin1() +
                                QByteArray("?purpose=evidence&name=after.jpg ");
        QVERIFY(put.startsWith(line));
        QVERIFY(put.endsWith(kJpeg)); // the raw bytes
        // The draft was based on the version the upload produced.
        QVERIFY(d.requestsStartingWith("POST").first().contains("\"baseVersion\":4"));
        QCOMPARE(d.outbox.count(), 0);
        QVERIFY(d.files.hasFile(a->sha256)); // the uploader never downloads its own file
        QVERIFY(!QFile::exists(d.files.pendingPath(a->id)));
        QCOMPARE(d.store.caseById(1)->attachments.size(), 1);
    }

    void aLostAnswerIsRetriedWithTheSameId()
    {
        Desk d;
        QCOMPARE(d.round(), SyncState::Idle); // the directory is loaded: the PUT comes first
        const auto a = d.attach(1, d.file(QStringLiteral("site.jpg"), kJpeg));
        QVERIFY(a);
        d.peer.setMode(ScriptedPeer::Mode::HangUp); // the server may have stored it
        QCOMPARE(d.round(), SyncState::Offline);
        QCOMPARE(d.outbox.count(), 1);
        QVERIFY(QFile::exists(d.files.pendingPath(a->id)));

        d.peer.setMode(ScriptedPeer::Mode::Answer);
        d.peer.route("PUT /api/v1/cases/1/attachments/", d.accepted(*a));
        QCOMPARE(d.round(), SyncState::Idle);
        const QList<QByteArray> puts = d.requestsStartingWith("PUT");
        // Qt itself may resend once on a dropped connection: every send is the same
        // id with the same bytes, which the server answers 200 once stored.
        QVERIFY(puts.size() >= 2);
        for (const QByteArray &put : puts)
            QCOMPARE(put, puts.first());
        QCOMPARE(d.outbox.count(), 0);
        QCOMPARE(d.store.caseById(1)->version, 4);
    }

    void aRefusedUploadWaitsForTheUserWithTheServersWords()
    {
        Desk d;
        const auto a = d.attach(1, d.file(QStringLiteral("scan.pdf"), "%PDF-1.7 scanned"));
        QVERIFY(a);
        QVERIFY(d.actions
                    .perform(1, CaseAction::DraftReply,
                             {{QStringLiteral("text"), QStringLiteral("Bản nháp.")}})
                    .ok());
        d.peer.route("PUT /api/v1/cases/1/attachments/",
                     ScriptedPeer::http(413, R"({"error":{"code":"too_large",)"
                                             R"("message":"A file may be at most 5 MB."}})"));
        QSignalSpy rejected(d.engine.get(), &SyncEngine::actionRejected);
        d.round();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first().at(2).toString().contains(QStringLiteral("at most 5 MB")));
        const QList<OutboxEntry> left = d.outbox.pending();
        QCOMPARE(left.size(), 2);
        QVERIFY(left.first().failed());
        QVERIFY(left.first().lastError.contains(QStringLiteral("scan.pdf")));
        QVERIFY(left.first().nextAttemptAt > QDateTime::currentDateTimeUtc().addYears(100));
        QVERIFY(d.requestsStartingWith("POST").isEmpty());    // the draft waits behind it
        QCOMPARE(d.store.caseById(1)->attachments.size(), 1); // until the user discards it

        QVERIFY(d.outbox.discard(left.first().id, d.store, nullptr));
        QVERIFY(!QFile::exists(d.files.pendingPath(a->id)));
        QCOMPARE(d.actions.reapplyPending(makeCase(1)).attachments.size(), 0);
    }

    void withdrawingEvidenceIsQueued()
    {
        Desk d;
        const auto a =
            d.attach(1, d.file(QStringLiteral("wrong.jpg"), kJpeg), Attachment::Purpose::Evidence);
        QVERIFY(a);
        QString error;
        QVERIFY2(d.queue.withdraw(1, a->id, &error), qPrintable(error));
        QVERIFY(d.store.caseById(1)->attachments.isEmpty());
        const QList<OutboxEntry> queued = d.outbox.pending();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.last().kind, OutboxEntry::Kind::Withdraw);
        QVERIFY(d.actions.reapplyPending(makeCase(1)).attachments.isEmpty());

        d.peer.route("PUT /api/v1/cases/1/attachments/", d.accepted(*a));
        d.peer.route(QByteArray("DELETE /api/v1/cases/1/attachments/") + a->id.toLatin1(),
                     ok(json({{QStringLiteral("case"), toJson([] {
                                   Case c = makeCase(1);
                                   c.version = 5;
                                   return c;
                               }())}})));
        QCOMPARE(d.round(), SyncState::Idle);
        QCOMPARE(d.requestsStartingWith("DELETE").size(), 1);
        QCOMPARE(d.outbox.count(), 0);
        QCOMPARE(d.store.caseById(1)->version, 5);
        // A report photo cannot be withdrawn.
        const auto photo = d.attach(1, d.file(QStringLiteral("report.jpg"), kJpeg));
        QVERIFY(!d.queue.withdraw(1, photo->id, &error));
    }

    void thumbnailsAreFetchedAfterTheFeed()
    {
        Desk d;
        Case withPhoto = makeCase(7);
        Attachment a;
        a.id = QStringLiteral("9d7c2f1e-1111-4a2b-8c3d-123456789abc");
        a.fileName = QStringLiteral("photo.jpg");
        a.contentType = QStringLiteral("image/jpeg");
        a.size = kJpeg.size();
        a.sha256 = AttachmentFiles::sha256Hex(kJpeg);
        a.uploadedAt = kBase;
        Attachment pdf = a;
        pdf.id = QStringLiteral("9d7c2f1e-2222-4a2b-8c3d-123456789abc");
        pdf.contentType = QStringLiteral("application/pdf");
        pdf.sha256 = AttachmentFiles::sha256Hex("pdf");
        withPhoto.attachments = {a, pdf};
        d.peer.route(
            "GET /api/v1/feed",
            ok(json({{QStringLiteral("changes"),
                      QJsonArray{QJsonObject{{QStringLiteral("seq"), 3},
                                             {QStringLiteral("case"), toJson(withPhoto)}}}},
                     {QStringLiteral("cursor"), 3},
                     {QStringLiteral("more"), false}})));
        const QByteArray thumb = QByteArray("\xFF\xD8\xFF\xDB", 4) + "small";
        d.peer.route(QByteArray("GET /api/v1/cases/7/attachments/") + a.id.toLatin1() +
                         QByteArray("/thumbnail"),
                     ok(thumb, "image/jpeg"));
        QCOMPARE(d.round(), SyncState::Idle);
        QTRY_VERIFY(d.files.hasThumbnail(a.sha256));
        QFile stored(d.files.thumbnailPath(a.sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), thumb);
        QCOMPARE(d.requestsStartingWith("GET /api/v1/cases/7/attachments/").size(), 1); // no PDF
    }
};

QTEST_GUILESS_MAIN(TestAttachmentQueue)
#include "tst_attachmentqueue.moc"
