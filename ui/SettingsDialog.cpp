#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pakn {

SettingsDialog::SettingsDialog(const Values &current, QWidget *parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("settingsDialog"));
    const auto named = [this](auto *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_serverGroup = new QGroupBox(this);
    m_url = named(new QLineEdit(current.serverUrl.toString(), this), "settingsServer");
    m_fingerprint =
        named(new QLineEdit(current.fingerprint.isEmpty()
                                ? QString()
                                : ServerEndpoint::formatFingerprint(current.fingerprint),
                            this),
              "settingsFingerprint");
    // Room for the whole fingerprint: users compare it with what the administrator sent.
    m_fingerprint->setMinimumWidth(
        m_fingerprint->fontMetrics().horizontalAdvance(QStringLiteral("AB:").repeated(32)) + 16);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_fingerprintLabel = new QLabel(this);
    m_fingerprintLabel->setBuddy(m_fingerprint);
    m_serverNote = new QLabel(this);
    m_serverNote->setWordWrap(true);
    auto *server = new QFormLayout(m_serverGroup);
    server->addRow(m_urlLabel, m_url);
    server->addRow(m_fingerprintLabel, m_fingerprint);
    server->addRow(m_serverNote);

    m_displayGroup = new QGroupBox(this);
    m_language = named(new QComboBox(this), "settingsLanguage");
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(current.language == QLatin1String("en") ? 1 : 0);
    m_font = named(new QSpinBox(this), "settingsFontSize");
    m_font->setRange(0, 32);
    m_font->setValue(current.preferences.fontPointSize);
    m_interval = named(new QSpinBox(this), "settingsInterval");
    m_interval->setRange(DeskPreferences::MinInterval, DeskPreferences::MaxInterval);
    m_interval->setValue(current.preferences.syncIntervalSeconds);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_fontLabel = new QLabel(this);
    m_fontLabel->setBuddy(m_font);
    m_intervalLabel = new QLabel(this);
    m_intervalLabel->setBuddy(m_interval);
    auto *display = new QFormLayout(m_displayGroup);
    display->addRow(m_languageLabel, m_language);
    display->addRow(m_fontLabel, m_font);
    display->addRow(m_intervalLabel, m_interval);

    m_notifyGroup = new QGroupBox(this);
    m_assigned = named(new QCheckBox(this), "notifyAssigned");
    m_sentBack = named(new QCheckBox(this), "notifySentBack");
    m_approval = named(new QCheckBox(this), "notifyApproval");
    m_due = named(new QCheckBox(this), "notifyDueToday");
    m_assigned->setChecked(current.preferences.notifyAssigned);
    m_sentBack->setChecked(current.preferences.notifySentBack);
    m_approval->setChecked(current.preferences.notifyApproval);
    m_due->setChecked(current.preferences.notifyDueToday);
    auto *notify = new QVBoxLayout(m_notifyGroup);
    for (QCheckBox *box : {m_assigned, m_sentBack, m_approval, m_due})
        notify->addWidget(box);

    m_error = named(new QLabel(this), "settingsError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serverGroup);
    layout->addWidget(m_displayGroup);
    layout->addWidget(m_notifyGroup);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(760); // the whole SHA-256 fingerprint fits
    retranslateUi();
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.serverUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    v.fingerprint =
        ServerEndpoint::parseFingerprint(m_fingerprint->text().trimmed()).value_or(QByteArray());
    v.language = m_language->currentData().toString();
    v.preferences.syncIntervalSeconds = m_interval->value();
    v.preferences.fontPointSize = m_font->value() >= 6 ? m_font->value() : 0;
    v.preferences.notifyAssigned = m_assigned->isChecked();
    v.preferences.notifySentBack = m_sentBack->isChecked();
    v.preferences.notifyApproval = m_approval->isChecked();
    v.preferences.notifyDueToday = m_due->isChecked();
    return v;
}

bool SettingsDialog::serverChanged() const
{
    const Values v = values();
    return v.serverUrl != m_current.serverUrl || v.fingerprint != m_current.fingerprint;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SettingsDialog::check()
{
    QString problem;
    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    if (const QString why = endpoint.validate(); !why.isEmpty()) {
        problem = why;
        m_url->setFocus();
    } else if (!m_fingerprint->text().trimmed().isEmpty() &&
               !ServerEndpoint::parseFingerprint(m_fingerprint->text().trimmed())) {
        problem = tr("The certificate fingerprint must be 32 hexadecimal bytes (AB:CD:…), as your "
                     "administrator gave it.");
        m_fingerprint->setFocus();
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void SettingsDialog::accept()
{
    if (check())
        QDialog::accept();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_serverGroup->setTitle(tr("Server"));
    m_urlLabel->setText(tr("Server &address:"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint (SHA-256):"));
    m_serverNote->setText(tr("Changing the server or its fingerprint logs you out: you log in "
                             "again. Actions waiting to be sent are kept."));
    m_displayGroup->setTitle(tr("Display and sync"));
    m_languageLabel->setText(tr("&Language:"));
    m_fontLabel->setText(tr("Font si&ze:"));
    m_font->setSpecialValueText(tr("System default"));
    m_font->setSuffix(tr(" pt"));
    m_intervalLabel->setText(tr("S&ync every:"));
    m_interval->setSuffix(tr(" s"));
    m_notifyGroup->setTitle(tr("Notify me when"));
    m_assigned->setText(tr("a case is assi&gned to me"));
    m_sentBack->setText(tr("my reply is &sent back"));
    m_approval->setText(tr("a reply awaits my a&pproval"));
    m_due->setText(tr("a case of mine is &due today"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Screen readers read a field's label; the groups and buttons get names too.
    m_url->setAccessibleName(tr("Server address"));
    m_fingerprint->setAccessibleName(tr("Certificate fingerprint"));
    m_language->setAccessibleName(tr("Language"));
    m_font->setAccessibleName(tr("Font size"));
    m_interval->setAccessibleName(tr("Sync interval in seconds"));
    for (QCheckBox *box : {m_assigned, m_sentBack, m_approval, m_due})
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace pakn
