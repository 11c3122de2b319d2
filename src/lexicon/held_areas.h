// data/held_areas.tsv: which side held which side of a front line, and when. Read once, shared by
// the places stage (whose positions a namesake lies by) and the events stage (who fires across
// the line).
#ifndef SITREP_LEXICON_HELD_AREAS_H_
#define SITREP_LEXICON_HELD_AREAS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sitrep/date.h"
#include "sitrep/status.h"

namespace sitrep::lexicon {

// An area one side held against another over a period.
struct HeldArea {
  std::string country;           // ISO code of the places judged
  std::string holder, opponent;  // sides as "country:unit"
  Date from;
  std::optional<Date> to;  // open-ended when empty
  double reach_km = 0;     // how far beyond the outline the holder's fire reaches
  std::vector<std::pair<double, double>> outline;  // lat, lon; closed, at least 3 vertices

  bool During(const Date& day) const { return !(day < from) && !(to && *to < day); }
  // Whether (lat, lon) lies inside the outline (even-odd rule).
  bool Inside(double lat, double lon) const;
  // The distance in km from (lat, lon) to the outline's nearest edge, on a plane tangent there:
  // enough for distances of tens of kilometres.
  double EdgeKm(double lat, double lon) const;
};

// The table at `path`; a kDataError naming the row when a row is malformed.
Result<std::vector<HeldArea>> ReadHeldAreas(const std::string& path);

}  // namespace sitrep::lexicon

#endif  // SITREP_LEXICON_HELD_AREAS_H_
