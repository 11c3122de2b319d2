// Folding a place name to the key the gazetteer index is keyed on.
#ifndef SITREP_GAZETTEER_FOLD_H_
#define SITREP_GAZETTEER_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::gazetteer {

// The lookup key of a name: lower case, diacritics stripped (ł→l, ß→ss, ø→o too), apostrophes
// (' ’ ʼ ` ´) and full stops removed, hyphens, dashes, underscores and white space unified to
// one ASCII space, no leading or trailing space. "Kharkiv" → "kharkiv", "Charków" → "charkow",
// "Zolote-5" → "zolote 5", "Khar'kov" → "kharkov". Any script folds (Cyrillic keeps its letters,
// lower-cased, with й→и and ї→і as NFD implies). Invalid UTF-8 bytes are dropped.
std::string FoldKey(std::string_view name);

// Appends the folded form of `name` to `out` (no separator handling across calls).
void AppendFolded(std::string_view name, std::string& out);

// The index key of an abbreviation written with its full stop ("Ill." → ".ill", "N.J." → ".nj"):
// kept apart from folded names so that "Ill", "Miss" or "Wash" without a stop find nothing.
std::string AbbreviationKey(std::string_view abbreviation);

// Levenshtein distance between two byte strings (folded keys are ASCII for Latin names).
std::size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace sitrep::gazetteer

#endif  // SITREP_GAZETTEER_FOLD_H_
