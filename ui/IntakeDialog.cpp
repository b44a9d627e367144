#include "IntakeDialog.h"

#include "DisplayNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <algorithm>

namespace pakn {

Q_LOGGING_CATEGORY(lcIntake, "pakn.desk.intake")

namespace {

// The server's limits (server/intake/CaseIntake), checked here first so the
// user sees them while typing.
constexpr int kMaxTitle = 200;
constexpr int kMaxName = 100;
constexpr int kMaxAddress = 300;

const QString kChannel = QStringLiteral("channel");
const QString kName = QStringLiteral("reporterName");
const QString kPhone = QStringLiteral("reporterPhone");
const QString kAddress = QStringLiteral("address");
const QString kField = QStringLiteral("field");
const QString kTitle = QStringLiteral("title");
const QString kDescription = QStringLiteral("description");

// As people write it: digits with spaces, dots or dashes, optionally +84;
// 9 to 12 digits (the server's rule).
bool isPhoneNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9][0-9 .\\-]{7,18}$"));
    const auto digits =
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    return shape.match(text).hasMatch() && digits >= 9 && digits <= 12;
}

} // namespace

IntakeDialog::IntakeDialog(const QList<FieldInfo> &fields, Sender send, QWidget *parent)
    : QDialog(parent), m_send(std::move(send)), m_channel(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_field(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_counter(new QLabel(this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    buildUi(fields);
    retranslateUi();
    revalidate();
}

void IntakeDialog::buildUi(const QList<FieldInfo> &fields)
{
    for (Channel c : {Channel::Hotline, Channel::WalkIn})
        m_channel->addItem(QString(), toCode(c));
    for (const FieldInfo &f : fields)
        if (f.active)
            m_field->addItem(QString(), f.code);
    m_name->setMaxLength(kMaxName);
    m_address->setMaxLength(kMaxAddress);
    m_title->setMaxLength(kMaxTitle);
    m_phone->setMaxLength(20);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(140);
    m_counter->setAlignment(Qt::AlignRight);
    m_progress->setRange(0, 0); // busy: the server answers in one go
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    const std::pair<QString, QWidget *> rows[] = {
        {kChannel, m_channel}, {kName, m_name},   {kPhone, m_phone},
        {kAddress, m_address}, {kField, m_field}, {kTitle, m_title},
    };
    int row = 0;
    for (const auto &[key, editor] : rows) {
        auto *caption = new QLabel(this);
        caption->setBuddy(editor);
        auto *message = new QLabel(this);
        message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_labels.insert(key, caption);
        m_messages.insert(key, message);
        grid->addWidget(caption, row, 0);
        grid->addWidget(editor, row, 1);
        grid->addWidget(message, row, 2);
        ++row;
    }
    auto *caption = new QLabel(this);
    caption->setBuddy(m_description);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *message = new QLabel(this);
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->setWordWrap(true);
    m_labels.insert(kDescription, caption);
    m_messages.insert(kDescription, message);
    grid->addWidget(caption, row, 0);
    grid->addWidget(m_description, row, 1, 1, 2);
    ++row;
    grid->addWidget(message, row, 1);
    grid->addWidget(m_counter, row, 2);
    grid->addWidget(m_status, ++row, 0, 1, 3);
    grid->addWidget(m_progress, ++row, 0, 1, 3);
    grid->addWidget(m_buttons, ++row, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(2, 220);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    for (QLineEdit *edit : {m_name, m_phone, m_address, m_title})
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_descriptionTouched = true;
        revalidate();
    });
    for (QComboBox *box : {m_channel, m_field})
        connect(box, &QComboBox::currentIndexChanged, this, &IntakeDialog::revalidate);
    setTabOrder(m_channel, m_name);
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_address);
    setTabOrder(m_address, m_field);
    setTabOrder(m_field, m_title);
    setTabOrder(m_title, m_description);
    setTabOrder(m_description, m_buttons);
    resize(760, 560);
}

void IntakeDialog::retranslateUi()
{
    setWindowTitle(tr("Take in a report"));
    const QList<Channel> channels = {Channel::Hotline, Channel::WalkIn};
    for (int i = 0; i < channels.size(); ++i)
        m_channel->setItemText(i, DisplayNames::channel(channels.at(i)));
    for (int i = 0; i < m_field->count(); ++i)
        m_field->setItemText(i, DisplayNames::field(m_field->itemData(i).toString()));
    const std::pair<QString, QString> captions[] = {
        {kChannel, tr("C&hannel:")},
        {kName, tr("Reporter's &name:")},
        {kPhone, tr("&Phone:")},
        {kAddress, tr("&Address:")},
        {kField, tr("&Field:")},
        {kTitle, tr("&Title (optional):")},
        {kDescription, tr("&Description:")},
    };
    for (const auto &[key, text] : captions)
        m_labels.value(key)->setText(text);
    m_channel->setAccessibleName(tr("Channel"));
    m_name->setAccessibleName(tr("Reporter's name"));
    m_phone->setAccessibleName(tr("Reporter's phone"));
    m_address->setAccessibleName(tr("Address"));
    m_field->setAccessibleName(tr("Field"));
    m_title->setAccessibleName(tr("Title"));
    m_description->setAccessibleName(tr("Description"));
    m_counter->setAccessibleName(tr("Characters in the description"));
    m_status->setAccessibleName(tr("Sending status"));
    m_progress->setAccessibleName(tr("Sending"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_name->setPlaceholderText(tr("Empty: anonymous"));
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    okButton()->setText(tr("&Send"));
    okButton()->setAccessibleName(tr("Send the report"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    revalidate();
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QPushButton *IntakeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

StaffReport IntakeDialog::report() const
{
    StaffReport r;
    r.channel = channelFromCode(m_channel->currentData().toString()).value_or(Channel::Hotline);
    r.description = m_description->toPlainText().trimmed();
    r.title = m_title->text().trimmed();
    r.field = m_field->currentData().toString();
    r.reporterName = m_name->text().trimmed();
    r.reporterPhone = m_phone->text().trimmed();
    r.address = m_address->text().trimmed();
    return r;
}

QJsonObject IntakeDialog::content() const
{
    QJsonObject o = report().requestBody(QString());
    o.remove(QStringLiteral("key"));
    return o;
}

QJsonObject IntakeDialog::body() const
{
    return report().requestBody(m_key);
}

QHash<QString, QString> IntakeDialog::problems() const
{
    QHash<QString, QString> out;
    const QString description = m_description->toPlainText().trimmed();
    if (description.isEmpty())
        out.insert(kDescription, tr("A description is required."));
    else if (description.size() > maxDescription)
        out.insert(kDescription, tr("At most %1 characters; remove %2.")
                                     .arg(maxDescription)
                                     .arg(description.size() - maxDescription));
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !isPhoneNumber(phone))
        out.insert(kPhone, tr("Not a phone number (9 to 12 digits)."));
    return out;
}

bool IntakeDialog::hasTypedText() const
{
    for (const QLineEdit *edit : {m_name, m_phone, m_address, m_title})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return !m_description->toPlainText().trimmed().isEmpty();
}

QString IntakeDialog::statusText() const
{
    return m_status->text();
}

QString IntakeDialog::messageFor(const QString &apiField) const
{
    const QLabel *label = m_messages.value(apiField);
    return label ? label->text() : QString();
}

void IntakeDialog::revalidate()
{
    const QHash<QString, QString> found = problems();
    const QJsonObject now = content();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString text = found.value(it.key());
        if (it.key() == kDescription && !m_descriptionTouched)
            text.clear(); // "required" before anything was typed is noise
        // What the server refused stays shown until that field changes.
        if (text.isEmpty() && m_serverProblems.contains(it.key()) &&
            now.value(it.key()) == m_keyContent.value(it.key()))
            text = m_serverProblems.value(it.key());
        it.value()->setText(text);
    }
    const qsizetype length = m_description->toPlainText().trimmed().size();
    m_counter->setText(tr("%1/%2").arg(length).arg(maxDescription));
    okButton()->setEnabled(found.isEmpty() && !m_sending);
}

void IntakeDialog::setSending(bool sending)
{
    m_sending = sending;
    for (QWidget *w : std::initializer_list<QWidget *>{m_channel, m_name, m_phone, m_address,
                                                       m_field, m_title, m_description})
        w->setEnabled(!sending);
    m_progress->setVisible(sending);
    revalidate();
}

void IntakeDialog::accept()
{
    if (m_sending || !problems().isEmpty())
        return;
    // The same content keeps its key, so sending it again after a lost answer
    // gets the first answer back; changed content is another report.
    const QJsonObject now = content();
    if (m_key.isEmpty() || now != m_keyContent) {
        m_key = StaffReport::newKey();
        m_keyContent = now;
    }
    m_serverProblems.clear();
    m_status->setText(tr("Sending the report to the server…"));
    setSending(true);
    qCInfo(lcIntake) << "sending a report, channel" << now.value(kChannel).toString();
    QPointer<IntakeDialog> self(this);
    m_send(report(), m_key, [self](const ApiResult &result, const std::optional<Case> &created) {
        if (self)
            self->finished(result, created);
    });
}

void IntakeDialog::finished(const ApiResult &result, const std::optional<Case> &created)
{
    setSending(false);
    if (result.ok() && created && created->id > 0) {
        const qint64 id = created->id;
        qCInfo(lcIntake) << "case" << id << "created";
        m_status->setText(tr("Case #%1 created.").arg(id));
        m_keyContent = {};
        m_key.clear();
        Q_EMIT caseCreated(id);
        QDialog::accept();
        return;
    }
    qCWarning(lcIntake) << "the report was not taken:" << int(result.kind) << result.httpStatus
                        << result.errorCode;
    QString why = result.message;
    if (result.kind == ApiResult::Kind::Offline)
        why = tr("The server cannot be reached (%1). Nothing typed is lost: send again when the "
                 "connection is back.")
                  .arg(result.message);
    else if (result.ok())
        why = tr("The server's answer has no case number.");
    if (result.httpStatus == 400 && m_messages.contains(result.errorField))
        m_serverProblems.insert(result.errorField, result.message);
    m_status->setText(tr("Not sent: %1").arg(why));
    revalidate();
}

void IntakeDialog::reject()
{
    if (m_sending) // the answer is on its way; closing now would hide it
        return;
    if (hasTypedText() &&
        QMessageBox::question(this, tr("Discard the report?"),
                              tr("The report you typed has not been sent. Discard it?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace pakn
