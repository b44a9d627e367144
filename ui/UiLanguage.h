#pragma once

// The language of the user interface: installs the embedded translation
// (":/i18n/pakn_<code>.qm") for "vi" or "en". Installing a new one makes Qt
// send LanguageChange to every widget, which then retranslates itself. The
// default QLocale follows (vi_VN or en_US), so numbers read the user's way.

#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace pakn {

class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QObject *parent = nullptr);
    ~UiLanguage() override;

    static QStringList available();                 // "vi", "en"
    static QString normalized(const QString &code); // unknown or empty → "vi"

    // Switches to `code`; false when the translation could not be loaded
    // (the previous one stays installed).
    bool use(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace pakn
