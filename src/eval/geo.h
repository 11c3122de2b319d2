// `sitrep eval geo`: geoparsing corpora (GeoWebNews GWN.xml, LGL lgl.xml, GeoVirus.xml).
//
// Readers: articles hold a <text> and toponyms (<toponym> or <location>) with start/end
// character (code point) offsets, a name (<extractedName>, <phrase> or <name>) and coordinates
// (<latitude>/<longitude>, or <lat>/<lon>, possibly inside <gaztag>). A file whose names line up
// one character later than the offsets say (GeoVirus) is shifted back; mentions with negative or
// out-of-range offsets are dropped.
//
// Gold: mentions with coordinates. Demonyms and adjectival uses are not places for sitrep: types
// Non_Literal_Modifier, Demonym, Language, Coercion, and single-word nationality adjectives
// (Russian, Irish, ...) in every corpus are left out, and a prediction overlapping only such a
// mention, or a toponym the annotators could not locate (no coordinates), is neither right nor
// wrong. GWN's annotated non-places (Literal_Expression "the city", Non_Lit_Expression,
// Non_Toponym, Homonym) are not gold: a prediction there is a false positive. sitrep's own
// references ("the city" → the town in focus, "Ukraine's capital") are resolved but are not
// toponyms: one that meets no gold name is not scored (`references_not_scored`; the precision
// counting them as false positives is reported beside, `precision_references_as_fp`).
//
// Scores: toponym P/R/F1 (a prediction matches a gold mention when the spans overlap; one-to-one,
// greedy by overlap), and on matched pairs accuracy@161 km, accuracy@25 km, the AUC of the
// log error curve, the median error (a prediction without coordinates counts as 20,039 km), and
// end-to-end accuracy@161 = recall × accuracy@161.
#ifndef SITREP_EVAL_GEO_H_
#define SITREP_EVAL_GEO_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

struct GeoToponym {
  std::size_t start = 0;  // byte range in the document text
  std::size_t end = 0;
  std::string name;
  std::string type;  // GWN's annotation type; empty elsewhere
  std::optional<double> latitude;
  std::optional<double> longitude;
  bool counted = false;  // part of the gold (has coordinates, not excluded)
};

struct GeoDocument {
  Document document;
  std::vector<GeoToponym> toponyms;  // counted and neutral ones
};

struct GeoSet {
  std::vector<GeoDocument> documents;
  int offset_shift = 0;                 // code points subtracted from every offset
  std::size_t dropped = 0;              // bad offsets
  std::size_t excluded = 0;             // demonyms, adjectives, ... (neutral)
  std::size_t without_coordinates = 0;  // neutral too
  std::size_t not_places = 0;           // GWN's annotated non-toponyms: dropped from the gold
};

// Whether `word` (one word, any case) is a nationality adjective or demonym ("Russian").
bool IsNationalityAdjective(std::string_view word);

Result<GeoSet> ParseGeoXml(std::string_view xml);
Result<GeoSet> ReadGeoXml(const std::string& path);

EvalReport ScoreGeo(const GeoSet& set, const PlacesFn& find_places, const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_GEO_H_
