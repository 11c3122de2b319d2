#include "io/output.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "testing/testing.h"

namespace sitrep::io {
namespace {

using nlohmann::json;

Incident Shelling() {
  Incident incident;
  incident.doc_id = "doc-1";
  incident.event_id = "doc-1-1";
  incident.event_date = Date{2022, 3, 2};
  incident.disorder_type = "Political violence";
  incident.event_type = "Explosions/Remote violence";
  incident.sub_event_type = "Shelling/artillery/missile attack";
  incident.actor1 = "Military Forces of Russia (2000-)";
  incident.inter1 = 8;
  incident.actor2 = "Civilians (Ukraine)";
  incident.inter2 = 7;
  incident.interaction = 78;
  incident.civilian_targeting = true;
  incident.country = "Ukraine";
  incident.country_code = "UA";
  incident.admin1 = "Kharkiv";
  incident.location = "Kharkiv";
  incident.latitude = 49.99351;
  incident.longitude = 36.23037;
  incident.fatalities = 21;
  incident.source = "Example News";
  incident.reported_by = {"a, b", "c"};
  incident.notes = "On 2 March 2022, shells hit \"the\" centre,\nkilling 21.";
  incident.evidence = {{10, 20, "shells hit"}};
  incident.confidence = 0.75;
  return incident;
}

Incident Unlocated() {
  Incident incident;
  incident.doc_id = "doc-2";
  incident.event_id = "doc-2-1";
  incident.disorder_type = "Demonstrations";
  incident.event_type = "Protests";
  incident.sub_event_type = "Peaceful protest";
  incident.actor1 = "Protesters (Ukraine)";
  incident.inter1 = 6;
  incident.interaction = 60;
  incident.evidence = {{0, 7, "protest"}};
  return incident;
}

// Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF rows) into rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(JsonTest, WritesEveryFieldOfTheSchemaInOrder) {
  const json j = json::parse(IncidentToJsonLine(Shelling()));
  const std::vector<std::string> expected = {"doc_id",
                                             "event_id",
                                             "event_date",
                                             "time_precision",
                                             "disorder_type",
                                             "event_type",
                                             "sub_event_type",
                                             "actor1",
                                             "actor1_text",
                                             "assoc_actor_1",
                                             "inter1",
                                             "actor2",
                                             "actor2_text",
                                             "assoc_actor_2",
                                             "inter2",
                                             "interaction",
                                             "civilian_targeting",
                                             "country",
                                             "country_code",
                                             "admin1",
                                             "admin2",
                                             "location",
                                             "latitude",
                                             "longitude",
                                             "geo_precision",
                                             "fatalities",
                                             "injuries",
                                             "target",
                                             "weapon",
                                             "source",
                                             "reported_by",
                                             "claimed_by",
                                             "notes",
                                             "evidence",
                                             "confidence"};
  std::vector<std::string> keys;
  const auto ordered = nlohmann::ordered_json::parse(IncidentToJsonLine(Shelling()));
  for (auto it = ordered.begin(); it != ordered.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, expected);
  EXPECT_EQ(j["event_date"], "2022-03-02");
  EXPECT_EQ(j["fatalities"], 21);
  EXPECT_TRUE(j["injuries"].is_null());
  EXPECT_TRUE(j["claimed_by"].is_null());
  EXPECT_DOUBLE_EQ(j["latitude"].get<double>(), 49.9935);  // 4 decimals, as ACLED
  EXPECT_EQ(j["evidence"][0]["start"], 10);
  EXPECT_EQ(j["evidence"][0]["text"], "shells hit");
  EXPECT_EQ(j["reported_by"][0], "a, b");
}

TEST(JsonTest, MatchesTheSchemaFieldSet) {
  const auto shared_dir = sitrep::testing::SharedDir();
  if (!shared_dir) GTEST_SKIP() << "../shared is absent";
  const std::string& shared = *shared_dir;
  std::ifstream in(shared + "/spec/incident.schema.json");
  const json schema = json::parse(in);
  const std::set<std::string> required = schema.at("required").get<std::set<std::string>>();
  std::set<std::string> properties;
  for (auto it = schema.at("properties").begin(); it != schema.at("properties").end(); ++it) {
    properties.insert(it.key());
  }
  std::set<std::string> written;
  const json line = json::parse(IncidentToJsonLine(Shelling()));
  for (auto it = line.begin(); it != line.end(); ++it) written.insert(it.key());
  EXPECT_EQ(written, properties);
  EXPECT_EQ(written, required);
}

TEST(JsonTest, WritesNullsForUnknownValues) {
  const json j = json::parse(IncidentToJsonLine(Unlocated()));
  EXPECT_TRUE(j["event_date"].is_null());
  EXPECT_TRUE(j["latitude"].is_null());
  EXPECT_TRUE(j["longitude"].is_null());
  EXPECT_TRUE(j["fatalities"].is_null());
  EXPECT_EQ(j["reported_by"], json::array());
}

TEST(JsonTest, InvalidUtf8IsReplacedNotThrown) {
  Incident incident = Unlocated();
  incident.notes = "bad \xC3\x28 byte";
  const std::string line = IncidentToJsonLine(incident);
  EXPECT_NE(line.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NO_THROW(json::parse(line));
}

TEST(JsonTest, ErrorLineNamesTheDocument) {
  const json named = json::parse(
      ErrorLine(Status(StatusCode::kInvalidArgument, "invalid UTF-8 at byte 12", "doc-7"), "x"));
  EXPECT_EQ(named["document"], "doc-7");
  EXPECT_EQ(named["error"], "invalid_argument");
  EXPECT_EQ(named["message"], "invalid UTF-8 at byte 12");
  const json unnamed =
      json::parse(ErrorLine(Status(StatusCode::kNotFound, "no such file"), "f.txt"));
  EXPECT_EQ(unnamed["document"], "f.txt");
  EXPECT_EQ(unnamed["error"], "not_found");
}

TEST(JsonTest, PlaceLineHasThePlaceSchemaFields) {
  PlaceMention place;
  place.doc_id = "d";
  place.start = 4;
  place.end = 11;
  place.text = "Kharkiv";
  place.name = "Kharkiv";
  const json j = json::parse(PlaceToJsonLine(place));
  EXPECT_EQ(j.size(), 11u);
  EXPECT_EQ(j["start"], 4);
  EXPECT_TRUE(j["latitude"].is_null());
  EXPECT_TRUE(j["geonameid"].is_null());
  EXPECT_EQ(j["feature_code"], "");
}

TEST(CsvTest, QuotesCommasQuotesAndNewlines) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
}

TEST(CsvTest, LabelsInterCodesAsTheNewExportDoes) {
  EXPECT_EQ(InterLabel(1), "State forces");
  EXPECT_EQ(InterLabel(7), "Civilians");
  EXPECT_EQ(InterLabel(8), "External/Other forces");
  EXPECT_EQ(InterLabel(0), "");
  EXPECT_EQ(InterLabel(9), "");
  EXPECT_EQ(InteractionLabel(17), "State forces-Civilians");
  EXPECT_EQ(InteractionLabel(80), "External/Other forces only");
  EXPECT_EQ(InteractionLabel(87), "Civilians-External/Other forces");
  EXPECT_EQ(InteractionLabel(0), "");
}

TEST(CsvTest, WritesTheAcledColumnsInOrderAndRoundTrips) {
  std::ostringstream out;
  auto writer = MakeIncidentWriter(Format::kCsv, out);
  writer->Begin();
  writer->WriteDocument("doc-1", {Shelling()});
  writer->WriteDocument("doc-2", {Unlocated()});
  writer->WriteDocument("doc-3", {});
  writer->End();
  const auto rows = ParseCsv(out.str());
  ASSERT_EQ(rows.size(), 3u);
  ASSERT_EQ(rows[0].size(), 31u);
  EXPECT_EQ(rows[0][0], "event_id_cnty");
  EXPECT_EQ(rows[0][9], "inter1");
  EXPECT_EQ(rows[0][14], "civilian_targeting");
  EXPECT_EQ(rows[0][30], "timestamp");
  auto column = [&](std::size_t row, std::string_view name) {
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
      if (rows[0][i] == name) return rows[row][i];
    }
    return std::string("<no column>");
  };
  ASSERT_EQ(rows[1].size(), 31u);
  EXPECT_EQ(column(1, "event_date"), "2022-03-02");
  EXPECT_EQ(column(1, "year"), "2022");
  EXPECT_EQ(column(1, "inter1"), "External/Other forces");
  EXPECT_EQ(column(1, "interaction"), "Civilians-External/Other forces");
  EXPECT_EQ(column(1, "civilian_targeting"), "Civilians targeted");
  EXPECT_EQ(column(1, "iso"), "804");
  EXPECT_EQ(column(1, "region"), "Europe");
  EXPECT_EQ(column(1, "latitude"), "49.9935");
  EXPECT_EQ(column(1, "longitude"), "36.2304");
  EXPECT_EQ(column(1, "notes"), Shelling().notes);  // quotes and the newline survive
  EXPECT_EQ(column(1, "fatalities"), "21");
  ASSERT_EQ(rows[2].size(), 31u);
  EXPECT_EQ(column(2, "fatalities"), "0");
  EXPECT_EQ(column(2, "inter2"), "");
  EXPECT_EQ(column(2, "interaction"), "Protesters only");
  EXPECT_EQ(column(2, "civilian_targeting"), "");
  EXPECT_EQ(column(2, "event_date"), "");
  EXPECT_EQ(column(2, "iso"), "");
}

TEST(GeoJsonTest, OneFeatureCollectionWithNullGeometryWhenUnlocated) {
  std::ostringstream out;
  auto writer = MakeIncidentWriter(Format::kGeoJson, out);
  writer->Begin();
  writer->WriteDocument("doc-1", {Shelling()});
  writer->WriteDocument("doc-empty", {});
  writer->WriteDocument("doc-2", {Unlocated()});
  writer->End();
  const json collection = json::parse(out.str());
  EXPECT_EQ(collection["type"], "FeatureCollection");
  ASSERT_EQ(collection["features"].size(), 2u);
  const json& located = collection["features"][0];
  EXPECT_EQ(located["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(located["geometry"]["coordinates"][0].get<double>(), 36.2304);  // lon first
  EXPECT_EQ(located["properties"]["event_id"], "doc-1-1");
  EXPECT_TRUE(collection["features"][1]["geometry"].is_null());
}

TEST(GeoJsonTest, EmptyBatchIsStillValid) {
  std::ostringstream out;
  auto writer = MakeIncidentWriter(Format::kGeoJson, out);
  writer->Begin();
  writer->End();
  const json collection = json::parse(out.str());
  EXPECT_TRUE(collection["features"].empty());
}

TEST(PrettyTest, AlignsColumnsAndShortensNotes) {
  Incident long_note = Shelling();
  long_note.notes = std::string(300, 'x');
  const std::string block = PrettyBlock("doc-1", {Shelling(), Unlocated(), long_note}, 40);
  EXPECT_EQ(block.rfind("doc-1  (3 incidents)\n", 0), 0u);
  std::istringstream lines(block);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line)) rows.push_back(line);
  // Title, header, then incident rows each followed by its note.
  ASSERT_GE(rows.size(), 5u);
  const std::size_t location_column = rows[1].find("location");
  ASSERT_NE(location_column, std::string::npos);
  EXPECT_EQ(rows[2].find("Kharkiv"), location_column);
  EXPECT_NE(block.find("Military Forces of Russia (2000-) vs Civilians (Ukraine)"),
            std::string::npos);
  EXPECT_EQ(block.find(std::string(41, 'x')), std::string::npos);
  EXPECT_NE(block.find(std::string(39, 'x') + "\xE2\x80\xA6"), std::string::npos);
  EXPECT_EQ(PrettyBlock("empty", {}), "empty  (0 incidents)\n");
}

TEST(FormatTest, ParsesKnownNamesOnly) {
  EXPECT_EQ(ParseFormat("jsonl"), Format::kJsonl);
  EXPECT_EQ(ParseFormat("csv"), Format::kCsv);
  EXPECT_EQ(ParseFormat("geojson"), Format::kGeoJson);
  EXPECT_EQ(ParseFormat("pretty"), Format::kPretty);
  EXPECT_FALSE(ParseFormat("xml").has_value());
  EXPECT_FALSE(ParseFormat("JSONL").has_value());
}

}  // namespace
}  // namespace sitrep::io
