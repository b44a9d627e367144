#include "CitizenReplyText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace pakn {

namespace {
QString listMarker(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    if (!list)
        return {};
    const QString indent(2 * qMax(0, list->format().indent() - 1), QLatin1Char(' '));
    const auto style = list->format().style();
    if (style == QTextListFormat::ListDecimal)
        return indent % QString::number(list->itemNumber(block) + 1) % QStringLiteral(". ");
    return indent % QStringLiteral("• ");
}
} // namespace

QString citizenPlainText(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    QString out;
    bool previousInList = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        // Line separators (Shift+Enter) become ordinary line breaks.
        const QString line = b.text().replace(QChar::LineSeparator, QLatin1Char('\n')).trimmed();
        const bool inList = b.textList() != nullptr;
        if (line.isEmpty() && !inList)
            continue;
        if (!out.isEmpty())
            out += inList && previousInList ? QStringLiteral("\n") : QStringLiteral("\n\n");
        out += listMarker(b) % line;
        previousInList = inList;
    }
    return out;
}

QString citizenMessage(const QString &markdown, const QString &unitName)
{
    const QString text = citizenPlainText(markdown);
    if (unitName.trimmed().isEmpty())
        return text;
    return text % QStringLiteral("\n\n— ") % unitName.trimmed();
}

} // namespace pakn
