#include "domain/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pakn;

namespace {
Case sampleCase()
{
    Case c;
    c.id = 123;
    c.version = 4;
    c.title = QStringLiteral("Rác thải tồn đọng ngõ 18 Đội Cấn");
    c.description = QStringLiteral("Rác để 3 ngày chưa thu gom, bốc mùi.\nĐề nghị xử lý.");
    c.reporterName = QStringLiteral("Trần Thị Bích");
    c.reporterPhone = QStringLiteral("0912345678");
    c.channel = Channel::Zalo;
    c.receivedAt = QDateTime(QDate(2026, 2, 13), QTime(9, 30, 15, 250), Qt::UTC);
    c.field = QStringLiteral("environment");
    c.urgency = Urgency::Complex;
    c.address = QStringLiteral("Ngõ 18 Đội Cấn, Ba Đình");
    c.latitude = 21.0362;
    c.longitude = 105.8212;
    c.unitId = 5;
    c.unitName = QStringLiteral("Phường Đội Cấn");
    c.assigneeId = 9;
    c.assigneeName = QStringLiteral("Lê Văn Cường");
    c.status = CaseStatus::AwaitingApproval;
    c.acceptDeadline = c.receivedAt.addDays(1);
    c.answerDeadline = c.receivedAt.addDays(14);
    c.replyDraft = QStringLiteral("Đã thu gom.");
    c.updatedAt = c.receivedAt.addDays(2);
    Attachment photo;
    photo.id = QStringLiteral("7d1e2c3a-9b8f-4e6d-a5c4-3b2a1f0e9d8c");
    photo.fileName = QStringLiteral("ảnh rác.jpg");
    photo.contentType = QStringLiteral("image/jpeg");
    photo.size = 245760;
    photo.sha256 = QString(64, QLatin1Char('a'));
    photo.width = 1280;
    photo.height = 960;
    photo.uploadedAt = c.receivedAt;
    c.attachments.append(photo);
    Attachment proof = photo;
    proof.id = QStringLiteral("0b5c7a2e-1111-4e6d-a5c4-3b2a1f0e9d8c");
    proof.purpose = Attachment::Purpose::Evidence;
    proof.contentType = QStringLiteral("application/pdf");
    proof.width = proof.height = 0;
    proof.uploadedById = 9;
    proof.uploadedByName = QStringLiteral("Lê Văn Cường");
    c.attachments.append(proof);
    c.history.append({1, c.receivedAt, 0, QString(), QStringLiteral("received"), QString(),
                      QStringLiteral("zalo")});
    c.history.append({2, c.receivedAt.addSecs(60), 3, QStringLiteral("Điều phối viên"),
                      QStringLiteral("route"), QStringLiteral("Phường Đội Cấn"),
                      QStringLiteral("pakn-desk 0.1.0")});
    return c;
}
} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caseRoundTripsThroughText()
    {
        const Case c = sampleCase();
        const QByteArray bytes = QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
        QString error;
        const auto back = caseFromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, c);
    }

    void caseWithoutOptionalMembers()
    {
        Case c = sampleCase();
        c.latitude.reset();
        c.longitude.reset();
        c.answerDeadline = {};
        c.history.clear();
        const auto back = caseFromJson(toJson(c, false));
        QVERIFY(back);
        QCOMPARE(*back, c);
    }

    void unitAndAccountRoundTrip()
    {
        const Unit u{14, 3, QStringLiteral("Phường Ngọc Hà"), QStringLiteral("ward")};
        QCOMPARE(*unitFromJson(toJson(u)), u);
        const Account a{8, QStringLiteral("officer2"), QStringLiteral("Phạm Thu Hà"), Role::Officer,
                        14};
        QCOMPARE(*accountFromJson(toJson(a)), a);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id string") << "id" << QJsonValue(QStringLiteral("12"));
        QTest::newRow("id negative") << "id" << QJsonValue(-1);
        QTest::newRow("id fraction") << "id" << QJsonValue(1.5);
        QTest::newRow("status unknown") << "status" << QJsonValue(QStringLiteral("lost"));
        QTest::newRow("status missing") << "status" << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("title number") << "title" << QJsonValue(3);
        QTest::newRow("time garbage") << "receivedAt" << QJsonValue(QStringLiteral("hôm qua"));
        QTest::newRow("required time empty") << "receivedAt" << QJsonValue(QStringLiteral(""));
        QTest::newRow("history object") << "history" << QJsonValue(QJsonObject());
        QTest::newRow("history bad event")
            << "history" << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}});
        QTest::newRow("latitude string") << "latitude" << QJsonValue(QStringLiteral("21"));
    }
    void rejectsMalformed()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject o = toJson(sampleCase());
        if (value.isUndefined())
            o.remove(member);
        else
            o.insert(member, value);
        QString error;
        QVERIFY(!caseFromJson(o, &error));
        QVERIFY2(error.contains(member), qPrintable(error));
    }

    // Found by fuzz_json_codecs: a granted extension whose proposed deadline
    // was "" decoded, re-encoded without it, and then no longer decoded.
    void anExtensionWithAnEmptyRequiredTimeIsRefused()
    {
        ExtensionRequest x;
        x.requestedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC);
        x.requestedById = 9;
        x.proposedDeadline = x.requestedAt.addDays(7);
        QJsonObject o = toJson(x);
        QVERIFY(extensionRequestFromJson(o));
        o.insert(QStringLiteral("proposedDeadline"), QStringLiteral(""));
        QString error;
        QVERIFY(!extensionRequestFromJson(o, &error));
        QVERIFY2(error.contains(QLatin1String("proposedDeadline")), qPrintable(error));
        // An optional time may be empty: it reads as absent, as it is written.
        o = toJson(x);
        o.insert(QStringLiteral("grantedDeadline"), QStringLiteral(""));
        const auto read = extensionRequestFromJson(o);
        QVERIFY(read);
        QVERIFY(!read->grantedDeadline.isValid());
    }

    void isoTimesAreUtcWithMilliseconds()
    {
        const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        QCOMPARE(toIsoString(t), QStringLiteral("2026-01-02T03:04:05.006Z"));
        QCOMPARE(fromIsoString(QStringLiteral("2026-01-02T10:04:05.006+07:00")), t);
        QVERIFY(toIsoString({}).isEmpty());
    }

    // fromIsoString reads its own form without QDateTime's parser; whatever the
    // string, it must read as that parser reads it.
    void isoTimesReadAsQtReadsThem()
    {
        const auto byQt = [](const QString &s) {
            QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!t.isValid())
                t = QDateTime::fromString(s, Qt::ISODate);
            return t.isValid() ? t.toUTC() : QDateTime();
        };
        QStringList samples = {
            QStringLiteral("2026-01-02T03:04:05.006Z"), QStringLiteral("2024-02-29T23:59:59.999Z"),
            QStringLiteral("2026-02-29T10:00:00.000Z"), QStringLiteral("2026-13-01T10:00:00.000Z"),
            QStringLiteral("2026-12-31T24:00:00.000Z"), QStringLiteral("2026-12-31T23:60:00.000Z"),
            QStringLiteral("2026-12-31T23:59:60.000Z"), QStringLiteral("0000-01-01T00:00:00.000Z"),
            QStringLiteral("2026-1a-01T10:00:00.000Z"), QStringLiteral("2026-01-01T10:00:00.000+"),
            QStringLiteral("٢٠٢٦-01-01T10:00:00.000Z"), QStringLiteral("2026-01-01 10:00:00.000Z")};
        // Every day of two years at a random moment, and random digit strings in the form.
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (int day = 0; day < 731; ++day)
            samples << toIsoString(
                start.addDays(day).addMSecs(qint64(day) * 7919 * 977 % 86'400'000));
        const QString form = QStringLiteral("dddd-dd-ddTdd:dd:dd.dddZ");
        quint32 seed = 7;
        for (int i = 0; i < 20'000; ++i) {
            QString s = form;
            for (QChar &ch : s)
                if (ch == u'd') {
                    seed = seed * 1'103'515'245u + 12'345u;
                    ch = QChar(u'0' + char16_t((seed >> 16) % (i % 2 ? 3 : 10)));
                }
            samples << s;
        }
        for (const QString &s : std::as_const(samples)) {
            const QDateTime ours = fromIsoString(s);
            const QDateTime theirs = byQt(s);
            QVERIFY2(ours == theirs && ours.timeSpec() == theirs.timeSpec() &&
                         ours.isValid() == theirs.isValid(),
                     qPrintable(s));
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
