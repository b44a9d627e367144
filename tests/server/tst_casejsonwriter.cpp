#include "domain/JsonCodec.h"
#include "domain/PhoneMask.h"
#include "http/CaseJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace pakn;
using namespace pakn::server;

namespace {
Case sampleCase()
{
    Case c;
    c.id = 42;
    c.version = 7;
    c.title = QStringLiteral("Ngập úng \"kéo dài\" tại Đường Láng \\ 100%");
    c.description = QStringLiteral("Dòng 1\nDòng 2\tcó tab\r\u0001\u001f và emoji 🌧");
    c.reporterName = QStringLiteral("Nguyễn Văn A");
    c.reporterPhone = QStringLiteral("0912345678");
    c.channel = Channel::Zalo;
    c.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(1, 2, 3, 456), Qt::UTC);
    c.field = QStringLiteral("drainage");
    c.urgency = Urgency::Urgent;
    c.address = QStringLiteral("Số 1 Đường Láng, Hà Nội");
    c.latitude = 21.0123456789012;
    c.longitude = 105.8;
    c.unitId = 5;
    c.unitName = QStringLiteral("Phường Kim Mã");
    c.assigneeId = 9;
    c.assigneeName = QStringLiteral("Lê Thị Lan");
    c.status = CaseStatus::InProgress;
    c.acceptDeadline = c.receivedAt.addDays(1);
    c.answerDeadline = c.receivedAt.addDays(10);
    c.replyDraft = QStringLiteral("Dự thảo");
    c.updatedAt = c.receivedAt.addDays(2);
    c.history = {{1, c.receivedAt, 0, QStringLiteral("Hệ thống"), QStringLiteral("received"),
                  QStringLiteral("Tiếp nhận qua Zalo"), QStringLiteral("zalo")},
                 {2, c.receivedAt.addSecs(60), 3, QStringLiteral("Nguyễn Thu Hương"),
                  QStringLiteral("route"), QStringLiteral("Phường Kim Mã"),
                  QStringLiteral("pakn-desk 0.1.0"), QJsonObject{{QStringLiteral("unitId"), 5}}}};
    c.acceptedAt = c.receivedAt.addSecs(3600);
    c.reopenCount = 1;
    c.mergedIntoId = 0;
    ExtensionRequest x;
    x.requestedAt = c.receivedAt.addDays(3);
    x.requestedById = 9;
    x.requestedByName = QStringLiteral("Lê Thị Lan");
    x.reason = QStringLiteral("Chờ \"khảo sát\"");
    x.proposedDeadline = c.answerDeadline.addDays(5);
    x.previousDeadline = c.answerDeadline;
    x.decision = ExtensionRequest::Decision::Granted;
    x.decidedAt = x.requestedAt.addSecs(600);
    x.grantedDeadline = x.proposedDeadline;
    c.extensions = {x};
    Attachment photo;
    photo.id = QStringLiteral("6f1c2a7e-4b1d-4c55-9a9e-0d3f1b2c4e5a");
    photo.fileName = QStringLiteral("ảnh \"ngập\".jpg");
    photo.contentType = QStringLiteral("image/jpeg");
    photo.size = 48213;
    photo.sha256 = QString(64, QLatin1Char('a'));
    photo.width = 1280;
    photo.height = 960;
    photo.uploadedAt = c.receivedAt.addSecs(30);
    photo.uploadedById = 2;
    photo.uploadedByName = QStringLiteral("Zalo OA");
    Attachment evidence = photo;
    evidence.id = QStringLiteral("0b7e8d3c-2f4a-4e1b-8c6d-5a9f0e1d2c3b");
    evidence.purpose = Attachment::Purpose::Evidence;
    evidence.contentType = QStringLiteral("application/pdf");
    evidence.width = evidence.height = 0;
    c.attachments = {photo, evidence};
    return c;
}

// What the writer sends: the case with the reporter's phone masked.
Case masked(Case c)
{
    c.reporterPhone = maskedPhone(c.reporterPhone);
    return c;
}

QJsonObject written(const Case &c, bool history)
{
    JsonWriter w;
    writeCase(w, c, history);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(w.take(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return doc.object();
}
} // namespace

class TestCaseJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTheDomainCodec()
    {
        const Case c = sampleCase();
        QCOMPARE(written(c, true), toJson(masked(c), true));
        QCOMPARE(written(c, false), toJson(masked(c), false));
    }

    void timesAreWrittenLikeTheCodecsInUtc()
    {
        Case c = sampleCase();
        // Another zone, a year start, milliseconds at both ends, a far year.
        c.receivedAt = QDateTime(QDate(2027, 1, 1), QTime(6, 59, 59, 999), QTimeZone(7 * 3600));
        c.acceptDeadline = QDateTime(QDate(1999, 12, 31), QTime(23, 0, 0, 1), Qt::UTC);
        c.updatedAt = QDateTime(QDate(12000, 3, 4), QTime(5, 6, 7), Qt::UTC);
        const QJsonObject o = written(c, true);
        QCOMPARE(o, toJson(masked(c), true));
        QCOMPARE(o.value(QStringLiteral("receivedAt")).toString(),
                 QStringLiteral("2026-12-31T23:59:59.999Z"));
        QCOMPARE(o.value(QStringLiteral("acceptDeadline")).toString(),
                 QStringLiteral("1999-12-31T23:00:00.001Z"));
    }

    void optionalMembersAreAbsentWhenUnset()
    {
        Case c = sampleCase();
        c.latitude.reset();
        c.longitude.reset();
        c.acceptDeadline = {};
        c.answerDeadline = {};
        const QJsonObject o = written(c, true);
        QCOMPARE(o, toJson(masked(c), true));
        QVERIFY(!o.contains(QStringLiteral("latitude")));
        QVERIFY(!o.contains(QStringLiteral("answeredAt")));
    }

    void roundTripsThroughTheStrictDecoder()
    {
        const Case c = sampleCase();
        QString error;
        const auto decoded = caseFromJson(written(c, true), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, masked(c));
    }

    void aClosedCaseCarriesItsRatingAndOnTimeFlags()
    {
        Case c = sampleCase();
        c.status = CaseStatus::Closed;
        c.answeredAt = c.answerDeadline.addSecs(60); // a minute late
        c.rating = Rating::Acceptable;
        c.ratedAt = c.answeredAt.addDays(1);
        c.closedAt = c.ratedAt;
        const QJsonObject o = written(c, true);
        QCOMPARE(o, toJson(masked(c), true));
        QCOMPARE(o.value(QStringLiteral("rating")).toString(), QStringLiteral("acceptable"));
        QCOMPARE(o.value(QStringLiteral("acceptedOnTime")).toBool(true), true);
        QCOMPARE(o.value(QStringLiteral("answeredOnTime")).toBool(true), false);
        const auto decoded = caseFromJson(o);
        QVERIFY(decoded);
        QCOMPARE(*decoded, masked(c));
    }

    // Escapes at a string's start and end, between runs that need none, and
    // alone; what QJsonDocument reads back is the string written.
    void stringsAreEscapedExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("plain") << QStringLiteral("Đường Láng") << QByteArray("\"Đường Láng\"");
        QTest::newRow("only escapes") << QStringLiteral("\"\\\n") << QByteArray("\"\\\"\\\\\\n\"");
        QTest::newRow("at both ends")
            << QStringLiteral("\tcó\u0001") << QByteArray("\"\\tcó\\u0001\"");
        QTest::newRow("between runs") << QStringLiteral("a\"b\\c\rd\be\ff\u001fg")
                                      << QByteArray("\"a\\\"b\\\\c\\rd\\be\\ff\\u001fg\"");
    }

    void stringsAreEscapedExactly()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        JsonWriter w;
        w.beginArray();
        w.value(text);
        w.endArray();
        const QByteArray written = w.take();
        QCOMPARE(written, '[' + json + ']');
        QCOMPARE(QJsonDocument::fromJson(written).array().at(0).toString(), text);
    }

    void replyBodyWrapsTheCase()
    {
        const Case c = sampleCase();
        const QJsonObject o = QJsonDocument::fromJson(caseReplyBody(c)).object();
        QCOMPARE(o.value(QStringLiteral("case")).toObject(), toJson(masked(c)));
        QVERIFY(!o.contains(QStringLiteral("reporterPhone")));
        // Around a case already written (an action's answer, beside its feed bytes): the same.
        JsonWriter w;
        writeCase(w, c);
        QCOMPARE(caseReplyBody(w.take()), caseReplyBody(c));
    }

    void thePhoneIsMaskedExceptInTheRevealAnswer()
    {
        const Case c = sampleCase();
        JsonWriter w;
        writeCase(w, c);
        const QByteArray bytes = w.take();
        QVERIFY(!bytes.contains("0912345678"));
        QVERIFY(!bytes.contains("0912"));
        QVERIFY(bytes.contains("\"reporterPhone\":\"******* 678\""));
        QVERIFY(!caseReplyBody(c).contains("0912"));

        const QJsonObject o = QJsonDocument::fromJson(revealReplyBody(c)).object();
        QCOMPARE(o.value(QStringLiteral("reporterPhone")).toString(), QStringLiteral("0912345678"));
        QCOMPARE(o.value(QStringLiteral("case")).toObject(), toJson(masked(c)));
    }
};

QTEST_GUILESS_MAIN(TestCaseJsonWriter)
#include "tst_casejsonwriter.moc"
