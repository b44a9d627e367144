// Where the search matched in a title: folded word prefixes mapped back to
// the title's own characters, composed or decomposed.

#include "MatchHighlight.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pakn;

Q_DECLARE_METATYPE(QList<TextRange>)

class TestMatchHighlight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsFoldedWordPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<TextRange>>("ranges");
        const QString lang = QStringLiteral("Ngập úng trên Đường Láng");
        QTest::newRow("no marks typed")
            << lang << QStringLiteral("duong") << QList<TextRange>{{14, 5}};
        QTest::newRow("a prefix") << lang << QStringLiteral("ngap") << QList<TextRange>{{0, 4}};
        QTest::newRow("two words")
            << lang << QStringLiteral("lang  DUONG") << QList<TextRange>{{14, 5}, {20, 4}};
        QTest::newRow("inside a word is no match")
            << lang << QStringLiteral("ang") << QList<TextRange>{};
        QTest::newRow("decomposed search")
            << lang << QStringLiteral("đường").normalized(QString::NormalizationForm_D)
            << QList<TextRange>{{14, 5}};
        // Đ u ◌̛ o ◌̛ ◌̀ n g: the marks belong to their letters.
        QTest::newRow("decomposed title")
            << QStringLiteral("Đường Láng").normalized(QString::NormalizationForm_D)
            << QStringLiteral("duong") << QList<TextRange>{{0, 8}};
        QTest::newRow("nothing to find") << lang << QString() << QList<TextRange>{};
    }
    void findsFoldedWordPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, search);
        QFETCH(QList<TextRange>, ranges);
        QCOMPARE(foldedMatches(text, search), ranges);
    }

    // The delegate paints the matched run over the highlight colour.
    void paintsTheMatchHighlighted()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Đường Láng ngập sâu")));
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(0, 300);
        auto *delegate = new MatchHighlightDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(400, 100);
        const auto yellowPixels = [&] {
            const QImage image = view.viewport()->grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == QColor(0xff, 0xe0, 0x82);
            return n;
        };
        QCOMPARE(yellowPixels(), 0);
        delegate->setSearch(QStringLiteral("lang"));
        QVERIFY(yellowPixels() > 20);
    }
};

QTEST_MAIN(TestMatchHighlight)
#include "tst_matchhighlight.moc"
