#pragma once

// "Take in a report…": staff type in a citizen's hotline call or walk-in
// visit (issue 6, staff intake). Each field says beside it what is wrong,
// with the server's own limits (CaseIntake); OK stays disabled until the
// report can be sent. Sending goes through an asynchronous sender (the API's
// POST /cases), with one idempotency key per content so a retry after a lost
// answer cannot create the case twice. A failure (offline, refused) keeps
// everything typed and says why; closing with text typed asks first.

#include "domain/ReferenceData.h"
#include "net/ApiClient.h"
#include "net/StaffReport.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pakn {

class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    // Sends the report under `key` (POST /cases); `done` is called on the GUI thread.
    using Sender = std::function<void(const StaffReport &report, const QString &key,
                                      ApiClient::CaseCallback done)>;

    static constexpr int maxDescription = 4000;

    // `fields`: the reference data's fields (the active ones are offered).
    IntakeDialog(const QList<FieldInfo> &fields, Sender send, QWidget *parent = nullptr);

    // The report as typed now, and the request body it would be sent as.
    StaffReport report() const;
    QJsonObject body() const;
    // Field name (as the API names it) → what is wrong with it; empty: sendable.
    QHash<QString, QString> problems() const;
    bool hasTypedText() const;
    bool isSending() const { return m_sending; }
    QString statusText() const;
    QString messageFor(const QString &apiField) const;

    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *fieldBox() const { return m_field; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *okButton() const;

Q_SIGNALS:
    // The server took the report: case `id` exists (it reaches the cache with the next sync).
    void caseCreated(qint64 id);

public Q_SLOTS:
    void accept() override; // sends; closes only when the server took it
    void reject() override; // asks before dropping what was typed

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi(const QList<FieldInfo> &fields);
    void retranslateUi();
    void revalidate();
    void setSending(bool sending);
    void finished(const ApiResult &result, const std::optional<Case> &created);
    QJsonObject content() const; // the body without its key

    Sender m_send;
    QComboBox *m_channel;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QComboBox *m_field;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLabel *m_counter;
    QHash<QString, QLabel *> m_labels;   // API field → its caption
    QHash<QString, QLabel *> m_messages; // API field → the message beside it
    QHash<QString, QString> m_serverProblems;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_descriptionTouched = false;
    bool m_sending = false;
    QString m_key;            // idempotency key of m_keyContent
    QJsonObject m_keyContent; // what was last sent under m_key
};

} // namespace pakn
