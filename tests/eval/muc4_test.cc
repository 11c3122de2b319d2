#include "eval/muc4.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/test_util.h"
#include "eval/train_roles.h"
#include "events/role_tagger.h"
#include "testing/testing.h"

namespace sitrep::eval {
namespace {

using testing::FromTable;

constexpr const char* kTexts =
    "DEV-MUC3-0001 (NOSC)\n\n"
    "   SAN SALVADOR, 3 JAN 90 -- [TEXT] TERRORISTS OF THE FMLN KIDNAPPED MAYOR JUAN\n"
    "PEREZ AND 50 PEASANTS AND BURNED THE \"LA ESPERANZA\" FARM.\n\n"
    "DEV-MUC3-0002 (NOSC)\n\n"
    "   SAN SALVADOR, 4 JAN 90 -- [TEXT] THE AIR FORCE WILL CONTINUE ITS ACTIVITIES.\n\n"
    "DEV-MUC3-0003 (NOSC)\n\n"
    "   CLANDESTINE, NO DATE -- [TEXT] A BOMB EXPLODED.\n"
    "TST1-MUC3-0004\n\n"
    "   PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] NOTHING.\n"
    "TST1-MUC3-0005\n\n"
    "   TEGUCIGALPA, 7 FEB (REUTER) -- [TEXT] NOTHING.\n";

constexpr const char* kKeys =
    "0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)\n"
    "1.  MESSAGE: TEMPLATE               1\n"
    "4.  INCIDENT: TYPE                  KIDNAPPING\n"
    "6.  INCIDENT: INSTRUMENT ID         *\n"
    "9.  PERP: INDIVIDUAL ID             \"TERRORISTS\"\n"
    "10. PERP: ORGANIZATION ID           \"FARABUNDO MARTI NATIONAL LIBERATION FRONT\" / \"FMLN\"\n"
    "12. PHYS TGT: ID                    *\n"
    "18. HUM TGT: NAME                   \"JUAN PEREZ\"\n"
    "19. HUM TGT: DESCRIPTION            \"PEASANTS\"\n"
    "                                    \"MAYOR\": \"JUAN PEREZ\"\n"
    "\n"
    "0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)\n"
    "1.  MESSAGE: TEMPLATE               2 (OPTIONAL)\n"
    "4.  INCIDENT: TYPE                  BOMBING / ATTACK\n"
    "6.  INCIDENT: INSTRUMENT ID         \"MORTAR\"\n"
    "12. PHYS TGT: ID                    \"\\\"LA ESPERANZA\\\" FARM\" / \"FARM\"\n"
    "\n"
    ";;; a comment\n"
    "0.  MESSAGE: ID                     DEV-MUC3-0002 (NCCOSC)\n"
    "1.  MESSAGE: TEMPLATE               *\n"
    "4.  INCIDENT: TYPE                  *\n";

TEST(Muc4ReaderTest, Texts) {
  const auto docs = ParseMucTexts(kTexts);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].id, "DEV-MUC3-0001");
  EXPECT_EQ(docs[0].published, (Date{1990, 1, 3}));
  EXPECT_TRUE(docs[0].text.starts_with("SAN SALVADOR, 3 JAN 90"));
  // No date in the dateline: the previous document's.
  EXPECT_EQ(docs[2].published, (Date{1990, 1, 4}));
  EXPECT_EQ(docs[3].published, (Date{1989, 6, 11}));
  EXPECT_EQ(docs[4].published, (Date{1989, 2, 7}));  // the year of the document before
}

TEST(Muc4ReaderTest, Keys) {
  const auto keys = ParseMucKeys(kKeys);
  ASSERT_EQ(keys.size(), 2u);
  const auto& first = keys.at("DEV-MUC3-0001");
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].types, std::vector<std::string>{"KIDNAPPING"});
  EXPECT_FALSE(first[0].optional);
  EXPECT_TRUE(first[1].optional);
  EXPECT_EQ(first[1].types.size(), 2u);
  const auto& org = first[0].fillers.at(MucRole::kPerpOrg);
  ASSERT_EQ(org.size(), 1u);
  EXPECT_EQ(org[0].size(), 2u);  // two alternatives of one entity
  // Victims are the names (HUM TGT: NAME), as GTT scores them; descriptions are not.
  const auto& victims = first[0].fillers.at(MucRole::kVictim);
  ASSERT_EQ(victims.size(), 1u);
  EXPECT_EQ(victims[0], std::vector<std::string>{"JUAN PEREZ"});
  EXPECT_FALSE(first[0].fillers.contains(MucRole::kTarget));
  // An escaped quote inside a string is part of it.
  const auto& target = first[1].fillers.at(MucRole::kTarget);
  ASSERT_EQ(target.size(), 1u);
  EXPECT_EQ(target[0], (std::vector<std::string>{"\"LA ESPERANZA\" FARM", "FARM"}));
  EXPECT_TRUE(keys.at("DEV-MUC3-0002").empty());
}

TEST(Muc4ReaderTest, ReadsADirectory) {
  const auto dir = std::filesystem::temp_directory_path() / "sitrep_eval_muc4_test";
  std::filesystem::create_directories(dir / "dev");
  std::ofstream(dir / "dev" / "dev-muc3-0001-0100") << kTexts;
  std::ofstream(dir / "dev" / "key-dev-0001.muc4") << kKeys;
  std::size_t unkeyed = 0;
  auto documents = ReadMuc4(dir.string(), &unkeyed);
  ASSERT_TRUE(documents.ok()) << documents.status().ToString();
  EXPECT_EQ(documents->size(), 2u);  // documents 3-5 have no key block
  EXPECT_EQ(unkeyed, 3u);
  EXPECT_EQ((*documents)[0].templates.size(), 2u);
  EXPECT_FALSE(ReadMuc4((dir / "missing").string()).ok());
  std::filesystem::remove_all(dir);
}

TEST(TrainRolesTest, TrainsOnTheDevDocumentsAndWritesLoadableWeights) {
  const auto dir = std::filesystem::temp_directory_path() / "sitrep_train_roles_test";
  std::filesystem::create_directories(dir / "dev");
  std::ofstream(dir / "dev" / "dev-muc3-0001-0100") << kTexts;
  std::ofstream(dir / "dev" / "key-dev-0001.muc4") << kKeys;
  const std::string out = (dir / "roles.bin").string();
  const std::string data = sitrep::testing::SourceDir() + "/data";
  std::ostringstream log;
  ASSERT_TRUE(TrainRoles(dir.string(), data, out, 2, log).ok()) << log.str();
  EXPECT_NE(log.str().find("2 DEV documents"), std::string::npos) << log.str();
  auto loaded = events::RoleTagger::Load(out);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_FALSE(loaded->empty());
  EXPECT_FALSE(TrainRoles((dir / "missing").string(), data, out, 2, log).ok());
  std::filesystem::remove_all(dir);
}

std::vector<MucDocument> Joined() {
  const auto keys = ParseMucKeys(kKeys);
  std::vector<MucDocument> out;
  for (Document& d : ParseMucTexts(kTexts)) {
    const auto it = keys.find(d.id);
    if (it == keys.end()) continue;
    MucDocument m;
    m.document = std::move(d);
    m.has_key = true;
    m.templates = it->second;
    out.push_back(std::move(m));
  }
  return out;
}

TEST(Muc4ScoreTest, RoleFillersAndIncidents) {
  Incident kidnap;
  kidnap.event_type = "Violence against civilians";
  kidnap.actor1 = "FMLN: Farabundo Marti National Liberation Front";
  kidnap.actor1_text = "the FMLN";
  kidnap.actor2_text = "Juan Perez";
  kidnap.target = "the \"La Esperanza\" farm";
  Incident wrong;
  wrong.event_type = "Protests";
  wrong.actor1 = "Unidentified Armed Group (El Salvador)";
  wrong.actor1_text = "terrorists";
  wrong.actor2_text = "mayor Juan Perez";
  Incident spurious;
  spurious.event_type = "Battles";
  spurious.actor1 = "Military Forces of El Salvador";
  spurious.actor1_text = "soldiers";
  const auto extract =
      FromTable({{"DEV-MUC3-0001", {kidnap, wrong}}, {"DEV-MUC3-0002", {spurious}}});
  EvalOptions options;
  options.collect_errors = true;
  const EvalReport report = ScoreMuc4(Joined(), extract, options);
  const Json& s = report.scores;
  EXPECT_EQ(s["documents"], 2);
  // Kidnap ↔ template 1; "wrong" has no compatible template; spurious is in an irrelevant doc.
  EXPECT_EQ(s["incidents"]["tp"], 1);
  EXPECT_EQ(s["incidents"]["fp"], 2);
  EXPECT_EQ(s["incidents"]["fn"], 0);  // the optional template is not a miss
  EXPECT_DOUBLE_EQ(s["irrelevant_with_incident"].get<double>(), 1.0);
  // The battle is outside MUC-4's scope (armed forces against each other).
  EXPECT_DOUBLE_EQ(s["irrelevant_with_incident_in_muc_scope"].get<double>(), 0.0);
  const Json& roles = s["role_fillers"];
  EXPECT_EQ(roles["PerpOrg"]["tp"], 1);  // a named group; "the" is dropped
  EXPECT_EQ(roles["PerpInd"]["tp"], 1);  // "terrorists", case-insensitive
  // "soldiers": not words of the irrelevant document, so no mention of it.
  EXPECT_EQ(roles["PerpInd"]["fp"], 0);
  EXPECT_EQ(roles["Victim"]["tp"], 1);
  EXPECT_EQ(roles["Victim"]["fp"], 1);   // "mayor Juan Perez" is not strictly the name
  EXPECT_EQ(roles["Victim"]["fn"], 0);   // "PEASANTS" is a description, not scored
  EXPECT_EQ(s["role_fillers_lenient"]["Victim"]["tp"], 1);  // one entity, found once
  EXPECT_EQ(roles["Target"]["tp"], 1);   // quotes and article removed on both sides
  EXPECT_EQ(roles["Weapon"]["fn"], 0);   // MORTAR is not in the text: GTT does not score it
  EXPECT_EQ(s["by_set"]["DEV"]["incidents"]["tp"], 1);
  EXPECT_EQ(s["by_set"]["DEV"]["role_fillers"]["micro"]["tp"], 4);
  EXPECT_FALSE(s["by_set"].contains("TST1+TST2"));
}

TEST(Muc4ScoreTest, MembersOfANamedGroupAreIndividualsAndTheGroupIsTheOrganisation) {
  // The text names the members ("terrorists"); the group, coded as actor1, is named in the
  // document by its acronym.
  Incident kidnap;
  kidnap.event_type = "Violence against civilians";
  kidnap.actor1 = "FMLN: Farabundo Marti National Liberation Front";
  kidnap.actor1_text = "terrorists";
  EvalReport report = ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {kidnap}}}), EvalOptions());
  EXPECT_EQ(report.scores["role_fillers"]["PerpInd"]["tp"], 1);
  EXPECT_EQ(report.scores["role_fillers"]["PerpOrg"]["tp"], 1);
  EXPECT_EQ(report.scores["role_fillers"]["PerpOrg"]["fp"], 0);
  // A text made of the group's own words names the group: PerpOrg only.
  kidnap.actor1_text = "the FMLN";
  report = ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {kidnap}}}), EvalOptions());
  EXPECT_EQ(report.scores["role_fillers"]["PerpInd"]["tp"], 0);
  EXPECT_EQ(report.scores["role_fillers"]["PerpInd"]["fp"], 0);
  EXPECT_EQ(report.scores["role_fillers"]["PerpOrg"]["tp"], 1);
}

TEST(Muc4ScoreTest, PeopleNamedTogetherAreOneVictimEach) {
  Incident kidnap;
  kidnap.event_type = "Violence against civilians";
  kidnap.actor2_text = "Juan Perez and 50 peasants";
  const auto extract = FromTable({{"DEV-MUC3-0001", {kidnap}}});
  const EvalReport report = ScoreMuc4(Joined(), extract, EvalOptions());
  const Json& victim = report.scores["role_fillers"]["Victim"];
  EXPECT_EQ(victim["tp"], 1);  // JUAN PEREZ
  EXPECT_EQ(victim["fp"], 1);  // 50 PEASANTS is not in the key
}

TEST(Muc4ScoreTest, AnAgeBetweenNamesIsNoVictim) {
  Incident kidnap;
  kidnap.event_type = "Violence against civilians";
  kidnap.actor2_text = "Juan Perez, 50, and peasants";  // "50" is a word of the text
  const EvalReport report =
      ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {kidnap}}}), EvalOptions());
  const Json& victim = report.scores["role_fillers"]["Victim"];
  EXPECT_EQ(victim["tp"], 1);  // JUAN PEREZ
  EXPECT_EQ(victim["fp"], 1);  // PEASANTS only: the age is no mention
}

TEST(Muc4ScoreTest, AValueTheTextDoesNotHoldIsNoMention) {
  Incident kidnap;
  kidnap.event_type = "Violence against civilians";
  kidnap.weapon = "small arms";  // implied by a verb; not words of the text
  kidnap.actor1_text = "terrorists";
  const EvalReport report =
      ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {kidnap}}}), EvalOptions());
  EXPECT_EQ(report.scores["role_fillers"]["Weapon"]["fp"], 0);
  EXPECT_EQ(report.scores["role_fillers"]["PerpInd"]["tp"], 1);
}

TEST(Muc4ScoreTest, AnArrestFillsNoRole) {
  Incident held;
  held.event_type = "Strategic developments";
  held.sub_event_type = "Arrests";
  held.actor1_text = "terrorists";
  held.actor2_text = "Juan Perez";
  auto scores = [&] {
    return ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {held}}}), EvalOptions())
        .scores["role_fillers"];
  };
  const Json arrest = scores();
  EXPECT_EQ(arrest["PerpInd"]["tp"], 0);
  EXPECT_EQ(arrest["Victim"]["tp"], 0);
  // The same words as the parties of an abduction fill both roles.
  held.event_type = "Violence against civilians";
  held.sub_event_type = "Abduction/forced disappearance";
  const Json abduction = scores();
  EXPECT_EQ(abduction["PerpInd"]["tp"], 1);
  EXPECT_EQ(abduction["Victim"]["tp"], 1);
}

TEST(Muc4ScoreTest, TheArmedOtherSideIsNoVictim) {
  Incident fight;
  fight.event_type = "Violence against civilians";
  fight.actor2_text = "Juan Perez";
  fight.inter2 = 7;  // civilians
  auto victims = [&] {
    return ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {fight}}}), EvalOptions())
        .scores["role_fillers"]["Victim"]["tp"];
  };
  EXPECT_EQ(victims(), 1);
  fight.inter2 = 2;  // rebels: the other side of a fight
  EXPECT_EQ(victims(), 0);
}

TEST(Muc4ScoreTest, ThingsNamedTogetherAreOneTargetEach) {
  Incident arson;
  arson.event_type = "Violence against civilians";
  arson.target = "the \"La Esperanza\" farm and the mayor";
  const EvalReport report =
      ScoreMuc4(Joined(), FromTable({{"DEV-MUC3-0001", {arson}}}), EvalOptions());
  const Json& target = report.scores["role_fillers"]["Target"];
  EXPECT_EQ(target["tp"], 1);  // LA ESPERANZA FARM
  EXPECT_EQ(target["fp"], 1);  // MAYOR is not in the key
}

}  // namespace
}  // namespace sitrep::eval
