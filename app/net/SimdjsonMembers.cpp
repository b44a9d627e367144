#include "net/SimdjsonMembers.h"

#include <QJsonArray>
#include <cstring>

namespace pakn::simdjsonview {

namespace dom = simdjson::dom;

namespace {

bool sameKey(std::string_view a, QLatin1String b)
{
    return a.size() == size_t(b.size()) && std::memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace

DomObject::DomObject(dom::object object, Doubts *doubts) : m_doubts(doubts)
{
    for (const dom::key_value_pair field : object) {
        for (const Member &earlier : std::as_const(m_members))
            if (earlier.key == field.key)
                m_doubts->any = true;
        m_members.append({field.key, field.value});
    }
}

DomValue DomObject::value(QLatin1String key) const
{
    for (const Member &m : m_members)
        if (sameKey(m.key, key))
            return {m.value, m_doubts};
    return DomValue(m_doubts);
}

double DomValue::toDouble() const
{
    double d = 0;
    return m_defined && !m_element.get_double().get(d) ? d : 0;
}

qint64 DomValue::toInteger() const
{
    int64_t i = 0;
    if (!m_defined || m_element.type() != dom::element_type::INT64 || m_element.get_int64().get(i))
        m_doubts->any = true;
    return i;
}

QString DomValue::toString() const
{
    std::string_view s;
    if (!m_defined || m_element.get_string().get(s))
        return {};
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

DomObject DomValue::toObject() const
{
    dom::object o;
    if (!m_defined || m_element.get_object().get(o))
        return DomObject(m_doubts);
    return {o, m_doubts};
}

DomArray DomValue::toArray() const
{
    dom::array a;
    if (!m_defined || m_element.get_array().get(a))
        return DomArray(m_doubts);
    return {a, m_doubts};
}

QJsonValue DomValue::toJsonValue() const
{
    if (!m_defined)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_element.type()) {
    case dom::element_type::ARRAY: {
        QJsonArray out;
        for (const DomValue v : toArray())
            out.append(v.toJsonValue());
        return out;
    }
    case dom::element_type::OBJECT:
        return toJsonObject();
    case dom::element_type::INT64:
        return toInteger();
    case dom::element_type::UINT64: // Qt reads it as a double
        m_doubts->any = true;
        return toDouble();
    case dom::element_type::DOUBLE:
        return toDouble();
    case dom::element_type::STRING:
        return toString();
    case dom::element_type::BOOL:
        return m_element.get_bool().value_unsafe();
    case dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject DomValue::toJsonObject() const
{
    QJsonObject out;
    dom::object o;
    if (m_defined && !m_element.get_object().get(o))
        for (const dom::key_value_pair field : o) {
            const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
            if (out.contains(key))
                m_doubts->any = true; // Qt keeps one of them
            out.insert(key, DomValue(field.value, m_doubts).toJsonValue());
        }
    return out;
}

} // namespace pakn::simdjsonview
