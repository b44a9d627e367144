#pragma once

// The settings the user may change: the server and its trusted certificate
// (changing either means logging in again), the interface language, the font
// size, how often to sync, and which notifications to show. It only collects
// and checks the values; DeskSession applies them.

#include "DeskPreferences.h"
#include "net/ServerEndpoint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pakn {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QUrl serverUrl;
        QByteArray fingerprint;
        QString language; // "vi" or "en"
        DeskPreferences preferences;
    };

    SettingsDialog(const Values &current, QWidget *parent = nullptr);

    // The values as entered (valid once the dialog was accepted).
    Values values() const;
    // Whether the entered server or fingerprint differ from the current ones.
    bool serverChanged() const;
    QString errorText() const;

    void accept() override; // refuses invalid input with a message in the dialog

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool check();

    Values m_current;
    QGroupBox *m_serverGroup;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_fingerprintLabel;
    QLineEdit *m_fingerprint;
    QLabel *m_serverNote;
    QGroupBox *m_displayGroup;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_fontLabel;
    QSpinBox *m_font;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QGroupBox *m_notifyGroup;
    QCheckBox *m_assigned;
    QCheckBox *m_sentBack;
    QCheckBox *m_approval;
    QCheckBox *m_due;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pakn
