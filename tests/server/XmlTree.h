#pragma once

// A small XML document read into a tree with QXmlStreamReader, so tests can
// check an answer's elements by name (the Open311 XML answers).

#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace xmltree {

// An XML element as a tree: its text, or its children in order.
struct XmlNode
{
    QString name;
    QString text;
    QList<XmlNode> children;

    const XmlNode *child(const QString &n) const
    {
        for (const XmlNode &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QString value(const QString &n) const
    {
        const XmlNode *c = child(n);
        return c ? c->text : QStringLiteral("<missing>");
    }
};

inline XmlNode readNode(QXmlStreamReader &xml)
{
    XmlNode node{xml.name().toString(), {}, {}};
    while (xml.readNext() != QXmlStreamReader::EndElement && !xml.atEnd()) {
        if (xml.isStartElement())
            node.children.append(readNode(xml));
        else if (xml.isCharacters())
            node.text += xml.text();
    }
    return node;
}

// The document's root element; name "<invalid>" when the bytes are not well-formed XML.
inline XmlNode parseXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    XmlNode root = readNode(xml);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        root.name = QStringLiteral("<invalid>");
    return root;
}

} // namespace xmltree
