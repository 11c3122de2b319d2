#include "eval/acled.h"

#include <gtest/gtest.h>

#include "eval/test_util.h"

namespace sitrep::eval {
namespace {

using testing::FromTable;
using testing::MakeIncident;

constexpr const char* kHeader2022 =
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,timestamp,iso3\n";

std::string Row(const std::string& id, const std::string& date, int time_precision,
                const std::string& type, const std::string& sub, const std::string& admin1,
                const std::string& location, double lat, double lon, int geo_precision,
                const std::string& note, int fatalities) {
  return "1,804," + id + ",1," + date + ",2022," + std::to_string(time_precision) + "," + type +
         "," + sub + ",Military Forces of Russia (2000-),,8,,,0,80,Europe,Ukraine," + admin1 +
         ",,," + location + "," + std::to_string(lat) + "," + std::to_string(lon) + "," +
         std::to_string(geo_precision) + ",Reuters,International,\"" + note + "\"," +
         std::to_string(fatalities) + ",1649184809,UKR\n";
}

AcledSet TinySet() {
  const std::string csv =
      std::string(kHeader2022) +
      Row("UKR1", "1 March 2022", 1, "Battles", "Armed clash", "Kyiv", "Kyiv", 50, 30, 1,
          "On 1 March 2022, two things, Kyiv.", 2) +
      Row("UKR2", "1 March 2022", 1, "Explosions/Remote violence",
          "Shelling/artillery/missile attack", "Kyiv", "Elsewhere", 50, 31, 1,
          "On 1 March 2022, two things, Kyiv.", 0) +
      Row("UKR3", "20 February 2022", 2, "Protests", "Peaceful protest", "Kharkiv", "Kharkiv", 48,
          35, 3, "In the week of 20 February 2022, people protested.", 0) +
      Row("UKR4", "10 March 2022", 1, "Battles", "Armed clash", "Donetsk", "Far", 47, 37, 1,
          "On 10 March 2022, a clash.", 0);
  auto set = ParseAcled(csv, PublishedFrom::kEventDatePlus3);
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  return *set;
}

TEST(AcledReaderTest, GroupsRowsByNote) {
  const AcledSet set = TinySet();
  EXPECT_EQ(set.schema, AcledSchema::k2022);
  ASSERT_EQ(set.documents.size(), 3u);
  EXPECT_EQ(set.documents[0].gold.size(), 2u);
  EXPECT_EQ(set.documents[0].document.id, "acled-UKR1");
  EXPECT_EQ(set.documents[0].document.text, "On 1 March 2022, two things, Kyiv.");
  EXPECT_EQ(set.documents[0].document.published, (Date{2022, 3, 4}));
  EXPECT_EQ(set.documents[1].gold[0].time_precision, 2);
  EXPECT_EQ(set.documents[1].gold[0].geo_precision, 3);
  EXPECT_EQ(set.documents[0].gold[0].fatalities, 2);
}

TEST(AcledReaderTest, Schema2023WithIsoDates) {
  const std::string csv =
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
      "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
      "source_scale,notes,fatalities,tags,timestamp\n"
      "UKR9,2023-05-02,2023,1,Political violence,Battles,Armed clash,A,,State forces,B,,"
      "State forces,State forces-State forces,,804,Europe,Ukraine,Donetsk,,,Bakhmut,48.59,38.0,"
      "1,Src,National,\"On 2 May 2023, a clash.\",3,,1683000000\n";
  auto set = ParseAcled(csv, PublishedFrom::kUploadDate);
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->schema, AcledSchema::k2023);
  ASSERT_EQ(set->documents.size(), 1u);
  EXPECT_EQ(set->documents[0].gold[0].date, (Date{2023, 5, 2}));
  // 1683000000 s is 2023-05-02: not after the event, so the upload day is used.
  EXPECT_EQ(set->documents[0].document.published, (Date{2023, 5, 2}));
}

TEST(AcledReaderTest, MissingColumnIsAnError) {
  EXPECT_FALSE(ParseAcled("a,b\n1,2\n", PublishedFrom::kEventDatePlus3).ok());
  EXPECT_FALSE(ParseAcled("", PublishedFrom::kEventDatePlus3).ok());
}

TEST(AcledReaderTest, LongDates) {
  EXPECT_EQ(ParseLongDate("31 March 2022"), (Date{2022, 3, 31}));
  EXPECT_EQ(ParseLongDate("1 Feb 2022"), (Date{2022, 2, 1}));
  EXPECT_FALSE(ParseLongDate("31 February 2022"));
  EXPECT_FALSE(ParseLongDate("March 2022"));
}

TEST(AcledScoreTest, KnownCounts) {
  const AcledSet set = TinySet();
  Incident p1 = MakeIncident("2022-03-01", "Battles", "Armed clash", 50.1, 30);
  p1.fatalities = 2;
  p1.actor1 = "Military Forces of Russia (2000-)";
  p1.admin1 = "Kyiv";
  const Incident p2 =
      MakeIncident("2022-03-01", "Explosions/Remote violence", "Air/drone strike", 50, 31.2);
  const Incident p3 = MakeIncident("2022-03-05", "Battles", "Armed clash", 50, 30);
  const Incident p4 = MakeIncident("2022-02-25", "Protests", "Peaceful protest", 48.5, 35);
  const Incident p5 = MakeIncident("2022-02-20", "Riots", "Mob violence", 40, 35);
  const Incident p6 = MakeIncident("2022-03-10", "Battles", "Armed clash", 45, 37);
  const auto extract =
      FromTable({{"acled-UKR1", {p1, p2, p3}}, {"acled-UKR3", {p4, p5}}, {"acled-UKR4", {p6}}});
  EvalOptions options;
  options.threads = 2;
  options.collect_errors = true;
  const EvalReport report = ScoreAcled(set, extract, nullptr, options);
  const Json& s = report.scores;
  EXPECT_EQ(s["detection"]["tp"], 3);
  EXPECT_EQ(s["detection"]["fp"], 3);
  EXPECT_EQ(s["detection"]["fn"], 1);
  EXPECT_EQ(s["detection_no_place"]["tp"], 4);
  EXPECT_EQ(s["detection_no_place"]["fp"], 2);
  EXPECT_EQ(s["event_type"]["tp"], 3);
  EXPECT_EQ(s["sub_event_type"]["tp"], 2);
  EXPECT_EQ(s["sub_event_type"]["fn"], 2);
  EXPECT_DOUBLE_EQ(s["detection"]["f1"].get<double>(), 2 * 0.5 * 0.75 / 1.25);
  EXPECT_DOUBLE_EQ(s["matched"]["fatalities_exact"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(s["matched"]["date_exact"].get<double>(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s["matched"]["admin1_exact"].get<double>(), 1.0 / 3.0);
  EXPECT_EQ(s["confusion"]["Shelling/artillery/missile attack"]["Air/drone strike"], 1);
  EXPECT_EQ(s["confusion"]["Armed clash"]["(missed)"], 1);
  EXPECT_EQ(s["per_sub_event_type"]["Armed clash"]["tp"], 1);
  // Date-free, by place alone: p3 sits on UKR1's point (p1 is 11 km off), so UKR1-p3 pairs
  // although p3 is 4 days late; UKR2-p2 on the day; UKR3-p4 5 days off (precision 2, within its
  // week); p6 is outside UKR4's radius.
  const Json& free = s["matched_date_free"];
  EXPECT_EQ(free["pairs"], 3);
  EXPECT_DOUBLE_EQ(free["date_exact"].get<double>(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(free["date_exact_day_precision"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(free["date_within_tolerance"].get<double>(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(free["undated"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(free["time_precision_exact"].get<double>(), 2.0 / 3.0);  // UKR3 is a week
  // One miss (UKR4 with place), three false positives, two date errors (UKR1, UKR3) and two
  // matched pairs whose actors differ (the predictions name none).
  EXPECT_EQ(report.errors.size(), 8u);
  int actors = 0;
  for (const Json& e : report.errors) actors += e["kind"] == "actors";
  EXPECT_EQ(actors, 2);
}

TEST(AcledScoreTest, DateFreeMatchingJudgesWrongDays) {
  const AcledSet set = TinySet();
  // Both at UKR1's point, on the wrong day: the dated matching finds nothing, the date-free one
  // pairs them by place and counts both dates wrong; the armed clash goes to the armed clash.
  const Incident shelling = MakeIncident("2022-03-02", "Explosions/Remote violence",
                                         "Shelling/artillery/missile attack", 50, 30);
  const Incident clash = MakeIncident("2022-02-28", "Battles", "Armed clash", 50, 30);
  Incident undated = MakeIncident("2022-03-10", "Battles", "Armed clash", 47, 37);
  undated.event_date.reset();
  const auto extract = FromTable({{"acled-UKR1", {shelling, clash}}, {"acled-UKR4", {undated}}});
  EvalOptions options;
  options.collect_errors = true;
  const EvalReport report = ScoreAcled(set, extract, nullptr, options);
  const Json& s = report.scores;
  EXPECT_EQ(s["detection"]["tp"], 0);
  const Json& free = s["matched_date_free"];
  // UKR1 (clash) with the clash, UKR2 (31 E, 71 km away) with nothing, UKR4 with the undated one.
  EXPECT_EQ(free["pairs"], 2);
  EXPECT_DOUBLE_EQ(free["date_exact"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(free["undated"].get<double>(), 0.5);
  // By document alone UKR2 pairs with the shelling too: three pairs, none on the day.
  EXPECT_EQ(s["matched_date_free_no_place"]["pairs"], 3);
  EXPECT_DOUBLE_EQ(s["matched_date_free_no_place"]["date_exact"].get<double>(), 0.0);
  int date_errors = 0;
  for (const Json& e : report.errors) {
    if (e["kind"] != "date") continue;
    ++date_errors;
    if (e["doc"] == "acled-UKR1") {
      EXPECT_EQ(e["gold"]["event_id"], "UKR1");
      EXPECT_EQ(e["predicted"]["sub_event_type"], "Armed clash");
    }
  }
  EXPECT_EQ(date_errors, 2);
}

// Row() with both actors named: actor1 Russia's forces, actor2 `actor2`.
std::string RowWithActor2(std::string row, const std::string& actor2) {
  const std::string from = ",Military Forces of Russia (2000-),,8,,,0,";
  row.replace(row.find(from), from.size(),
              ",Military Forces of Russia (2000-),,8," + actor2 + ",,1,");
  return row;
}

TEST(AcledScoreTest, ActorOrderCountsOnlyForViolenceAgainstCivilians) {
  const std::string csv =
      std::string(kHeader2022) +
      RowWithActor2(Row("UKR1", "1 March 2022", 1, "Battles", "Armed clash", "Kyiv", "Kyiv", 50, 30,
                        1, "On 1 March 2022, a clash.", 0),
                    "Military Forces of Ukraine (2019-)") +
      RowWithActor2(Row("UKR2", "2 March 2022", 1, "Violence against civilians", "Attack", "Kyiv",
                        "Kyiv", 50, 30, 1, "On 2 March 2022, an attack.", 0),
                    "Civilians (Ukraine)");
  auto set = ParseAcled(csv, PublishedFrom::kEventDatePlus3);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  // Both predictions name the two actors the other way round.
  Incident clash = MakeIncident("2022-03-01", "Battles", "Armed clash", 50, 30);
  clash.actor1 = "Military Forces of Ukraine (2019-)";
  clash.actor2 = "Military Forces of Russia (2000-)";
  Incident attack = MakeIncident("2022-03-02", "Violence against civilians", "Attack", 50, 30);
  attack.actor1 = "Civilians (Ukraine)";
  attack.actor2 = "Military Forces of Russia (2000-)";
  const auto extract = FromTable({{"acled-UKR1", {clash}}, {"acled-UKR2", {attack}}});
  const EvalReport report = ScoreAcled(*set, extract, nullptr, EvalOptions{});
  const Json& m = report.scores["matched"];
  EXPECT_EQ(m["pairs"], 2);
  EXPECT_DOUBLE_EQ(m["actor1_exact"].get<double>(), 0.0);
  // The swapped battle is right when order carries no meaning; the swapped attack stays wrong.
  EXPECT_DOUBLE_EQ(m["actor1_order_free"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(m["actor_pair_order_free"].get<double>(), 0.5);
}

TEST(AcledScoreTest, FailuresAndLimit) {
  AcledSet set = TinySet();
  set.documents[0].document.id = "fail";
  EvalOptions options;
  options.limit = 2;
  const EvalReport report = ScoreAcled(set, FromTable({}), nullptr, options);
  EXPECT_EQ(report.failed_documents, 1u);
  EXPECT_EQ(report.scores["documents"], 2);
  EXPECT_EQ(report.scores["gold_events"], 3);
}

TEST(AcledScoreTest, GazetteerCoverage) {
  const AcledSet set = TinySet();
  const PlacesFn places = [](const Document& d) -> Result<std::vector<PlaceMention>> {
    std::vector<PlaceMention> out;
    if (d.text == "Kyiv" || d.text == "Far") {
      PlaceMention m;
      m.text = d.text;
      m.latitude = 50;
      m.longitude = 30;
      out.push_back(m);
    }
    return out;
  };
  const EvalReport report = ScoreAcled(set, FromTable({}), &places, EvalOptions());
  // Kyiv and Far are known (2 of 4 events); only Kyiv is where ACLED puts it.
  EXPECT_DOUBLE_EQ(report.scores["gazetteer_coverage"]["known"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(report.scores["gazetteer_coverage"]["known_within_radius"].get<double>(), 0.25);
}

}  // namespace
}  // namespace sitrep::eval
