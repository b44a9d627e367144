// WordDiff: word-level differences between two reply versions, the common
// head and tail, Vietnamese words, re-wrapped lines counting as the same
// words, HTML escaping, and the bounded table for very long texts.

#include "WordDiff.h"

#include <QTest>

using namespace pakn;

namespace {
using K = DiffPart::Kind;
QString joined(const QList<DiffPart> &parts, K kind)
{
    QString out;
    for (const DiffPart &p : parts)
        if (p.kind == kind)
            out += p.text;
    return out;
}
// `after` is exactly the same and added parts; `before` the same and removed ones.
void checkReconstructs(const QString &before, const QString &after, const QList<DiffPart> &parts)
{
    QString a;
    QString b;
    for (const DiffPart &p : parts) {
        if (p.kind != K::Added)
            a += p.text;
        if (p.kind != K::Removed)
            b += p.text;
    }
    QCOMPARE(b, after);
    QCOMPARE(a.simplified(), before.simplified());
}
} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalTextsAreOnePart()
    {
        const QString t = QStringLiteral("Đã sửa đèn chiếu sáng.");
        QCOMPARE(WordDiff::compare(t, t), (QList<DiffPart>{{K::Same, t}}));
        QCOMPARE(WordDiff::compare(QString(), QString()), QList<DiffPart>{});
    }

    void changedWordIsRemovedThenAdded()
    {
        const QString before = QStringLiteral("Đơn vị đã sửa xong trong ngày 27/11.");
        const QString after = QStringLiteral("Đơn vị đã thay mới xong trong ngày 28/11.");
        const QList<DiffPart> parts = WordDiff::compare(before, after);
        QCOMPARE(parts, (QList<DiffPart>{{K::Same, QStringLiteral("Đơn vị đã ")},
                                         {K::Removed, QStringLiteral("sửa ")},
                                         {K::Added, QStringLiteral("thay mới ")},
                                         {K::Same, QStringLiteral("xong trong ngày ")},
                                         {K::Removed, QStringLiteral("27/11.")},
                                         {K::Added, QStringLiteral("28/11.")}}));
        checkReconstructs(before, after, parts);
    }

    void insertionsAndDeletionsAtBothEnds()
    {
        const QString before = QStringLiteral("đã tiếp nhận phản ánh và chuyển xử lý");
        const QString after = QStringLiteral("UBND phường đã tiếp nhận phản ánh");
        const QList<DiffPart> parts = WordDiff::compare(before, after);
        QCOMPARE(joined(parts, K::Added), QStringLiteral("UBND phường "));
        QCOMPARE(joined(parts, K::Removed), QStringLiteral(" và chuyển xử lý"));
        checkReconstructs(before, after, parts);
    }

    void rewrappedLinesAreTheSameWords()
    {
        const QList<DiffPart> parts = WordDiff::compare(QStringLiteral("một hai\nba bốn"),
                                                        QStringLiteral("một hai ba\nbốn năm"));
        QCOMPARE(joined(parts, K::Removed), QString());
        QCOMPARE(joined(parts, K::Added), QStringLiteral(" năm"));
    }

    void htmlIsEscapedAndMarked()
    {
        const QString html = WordDiff::toHtml(
            WordDiff::compare(QStringLiteral("a <b> c"), QStringLiteral("a <i> c\nd")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY(html.contains(QStringLiteral("underline")));
        QVERIFY(html.contains(QStringLiteral("<br>")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
    }

    void veryLongTextsFallBackToReplacingTheMiddle()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 2100; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        const QString before =
            QStringLiteral("đầu ") + a.join(QLatin1Char(' ')) + QStringLiteral(" cuối");
        const QString after =
            QStringLiteral("đầu ") + b.join(QLatin1Char(' ')) + QStringLiteral(" cuối");
        const QList<DiffPart> parts = WordDiff::compare(before, after);
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.first().text, QStringLiteral("đầu "));
        QCOMPARE(parts.last().text, QStringLiteral(" cuối"));
        checkReconstructs(before, after, parts);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
