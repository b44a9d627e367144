#include "open311/Open311Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace pakn::server {

namespace {

// The element of one entry of a nested array, named after the array's key.
QString itemNameOf(const QString &arrayName)
{
    if (arrayName == QLatin1String("values"))
        return QStringLiteral("value");
    if (arrayName.endsWith(QLatin1Char('s')))
        return arrayName.chopped(1);
    return QStringLiteral("item");
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

void writeElement(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value);

void writeContent(QXmlStreamWriter &xml, const QJsonValue &value, const QString &item)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            writeElement(xml, it.key(), it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            writeElement(xml, item, entry);
    } else {
        xml.writeCharacters(scalarText(value));
    }
}

void writeElement(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        xml.writeEmptyElement(name);
        return;
    }
    xml.writeStartElement(name);
    writeContent(xml, value, itemNameOf(name));
    xml.writeEndElement();
}

} // namespace

std::optional<Open311Format> Open311Writer::formatFrom(const QString &extension)
{
    if (extension == QLatin1String("json"))
        return Open311Format::Json;
    if (extension == QLatin1String("xml"))
        return Open311Format::Xml;
    return std::nullopt;
}

QByteArray Open311Writer::write(Open311Format format, const QJsonValue &document,
                                const QString &root, const QString &item)
{
    if (format == Open311Format::Json)
        return document.isArray()
                   ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Compact)
                   : QJsonDocument(document.toObject()).toJson(QJsonDocument::Compact);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(root);
    writeContent(xml, document, item);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

ApiReply Open311Writer::reply(Open311Format format, const QJsonValue &document, const QString &root,
                              const QString &item, int status)
{
    return ApiReply::raw(write(format, document, root, item),
                         format == Open311Format::Json
                             ? QByteArrayLiteral("application/json; charset=utf-8")
                             : QByteArrayLiteral("text/xml; charset=utf-8"),
                         status);
}

ApiReply Open311Writer::error(Open311Format format, const Open311Error &error)
{
    const QJsonArray errors{QJsonObject{{QStringLiteral("code"), error.status},
                                        {QStringLiteral("description"), error.description}}};
    return reply(format, errors, QStringLiteral("errors"), QStringLiteral("error"), error.status);
}

} // namespace pakn::server
