// The embedded translations load, Vietnamese is complete for the names users
// read everywhere, and widgets retranslate themselves when the language changes.

#include "DisplayNames.h"
#include "SearchBox.h"
#include "UiLanguage.h"

#include <QSignalSpy>
#include <QTest>

using namespace pakn;

class TestUiLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersFollowTheLanguageAndDatesStayVietnamese()
    {
        UiLanguage language;
        const QDateTime t(QDate(2026, 11, 29), QTime(3, 5), Qt::UTC);
        QVERIFY(language.use(QStringLiteral("vi")));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(DisplayNames::dateTime(t), QStringLiteral("29/11/2026 10:05"));
        QVERIFY(language.use(QStringLiteral("en")));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2.5"));
        QCOMPARE(DisplayNames::dateTime(t), QStringLiteral("29/11/2026 10:05"));
        QCOMPARE(tr("%Ln", nullptr, 1234), QStringLiteral("1,234"));
        QVERIFY(language.use(QStringLiteral("vi")));
    }

    void vietnameseNames()
    {
        UiLanguage language;
        QVERIFY(language.use(QStringLiteral("vi")));
        QCOMPARE(DisplayNames::status(CaseStatus::New), QStringLiteral("chờ phân loại"));
        QCOMPARE(DisplayNames::status(CaseStatus::PendingAcceptance),
                 QStringLiteral("chờ tiếp nhận"));
        QCOMPARE(DisplayNames::status(CaseStatus::InProgress), QStringLiteral("đang xử lý"));
        QCOMPARE(DisplayNames::status(CaseStatus::AwaitingApproval),
                 QStringLiteral("chờ phê duyệt"));
        QCOMPARE(DisplayNames::status(CaseStatus::Answered), QStringLiteral("đã xử lý"));
        QCOMPARE(DisplayNames::status(CaseStatus::Closed), QStringLiteral("đã đóng"));
        QCOMPARE(DisplayNames::status(CaseStatus::Refused), QStringLiteral("đã từ chối"));
        QCOMPARE(DisplayNames::status(CaseStatus::Merged), QStringLiteral("đã gộp"));
        QCOMPARE(DisplayNames::urgency(Urgency::Urgent), QStringLiteral("Khẩn"));
        QCOMPARE(DisplayNames::channel(Channel::Hotline), QStringLiteral("Đường dây nóng"));
        QCOMPARE(DisplayNames::field(QStringLiteral("drainage")),
                 QStringLiteral("Thoát nước và ngập úng"));

        // Every field, status, role, urgency, channel and action is translated.
        QSet<QString> seen;
        for (const QString &code : fieldCodes())
            seen.insert(DisplayNames::field(code));
        for (CaseStatus s : allStatuses())
            seen.insert(DisplayNames::status(s));
        for (Role r : allRoles())
            seen.insert(DisplayNames::role(r));
        for (Urgency u : allUrgencies())
            seen.insert(DisplayNames::urgency(u));
        for (CaseAction a : allActions())
            seen.insert(DisplayNames::action(a));
        QVERIFY(language.use(QStringLiteral("en")));
        for (const QString &code : fieldCodes())
            QVERIFY2(!seen.contains(DisplayNames::field(code)), qPrintable(code));
        for (CaseStatus s : allStatuses())
            QVERIFY2(!seen.contains(DisplayNames::status(s)), qPrintable(toCode(s)));
        for (Role r : allRoles())
            QVERIFY2(!seen.contains(DisplayNames::role(r)), qPrintable(toCode(r)));
        for (Urgency u : allUrgencies())
            QVERIFY2(!seen.contains(DisplayNames::urgency(u)), qPrintable(toCode(u)));
        for (CaseAction a : allActions())
            QVERIFY2(!seen.contains(DisplayNames::action(a)), qPrintable(toCode(a)));
    }

    void vietnamTimeWhateverTheLocalZone()
    {
        const QDateTime utc(QDate(2026, 11, 27), QTime(17, 30), Qt::UTC);
        QCOMPARE(DisplayNames::dateTime(utc), QStringLiteral("28/11/2026 00:30"));
        QCOMPARE(DisplayNames::time(utc), QStringLiteral("00:30"));
        QCOMPARE(DisplayNames::dateTime({}), QString());
    }

    void widgetsRetranslate()
    {
        UiLanguage language;
        QVERIFY(language.use(QStringLiteral("vi")));
        SearchBox box;
        QCOMPARE(box.placeholderText(), QStringLiteral("Tìm kiếm… (không cần dấu)"));
        QSignalSpy changed(&language, &UiLanguage::changed);
        QVERIFY(language.use(QStringLiteral("en")));
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE(box.placeholderText(), QStringLiteral("Search… (no diacritics needed)"));
        QCOMPARE(UiLanguage::normalized(QStringLiteral("fr")), QStringLiteral("vi"));
    }

    void theSearchBoxSaysWhenTheIndexIsStillComing()
    {
        UiLanguage language;
        QVERIFY(language.use(QStringLiteral("vi")));
        SearchBox box;
        box.setSearchPending(true);
        QCOMPARE(box.placeholderText(),
                 QStringLiteral("Tìm kiếm… (tìm được mọi hồ sơ khi tải lần đầu xong)"));
        QVERIFY(language.use(QStringLiteral("en")));
        QTRY_COMPARE(box.placeholderText(),
                     QStringLiteral("Search… (finds every case once the first download ends)"));
        box.setSearchPending(false);
        QCOMPARE(box.placeholderText(), QStringLiteral("Search… (no diacritics needed)"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
