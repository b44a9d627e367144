#include "http/JsonWriter.h"

#include <QLocale>
#include <cmath>

namespace pakn::server {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first.append(true);
}

void JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_first.removeLast();
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &s)
{
    separate();
    writeString(s.toUtf8());
}

void JsonWriter::value(qint64 n)
{
    separate();
    m_out.append(QByteArray::number(n));
}

void JsonWriter::value(double d)
{
    separate();
    if (!std::isfinite(d))
        m_out.append("null");
    else
        m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(bool b)
{
    separate();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::writeString(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    const auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; };
    m_out.append('"');
    const char *const end = utf8.cend();
    for (const char *p = utf8.cbegin(); p != end; ++p) {
        // A run that needs no escape (multi-byte UTF-8 included) is copied at once.
        const char *run = p;
        while (run != end && plain(static_cast<unsigned char>(*run)))
            ++run;
        if (run != p) {
            m_out.append(p, run - p);
            if (run == end)
                break;
            p = run;
        }
        const char ch = *p;
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default:
            m_out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]); // c < 0x20
        }
    }
    m_out.append('"');
}

} // namespace pakn::server
