// A feed page read from its bytes (feedPageFromBytes, FeedCaseBytes): the
// cache keeps each case's JSON exactly as the server sent it; pages whose
// bytes could be paired with the wrong case are encoded again instead.

#include "TestCases.h"

#include "domain/JsonCodec.h"
#include "net/ApiPayloads.h"

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
