#include "domain/TextFolding.h"

#include <QRandomGenerator>
#include <QTest>

using pakn::foldForSearch;
using pakn::foldForSearchByDecomposing;

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

    // foldForSearch() goes a character at a time; its definition decomposes
    // the whole text. Every BMP character alone and between others, then
    // random mixes of what is hard: Vietnamese both ways, stacked and stray
    // marks, white space of every kind, ASCII controls, Hangul, CJK
    // compatibility ideographs (they decompose beyond the BMP), emoji.
    void foldsAsItsDefinition()
    {
        for (char32_t u = 0; u < 0x10000; ++u) {
            if (QChar::isSurrogate(u))
                continue;
            const QString alone{QChar(char16_t(u))};
            const QString texts[] = {alone, QStringLiteral("a ") + alone + QStringLiteral(" b"),
                                     QStringLiteral("Đ") + alone + alone + QStringLiteral("ễ")};
            for (const QString &text : texts)
                QVERIFY2(foldForSearch(text) == foldForSearchByDecomposing(text),
                         qPrintable(QString::number(uint(u), 16)));
        }
        const QString pool =
            QStringLiteral("aAzZ09 \t\n\r\v\f\x1f.,-/đĐơƠưƯăĂâÂêÊôÔ"
                           "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                           "ÀÁẢÃẠỲÝỶỸỴ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
                           "\u00a0\u0085\u2003\u3000\u200b\uac00\ud55c\uf900\ufad6ǅßİẞΩΆ") +
            QString::fromUcs4(U"\U0001F600\U0001D165\U0001D167\U0001D15E");
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = random.bounded(1, 24);
            for (int k = 0; k < length; ++k) {
                const qsizetype at = random.bounded(pool.size());
                text.append(pool.at(at));
                if (pool.at(at).isHighSurrogate() && at + 1 < pool.size())
                    text.append(pool.at(at + 1));
            }
            QVERIFY2(foldForSearch(text) == foldForSearchByDecomposing(text),
                     qPrintable(QString::number(i) + QLatin1Char(' ') + text));
        }
    }
};

QTEST_APPLESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
