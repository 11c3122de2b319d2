#include "lexicon/held_areas.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace sitrep::lexicon {
namespace {

// A table of our own in a temporary file.
std::string WriteTable(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("sitrep_held_areas_" + std::to_string(::getpid()) + "_" + name + ".tsv");
  std::ofstream(path) << text;
  return path.string();
}

// A square one degree on a side, around (50.5, 30.5), held by the rebels of XX since 2010.
constexpr const char* kSquare =
    "# country\tholder\topponent\tfrom\tto\treach_km\toutline\n"
    "XX\tXX:rebel\tXX:military\t2010-01-01\t-\t10\t50,30 50,31 51,31 51,30\n";

TEST(HeldAreas, ReadsARowAndAnswersInsideEdgeAndPeriod) {
  const std::string path = WriteTable("square", kSquare);
  auto areas = ReadHeldAreas(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(areas.ok()) << areas.status().message();
  ASSERT_EQ(areas->size(), 1u);
  const HeldArea& a = areas->front();
  EXPECT_EQ(a.holder, "XX:rebel");
  EXPECT_EQ(a.opponent, "XX:military");
  EXPECT_EQ(a.reach_km, 10);
  EXPECT_FALSE(a.to.has_value());
  EXPECT_TRUE(a.During(Date{2015, 6, 1}));
  EXPECT_FALSE(a.During(Date{2009, 12, 31}));
  EXPECT_TRUE(a.Inside(50.5, 30.5));
  EXPECT_FALSE(a.Inside(50.5, 31.2));
  // 0.1 degree of latitude south of the southern edge is about 11 km from it.
  EXPECT_NEAR(a.EdgeKm(49.9, 30.5), 11.1, 0.2);
  // From the middle, the nearest edge is half a degree of longitude away: about 35 km at 50.5°N.
  EXPECT_NEAR(a.EdgeKm(50.5, 30.5), 35.4, 0.5);
}

TEST(HeldAreas, AMalformedRowIsADataErrorNamingTheValue) {
  for (const char* row : {"XX\tXX\tXX:military\t2010-01-01\t-\t10\t50,30 50,31 51,31\n",
                          "XX\tXX:rebel\tXX:military\t2010-13-01\t-\t10\t50,30 50,31 51,31\n",
                          "XX\tXX:rebel\tXX:military\t2010-01-01\t-\tfar\t50,30 50,31 51,31\n",
                          "XX\tXX:rebel\tXX:military\t2010-01-01\t-\t10\t50,30 50,31\n",
                          "XX\tXX:rebel\tXX:military\t2010-01-01\t-\t10\t50;30 50,31 51,31\n"}) {
    const std::string path = WriteTable("bad", row);
    auto areas = ReadHeldAreas(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(areas.ok()) << row;
    EXPECT_EQ(areas.status().code(), StatusCode::kDataError) << row;
    EXPECT_NE(areas.status().message().find("bad value"), std::string::npos) << row;
  }
}

}  // namespace
}  // namespace sitrep::lexicon
