// The desk's intake dialog (issue 6, staff intake) driven with keys under
// offscreen: OK only when the report can be sent, the messages beside the
// fields, what is sent (and under which idempotency key), a failure keeping
// everything typed, and closing with text typed asking first.

#include "IntakeDialog.h"
#include "ModalDialogs.h"
#include "Typing.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

namespace {

QList<FieldInfo> fields()
{
    return {{QStringLiteral("roads"), QStringLiteral("Giao thông"), QStringLiteral("Roads"), true},
            {QStringLiteral("old"), QStringLiteral("Cũ"), QStringLiteral("Old"), false},
            {QStringLiteral("environment"), QStringLiteral("Môi trường"),
             QStringLiteral("Environment"), true}};
}

// Records what the dialog sends; the test answers when it likes.
struct FakeServer
{
    QList<QJsonObject> bodies;
    ApiClient::CaseCallback pending;
    IntakeDialog::Sender sender()
    {
        return [this](const StaffReport &report, const QString &key, ApiClient::CaseCallback done) {
            bodies.append(report.requestBody(key));
            pending = std::move(done);
        };
    }
    void answer(const ApiResult &r, const std::optional<Case> &created = {})
    {
        std::exchange(pending, {})(r, created);
    }
};

ApiResult created()
{
    ApiResult r;
    r.httpStatus = 201;
    return r;
}

Case newCase(qint64 id)
{
    Case c;
    c.id = id;
    return c;
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    typeText(w, text);
}

} // namespace

class IntakeDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okOnlyWhenSendable()
    {
        FakeServer server;
        IntakeDialog dialog(fields(), server.sender());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageFor(QStringLiteral("description")).isEmpty()); // nothing typed yet
        QCOMPARE(dialog.fieldBox()->count(), 2); // the retired field is not offered

        typeInto(dialog.descriptionEdit(), QStringLiteral("Đèn đường hỏng"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.descriptionEdit()->selectAll();
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Delete);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.messageFor(QStringLiteral("description")).isEmpty());

        typeInto(dialog.descriptionEdit(), QStringLiteral("Ổ gà"));
        typeInto(dialog.phoneEdit(), QStringLiteral("09x"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.messageFor(QStringLiteral("reporterPhone")).isEmpty());
        typeInto(dialog.phoneEdit(), QStringLiteral("12 345 678"));
        QVERIFY(!dialog.okButton()->isEnabled()); // "09x12 345 678"
        dialog.phoneEdit()->clear();
        typeInto(dialog.phoneEdit(), QStringLiteral("0912 345")); // too few digits
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.phoneEdit()->clear();
        typeInto(dialog.phoneEdit(), QStringLiteral("0912 345 678"));
        QVERIFY(dialog.messageFor(QStringLiteral("reporterPhone")).isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());

        // The counter, and the server's limit of 4,000 characters.
        dialog.descriptionEdit()->setPlainText(QString(IntakeDialog::maxDescription, u'a'));
        QVERIFY(dialog.okButton()->isEnabled());
        typeInto(dialog.descriptionEdit(), QStringLiteral("b"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageFor(QStringLiteral("description")).contains(QLatin1String("4000")));
        QVERIFY(server.bodies.isEmpty());
        QTest::keyClick(&dialog, Qt::Key_Return); // refused while invalid
        QVERIFY(server.bodies.isEmpty());
    }

    void sendsWhatWasTypedAndReportsTheCase()
    {
        FakeServer server;
        IntakeDialog dialog(fields(), server.sender());
        QSignalSpy spy(&dialog, &IntakeDialog::caseCreated);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The tab order follows the form: channel, name, phone, address, field, title, description.
        dialog.channelBox()->setFocus();
        QTest::keyClick(dialog.channelBox(), Qt::Key_Down); // walk-in
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.nameEdit());
        typeText(QApplication::focusWidget(), QStringLiteral("Nguyễn Văn Bình"));
        QTest::keyClick(&dialog, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("0912345678"));
        QTest::keyClick(&dialog, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("Số 5 phố Kim Mã"));
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.fieldBox());
        QTest::keyClick(dialog.fieldBox(), Qt::Key_Down); // environment
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.titleEdit());
        QTest::keyClick(&dialog, Qt::Key_Tab); // no title: the server makes one
        QCOMPARE(QApplication::focusWidget(), dialog.descriptionEdit());
        typeText(QApplication::focusWidget(), QStringLiteral("Rác thải ùn ứ trước cổng chợ"));
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_S, Qt::AltModifier); // "&Send", animated
        QTRY_COMPARE(server.bodies.size(), 1);
        const QJsonObject body = server.bodies.first();
        QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("walk_in"));
        QCOMPARE(body.value(QStringLiteral("reporterName")).toString(),
                 QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(body.value(QStringLiteral("reporterPhone")).toString(),
                 QStringLiteral("0912345678"));
        QCOMPARE(body.value(QStringLiteral("address")).toString(),
                 QStringLiteral("Số 5 phố Kim Mã"));
        QCOMPARE(body.value(QStringLiteral("field")).toString(), QStringLiteral("environment"));
        QVERIFY(!body.contains(QStringLiteral("title")));
        QCOMPARE(body.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Rác thải ùn ứ trước cổng chợ"));
        QVERIFY(!body.value(QStringLiteral("key")).toString().isEmpty());
        // While sending: nothing can be changed or sent twice.
        QVERIFY(dialog.isSending());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.descriptionEdit()->isEnabled());

        server.answer(created(), newCase(42));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toLongLong(), 42);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aFailureKeepsEverything()
    {
        FakeServer server;
        IntakeDialog dialog(fields(), server.sender());
        QSignalSpy spy(&dialog, &IntakeDialog::caseCreated);
        dialog.show();
        typeInto(dialog.addressEdit(), QStringLiteral("Ngõ 12 Láng Hạ"));
        typeInto(dialog.descriptionEdit(), QStringLiteral("Nước ngập sâu"));
        dialog.okButton()->click();
        ApiResult offline;
        offline.kind = ApiResult::Kind::Offline;
        offline.message = QStringLiteral("Connection refused");
        server.answer(offline);
        QVERIFY(dialog.isVisible());
        QVERIFY(spy.isEmpty());
        QVERIFY(dialog.statusText().contains(QLatin1String("Connection refused")));
        QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("Ngõ 12 Láng Hạ"));
        QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Nước ngập sâu"));
        QVERIFY(dialog.descriptionEdit()->isEnabled());
        QVERIFY(dialog.okButton()->isEnabled());

        // Sent again unchanged: the same key, so a lost first answer cannot make two cases.
        dialog.okButton()->click();
        QCOMPARE(server.bodies.size(), 2);
        QCOMPARE(server.bodies.at(1), server.bodies.at(0));
        ApiResult refused;
        refused.kind = ApiResult::Kind::HttpError;
        refused.httpStatus = 400;
        refused.message = QStringLiteral("The address is longer than 300 characters");
        refused.errorCode = QStringLiteral("bad_request");
        refused.errorField = QStringLiteral("address");
        server.answer(refused);
        QCOMPARE(dialog.messageFor(QStringLiteral("address")), refused.message);
        typeInto(dialog.addressEdit(), QStringLiteral(", Đống Đa"));
        QVERIFY(dialog.messageFor(QStringLiteral("address")).isEmpty());
        // Changed content is another report: another key.
        dialog.okButton()->click();
        QCOMPARE(server.bodies.size(), 3);
        QVERIFY(server.bodies.at(2).value(QStringLiteral("key")) !=
                server.bodies.at(0).value(QStringLiteral("key")));
        server.answer(created(), newCase(7));
        QCOMPARE(spy.size(), 1);
    }

    void closingWithTextTypedAsksFirst()
    {
        FakeServer server;
        IntakeDialog dialog(fields(), server.sender());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.descriptionEdit(), QStringLiteral("Cây đổ"));
        QString asked;
        whenModal([&asked](QWidget *box) {
            asked = box->property("text").toString();
            qobject_cast<QDialog *>(box)->reject(); // "Cancel": keep typing
        });
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Escape);
        QVERIFY(!asked.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.descriptionEdit()->toPlainText(), QStringLiteral("Cây đổ"));

        whenModal([](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click();
        });
        QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());

        IntakeDialog empty(fields(), server.sender()); // nothing typed: closes at once
        empty.show();
        QTest::keyClick(&empty, Qt::Key_Escape);
        QVERIFY(!empty.isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        FakeServer server;
        IntakeDialog dialog(fields(), server.sender());
        for (QWidget *w : dialog.findChildren<QWidget *>())
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QPushButton *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
};

QTEST_MAIN(IntakeDialogTest)
#include "tst_intakedialog.moc"
