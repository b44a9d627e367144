// The one masking rule of the reporter's phone, shared by the server's case
// JSON and the desk: only the last three digits show.

#include "domain/PhoneMask.h"

#include <QTest>

using namespace pakn;

class TestPhoneMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyTheLastThreeDigitsShow_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("shown");
        QTest::newRow("spaced") << "0912 345 678"
                                << "******* 678";
        QTest::newRow("plain") << "0912345678"
                               << "******* 678";
        QTest::newRow("international") << "+84 912 345 678"
                                       << "******** 678";
        QTest::newRow("short number") << "113"
                                      << "***";
        QTest::newRow("seven digits") << "1234567"
                                      << "*******";
        QTest::newRow("no digits") << "không rõ"
                                   << "***";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("blank") << "  "
                               << "";
    }
    void onlyTheLastThreeDigitsShow()
    {
        QFETCH(QString, phone);
        QFETCH(QString, shown);
        QCOMPARE(maskedPhone(phone), shown);
    }

    void maskingAMaskedNumberChangesNothing()
    {
        for (const char *phone : {"0912 345 678", "+84 912 345 678", "113", "không rõ"}) {
            const QString once = maskedPhone(QString::fromUtf8(phone));
            QCOMPARE(maskedPhone(once), once);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneMask)
#include "tst_phonemask.moc"
