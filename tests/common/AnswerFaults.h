#pragma once

// What a faulty network does to one plain HTTP answer (head and body with a
// Content-Length), for DroppingProxy: cut it after part of its body, declare
// a shorter body, break its JSON, or give one of its fields the wrong type.
// Corruptions are chosen with the caller's seeded generator.

#include <QByteArray>
#include <QByteArrayList>
#include <QRandomGenerator>

namespace answerfaults {

// The head (through the blank line) and the body of an answer.
QByteArray headOf(const QByteArray &answer);
QByteArray bodyOf(const QByteArray &answer);
// The head and the first `bodyBytes` of the body (at least one byte less than
// the body without its trailing white space, so the answer is always incomplete).
QByteArray withPartOfBody(const QByteArray &answer, qsizetype bodyBytes);
// The answer with `body`, its Content-Length made to match.
QByteArray withBody(const QByteArray &answer, const QByteArray &body);

// A JSON body made unparseable: one structural character outside strings
// ({ } [ ] : , or a string's quote) replaced by '#'.
QByteArray breakJson(const QByteArray &body, QRandomGenerator &random);
// A JSON body with one value of one of the `keys` replaced by a value of
// another type (a number becomes a string, anything else the number 7).
// Unchanged when none of the keys occurs.
QByteArray wrongType(const QByteArray &body, const QByteArrayList &keys, QRandomGenerator &random);

} // namespace answerfaults
