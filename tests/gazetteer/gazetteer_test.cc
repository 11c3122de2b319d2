#include "gazetteer/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "gazetteer/format.h"
#include "sitrep/sitrep.h"

namespace sitrep::gazetteer {
namespace {

// The build tree's data directory, where the build writes gazetteer.bin.
std::string DataDir() { return Model::DefaultDataDir(); }


// Builds a tiny index from tests/gazetteer/fixture with the real builder and the repo's tables.
class TinyGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string((std::filesystem::temp_directory_path() /
                             ("sitrep_tiny_gazetteer_" + std::to_string(getpid()) + ".bin"))
                                .string());
    const std::string fixture = SITREP_GAZETTEER_FIXTURE;
    const std::string command = std::string(SITREP_BUILD_GAZETTEER_TOOL) + " index --cities500 " +
                                fixture + "/cities500.txt --admin1 " + fixture +
                                "/admin1.json --admin2 " + fixture + "/admin2.json --osm " +
                                fixture + "/osm.tsv --data " + std::string(SITREP_REPO_DATA_DIR) + " --output " +
                                *path_ + " 2>/dev/null";
    built_ = std::system(command.c_str()) == 0;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove(*path_);
    delete path_;
  }
  static std::string* path_;
  static bool built_;
};
std::string* TinyGazetteerTest::path_ = nullptr;
bool TinyGazetteerTest::built_ = false;

TEST_F(TinyGazetteerTest, FindsNamesAlternatesAndVariants) {
  ASSERT_TRUE(built_);
  auto g = Gazetteer::Load(*path_);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto kharkov = g->Lookup("Kharkov");
  ASSERT_FALSE(kharkov.empty());
  bool found_ua = false;
  for (const auto& c : kharkov) {
    if (g->CountryCode(c.entry) == "UA" && g->Kind(c.entry) == EntryKind::kSettlement) {
      found_ua = true;
      EXPECT_EQ(g->Name(c.entry), "Kharkiv");
      EXPECT_NEAR(g->Latitude(c.entry), 49.98, 0.05);
      EXPECT_EQ(g->Admin1Name(c.entry), "Kharkiv");
      EXPECT_EQ(g->Admin2Name(c.entry), "Kharkivskyi");
      EXPECT_EQ(g->GeonameId(c.entry).value_or(0), 706483);
    }
  }
  EXPECT_TRUE(found_ua);
  // Kiev comes from the Russian Cyrillic name too (generated), and the ACLED admin1 name.
  auto kiev = g->Lookup("Kiev");
  ASSERT_FALSE(kiev.empty());
  EXPECT_EQ(g->Name(kiev[0].entry), "Kyiv");
  EXPECT_EQ(g->Admin1Name(kiev[0].entry), "Kyiv City");
  // The OSM village the fixture adds; the OSM Kharkiv merged into the GeoNames one.
  auto kolosiane = g->Lookup("Kolosyane");
  ASSERT_EQ(kolosiane.size(), 1u);
  EXPECT_EQ(g->Name(kolosiane[0].entry), "Kolosiane");
  EXPECT_TRUE(g->Lookup("Nowhereville").empty());
}

TEST_F(TinyGazetteerTest, RussianStyleEndingsOfUkrainianNamesAreVariants) {
  ASSERT_TRUE(built_);
  auto g = Gazetteer::Load(*path_);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  // The fixture's OSM villages have Ukrainian names only; news writes their Russian forms.
  const std::pair<const char*, const char*> kForms[] = {
      {"Verbovskoye", "Verbivske"},  // -ivske → -ovskoye
      {"Yasnoye", "Yasne"},          // -ne → -noye
      {"Grabovo", "Hrabove"},        // -ove → -ovo on the Russian-style letters
      {"Maleyevka", "Maliivka"},     // -iivka → -eyevka
  };
  for (const auto& [russian, ukrainian] : kForms) {
    auto found = g->Lookup(russian);
    ASSERT_EQ(found.size(), 1u) << russian;
    EXPECT_EQ(g->Name(found[0].entry), ukrainian);
    EXPECT_EQ(found[0].match, NameMatch::kVariant) << russian;
  }
  // The Ukrainian-style name stays the place's own.
  auto own = g->Lookup("Verbivske");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].match, NameMatch::kPreferred);
}

TEST_F(TinyGazetteerTest, CountriesRegionsAndDemonyms) {
  ASSERT_TRUE(built_);
  auto g = Gazetteer::Load(*path_);
  ASSERT_TRUE(g.ok());
  auto ukraine = g->CountryEntry("UA");
  ASSERT_TRUE(ukraine.has_value());
  EXPECT_EQ(g->Name(*ukraine), "Ukraine");
  EXPECT_EQ(g->Kind(*ukraine), EntryKind::kCountry);
  EXPECT_EQ(g->CountryName("UA"), "Ukraine");
  auto demonym = g->Lookup("Ukrainian");
  ASSERT_EQ(demonym.size(), 1u);
  EXPECT_EQ(demonym[0].match, NameMatch::kDemonym);
  bool region = false;
  for (const auto& c : g->Lookup("Kharkiv")) {
    if (g->Kind(c.entry) != EntryKind::kAdmin1) continue;
    region = true;
    auto seat = g->Seat(c.entry);
    ASSERT_TRUE(seat.has_value());
    EXPECT_EQ(g->Name(*seat), "Kharkiv");
    EXPECT_EQ(g->FeatureCode(c.entry), "ADM1");
  }
  EXPECT_TRUE(region);
  // Multi-word keys announce their prefixes.
  EXPECT_TRUE(g->Find("sea of").prefix_of_longer);
  EXPECT_FALSE(g->Find("sea of azov").postings.empty());
}

TEST_F(TinyGazetteerTest, FindWithTheKeysHashIsFind) {
  ASSERT_TRUE(built_);
  auto g = Gazetteer::Load(*path_);
  ASSERT_TRUE(g.ok());
  for (std::string_view key : {"kharkov", "sea of", "sea of azov", "nowhereville", "x"}) {
    const KeyLookup plain = g->Find(key);
    g->Prefetch(format::Hash(key));  // a hint only
    const KeyLookup hashed = g->Find(key, format::Hash(key));
    EXPECT_EQ(hashed.found, plain.found) << key;
    EXPECT_EQ(hashed.prefix_of_longer, plain.prefix_of_longer) << key;
    EXPECT_EQ(hashed.postings.data(), plain.postings.data()) << key;
    EXPECT_EQ(hashed.postings.size(), plain.postings.size()) << key;
  }
  EXPECT_FALSE(g->Find("kharkov").postings.empty());
  // Another key's hash finds nothing under this key (the slot's key is compared, not the hash).
  EXPECT_FALSE(g->Find("kharkov", format::Hash("kyiv")).found);
}

TEST_F(TinyGazetteerTest, SettlementsRankedByPopulation) {
  ASSERT_TRUE(built_);
  auto loaded = Gazetteer::Load(*path_);
  ASSERT_TRUE(loaded.ok());
  Gazetteer g = std::move(*loaded);  // the answers kept move with the index
  std::uint32_t ua_settlements = 0;
  for (std::uint32_t e = 0; e < g.size(); ++e) {
    ua_settlements += g.Kind(e) == EntryKind::kSettlement && g.CountryCode(e) == "UA";
  }
  ASSERT_GE(ua_settlements, 2u);
  auto first = g.RankedSettlement("UA", 1);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(g.Name(*first), "Kyiv");
  auto second = g.RankedSettlement("UA", 2);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(g.Name(*second), "Kharkiv");
  EXPECT_EQ(g.RankedSettlement("UA", 1), first);  // asked again: the kept answer
  EXPECT_FALSE(g.RankedSettlement("UA", ua_settlements + 1).has_value());
  auto us = g.RankedSettlement("US", 1);  // the small namesake is the largest there
  ASSERT_TRUE(us.has_value());
  EXPECT_EQ(g.CountryCode(*us), "US");
  EXPECT_FALSE(g.RankedSettlement("ZZ", 1).has_value());
  EXPECT_FALSE(g.RankedSettlement("UA", 0).has_value());
  EXPECT_FALSE(Gazetteer().RankedSettlement("UA", 1).has_value());
}

TEST_F(TinyGazetteerTest, SettlementPointsOfARegionAreItsSettlementsSorted) {
  ASSERT_TRUE(built_);
  auto loaded = Gazetteer::Load(*path_);
  ASSERT_TRUE(loaded.ok());
  const Gazetteer g = std::move(*loaded);
  auto kharkiv = g.Find("kharkiv").postings;
  ASSERT_FALSE(kharkiv.empty());
  const auto region = g.Admin1Entry(Gazetteer::DecodePosting(kharkiv[0]).entry);
  ASSERT_TRUE(region.has_value());
  std::vector<std::pair<double, double>> expected;
  for (std::uint32_t e = 0; e < g.size(); ++e) {
    if (g.Kind(e) == EntryKind::kSettlement && g.Admin1Entry(e) == region) {
      expected.emplace_back(g.Latitude(e), g.Longitude(e));
    }
  }
  ASSERT_FALSE(expected.empty());
  std::sort(expected.begin(), expected.end());
  const auto& points = g.SettlementPoints(*region);
  EXPECT_EQ(points, expected);
  EXPECT_EQ(&g.SettlementPoints(*region), &points);  // asked again: the kept answer
  EXPECT_TRUE(Gazetteer().SettlementPoints(*region).empty());
}

TEST_F(TinyGazetteerTest, FilterKeepsEveryLargeSettlementsKeyAndFewOthers) {
  ASSERT_TRUE(built_);
  auto g = Gazetteer::Load(*path_);
  ASSERT_TRUE(g.ok());
  // Every one-word a-z key of a settlement of 50,000 or more passes (no false negatives).
  for (std::string_view key : {"kyiv", "kiev", "kharkiv", "kharkov"}) {
    ASSERT_FALSE(g->Find(key).postings.empty()) << key;
    EXPECT_TRUE(g->MayNameSettlementOf(format::Hash(key), 50000)) << key;
    EXPECT_TRUE(g->MayNameSettlementOf(format::Hash(key), 1000000)) << key;
  }
  // Made-up keys: the filter rules nearly all of them out, but never below its population.
  int passed = 0;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      const std::string key = std::string("qz") + a + b + "vet";
      passed += g->MayNameSettlementOf(format::Hash(key), 50000);
      EXPECT_TRUE(g->MayNameSettlementOf(format::Hash(key), 49999)) << key;
    }
  }
  EXPECT_LT(passed, 26 * 26 / 10);
  EXPECT_TRUE(Gazetteer().MayNameSettlementOf(format::Hash("qzabvet"), 50000));  // no filter
}

TEST(Gazetteer, MissingOrCorruptFilesAreErrors) {
  auto missing = Gazetteer::Load("/nonexistent/gazetteer.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  const auto path = std::filesystem::temp_directory_path() / "sitrep_corrupt_gazetteer.bin";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::string junk(4096, 'x');
    std::fwrite(junk.data(), 1, junk.size(), f);
    std::fclose(f);
  }
  auto corrupt = Gazetteer::Load(path.string());
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.status().code(), StatusCode::kDataError);
  std::filesystem::remove(path);
  Gazetteer empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_TRUE(empty.Lookup("Kyiv").empty());
  empty.Prefetch(format::Hash("kyiv"));  // no index: a hint to nowhere, harmless
  EXPECT_FALSE(empty.Find("kyiv", format::Hash("kyiv")).found);
}

// The real index of the build tree (the build always writes it). Its load time is a benchmark
// figure (docs/benchmarks.md, model_load_ms), not a test assertion.
TEST(RealGazetteer, RussianFormsAndAlternates) {
  auto g = Gazetteer::Load(DataDir() + "/gazetteer.bin");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto best_ua = [&](std::string_view name) -> std::optional<std::uint32_t> {
    std::optional<std::uint32_t> best;
    for (const auto& c : g->Lookup(name)) {
      if (g->CountryCode(c.entry) != "UA" || g->Kind(c.entry) != EntryKind::kSettlement) continue;
      if (!best || g->Population(c.entry) > g->Population(*best)) best = c.entry;
    }
    return best;
  };
  struct Case {
    const char* query;
    const char* name;
    double lat, lon;
  };
  for (const Case& c : {Case{"Kharkov", "Kharkiv", 49.99, 36.23}, Case{"Kiev", "Kyiv", 50.45, 30.52},
                        Case{"Zaporozhye", "Zaporizhzhia", 47.84, 35.14},
                        Case{"Lugansk", "Luhansk", 48.57, 39.31},
                        Case{"Nikolaev", "Mykolaiv", 46.97, 32.0},
                        Case{"Charków", "Kharkiv", 49.99, 36.23},
                        Case{"Odessa", "Odesa", 46.48, 30.73}}) {
    auto e = best_ua(c.query);
    ASSERT_TRUE(e.has_value()) << c.query;
    EXPECT_EQ(g->Name(*e), c.name) << c.query;
    EXPECT_NEAR(g->Latitude(*e), c.lat, 0.1) << c.query;
    EXPECT_NEAR(g->Longitude(*e), c.lon, 0.1) << c.query;
  }
}

}  // namespace
}  // namespace sitrep::gazetteer
