// The case view: the header's deadlines in working time, the masked phone and
// the number a reveal brought (in memory only), the map link, links to merged
// cases and the history filters, driven with keys and links under offscreen.

#include "CacheFixture.h"
#include "CaseDetailView.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>

using namespace pakn;
using namespace pakn::testing;

namespace {
// Friday 27/11/2026 09:00 in Vietnam.
const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);

Case richCase()
{
    Case c = generatedCase(2);
    c.status = CaseStatus::InProgress;
    c.reporterPhone = QStringLiteral("0912345678");
    c.latitude = 21.0285;
    c.longitude = 105.8542;
    c.acceptDeadline = now.addSecs(-3600);
    c.acceptedAt = now.addSecs(-7200);
    c.answerDeadline = now.addDays(3); // Monday 09:00: 8 working hours away
    CaseEvent note;
    note.at = now.addSecs(-600);
    note.actorId = 9;
    note.actorName = QStringLiteral("Lê Thị Lan");
    note.action = QStringLiteral("note");
    note.detail = QStringLiteral("Đã gọi cho tổ dân phố");
    note.client = QStringLiteral("pakn-desk 0.1.0");
    CaseEvent draft = note;
    draft.action = QStringLiteral("draft_reply");
    draft.detail = QStringLiteral("Kính gửi ông An, phường đã tiếp nhận.");
    CaseEvent merged = note;
    merged.action = QStringLiteral("duplicate_merged");
    merged.detail = QStringLiteral("#31 Rác thải");
    merged.data = {{QStringLiteral("duplicateId"), 31}};
    c.history = {note, draft, merged};
    return c;
}
} // namespace

class TestCaseDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerShowsWorkingTimeLeftAndMetDeadlines()
    {
        CaseDetailView view;
        view.setClock([] { return now; });
        const QString text = QTextDocumentFragment::fromHtml(view.html(richCase())).toPlainText();
        QVERIFY2(text.contains(QStringLiteral("1 d 0 h of working time left")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("met (done 27/11/2026 07:00)")));
        Case late = richCase();
        late.answerDeadline = now.addSecs(-2 * 3600); // 07:00: one working hour ago
        const QString overdue = QTextDocumentFragment::fromHtml(view.html(late)).toPlainText();
        QVERIFY2(overdue.contains(QStringLiteral("overdue by 1 h 0 min of working time")),
                 qPrintable(overdue));
    }

    void phoneIsMaskedUntilTheServerAnswersAReveal()
    {
        CaseDetailView view;
        // A case cached by an older desk still had the full number: masked all the same.
        view.setCase(richCase());
        QVERIFY(view.toPlainText().contains(QStringLiteral("******* 678")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("0912345678")));
        QSignalSpy reveal(&view, &CaseDetailView::revealPhoneRequested);
        QSignalSpy open(&view, &CaseDetailView::openCaseRequested);
        // Tab reaches the links in order (the merged duplicate, then the reveal); Enter follows.
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), 31);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Return);
        QTRY_COMPARE(reveal.count(), 1);
        QCOMPARE(reveal.at(0).at(0).toLongLong(), 2);

        // Offline: the reason next to the masked number, the link still there.
        const QString offline = QStringLiteral("needs a connection");
        view.showPhoneProblem(2, offline);
        QVERIFY(view.toPlainText().contains(offline));
        QVERIFY(view.toHtml().contains(QStringLiteral("reveal:phone")));
        // The number the server answered: shown, the link and the reason gone.
        view.showRevealedPhone(2, QStringLiteral("0912 345 678"));
        QVERIFY(view.toPlainText().contains(QStringLiteral("0912 345 678")));
        QVERIFY(!view.toPlainText().contains(offline));
        QVERIFY(!view.toHtml().contains(QStringLiteral("reveal:phone")));
        // Only for that case.
        Case other = richCase();
        other.id = 5;
        view.setCase(other);
        QVERIFY(view.toPlainText().contains(QStringLiteral("******* 678")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("0912")));
        view.setCase(richCase());
        QVERIFY(view.toPlainText().contains(QStringLiteral("0912 345 678")));
        // Another view (the desk started again) has it masked until revealed again.
        CaseDetailView restarted;
        restarted.setCase(richCase());
        QVERIFY(!restarted.toPlainText().contains(QStringLiteral("0912")));
        QVERIFY(restarted.toPlainText().contains(QStringLiteral("******* 678")));
    }

    void mapAndCaseLinks()
    {
        CaseDetailView view;
        QList<QUrl> opened;
        view.setUrlOpener([&](const QUrl &url) { opened.append(url); });
        Case c = richCase();
        c.mergedIntoId = 7;
        view.setCase(c);
        view.followLink(QUrl(QStringLiteral("map:open")));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().host(), u"www.openstreetmap.org");
        QVERIFY(opened.first().query().contains(QStringLiteral("mlat=21.028500")));
        c.latitude.reset();
        QCOMPARE(CaseDetailView::mapUrl(c).path(), u"/search");

        QSignalSpy open(&view, &CaseDetailView::openCaseRequested);
        QVERIFY(view.toHtml().contains(QStringLiteral("case:7")));
        QVERIFY(view.toHtml().contains(QStringLiteral("case:31")));
        view.followLink(QUrl(QStringLiteral("case:31")));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), 31);
    }

    void historyFilters()
    {
        CaseDetailView view;
        view.setCase(richCase());
        QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Internal notes (1)")));
        QVERIFY(text.contains(QStringLiteral("reply version 1")));
        QVERIFY(text.contains(QStringLiteral("via pakn-desk 0.1.0")));
        view.followLink(QUrl(QStringLiteral("filter:notes")));
        QCOMPARE(view.historyFilter(), CaseDetailView::HistoryFilter::Notes);
        text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Đã gọi cho tổ dân phố")));
        QVERIFY(!text.contains(QStringLiteral("Kính gửi ông An")));
        view.followLink(QUrl(QStringLiteral("filter:replies")));
        text = view.toPlainText();
        QVERIFY(!text.contains(QStringLiteral("Đã gọi cho tổ dân phố")));
        QVERIFY(text.contains(QStringLiteral("Kính gửi ông An")));
        Case other = richCase();
        other.id = 5;
        view.setCase(other); // another case starts with the whole history
        QCOMPARE(view.historyFilter(), CaseDetailView::HistoryFilter::All);
    }
};

QTEST_MAIN(TestCaseDetailView)
#include "tst_casedetailview.moc"
