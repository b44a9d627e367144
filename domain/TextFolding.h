#pragma once

#include <QString>

namespace pakn {

// Folds Vietnamese text for search: canonical decomposition, combining marks
// dropped, đ/Đ → d, lower case, runs of white space collapsed. "Đường Láng"
// and "duong lang" fold to the same string; so do precomposed and decomposed
// input. SQLite's remove_diacritics does not fold đ, so both the indexed text
// and the queries go through this.
QString foldForSearch(const QString &text);

// The same fold by its definition: the whole text decomposed with
// QString::normalized(), then each character looked at. Several times slower;
// foldForSearch() gives the same result (tst_textfolding).
QString foldForSearchByDecomposing(const QString &text);

} // namespace pakn
