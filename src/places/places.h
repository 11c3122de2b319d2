// The places stage: place-name mentions found in the text and resolved to gazetteer entries.
#ifndef SITREP_PLACES_PLACES_H_
#define SITREP_PLACES_PLACES_H_

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/skeleton.h"
#include "lexicon/held_areas.h"
#include "lexicon/word_roles.h"
#include "sitrep/date.h"
#include "sitrep/status.h"
#include "text/analysed_text.h"

namespace sitrep::places {

enum class MentionKind : std::uint8_t {
  kName,        // the name itself: "Kharkiv", "Kharkov", "Zolote-5"
  kNearMiss,    // a misspelling the context supports: "Kharkiw" for Kharkiv
  kDescriptor,  // "Ukraine's capital", "the second largest city", "the port city"
  kAnaphor,     // "the city", "the town": the settlement in focus
};

// How precisely the text places something at the mention: ACLED's geo_precision.
enum class Precision : std::uint8_t { kTown = 1, kNear = 2, kRegion = 3 };

// A resolved place, as later stages and the output need it.
struct Place {
  std::string name;          // preferred English name ("Kharkiv")
  double latitude = 0;
  double longitude = 0;
  std::string country_code;  // "UA"
  std::string country;       // as ACLED writes it: "Ukraine"
  std::string admin1;        // ACLED naming: "Kharkiv", "Zaporizhia", "Kyiv City"
  std::string admin2;
  std::string feature_code;  // GeoNames: PPL, PPLA, PPLC, ADM1, PCLI, SEA, ...
  std::optional<long long> geonameid;
  long long population = 0;
  bool is_country() const { return feature_code.rfind("PCL", 0) == 0; }
  bool is_admin() const { return feature_code.rfind("ADM", 0) == 0; }
};

struct PlaceMention {
  std::uint32_t first_token = 0;  // tokens [first_token, end_token) of the mention
  std::uint32_t end_token = 0;
  MentionKind kind = MentionKind::kName;
  Precision precision = Precision::kTown;  // kNear for "near X", "outskirts of X"; kRegion for
                                           // "X region/oblast" (the place is then its capital)
  Place place;        // where the mention resolves to (for a region: the region itself)
  std::optional<Place> region_seat;  // for an admin1 mention: its capital, where ACLED codes it
  float score = 0;    // how sure the annotator is that this is a place, 0..1
};

// The word lists' roles, shared with the events stage (lexicon/word_roles.h).
using lexicon::WordRoles;

// The lexical tables of the places stage (data/place_cues.tsv, place_given_names.tsv,
// place_region_words.tsv): cue words for nearness, organisations, persons and descriptors.
struct PlaceTables {
  struct Phrase {
    std::vector<std::string> words;  // lower case
  };
  std::vector<Phrase> near;                        // "near", "outskirts of"
  std::unordered_set<std::string> pre;             // single-word prepositions before places
  std::unordered_set<std::string> feature;         // city, town, village...
  std::unordered_set<std::string> capital;         // capital
  std::unordered_set<std::string> org_before;      // Bank (of Ukraine), Ministry (of ...)
  std::unordered_set<std::string> org_after;       // (Kyiv) Post, (Kharkiv) University
  std::unordered_set<std::string> thing_after;     // (Normandy) format, (Minsk) agreements
  std::unordered_set<std::string> title;           // President, Mr, General
  std::unordered_set<std::string> stop;            // never a place on its own
  std::unordered_set<std::string> stop_phrases;    // folded multi-word names never places
  std::unordered_set<std::string> connectors;      // lower-case words inside names: of, on, de
  std::unordered_set<std::string> speech;          // said, told: "<Surname> said"
  std::unordered_set<std::string> contact;         // talked, spoke: "talked to <Surname>"
  // The given names (place_given_names.tsv, place_given_names_es.tsv and the English list
  // compiled at set-up) and common English words (place_common_words.tsv) go straight into `roles`.
  std::unordered_set<std::string> modifier_suffixes;  // (London-)based, (Paris-)born
  std::unordered_set<std::string> party_prefixes;     // D-(Springfield), R-(Springfield)
  std::unordered_map<std::string, int> region_words;  // region → 1, district → 2
  // Endings of a district's adjective in another gender or spelling → the masculine ending
  // ("ska" → "skyi"), from place_cues.tsv adjective_ending.
  std::vector<std::pair<std::string, std::string>> adjective_endings;
  // compound_linker rows: (linking vowel, ending of the first word in the name).
  std::vector<std::pair<std::string, std::string>> compound_linkers;
  // data/place_admin2_acled.tsv: how a district's adjective is made from its centre's name
  // (country, the name's ending, the adjective's ending), read backwards.
  struct Admin2Rule {
    std::string country, name_ending, adjective_ending;
  };
  std::vector<Admin2Rule> admin2_rules;
  // All of the above as a bit mask, keyed on gazetteer::format::Hash of the lower-case word.
  WordRoles roles;
  gazetteer::SkeletonRules skeleton;  // data/place_skeleton.tsv
  // data/place_theatres.tsv: admin1 regions of active conflict, by country and period.
  struct Theatre {
    std::string country, admin1;
    Date first, last;
  };
  std::vector<Theatre> theatres;
  // data/place_fronts.tsv: front lines by country and period, as polylines of (lat, lon).
  struct Front {
    std::string country;
    Date first, last;
    std::vector<std::pair<double, double>> points;
    // How closely the fighting of the period keeps to the line (column 5; 1 when empty): a
    // static line of contact concentrates it more than a war of movement and strikes.
    double weight = 1;
  };
  std::vector<Front> fronts;
  // data/place_region_groups.tsv: groups named after a first-level region, by short name.
  struct RegionGroup {
    std::vector<std::string> words;  // lower case
    std::string country, region;
    std::uint64_t first_hash = 0;  // of words[0], as the index hashes a word
  };
  std::vector<RegionGroup> region_groups;
  std::bitset<1024> region_group_bits;  // bit (first_hash % 1024) of each group
  std::vector<lexicon::HeldArea> held_areas;  // data/held_areas.tsv
  // data/place_position_sides.tsv: words that say whose positions a place lies by.
  struct PositionWord {
    std::string word, country, role;  // role: a side, "noun" or "modifier"
    std::uint64_t hash = 0;           // of word, as the index hashes a word
  };
  std::vector<PositionWord> position_words;
  std::bitset<1024> position_word_bits;  // bit (hash % 1024) of each position word

  static Result<PlaceTables> Load(const std::string& data_dir);
};

// All mentions of the text, in text order; sentences marked skip are read too (a repeat is still
// a mention) but the caller may ignore them.
// `published`, when known, is the day whose conflict theatres and front lines break ties between
// namesakes (the pipeline passes the earliest day the text dates something to, else the
// publication day).
std::vector<PlaceMention> Annotate(const gazetteer::Gazetteer& gazetteer,
                                   const PlaceTables& tables, const text::AnalysedText& text,
                                   std::optional<Date> published = std::nullopt);

}  // namespace sitrep::places

#endif  // SITREP_PLACES_PLACES_H_
