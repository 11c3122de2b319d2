// The gazetteer: GeoNames cities500 + OpenStreetMap settlements of eastern and southern Ukraine +
// countries, admin1 regions and seas, compiled by tools/gazetteer into one file that is
// memory-mapped at load (no parsing; loading costs a few system calls).
#ifndef SITREP_GAZETTEER_GAZETTEER_H_
#define SITREP_GAZETTEER_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::gazetteer {

namespace format {
struct Header;
struct EntryRecord;
struct Admin1Record;
struct Admin2Record;
struct CountryRecord;
struct Slot;
}  // namespace format

enum class EntryKind : std::uint8_t {
  kSettlement = 0,  // a populated place (GeoNames P class, OSM city/town/village/hamlet)
  kAdmin1 = 1,      // a first-level region; its point is its seat
  kCountry = 2,     // its point is its capital
  kSea = 3,         // a sea or other water body
  kAdmin2 = 4,      // a second-level unit (county, raion); its point is its settlements' middle
};

// How a key names an entry.
enum class NameMatch : std::uint8_t {
  kPreferred = 0,  // the entry's own name (or ASCII name)
  kAlternate = 1,  // a GeoNames / OSM alternate name, official or ACLED name of a region
  kVariant = 2,    // a generated transliteration variant ("Zaporozhe", "Mykolayiv")
  kDemonym = 3,    // an adjective or demonym of a country ("Ukrainian"): NOT a place mention
};

struct Candidate {
  std::uint32_t entry = 0;
  NameMatch match = NameMatch::kPreferred;
};

// What the index holds for one folded key.
struct KeyLookup {
  std::span<const std::uint32_t> postings;  // decode with Candidate DecodePosting()
  bool found = false;             // the key exists (possibly with no entries: a prefix only)
  bool prefix_of_longer = false;  // key + " " + more tokens is also a key
};

// Great-circle distance in kilometres between two points in degrees.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

class Gazetteer {
 public:
  Gazetteer();  // empty: every lookup finds nothing
  ~Gazetteer();
  Gazetteer(Gazetteer&& other) noexcept;
  Gazetteer& operator=(Gazetteer&& other) noexcept;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Maps the index file; kNotFound if absent, kDataError if it is not a valid index.
  static Result<Gazetteer> Load(const std::string& path);

  bool empty() const { return entry_count_ == 0; }
  std::uint32_t size() const { return entry_count_; }

  // The index for an already folded key (see FoldKey): hash lookup, no allocation.
  KeyLookup Find(std::string_view folded_key) const;
  // The same for a key whose format::Hash the caller has already worked out.
  KeyLookup Find(std::string_view folded_key, std::uint64_t hash) const;
  // Starts loading the index slot where a key of this format::Hash is looked up, without
  // waiting for it: a hint before a Find of that key a little later, so that the memory waits of
  // many lookups overlap instead of coming one after the other. Changes no result.
  void Prefetch(std::uint64_t hash) const;
  // Whether a one-word key of letters a-z only, of this format::Hash, may name (other than as a
  // demonym) a settlement of at least `min_population` people. False only when the index's
  // filter of such keys rules the key out, which makes a Find of it needless for that purpose;
  // true for a population below the filter's bound or an index without a filter.
  bool MayNameSettlementOf(std::uint64_t hash, long long min_population) const;
  // Folds `name` and returns its candidates (convenience for tools and tests).
  std::vector<Candidate> Lookup(std::string_view name) const;
  static Candidate DecodePosting(std::uint32_t posting) {
    return {posting >> 2, static_cast<NameMatch>(posting & 3u)};
  }

  // Entry fields; `entry` < size().
  std::string_view Name(std::uint32_t entry) const;
  double Latitude(std::uint32_t entry) const;
  double Longitude(std::uint32_t entry) const;
  std::string_view CountryCode(std::uint32_t entry) const;  // "UA"; empty for seas
  std::string_view FeatureCode(std::uint32_t entry) const;  // PPLA, PPL, ADM1, PCLI, SEA...
  long long Population(std::uint32_t entry) const;
  // OSM's place type as a size on the log10-of-population scale (city 5, town 4, village 3,
  // hamlet 2); 0 when the sources give none.
  int SizeClass(std::uint32_t entry) const;
  std::optional<long long> GeonameId(std::uint32_t entry) const;
  EntryKind Kind(std::uint32_t entry) const;
  std::string_view Admin1Code(std::uint32_t entry) const;  // "07" (the part after "UA.")
  std::string_view Admin1Name(std::uint32_t entry) const;  // ACLED style: "Kharkiv", "Kyiv City"
  std::string_view Admin2Name(std::uint32_t entry) const;
  // The admin1 region's own entry for a settlement or region; nullopt when unknown.
  std::optional<std::uint32_t> Admin1Entry(std::uint32_t entry) const;
  // The seat of an admin1 entry (its PPLA), nullopt when unknown or not an admin1.
  std::optional<std::uint32_t> Seat(std::uint32_t admin1_entry) const;
  // The country entry for an ISO2 code.
  std::optional<std::uint32_t> CountryEntry(std::string_view iso2) const;
  // The capital (PPLC) of a country, nullopt when unknown.
  std::optional<std::uint32_t> Capital(std::string_view iso2) const;
  // The ACLED-style country name for an ISO2 code ("UA" → "Ukraine"); empty when unknown.
  std::string_view CountryName(std::string_view iso2) const;
  // The settlement of a country that is `rank`th by population (1: the largest), nullopt when
  // it has fewer. The index keeps no ranking: the first question for a country and rank scans
  // the entries (a few milliseconds), and the answer is kept for every later text and thread.
  std::optional<std::uint32_t> RankedSettlement(std::string_view iso2, std::size_t rank) const;
  // The points (lat, lon) of the settlements of an admin1 entry, sorted; worked out by a scan
  // the first time, and kept for every later text and thread like RankedSettlement's answers.
  const std::vector<std::pair<double, double>>& SettlementPoints(std::uint32_t admin1_entry) const;

 private:
  void Reset();
  const char* String(std::uint32_t offset) const;
  struct KeptAnswers;  // RankedSettlement's and SettlementPoints' answers so far, behind a mutex

  void* mapping_ = nullptr;
  std::size_t mapping_size_ = 0;
  const format::Header* header_ = nullptr;
  const format::EntryRecord* entries_ = nullptr;
  const format::Admin1Record* admin1_ = nullptr;
  const format::Admin2Record* admin2_ = nullptr;
  const format::CountryRecord* countries_ = nullptr;
  const std::uint32_t* features_ = nullptr;
  const format::Slot* slots_ = nullptr;
  const std::uint32_t* postings_ = nullptr;
  const std::uint64_t* filter_ = nullptr;
  const char* strings_ = nullptr;
  std::uint32_t entry_count_ = 0;
  std::uint32_t admin1_count_ = 0;
  std::uint32_t admin2_count_ = 0;
  std::uint32_t country_count_ = 0;
  std::uint32_t feature_count_ = 0;
  std::uint32_t slot_mask_ = 0;
  std::uint32_t posting_count_ = 0;
  std::uint64_t strings_size_ = 0;
  std::uint32_t filter_words_ = 0;
  long long filter_min_population_ = 0;
  std::unique_ptr<KeptAnswers> kept_answers_;
};

}  // namespace sitrep::gazetteer

#endif  // SITREP_GAZETTEER_GAZETTEER_H_
