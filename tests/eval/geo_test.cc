#include "eval/geo.h"

#include <gtest/gtest.h>

namespace sitrep::eval {
namespace {

// GWN-like: Paris (with coordinates), French (demonym: neutral), a negative offset (dropped),
// "the city" (an annotated non-place: not gold, not neutral), "people" (Literal) without
// coordinates (neutral). "Zürich" checks code point offsets.
constexpr const char* kGwn = R"(<?xml version="1.0" ?>
<articles><article file="0"><title>t</title>
<text>Zürich and Paris &amp; French people in the city.</text>
<toponyms>
 <toponym><extractedName>Zürich</extractedName><type>Literal</type><start>0</start><end>6</end>
  <latitude>47.37</latitude><longitude>8.54</longitude></toponym>
 <toponym><extractedName>Paris</extractedName><type>Literal</type><start>11</start><end>16</end>
  <latitude>48.85</latitude><longitude>2.35</longitude></toponym>
 <toponym><extractedName>French</extractedName><type>Demonym</type><start>19</start><end>25</end></toponym>
 <toponym><extractedName>x</extractedName><type>Literal</type><start>-5</start><end>-4</end></toponym>
 <toponym><extractedName>city</extractedName><type>Literal_Expression</type><start>40</start><end>44</end></toponym>
 <toponym><extractedName>people</extractedName><type>Literal</type><start>26</start><end>32</end></toponym>
</toponyms></article></articles>)";

// GeoVirus-like: offsets one too far.
constexpr const char* kGeoVirus = R"(<articles><article><text>In Lagos today.</text>
<locations><location><name>Lagos</name><start>4</start><end>9</end><lat>6.45</lat><lon>3.39</lon></location></locations>
</article></articles>)";

PlaceMention Mention(std::size_t start, std::size_t end, std::optional<double> lat,
                     std::optional<double> lon) {
  PlaceMention m;
  m.start = start;
  m.end = end;
  m.latitude = lat;
  m.longitude = lon;
  return m;
}

TEST(GeoReaderTest, GwnOffsetsTypesAndDrops) {
  auto set = ParseGeoXml(kGwn);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(set->offset_shift, 0);
  EXPECT_EQ(set->dropped, 1u);
  EXPECT_EQ(set->excluded, 1u);
  EXPECT_EQ(set->without_coordinates, 1u);
  EXPECT_EQ(set->not_places, 1u);
  ASSERT_EQ(set->documents.size(), 1u);
  const auto& t = set->documents[0].toponyms;
  ASSERT_EQ(t.size(), 4u);
  // "Zürich" is 7 bytes; "Paris" starts at byte 12.
  EXPECT_EQ(t[0].end, 7u);
  EXPECT_EQ(t[1].start, 12u);
  EXPECT_TRUE(t[1].counted);
  EXPECT_FALSE(t[2].counted);
}

TEST(GeoReaderTest, GeoVirusShift) {
  auto set = ParseGeoXml(kGeoVirus);
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->offset_shift, 1);
  EXPECT_EQ(set->documents[0].toponyms[0].start, 3u);
}

TEST(GeoReaderTest, NationalityAdjectives) {
  EXPECT_TRUE(IsNationalityAdjective("Russian"));
  EXPECT_TRUE(IsNationalityAdjective("ISRAELI"));
  EXPECT_FALSE(IsNationalityAdjective("Russia"));
  EXPECT_FALSE(IsNationalityAdjective("Russian Federation"));
}

TEST(GeoScoreTest, RecognitionAndGeocoding) {
  auto set = ParseGeoXml(kGwn);
  ASSERT_TRUE(set.ok());
  const PlacesFn places = [](const Document&) -> Result<std::vector<PlaceMention>> {
    return std::vector<PlaceMention>{
        Mention(0, 7, 47.4, 8.5),        // Zürich, a few km off
        Mention(12, 17, 33.66, -95.55),  // Paris, Texas
        Mention(20, 26, 46, 2),          // French: neutral
        Mention(27, 33, 1, 1),           // "people": not located, neutral
        Mention(41, 45, 1, 1),           // "city": a false positive
    };
  };
  const EvalReport report = ScoreGeo(*set, places, EvalOptions());
  const Json& s = report.scores;
  EXPECT_EQ(s["toponyms"]["tp"], 2);
  EXPECT_EQ(s["toponyms"]["fp"], 1);
  EXPECT_EQ(s["toponyms"]["fn"], 0);
  EXPECT_EQ(s["neutral_predictions"], 2);
  EXPECT_DOUBLE_EQ(s["geocoding"]["accuracy_161km"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(s["geocoding"]["end_to_end_accuracy_161km"].get<double>(), 0.5);
  EXPECT_GT(s["geocoding"]["auc"].get<double>(), 0.3);
}

}  // namespace
}  // namespace sitrep::eval
