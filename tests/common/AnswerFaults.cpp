#include "AnswerFaults.h"

namespace answerfaults {

namespace {

qsizetype bodyStart(const QByteArray &answer)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    return headEnd < 0 ? answer.size() : headEnd + 4;
}

// The end (one past) of the JSON string starting with the quote at `at`.
qsizetype stringEnd(const QByteArray &json, qsizetype at)
{
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return json.size();
}

// The end (one past) of the JSON value starting at `at`.
qsizetype valueEnd(const QByteArray &json, qsizetype at)
{
    if (at >= json.size())
        return at;
    const char first = json.at(at);
    if (first == '"')
        return stringEnd(json, at);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = at; i < json.size(); ++i) {
            const char c = json.at(i);
            if (c == '"')
                i = stringEnd(json, i) - 1;
            else if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
        }
        return json.size();
    }
    qsizetype i = at;
    while (i < json.size() && !QByteArrayView(",}] \r\n\t").contains(json.at(i)))
        ++i;
    return i;
}

struct Member
{
    QByteArray key;
    qsizetype valueAt = 0;
};

// Every object member of `json` (at any depth) with where its value starts,
// and the positions of the structural characters outside strings.
void scan(const QByteArray &json, QList<Member> *members, QList<qsizetype> *structural)
{
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            structural->append(i);
            qsizetype next = end;
            while (next < json.size() && QByteArrayView(" \r\n\t").contains(json.at(next)))
                ++next;
            if (next < json.size() && json.at(next) == ':') {
                qsizetype value = next + 1;
                while (value < json.size() && QByteArrayView(" \r\n\t").contains(json.at(value)))
                    ++value;
                members->append({json.mid(i + 1, end - i - 2), value});
            }
            i = end - 1;
        } else if (QByteArrayView("{}[]:,").contains(c)) {
            structural->append(i);
        }
    }
}

} // namespace

QByteArray headOf(const QByteArray &answer)
{
    return answer.left(bodyStart(answer));
}

QByteArray bodyOf(const QByteArray &answer)
{
    return answer.mid(bodyStart(answer));
}

QByteArray withPartOfBody(const QByteArray &answer, qsizetype bodyBytes)
{
    // Trailing white space is no part of the JSON: at least one byte before it goes.
    qsizetype body = answer.size() - bodyStart(answer);
    while (body > 0 && QByteArrayView(" \r\n\t").contains(answer.at(bodyStart(answer) + body - 1)))
        --body;
    return answer.left(bodyStart(answer) + qBound<qsizetype>(0, bodyBytes, qMax(0, body - 1)));
}

QByteArray withBody(const QByteArray &answer, const QByteArray &body)
{
    QByteArrayList lines = headOf(answer).split('\n');
    for (QByteArray &line : lines)
        if (line.toLower().startsWith("content-length:"))
            line = "Content-Length: " + QByteArray::number(body.size()) + '\r';
    return lines.join('\n') + body;
}

QByteArray breakJson(const QByteArray &body, QRandomGenerator &random)
{
    QList<Member> members;
    QList<qsizetype> structural;
    scan(body, &members, &structural);
    if (structural.isEmpty())
        return body + '#';
    QByteArray broken = body;
    broken[structural.at(random.bounded(int(structural.size())))] = '#';
    return broken;
}

QByteArray wrongType(const QByteArray &body, const QByteArrayList &keys, QRandomGenerator &random)
{
    QList<Member> members;
    QList<qsizetype> structural;
    scan(body, &members, &structural);
    members.removeIf([&](const Member &m) { return !keys.contains(m.key); });
    if (members.isEmpty())
        return body;
    const Member &m = members.at(random.bounded(int(members.size())));
    const qsizetype end = valueEnd(body, m.valueAt);
    const QByteArray value = body.mid(m.valueAt, end - m.valueAt);
    const bool number = !value.isEmpty() && QByteArrayView("-0123456789").contains(value.at(0));
    QByteArray changed = body;
    changed.replace(m.valueAt, end - m.valueAt, number ? '"' + value + '"' : QByteArray("7"));
    return changed;
}

} // namespace answerfaults
