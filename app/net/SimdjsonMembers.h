#pragma once

// simdjson's DOM seen the way domain/CaseDecoding.h reads objects (the
// QJsonObject way), so that a feed page is decoded without building a
// QJsonDocument first. Where simdjson and QJsonDocument could read the same
// bytes differently (a member given twice: Qt keeps the last; an integer
// written as 1.0 or beyond 64 bits), the reader notes a doubt
// and the caller reads the page with QJsonDocument instead.

#include <QJsonObject>
#include <QLatin1String>
#include <QVarLengthArray>
#include <optional>
#include <simdjson.h>

namespace pakn::simdjsonview {

// Whether anything read so far might read otherwise with QJsonDocument.
struct Doubts
{
    bool any = false;
};

class DomArray;
class DomValue;

class DomObject
{
public:
    DomObject(simdjson::dom::object object, Doubts *doubts); // a repeated member is a doubt
    explicit DomObject(Doubts *doubts) : m_doubts(doubts) {} // an object with no members

    DomValue value(QLatin1String key) const;

private:
    struct Member
    {
        std::string_view key;
        simdjson::dom::element value;
    };
    QVarLengthArray<Member, 40> m_members;
    Doubts *m_doubts;
};

class DomValue
{
public:
    explicit DomValue(Doubts *doubts) : m_doubts(doubts) {} // undefined: no such member
    DomValue(simdjson::dom::element element, Doubts *doubts)
        : m_element(element), m_defined(true), m_doubts(doubts)
    {}

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_element.is_null(); }
    bool isDouble() const { return m_defined && m_element.is_number(); }
    bool isString() const { return m_defined && m_element.is_string(); }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isBool() const { return m_defined && m_element.is_bool(); }
    bool toBool() const { return isBool() && m_element.get_bool().value_unsafe(); }
    double toDouble() const;
    qint64 toInteger() const; // anything but a 64-bit integer literal is a doubt
    QString toString() const;
    DomObject toObject() const;
    DomArray toArray() const;
    // The value as QJsonDocument would have read it (a history event's data).
    QJsonValue toJsonValue() const;
    QJsonObject toJsonObject() const; // {} where it is no object

private:
    simdjson::dom::element m_element;
    bool m_defined = false;
    Doubts *m_doubts;
};

// An array's values; empty where the value was no array (as QJsonValue::toArray).
class DomArray
{
public:
    class Iterator
    {
    public:
        Iterator(std::optional<simdjson::dom::array::iterator> at, Doubts *doubts)
            : m_at(at), m_doubts(doubts)
        {}
        DomValue operator*() const { return {**m_at, m_doubts}; }
        Iterator &operator++()
        {
            ++*m_at;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return m_at && *m_at != *other.m_at; }

    private:
        std::optional<simdjson::dom::array::iterator> m_at;
        Doubts *m_doubts;
    };

    explicit DomArray(Doubts *doubts) : m_doubts(doubts) {}
    DomArray(simdjson::dom::array array, Doubts *doubts) : m_array(array), m_doubts(doubts) {}
    Iterator begin() const
    {
        return {m_array ? std::optional(m_array->begin()) : std::nullopt, m_doubts};
    }
    Iterator end() const
    {
        return {m_array ? std::optional(m_array->end()) : std::nullopt, m_doubts};
    }
    size_t size() const { return m_array ? m_array->size() : 0; }

private:
    std::optional<simdjson::dom::array> m_array;
    Doubts *m_doubts;
};

inline QJsonObject jsonObjectOf(const DomValue &v)
{
    return v.toJsonObject();
}

} // namespace pakn::simdjsonview
