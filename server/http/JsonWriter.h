#pragma once

// Writes compact JSON straight into a byte array. The feed sends hundreds of
// cases per page, and building a QJsonObject per row was the slowest step;
// this writer produces the same text without the intermediate objects.

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace pakn::server {

class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(QLatin1StringView name);
    void value(const QString &s);
    void value(qint64 n);
    void value(double d);
    void value(bool b);
    void raw(const QByteArray &json); // an already-encoded JSON value

    // Shorthands for "name": value.
    void member(QLatin1StringView name, const QString &s) { key(name).value(s); }
    void member(QLatin1StringView name, qint64 n) { key(name).value(n); }

    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void writeString(const QByteArray &utf8);

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace pakn::server
