#include "domain/TextFolding.h"

#include <QTest>

using pakn::foldForSearch;

class TestTextFolding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("road") << QStringLiteral("Đường Láng") << QStringLiteral("duong lang");
        QTest::newRow("upper") << QStringLiteral("ĐÔNG ANH") << QStringLiteral("dong anh");
        QTest::newRow("ward") << QStringLiteral("Phường Ngọc Khánh")
                              << QStringLiteral("phuong ngoc khanh");
        QTest::newRow("stacked marks") << QStringLiteral("Nguyễn Trung Trực, ổ gà")
                                       << QStringLiteral("nguyen trung truc, o ga");
        QTest::newRow("spaces") << QStringLiteral("  rác \t thải\n") << QStringLiteral("rac thai");
        QTest::newRow("ascii") << QStringLiteral("Open311 ABC") << QStringLiteral("open311 abc");
        QTest::newRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void decomposedInputFoldsLikePrecomposed()
    {
        const QString precomposed = QStringLiteral("Hoàn Kiếm đường phố");
        const QString decomposed = precomposed.normalized(QString::NormalizationForm_D);
        QVERIFY(precomposed != decomposed);
        QCOMPARE(foldForSearch(decomposed), foldForSearch(precomposed));
        QCOMPARE(foldForSearch(decomposed), QStringLiteral("hoan kiem duong pho"));
    }

    void decomposedCapitalDStroke()
    {
        // Đ has no decomposition; D + combining stroke is not Vietnamese input, but
        // "Đ" typed as U+0110 in any normalization form must fold.
        QCOMPARE(foldForSearch(QString(QChar(0x0110)) + QStringLiteral("ội Cấn")),
                 QStringLiteral("doi can"));
    }
};

QTEST_APPLESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
