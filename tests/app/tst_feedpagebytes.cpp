// A feed page read from its bytes (feedPageFromBytes, FeedCaseBytes): the
// cache keeps each case's JSON exactly as the server sent it; pages whose
// bytes could be paired with the wrong case are encoded again instead. A good
// page is read by simdjson alone (QuickFeedPage) into what QJsonDocument reads;
// a page the two might read differently is left to QJsonDocument.

#include "TestCases.h"

#include "domain/JsonCodec.h"
#include "net/ApiPayloads.h"
#include "net/QuickFeedPage.h"

#include <QJsonDocument>

using namespace testdata;

namespace {

// A case as a server might write it: spaces, escapes, braces inside strings.
QByteArray spacedCase(CaseId id)
{
    Case c = makeCase(id);
    c.title = QStringLiteral("Đường {hỏng} \"nặng\" \\ [%1]").arg(id);
    return QJsonDocument(toJson(c))
        .toJson(QJsonDocument::Indented)
        .trimmed()
        .replace("\"id\"", "\"i\\u0064\"");
}

QByteArray change(qint64 seq, const QByteArray &member)
{
    return "{ \"seq\": " + QByteArray::number(seq) + ", " + member + " }";
}

QByteArray page(const QList<QByteArray> &changes, qint64 cursor)
{
    return "{\"changes\": [\n" + changes.join(",\n") +
           "\n], \"cursor\": " + QByteArray::number(cursor) + ", \"more\": false}";
}

QByteArray compact(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

// A case with every part a case can have: an extension, an attachment, a
// rating, a place, events whose data holds each kind of JSON value.
Case fullCase(CaseId id)
{
    Case c = makeCase(id, CaseStatus::Answered);
    c.latitude = 21.0362 + double(id) / 1000;
    c.longitude = -0.5;
    c.replyPublished = QStringLiteral("Đã xử lý xong\t\"ổ gà\".\nTrân trọng.");
    c.acceptedAt = c.receivedAt.addSecs(3600);
    c.answeredAt = c.receivedAt.addDays(2);
    c.rating = Rating::NotSatisfied;
    c.ratedAt = c.answeredAt.addSecs(60);
    c.reopenCount = 2;
    ExtensionRequest x;
    x.requestedAt = c.receivedAt.addDays(1);
    x.requestedById = 9;
    x.reason = QStringLiteral("Chờ vật tư");
    x.proposedDeadline = c.answerDeadline.addDays(5);
    x.decision = ExtensionRequest::Decision::Granted;
    x.grantedDeadline = x.proposedDeadline;
    c.extensions = {x};
    Attachment a;
    a.id = QStringLiteral("0b6c2d1e-%1").arg(id);
    a.contentType = QStringLiteral("image/jpeg");
    a.size = 123'456;
    a.sha256 = QString(64, u'a');
    a.width = 800;
    a.height = 600;
    c.attachments = {a};
    CaseEvent moved;
    moved.id = id * 10 + 1;
    moved.at = c.receivedAt.addSecs(30);
    moved.action = QStringLiteral("forwarded");
    moved.data = QJsonObject{{QStringLiteral("unitId"), 5},
                             {QStringLiteral("acceptDeadline"), toIsoString(c.receivedAt)},
                             {QStringLiteral("ratio"), 0.25},
                             {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue()}},
                             {QStringLiteral("inner"), QJsonObject{{QStringLiteral("n"), -7}}}};
    c.history.append(moved);
    return c;
}

QByteArray compactCase(const Case &c)
{
    return QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
}

// What QJsonDocument reads from the page: the reference the quick reading must match.
std::optional<FeedPage> readByQt(const QByteArray &bytes, QString *error)
{
    return feedPageFromAnswer(QJsonDocument::fromJson(bytes).object(), error);
}

void compareChanges(const FeedPage &ours, const FeedPage &theirs)
{
    QCOMPARE(ours.cursor, theirs.cursor);
    QCOMPARE(ours.more, theirs.more);
    QCOMPARE(ours.changes.size(), theirs.changes.size());
    for (qsizetype i = 0; i < ours.changes.size(); ++i) {
        const FeedChange &a = ours.changes.at(i);
        const FeedChange &b = theirs.changes.at(i);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.removedId, b.removedId);
        QCOMPARE(a.item.has_value(), b.item.has_value());
        if (a.item) {
            QVERIFY(*a.item == *b.item);
            QCOMPARE(compact(a.asSent), b.asSent);
        }
    }
}

} // namespace

class TestFeedPageBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachCaseKeepsTheBytesItWasSent()
    {
        const QByteArray first = spacedCase(11);
        const QByteArray second = spacedCase(12);
        const QByteArray bytes = page({change(1, "\"case\": " + first), change(2, "\"removed\": 7"),
                                       change(3, "\"c\\u0061se\":" + second)},
                                      3);
        QString error;
        const auto decoded = feedPageFromBytes(bytes, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->changes.size(), 3);
        QCOMPARE(decoded->changes.at(0).asSent, first);
        QVERIFY(decoded->changes.at(1).asSent.isEmpty());
        QCOMPARE(decoded->changes.at(1).removedId, 7);
        QCOMPARE(decoded->changes.at(2).asSent, second);
        QCOMPARE(decoded->changes.at(2).item->id, 12);
        QCOMPARE(decoded->changes.at(2).item->title,
                 QStringLiteral("Đường {hỏng} \"nặng\" \\ [12]"));
        // What the object decoded from the whole page says, byte for byte once compacted.
        const auto fromObject = feedPageFromAnswer(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(fromObject, qPrintable(error));
        QCOMPARE(compact(decoded->changes.at(0).asSent), fromObject->changes.at(0).asSent);
        QCOMPARE(compact(decoded->changes.at(2).asSent), fromObject->changes.at(2).asSent);
    }

    void bytesThatCouldPairWronglyAreEncodedAgain_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray a = spacedCase(21);
        const QByteArray b = spacedCase(22);
        // QJsonDocument keeps the last of two equal members; simdjson would read the first.
        QTest::newRow("two changes arrays")
            << QByteArray("{\"changes\": [" + change(1, "\"case\": " + a) + "], \"changes\": [" +
                          change(1, "\"case\": " + b) + "], \"cursor\": 1, \"more\": false}");
        QTest::newRow("two cases in one change")
            << page({change(1, "\"case\": " + a + ", \"case\": " + b)}, 1);
    }

    void bytesThatCouldPairWronglyAreEncodedAgain()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        const auto decoded = feedPageFromBytes(bytes, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->changes.size(), 1);
        const FeedChange &only = decoded->changes.first();
        const auto cached = caseFromJson(QJsonDocument::fromJson(only.asSent).object(), &error);
        QVERIFY2(cached, qPrintable(error));
        QCOMPARE(cached->id, only.item->id);
        QCOMPARE(cached->title, only.item->title);
        QCOMPARE(only.asSent, compact(only.asSent)); // Qt's encoding, not the bytes sent
    }

    // A good page is read by simdjson alone, into what QJsonDocument reads.
    void aPageIsReadWithoutQJsonDocumentAsItWouldReadIt()
    {
        const QByteArray bytes =
            page({change(4, "\"case\": " + compactCase(fullCase(31))), change(5, "\"removed\": 9"),
                  change(7, "\"case\": " + spacedCase(32)),
                  change(8, "\"note\": [1, 2], \"case\": " + compactCase(makeCase(33)))},
                 9);
        const auto quick = quickFeedPage(bytes);
        QVERIFY(quick);
        QString error;
        const auto byQt = readByQt(bytes, &error);
        QVERIFY2(byQt, qPrintable(error));
        compareChanges(*quick, *byQt);
        QCOMPARE(quick->changes.at(0).item->history.last().data.value(QStringLiteral("inner")),
                 QJsonValue(QJsonObject{{QStringLiteral("n"), -7}}));
        QCOMPARE(quick->changes.at(2).asSent, spacedCase(32));
        const auto fromBytes = feedPageFromBytes(bytes, &error);
        QVERIFY2(fromBytes, qPrintable(error));
        compareChanges(*fromBytes, *byQt);
    }

    // Where simdjson and QJsonDocument might read the bytes differently, or the
    // page is no good one, QJsonDocument reads it (and names what is wrong).
    void whatQtMightReadOtherwiseIsLeftToIt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = compactCase(fullCase(41));
        const auto withCase = [](const QByteArray &c) {
            return page({change(1, "\"case\": " + c)}, 1);
        };
        QTest::newRow("a seq written 1.0") << page({"{\"seq\": 1.0, \"case\": " + good + "}"}, 1);
        QTest::newRow("a member twice in a case")
            << withCase(QByteArray(good).replace("\"title\":", "\"title\":\"x\",\"title\":"));
        QTest::newRow("a member twice in event data")
            << withCase(QByteArray(good).replace("\"ratio\":0.25,", "\"ratio\":1,\"ratio\":0.25,"));
        QTest::newRow("an id beyond 64 bits")
            << page({change(1, "\"removed\": 18446744073709551615")}, 1);
        QTest::newRow("an id in exponent form")
            << withCase(QByteArray(good).replace("\"id\":41,", "\"id\":4.1e1,"));
        QTest::newRow("a case with no title")
            << withCase(QByteArray(good).replace("\"title\":", "\"titel\":"));
        QTest::newRow("unordered seq")
            << page({change(2, "\"removed\": 1"), change(1, "\"removed\": 2")}, 2);
    }

    void whatQtMightReadOtherwiseIsLeftToIt()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!quickFeedPage(bytes));
        QString ours;
        QString theirs;
        const auto decoded = feedPageFromBytes(bytes, &ours);
        const auto byQt = readByQt(bytes, &theirs);
        QCOMPARE(decoded.has_value(), byQt.has_value());
        QCOMPARE(ours, theirs);
        if (decoded)
            compareChanges(*decoded, *byQt);
    }

    void bytesThatAreNoPageAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{\"changes\": [");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no cursor") << QByteArray("{\"changes\": [], \"more\": false}");
        QTest::newRow("bad UTF-8")
            << QByteArray("{\"changes\": [], \"cursor\": 1, \"more\": \xff}");
    }

    void bytesThatAreNoPageAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!feedPageFromBytes(bytes, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedPageBytes)
#include "tst_feedpagebytes.moc"
