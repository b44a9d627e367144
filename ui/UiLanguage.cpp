#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "pakn.ui.language")

namespace pakn {

UiLanguage::UiLanguage(QObject *parent) : QObject(parent) {}

UiLanguage::~UiLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString UiLanguage::normalized(const QString &code)
{
    const QString c = code.trimmed().toLower();
    return available().contains(c) ? c : QStringLiteral("vi");
}

bool UiLanguage::use(const QString &code)
{
    const QString lang = normalized(code);
    if (lang == m_current && m_translator)
        return true;
    auto next = std::make_unique<QTranslator>();
    if (!next->load(QStringLiteral(":/i18n/pakn_") + lang + QStringLiteral(".qm"))) {
        qCWarning(lcLanguage) << "cannot load the translation" << lang;
        return false;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    QCoreApplication::installTranslator(m_translator.get());
    m_current = lang;
    // Numbers follow the language too (1.234,5 in Vietnamese, 1,234.5 in
    // English); dates keep the administration's dd/MM/yyyy (DisplayNames).
    QLocale::setDefault(lang == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    qCInfo(lcLanguage) << "user interface language" << lang;
    Q_EMIT changed(lang);
    return true;
}

} // namespace pakn
