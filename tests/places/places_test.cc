#include "places/places.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "sitrep/sitrep.h"
#include "text/segmenter_tables.h"

namespace sitrep::places {
namespace {

std::string DataDir() { return Model::DefaultDataDir(); }

// The real gazetteer and tables of the build tree (the build always writes them); a missing or
// unreadable one fails every test.
class PlacesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = DataDir();
    auto g = gazetteer::Gazetteer::Load(dir + "/gazetteer.bin");
    auto t = PlaceTables::Load(dir);
    auto s = text::SegmenterTables::Load(dir);
    if (!g.ok() || !t.ok() || !s.ok()) {
      load_error_ = !g.ok() ? g.status().ToString()
                            : !t.ok() ? t.status().ToString() : s.status().ToString();
      return;
    }
    gazetteer_ = new gazetteer::Gazetteer(std::move(*g));
    tables_ = new PlaceTables(std::move(*t));
    segmenter_ = new text::SegmenterTables(std::move(*s));
  }
  void SetUp() override {
    ASSERT_NE(gazetteer_, nullptr) << "cannot load the data of " << DataDir() << ": " << load_error_;
  }
  struct Found {
    std::string text;
    PlaceMention mention;
  };
  std::vector<Found> Run(const std::string& input, std::optional<Date> published = {}) {
    auto analysed = text::Analyse(input, *segmenter_);
    EXPECT_TRUE(analysed.ok());
    std::vector<Found> out;
    if (!analysed.ok()) return out;
    for (auto& m : Annotate(*gazetteer_, *tables_, *analysed, published)) {
      out.push_back({std::string(analysed->TokenRange(m.first_token, m.end_token)), m});
    }
    return out;
  }
  // The mention whose text is exactly `span`, or nullptr.
  static const PlaceMention* Mention(const std::vector<Found>& found, const std::string& span) {
    for (const auto& f : found) {
      if (f.text == span) return &f.mention;
    }
    return nullptr;
  }
  static gazetteer::Gazetteer* gazetteer_;
  static std::string load_error_;
  static PlaceTables* tables_;
  static text::SegmenterTables* segmenter_;
};
gazetteer::Gazetteer* PlacesTest::gazetteer_ = nullptr;
std::string PlacesTest::load_error_;
PlaceTables* PlacesTest::tables_ = nullptr;
text::SegmenterTables* PlacesTest::segmenter_ = nullptr;

TEST_F(PlacesTest, NamesAndRussianForms) {
  auto found = Run("Shelling hit Kharkov and Zaporozhye overnight, officials in Ukraine said.");
  const PlaceMention* kharkov = Mention(found, "Kharkov");
  ASSERT_NE(kharkov, nullptr);
  EXPECT_EQ(kharkov->place.name, "Kharkiv");
  EXPECT_EQ(kharkov->place.country, "Ukraine");
  EXPECT_EQ(kharkov->place.admin1, "Kharkiv");
  EXPECT_EQ(kharkov->kind, MentionKind::kName);
  const PlaceMention* zap = Mention(found, "Zaporozhye");
  ASSERT_NE(zap, nullptr);
  EXPECT_EQ(zap->place.name, "Zaporizhzhia");
  EXPECT_EQ(zap->place.admin1, "Zaporizhia");
  const PlaceMention* ukraine = Mention(found, "Ukraine");
  ASSERT_NE(ukraine, nullptr);
  EXPECT_TRUE(ukraine->place.is_country());
}

TEST_F(PlacesTest, AnAbbreviatedTitleOpensAPersonsNameNotAPlacesName) {
  // "Sen. Mark" is no other spelling of a "Saint Mark" town; "St. Petersburg" stays a place.
  auto found = Run("A drone crashed, said Sen. Mark Ruiz.");
  for (const auto& f : found) EXPECT_EQ(f.text.find("Mark"), std::string::npos) << f.text;
  found = Run("Officials met in St. Petersburg on Monday.");
  const PlaceMention* spb = Mention(found, "St. Petersburg");
  ASSERT_NE(spb, nullptr);
  EXPECT_EQ(spb->place.country, "Russia");
}

TEST_F(PlacesTest, AGivenNameIsAPlaceBeforeARegionAndAfterAStrikeVerb) {
  // "Clyde" is a given name and a small town: a region after a comma, or a verb of striking or
  // taking before it, expects a place.
  auto found = Run("Clyde, Ohio, saw protests on Monday.");
  const PlaceMention* clyde = Mention(found, "Clyde");
  ASSERT_NE(clyde, nullptr);
  EXPECT_EQ(clyde->place.admin1, "Ohio");
  found = Run("The storm shelled Clyde on Monday.");
  EXPECT_NE(Mention(found, "Clyde"), nullptr);
  found = Run("Clyde spoke on Monday.");
  EXPECT_EQ(Mention(found, "Clyde"), nullptr);
}

TEST_F(PlacesTest, ATownJustAcrossTheBorderOfTheRegionWrittenBesideItIsTheTown) {
  // Soledar lies in Donetsk oblast a few km from Luhansk oblast: the region is misnamed.
  auto found = Run("Shelling was reported in Soledar, Luhansk.");
  ASSERT_NE(Mention(found, "Soledar"), nullptr);
  EXPECT_EQ(Mention(found, "Soledar")->place.name, "Soledar");
  EXPECT_EQ(Mention(found, "Soledar")->place.admin1, "Donetsk");
  // Reni lies on the Danube, hundreds of km away: another Reni, one the index lacks.
  found = Run("Shelling was reported in Reni, Luhansk.");
  ASSERT_NE(Mention(found, "Reni"), nullptr);
  EXPECT_TRUE(Mention(found, "Reni")->place.is_admin());
  EXPECT_EQ(Mention(found, "Reni")->place.admin1, "Luhansk");
}

TEST_F(PlacesTest, ARussianSpellingBesideARegionIsTheRegionsTownOfThatName) {
  // The Russian spelling names towns elsewhere; the region written after it has the town under
  // its Ukrainian name.
  auto found = Run("Shelling was reported near Aleksandrovka, Sumy.");
  const PlaceMention* town = Mention(found, "Aleksandrovka");
  ASSERT_NE(town, nullptr);
  EXPECT_FALSE(town->place.is_admin());
  EXPECT_EQ(town->place.name, "Oleksandrivka");
  EXPECT_EQ(town->place.admin1, "Sumy");
}

TEST_F(PlacesTest, AWordOfALongerNameTheIndexLacksIsNoOtherSpellingOfAPlace) {
  // Alone, the spelling is another romanisation of a village of the region.
  auto found = Run("Shelling was reported near Zoriana, Sumy.", Date{2022, 3, 10});
  ASSERT_NE(Mention(found, "Zoriana"), nullptr);
  EXPECT_EQ(Mention(found, "Zoriana")->place.admin1, "Sumy");
  // Written after an adjective the index does not know with it, it is part of the name of
  // another place; neither word is read as a spelling of a village.
  found = Run("Shelling was reported near Velyka Zoriana, Sumy.", Date{2022, 3, 10});
  EXPECT_EQ(Mention(found, "Velyka"), nullptr);
  EXPECT_EQ(Mention(found, "Zoriana"), nullptr);
  EXPECT_EQ(Mention(found, "Velyka Zoriana"), nullptr);
}

TEST_F(PlacesTest, AnotherNameOfASmallPlaceFarFromTheWarIsAlsoSpeltForAFrontVillage) {
  // The spelling is an old alternate name of a village in the centre of the country only; a
  // village of the same consonants lies in Donetsk oblast.
  auto found = Run("Shelling was reported near Jurkovka.", Date{2022, 1, 20});
  const PlaceMention* village = Mention(found, "Jurkovka");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->place.admin1, "Donetsk");
  // Without a day there is no theatre, and the name keeps its one bearer.
  found = Run("Shelling was reported near Jurkovka.");
  village = Mention(found, "Jurkovka");
  ASSERT_NE(village, nullptr);
  EXPECT_NE(village->place.admin1, "Donetsk");
}

TEST_F(PlacesTest, TwoVillageNamesSideBySideAreOneNameTheIndexLacks) {
  // Each word alone is a village's name.
  auto found = Run("Shelling was reported in Shnurky and Svynari.", Date{2022, 2, 17});
  EXPECT_NE(Mention(found, "Shnurky"), nullptr);
  EXPECT_NE(Mention(found, "Svynari"), nullptr);
  // Written together they are the name of another place, one the index does not know: neither
  // village is meant.
  found = Run("Shelling was reported near Shnurky Svynari.", Date{2022, 2, 17});
  EXPECT_EQ(Mention(found, "Shnurky"), nullptr);
  EXPECT_EQ(Mention(found, "Svynari"), nullptr);
}

TEST_F(PlacesTest, ARussianFormOfAFrontLineTownOutweighsASmallNamesakeAbroadInWartime) {
  // The Russian form of a Donetsk oblast town is also an alternate name of a small town in
  // Siberia.
  // In a report of a day of the war the town in the theatre is meant, and it sets the focus.
  auto found = Run("Shelling was reported near Udachnoye.", Date{2022, 2, 17});
  const PlaceMention* town = Mention(found, "Udachnoye");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->place.country_code, "UA");
  EXPECT_EQ(town->place.admin1, "Donetsk");
  // Without a day there is no theatre to speak for it.
  found = Run("Shelling was reported near Udachnoye.");
  town = Mention(found, "Udachnoye");
  ASSERT_NE(town, nullptr);
  EXPECT_NE(town->place.country_code, "UA");
}

TEST_F(PlacesTest, AForeignTownsNameBesideARegionOfTheFocusCountryIsALocalTownInTheRegion) {
  // Only a Ukrainian town bears the name, but the text files it under a US state: another town
  // of that name, one the index lacks, in the state.
  auto found =
      Run("Officials in Austin said a tornado struck the town of Okhtyrka, Texas, on Monday.");
  const PlaceMention* town = Mention(found, "Okhtyrka");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->place.country_code, "US");
  EXPECT_EQ(town->place.admin1, "Texas");
}

TEST_F(PlacesTest, ANamesakeOutsideTheRegionTheTextFilesItUnderIsNoAnswer) {
  // Several towns are called Clinton, none of them in Alaska: the text says which region, so a
  // namesake elsewhere would be wrong; the town is placed in the region.
  auto found = Run("Clinton, Alaska");
  ASSERT_NE(Mention(found, "Clinton"), nullptr);
  EXPECT_TRUE(Mention(found, "Clinton")->place.is_admin());
  EXPECT_EQ(Mention(found, "Clinton")->place.admin1, "Alaska");
  found = Run("Clinton, Iowa");
  ASSERT_NE(Mention(found, "Clinton"), nullptr);
  EXPECT_EQ(Mention(found, "Clinton")->place.admin1, "Iowa");
  // A city stays itself under another region (a misfiling).
  found = Run("Chicago, Ohio");
  ASSERT_NE(Mention(found, "Chicago"), nullptr);
  EXPECT_EQ(Mention(found, "Chicago")->place.admin1, "Illinois");
}

TEST_F(PlacesTest, ANamesakeInTheRegionItsOwnPhraseNamesBeatsTheOtherRegionOfTheSentence) {
  // Villages named Maiske lie in the Donetsk region (near Kramatorsk) and in the Dnipropetrovsk
  // region: "in the Dnipropetrovsk region" after the name says which, though the sentence's other
  // town and region are in Donetsk.
  auto found =
      Run("Russian troops entered Kramatorsk in the Donetsk region and Maiske farther "
          "west in the Dnipropetrovsk region.");
  ASSERT_NE(Mention(found, "Maiske"), nullptr);
  EXPECT_EQ(Mention(found, "Maiske")->place.admin1, "Dnipropetrovsk");
  // With one region in the sentence, it is that region's Maiske.
  found = Run("Russian troops entered Kramatorsk and Maiske in the Donetsk region.");
  ASSERT_NE(Mention(found, "Maiske"), nullptr);
  EXPECT_EQ(Mention(found, "Maiske")->place.admin1, "Donetsk");
}

TEST_F(PlacesTest, TheCityAfterATownAndItsRegionIsTheTown) {
  // "Sumy" after "Okhtyrka," names Okhtyrka's region (by its seat): "the town" is Okhtyrka.
  auto found = Run("Fighting raged near Okhtyrka, Sumy. Troops later seized the town.");
  const PlaceMention* town = Mention(found, "the town");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->place.name, "Okhtyrka");
  // The seat of the town's oblast is a region of its own (the capital): it still names the
  // oblast, and "the town" is the town.
  found = Run("Residents of Bila Tserkva, Kyiv, said soldiers had left the town.");
  ASSERT_NE(Mention(found, "Bila Tserkva"), nullptr);
  ASSERT_NE(Mention(found, "the town"), nullptr);
  EXPECT_EQ(Mention(found, "the town")->place.name, Mention(found, "Bila Tserkva")->place.name);
  EXPECT_EQ(Mention(found, "the town")->place.admin1, "Kyiv");
  // Without the town, the seat itself is in focus.
  found = Run("Fighting raged near Sumy. Troops later seized the city.");
  ASSERT_NE(Mention(found, "the city"), nullptr);
  EXPECT_EQ(Mention(found, "the city")->place.name, "Sumy");
}

TEST_F(PlacesTest, ATownAfterAFeatureNounStaysAPlaceInAForeignReport) {
  // An American report (focus US) naming a Ukrainian town of the settlement list, which carries
  // a size class rather than a population, after "town".
  auto found = Run("Officials in Washington and Chicago said troops stormed the Ukrainian town "
                   "Selydove.");
  const PlaceMention* town = Mention(found, "Selydove");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->place.country_code, "UA");
}

TEST_F(PlacesTest, ARegionalCapitalIsNotTurnedIntoAVillageByItsNeighbours) {
  // Villages named Lviv lie in the Mykolaiv region; a text about Mykolaiv that names Lviv means
  // the city, unless it names the village's region.
  // In March 2022 the Mykolaiv front runs by the villages, which speaks for them too.
  auto found = Run("Shelling hit Mykolaiv on Wednesday. In Lviv, people gathered to protest.",
                   Date{2022, 3, 10});
  ASSERT_NE(Mention(found, "Lviv"), nullptr);
  EXPECT_EQ(Mention(found, "Lviv")->place.admin1, "Lviv");
}

TEST_F(PlacesTest, APartyInitialAndAHyphenBeforeAHomeTown) {
  // US newswire style: a legislator's party and home town, "R-Springfield".
  auto found = Run("Rep. Ann Roe, R-Springfield, and Sen. Tom Poe, D-Columbus, voted against it. "
                   "He wore a T-shirt.");
  const PlaceMention* r = Mention(found, "R-Springfield");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->place.name, "Springfield");
  ASSERT_NE(Mention(found, "D-Columbus"), nullptr);
  EXPECT_EQ(Mention(found, "T-shirt"), nullptr);
}

TEST_F(PlacesTest, PossessivesAndMultiWordNames) {
  auto found = Run("Troops reached Ukraine's Kherson. Residents of Kyiv's Podilskyi district and "
                   "of Bila Tserkva fled to Kryvyi Rih.");
  const PlaceMention* kherson = Mention(found, "Kherson");
  ASSERT_NE(kherson, nullptr);
  EXPECT_EQ(kherson->place.name, "Kherson");
  ASSERT_NE(Mention(found, "Kyiv's Podilskyi district"), nullptr);
  EXPECT_EQ(Mention(found, "Kyiv's Podilskyi district")->place.admin1, "Kyiv City");
  ASSERT_NE(Mention(found, "Bila Tserkva"), nullptr);
  ASSERT_NE(Mention(found, "Kryvyi Rih"), nullptr);
}

TEST_F(PlacesTest, RegionsResolveToThemselvesWithTheirSeat) {
  auto found = Run("Fighting continued in the Donetsk region and in Kherson oblast.");
  const PlaceMention* donetsk = Mention(found, "Donetsk region");
  ASSERT_NE(donetsk, nullptr);
  EXPECT_EQ(donetsk->precision, Precision::kRegion);
  EXPECT_TRUE(donetsk->place.is_admin());
  ASSERT_TRUE(donetsk->region_seat.has_value());
  EXPECT_EQ(donetsk->region_seat->name, "Donetsk");
  const PlaceMention* kherson = Mention(found, "Kherson oblast");
  ASSERT_NE(kherson, nullptr);
  EXPECT_EQ(kherson->place.admin1, "Kherson");
}

TEST_F(PlacesTest, NearAndOutskirts) {
  auto found = Run("Shells fell near Izium and on the outskirts of Mariupol, and in Kharkiv.");
  ASSERT_NE(Mention(found, "Izium"), nullptr);
  EXPECT_EQ(Mention(found, "Izium")->precision, Precision::kNear);
  ASSERT_NE(Mention(found, "Mariupol"), nullptr);
  EXPECT_EQ(Mention(found, "Mariupol")->precision, Precision::kNear);
  ASSERT_NE(Mention(found, "Kharkiv"), nullptr);
  EXPECT_EQ(Mention(found, "Kharkiv")->precision, Precision::kTown);
}

TEST_F(PlacesTest, DescriptorsAndAnaphora) {
  auto found = Run("Missiles struck the eastern Ukrainian city of Sumy on Monday. Officials "
                   "said the city was without power. Ukraine's capital was calm, and officials in the capital "
                   "said so.");
  ASSERT_NE(Mention(found, "Sumy"), nullptr);
  const PlaceMention* city = Mention(found, "the city");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->kind, MentionKind::kAnaphor);
  EXPECT_EQ(city->place.name, "Sumy");
  const PlaceMention* capital = Mention(found, "Ukraine's capital");
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(capital->kind, MentionKind::kDescriptor);
  EXPECT_EQ(capital->place.name, "Kyiv");
  ASSERT_NE(Mention(found, "the capital"), nullptr);
  EXPECT_EQ(Mention(found, "the capital")->place.name, "Kyiv");
}

TEST_F(PlacesTest, NamesakesResolveNearThePlacesTheTextPinsDown) {
  // Oleksandrivka names dozens of villages; the one meant lies near the other town named.
  for (const auto& [town, region] : {std::pair{"Kramatorsk", "Donetsk"}, {"Kherson", "Kherson"},
                                      {"Chernihiv", "Chernihiv"}}) {
    auto found = Run(std::string("Shelling was reported in ") + town + " and in Oleksandrivka.");
    const PlaceMention* anchor = Mention(found, town);
    const PlaceMention* village = Mention(found, "Oleksandrivka");
    ASSERT_NE(anchor, nullptr) << town;
    ASSERT_NE(village, nullptr) << town;
    EXPECT_EQ(village->place.admin1, region) << town;
    EXPECT_LT(gazetteer::DistanceKm(anchor->place.latitude, anchor->place.longitude,
                                    village->place.latitude, village->place.longitude),
              100)
        << town;
  }
}

TEST_F(PlacesTest, SmallTownOfANamedRegionDespiteADemonym) {
  // "Russian" names a side here, not the scene: the village is Ukraine's.
  auto found = Run("Russian forces shelled Shyrokyne, Donetsk. Casualties unknown.");
  const PlaceMention* village = Mention(found, "Shyrokyne");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->place.country_code, "UA");
  EXPECT_EQ(village->place.admin1, "Donetsk");
}

TEST_F(PlacesTest, OtherRomanisationsMeetByConsonantSkeleton) {
  // Spellings the index does not hold, found through the skeleton where a place is expected.
  auto found = Run("Explosions were recorded near Verkhnyotoretske. Protesters gathered in "
                   "Charkow.");
  const PlaceMention* town = Mention(found, "Verkhnyotoretske");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->place.name, "Verkhnotoretske");
  EXPECT_EQ(town->place.admin1, "Donetsk");
  const PlaceMention* kharkiv = Mention(found, "Charkow");
  ASSERT_NE(kharkiv, nullptr);
  EXPECT_EQ(kharkiv->place.name, "Kharkiv");
  // Where nothing expects a place, an unknown capitalised word stays a word.
  EXPECT_TRUE(Run("Verkhnyotoretske said the talks would go on.").empty());
}

TEST_F(PlacesTest, CommonWordsAndSurnamesStayOffTheMap) {
  // A capitalised common word is a place only where a place is expected; a surname after an
  // English given name is a person's.
  auto found = Run("Judge Hall ruled in Superior Court. Kevin Preston, 41, testified. Preston drove "
                   "for Liberty Bell, Michael recalled. They later moved to Superior.");
  EXPECT_EQ(Mention(found, "Hall"), nullptr);
  EXPECT_EQ(Mention(found, "Michael"), nullptr);  // a given name alone
  EXPECT_EQ(Mention(found, "Preston"), nullptr);
  EXPECT_EQ(Mention(found, "Bell"), nullptr);
  // A common word that only some language's name of a large city is stays a word; "US" does
  // not ("us" is a common word, and the country's name under any spelling stands).
  EXPECT_TRUE(Run("HE DELIVERED PART OF THE TAX.").empty());
  EXPECT_NE(Mention(Run("Talks with the US went on."), "US"), nullptr);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().text, "Superior");  // "moved to Superior": the town
}

TEST_F(PlacesTest, TextInCapitalsShowsNoNames) {
  // Wire text in capitals: a common word after a preposition, a feature noun after "the" and
  // "us" after a verb are words; a place's own name stays a place.
  auto found = Run("THE SOLDIERS TOLD US THAT THE VILLAGE WAS ATTACKED. THEY FOUGHT WITH THEM "
                   "FOR HOURS NEAR THE BASIC SCHOOL IN SAN SALVADOR.");
  EXPECT_EQ(Mention(found, "US"), nullptr);
  EXPECT_EQ(Mention(found, "THE VILLAGE"), nullptr);
  EXPECT_EQ(Mention(found, "THEM"), nullptr);
  EXPECT_EQ(Mention(found, "BASIC"), nullptr);
  ASSERT_NE(Mention(found, "SAN SALVADOR"), nullptr);
  EXPECT_EQ(Mention(found, "SAN SALVADOR")->place.country_code, "SV");
}

TEST_F(PlacesTest, InCapitalsATitleOrBylineWordBeforeAPlaceMakesNoPerson) {
  // Every word is capitalised there: "BY" is the preposition, and the words after a title end
  // at a preposition ("THE COMMANDER IN X"): the town's other mentions stay places.
  auto found =
      Run("A BOMB WENT OFF TODAY IN QUITO. THE FIRE WAS PUT OUT BY THE QUITO FIRE "
          "DEPARTMENT. THE COMMANDER IN GUAYAQUIL CONDEMNED THE ATTACK.");
  ASSERT_NE(Mention(found, "QUITO"), nullptr);
  EXPECT_EQ(Mention(found, "QUITO")->place.country_code, "EC");
  ASSERT_NE(Mention(found, "GUAYAQUIL"), nullptr);
  EXPECT_EQ(Mention(found, "GUAYAQUIL")->place.country_code, "EC");
  // A title heads no organisation there, a function word after a given name or before a name
  // is no part of a person's or a longer name.
  EXPECT_NE(Mention(Run("THE MAYOR OF GUAYAQUIL CONDEMNED THE ATTACK."), "GUAYAQUIL"), nullptr);
  EXPECT_NE(Mention(Run("THE TROOPS ARRIVED IN ELIZABETH FROM THE NORTH."), "ELIZABETH"), nullptr);
  EXPECT_NE(Mention(Run("THE REBELS FLED TOWARD CUENCA AND THE TROOPS FOLLOWED."), "CUENCA"),
            nullptr);
  EXPECT_NE(Mention(Run("THE TROOPS PATROLLED THE ROAD BETWEEN CUENCA AND THE COAST."), "CUENCA"),
            nullptr);
  // A surname after a title is still a person's, in capitals too.
  EXPECT_EQ(Mention(Run("THE TROOPS WERE LED BY COLONEL QUITO. THEY LEFT TODAY."), "QUITO"),
            nullptr);
}

TEST_F(PlacesTest, ADatelinesSourceInParenthesesIsNoPlace) {
  auto found = Run("QUITO, 4 MAR 91 (RADIO CARACAS) -- A BOMB WENT OFF TODAY.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "QUITO");
  // The source named again is the source ("ACCORDING TO A X DISPATCH"); the dateline's own
  // place stays a place.
  found = Run("QUITO, 4 MAR 91 (RADIO CARACAS-QUITO) -- A BOMB WENT OFF TODAY. ACCORDING TO A "
              "CARACAS DISPATCH, THE POLICE OF QUITO ARRIVED LATER.");
  EXPECT_EQ(Mention(found, "CARACAS"), nullptr);
  ASSERT_NE(Mention(found, "QUITO"), nullptr);
  EXPECT_EQ(found.back().text, "QUITO");
  // Parentheses elsewhere, or without the dash of a dateline after them, keep their places, and
  // a place in parentheses opening the text is the dateline's place.
  EXPECT_NE(Mention(Run("THE TROOPS LEFT (FOR QUITO) AT DAWN."), "QUITO"), nullptr);
  EXPECT_NE(Mention(Run("(Caracas) - Officials said the talks went on."), "Caracas"), nullptr);
}

TEST_F(PlacesTest, InCapitalsACommonWordNamesALargeCityOnlyWherePlacesAreExpected) {
  EXPECT_TRUE(Run("THE READING OF THE DECREE WAS DELAYED BY THE JUDGES.").empty());
  auto found = Run("THE TROOPS LATER ARRIVED IN READING ON MONDAY.");
  ASSERT_NE(Mention(found, "READING"), nullptr);
  EXPECT_EQ(Mention(found, "READING")->place.country_code, "GB");
  // A short word is the word, not a country's initials.
  EXPECT_TRUE(Run("A CAR BOMB EXPLODED NEAR THE EMBASSY AND THE CAR WAS DESTROYED.").empty());
  // A noun for a kind of place is that noun.
  EXPECT_TRUE(Run("THE GUERRILLAS ATTACKED THE CANTON AT DAWN AND THE PEASANTS FLED.").empty());
  // In mixed case the large city stays.
  EXPECT_NE(Mention(Run("Officials met in Reading and then left."), "Reading"), nullptr);
  // A given name alone is a person's, unless the words around it expect a place.
  EXPECT_TRUE(Run("ELIZABETH SAID THAT THE SOLDIERS HAD LEFT THE AREA BEFORE DAWN.").empty());
  EXPECT_NE(Mention(Run("THE SOLDIERS HAD GONE TO ELIZABETH."), "ELIZABETH"), nullptr);
}

TEST_F(PlacesTest, ASeatOfGovernmentCountsAsACapital) {
  // A seat of government (GeoNames PPLG) outweighs a regional capital of its name abroad.
  auto found = Run("Two bombs exploded in La Paz last night, the police said.");
  ASSERT_NE(Mention(found, "La Paz"), nullptr);
  EXPECT_EQ(Mention(found, "La Paz")->place.country_code, "BO");
}

TEST_F(PlacesTest, APluralRegionWordMakesEveryNameOfItsListARegion) {
  auto found = Run("Shelling hit Kharkiv, Sumy and Poltava regions overnight.");
  ASSERT_NE(Mention(found, "Kharkiv"), nullptr);
  EXPECT_EQ(Mention(found, "Kharkiv")->place.feature_code, "ADM1");
  ASSERT_NE(Mention(found, "Sumy"), nullptr);
  EXPECT_EQ(Mention(found, "Sumy")->place.feature_code, "ADM1");
  // Not across other words, nor with a singular: "Kharkiv and Sumy region" is a city and a region.
  found = Run("Shelling hit Kharkiv and Sumy region overnight.");
  ASSERT_NE(Mention(found, "Kharkiv"), nullptr);
  EXPECT_NE(Mention(found, "Kharkiv")->place.feature_code, "ADM1");
}

TEST_F(PlacesTest, TheNthLargestCityOfACountryIsThatCity) {
  // By population in the gazetteer: Kyiv, then Kharkiv, then Odesa.
  auto found = Run("Rockets hit Ukraine's second-largest city. Later the Ukrainian largest city "
                   "and the country's third biggest city were hit too.");
  const PlaceMention* second = Mention(found, "Ukraine's second-largest city");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->place.name, "Kharkiv");
  const PlaceMention* largest = Mention(found, "the Ukrainian largest city");
  ASSERT_NE(largest, nullptr);
  EXPECT_EQ(largest->place.name, "Kyiv");
  const PlaceMention* third = Mention(found, "the country's third biggest city");
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(third->place.name, "Odesa");
  // Without an owner the rank says nothing.
  EXPECT_EQ(Mention(Run("Rockets hit the largest city."), "the largest city"), nullptr);
}

TEST_F(PlacesTest, AGivenNameThatNamesARegionBeforeASurnameIsAPerson) {
  // "Vladimir" names a Russian region and its capital; before a surname the text also writes on
  // its own it is a person's given name. A place's name after a given name that names a region
  // is no surname ("North" names regions and is a given name too).
  auto person = Run("Vladimir Kuzmin spoke on Monday. Later that day Kuzmin left for talks.");
  EXPECT_EQ(Mention(person, "Vladimir"), nullptr);
  EXPECT_EQ(Mention(person, "Kuzmin"), nullptr);
  EXPECT_EQ(Mention(Run("Vladimir Kuzmin spoke. Mr Kuzmin left."), "Vladimir"), nullptr);
  auto north = Run("Storms hit North Texas. Roads in Texas were closed.");
  EXPECT_NE(Mention(north, "Texas"), nullptr);
}

TEST_F(PlacesTest, BareRegionNamesAreRegionsWithTheirMiddleAsPoint) {
  auto texas = Run("Storms swept across Texas yesterday.");
  ASSERT_NE(Mention(texas, "Texas"), nullptr);
  const Place& state = Mention(texas, "Texas")->place;
  EXPECT_TRUE(state.is_admin());
  EXPECT_EQ(state.country_code, "US");
  // Within 300 km of the state's geographic centre, not at its capital on the edge.
  EXPECT_LT(gazetteer::DistanceKm(state.latitude, state.longitude, 31.0, -99.5), 300);
  // The seat still answers for incidents coded at region level.
  ASSERT_TRUE(Mention(texas, "Texas")->region_seat.has_value());
  EXPECT_EQ(Mention(texas, "Texas")->region_seat->name, "Austin");
  // A region named after its seat is the city when named bare.
  auto city = Run("Kharkiv was shelled again.");
  ASSERT_NE(Mention(city, "Kharkiv"), nullptr);
  EXPECT_FALSE(Mention(city, "Kharkiv")->place.is_admin());
}

TEST_F(PlacesTest, ModifiersNumberedPartsAndCountriesAfterAByline) {
  auto found = Run("By Staff Iran's exports fell, a London-based analyst said. Shelling hit "
                   "Zolote-5 in Luhansk region. Iran disagreed.");
  int iran = 0;
  for (const auto& f : found) iran += f.text == "Iran" ? 1 : 0;
  EXPECT_EQ(iran, 2);  // a byline word before a country does not make it a surname
  ASSERT_NE(Mention(found, "London-based"), nullptr);
  EXPECT_EQ(Mention(found, "London-based")->place.name, "London");
  const PlaceMention* zolote = Mention(found, "Zolote-5");
  ASSERT_NE(zolote, nullptr);
  EXPECT_EQ(zolote->place.name, "Zolote");
  EXPECT_EQ(zolote->precision, Precision::kNear);
}

TEST_F(PlacesTest, ConflictTheatreBreaksTiesBetweenNamesakesByDate) {
  // No region, no other place: before the 2022 invasion the fighting was in Donetsk and
  // Luhansk only, so a namesake there is the likelier scene of a ceasefire violation.
  auto analysed = text::Analyse("Monitors recorded explosions near Novoivanivka.", *segmenter_);
  ASSERT_TRUE(analysed.ok());
  auto mentions = Annotate(*gazetteer_, *tables_, *analysed, Date{2022, 1, 20});
  ASSERT_EQ(mentions.size(), 1u);
  const std::string region = mentions[0].place.admin1;
  EXPECT_TRUE(region == "Donetsk" || region == "Luhansk") << region;
}

TEST_F(PlacesTest, FrontLineOfTheDayBreaksTiesInsideARegion) {
  // Two namesakes in Donetsk region: a village far north and a hamlet by the 2015-2022 line of
  // contact. Before the war the larger village is likelier; in January 2022 the one on the line.
  auto analysed = text::Analyse("Monitors recorded explosions near Stavky, Donetsk region.",
                                *segmenter_);
  ASSERT_TRUE(analysed.ok());
  auto at = [&](Date day) {
    for (const auto& m : Annotate(*gazetteer_, *tables_, *analysed, day)) {
      if (m.place.name == "Stavky") return m.place.latitude;
    }
    return 0.0;
  };
  EXPECT_LT(at(Date{2022, 1, 20}), 48.6);  // the hamlet, about 48.25 N
  EXPECT_GT(at(Date{2014, 1, 1}), 48.6);   // the village, about 49.05 N
}

TEST(PlaceTablesTest, FrontRowsMustHaveDatesAndTwoPoints) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "sitrep_place_fronts_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(DataDir())) {
    if (entry.path().extension() == ".tsv") {
      fs::copy_file(entry.path(), dir / entry.path().filename());
    }
  }
  auto write = [&](const std::string& rows) {
    std::ofstream(dir / "place_fronts.tsv", std::ios::trunc) << "# test\n" << rows;
    return PlaceTables::Load(dir.string());
  };
  auto good = write("XX\t2001-01-01\t\t10 20; 10.5 20.5; 11 21\n");
  ASSERT_TRUE(good.ok()) << good.status().ToString();
  ASSERT_EQ(good->fronts.size(), 1u);
  EXPECT_EQ(good->fronts[0].points.size(), 3u);
  EXPECT_EQ(good->fronts[0].last, (Date{9999, 12, 31}));
  EXPECT_EQ(good->fronts[0].weight, 1);  // no weight written
  auto weighted = write("XX\t2001-01-01\t2002-01-01\t10 20; 11 21\t2.5\n");
  ASSERT_TRUE(weighted.ok()) << weighted.status().ToString();
  EXPECT_EQ(weighted->fronts[0].weight, 2.5);
  EXPECT_FALSE(write("XX\t2001-01-01\t\t10 20; 11 21\t0\n").ok());  // no weight
  EXPECT_FALSE(write("XX\t2001-01-01\t\t10 20; 11 21\theavy\n").ok());
  EXPECT_FALSE(write("XX\t2001-01-01\t\t10 20\n").ok());           // one point is no line
  EXPECT_FALSE(write("XX\t2001-13-01\t\t10 20; 11 21\n").ok());    // no such month
  EXPECT_FALSE(write("XX\t2001-01-01\t\t10 20; 95 21\n").ok());    // latitude out of range
  EXPECT_FALSE(write("XX\t2001-01-01\t\t10 20; eleven 21\n").ok());
  fs::remove_all(dir);
}

TEST_F(PlacesTest, ATownUnknownInTheRegionWrittenAfterItIsPlacedInTheRegion) {
  // The index knows villages of this name in the east and south only: "X, Volyn region" is
  // another one, somewhere in Volyn, not a namesake 800 km away.
  auto west = Run("Explosions were heard in Stavky, Volyn region, on Monday.");
  const PlaceMention* unknown = Mention(west, "Stavky");
  ASSERT_NE(unknown, nullptr);
  EXPECT_TRUE(unknown->place.is_admin());
  EXPECT_EQ(unknown->place.admin1, "Volyn");
  EXPECT_EQ(unknown->precision, Precision::kRegion);
  auto south = Run("Explosions were heard in Stavky, Kherson region, on Monday.");
  const PlaceMention* known = Mention(south, "Stavky");
  ASSERT_NE(known, nullptr);
  EXPECT_FALSE(known->place.is_admin());
  EXPECT_EQ(known->place.admin1, "Kherson");
  // Inside a list the next name is the list's, not the town's region.
  auto list = Run("Convoys passed Lutsk, Stavky, Volyn and Rivne.");
  const PlaceMention* listed = Mention(list, "Stavky");
  ASSERT_NE(listed, nullptr);
  EXPECT_FALSE(listed->place.is_admin());
}

TEST_F(PlacesTest, APartOfThePlaceSpokenOfIsNoTown) {
  EXPECT_EQ(Mention(Run("Shots were fired on the city's West Side on Monday."), "West Side"),
            nullptr);
  EXPECT_EQ(Mention(Run("SHOTS WERE FIRED ON THIS CITY'S WEST SIDE ON MONDAY."), "WEST SIDE"),
            nullptr);
  EXPECT_NE(Mention(Run("Shots were fired in Ukraine's Kharkiv on Monday."), "Kharkiv"), nullptr);
}

TEST_F(PlacesTest, ANeighbouringNameBeatsAWorldCity) {
  // Local news: a county next to a small namesake of a capital makes the small one meant.
  auto local = Run("The Moscow school board met on Monday, and Latah County deputies said the "
                   "road was closed.");
  ASSERT_NE(Mention(local, "Moscow"), nullptr);
  EXPECT_EQ(Mention(local, "Moscow")->place.country_code, "US");
  EXPECT_EQ(Mention(local, "Moscow")->place.admin1, "Idaho");
  auto world = Run("The Moscow school board met on Monday.");
  ASSERT_NE(Mention(world, "Moscow"), nullptr);
  EXPECT_EQ(Mention(world, "Moscow")->place.country_code, "RU");
  // Farther off, a town placed in the same state speaks for the namesake there.
  auto state = Run("The Moscow council met on Monday, and officials from Boise attended.");
  ASSERT_NE(Mention(state, "Moscow"), nullptr);
  EXPECT_EQ(Mention(state, "Moscow")->place.admin1, "Idaho");
  // A name that means a state first stays the state beside other states.
  auto states = Run("Cases were reported in Colorado and Texas.");
  ASSERT_NE(Mention(states, "Colorado"), nullptr);
  EXPECT_TRUE(Mention(states, "Colorado")->place.is_admin());
  // One sense per text: the later bare mention is the town the first one pinned down, and a
  // guess repeated ("Naples" twice) does not outvote the state named once.
  auto again = Run("The fair opened in Naples, Florida, on Friday, and Tampa hosted it on Sunday. "
                   "Organisers said Naples would host it again.");
  int naples = 0;
  for (const auto& f : again) {
    if (f.text != "Naples") continue;
    ++naples;
    EXPECT_EQ(f.mention.place.admin1, "Florida");
  }
  EXPECT_EQ(naples, 2);
  // Two mentions of one name do not support each other.
  auto twice = Run("Moscow said the talks in Moscow would go on.");
  for (const auto& f : twice) EXPECT_EQ(f.mention.place.country_code, "RU") << f.text;
}

TEST_F(PlacesTest, RegionAbbreviationsAndRegionsNamedLikeCountries) {
  auto found = Run("The plant in Paris, Ill., closed. Storms hit Atlanta and other parts of "
                   "Georgia. Miss Jones moved to Wash Creek.");
  const PlaceMention* paris = Mention(found, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->place.country_code, "US");
  EXPECT_EQ(paris->place.admin1, "Illinois");
  ASSERT_NE(Mention(found, "Ill"), nullptr);
  EXPECT_TRUE(Mention(found, "Ill")->place.is_admin());
  const PlaceMention* georgia = Mention(found, "Georgia");
  ASSERT_NE(georgia, nullptr);
  EXPECT_TRUE(georgia->place.is_admin());
  EXPECT_EQ(georgia->place.country_code, "US");
  EXPECT_EQ(Mention(found, "Miss"), nullptr);  // no stop: a title, not Mississippi
  auto war = Run("Russia and Georgia fought a war in 2008.");
  ASSERT_NE(Mention(war, "Georgia"), nullptr);
  EXPECT_TRUE(Mention(war, "Georgia")->place.is_country());
}

TEST_F(PlacesTest, CityDistrictsTakeAcledNames) {
  auto found = Run("A missile hit Kyiv's Podilskyi district. Later the Obolonskyi district of "
                   "Kyiv was shelled, and guns fired at Donetsk - Kirovskyi. BOSTON - Police "
                   "said nothing.");
  const PlaceMention* podil = Mention(found, "Kyiv's Podilskyi district");
  ASSERT_NE(podil, nullptr);
  EXPECT_EQ(podil->place.name, "Kyiv - Podilskyi");
  EXPECT_EQ(podil->place.admin1, "Kyiv City");
  ASSERT_NE(Mention(found, "Obolonskyi district of Kyiv"), nullptr);
  EXPECT_EQ(Mention(found, "Obolonskyi district of Kyiv")->place.name, "Kyiv - Obolonskyi");
  ASSERT_NE(Mention(found, "Donetsk - Kirovskyi"), nullptr);
  EXPECT_EQ(Mention(found, "Donetsk - Kirovskyi")->place.name, "Donetsk - Kirovskyi");
  EXPECT_EQ(Mention(found, "Podilskyi"), nullptr);  // not a second, separate place
  ASSERT_NE(Mention(found, "BOSTON"), nullptr);     // a dateline is not a district
  EXPECT_EQ(Mention(found, "BOSTON")->place.name, "Boston");
}

TEST_F(PlacesTest, CountiesAndRaionsAreAreasOfTheirOwn) {
  auto found = Run("A crash closed a road in Pike County, Ky., on Friday. Shelling hit the "
                   "Bakhmut district.");
  const PlaceMention* county = Mention(found, "Pike County");
  ASSERT_NE(county, nullptr);
  EXPECT_EQ(county->place.feature_code, "ADM2");
  EXPECT_EQ(county->place.admin1, "Kentucky");
  EXPECT_EQ(county->precision, Precision::kNear);
  // A raion written after its centre's name, in lower case, is near the town, as ACLED codes it.
  const PlaceMention* raion = Mention(found, "Bakhmut district");
  ASSERT_NE(raion, nullptr);
  EXPECT_EQ(raion->place.name, "Bakhmut");
  EXPECT_EQ(raion->precision, Precision::kNear);
}

TEST_F(PlacesTest, PersonAfterARoleNounAndMisspellingsInTheWarsCountries) {
  // A role noun in lower case before a name: the person ("Viktoriya" is also a village).
  auto found = Run("Russian forces detained the journalist Viktoriya Koval in Berdiansk.");
  EXPECT_EQ(Mention(found, "Viktoriya"), nullptr);
  ASSERT_NE(Mention(found, "Berdiansk"), nullptr);
  // A misspelling resolves among the countries the text is about, not only the first of them:
  // Russia is named more often here, yet the large Donetsk is Ukraine's.
  auto typo = Run("Russia said Russia would win. Ukraine disagreed. Russian troops attacked "
                  "near Dontesk, Ukraine said.");
  const PlaceMention* donetsk = Mention(typo, "Dontesk");
  ASSERT_NE(donetsk, nullptr);
  EXPECT_EQ(donetsk->place.country_code, "UA");
}

TEST_F(PlacesTest, NearMissNeedsSupportingContext) {
  auto found = Run("Ukrainian forces said the shelling of Mykolaev continued. Odesa was quiet.");
  const PlaceMention* miss = Mention(found, "Mykolaev");
  ASSERT_NE(miss, nullptr);
  EXPECT_EQ(miss->place.name, "Mykolaiv");
  // The same unknown word without a preposition or apposition is left alone.
  auto alone = Run("Kherson and Odesa were shelled. Kharliv said nothing more about Ukraine.");
  EXPECT_EQ(Mention(alone, "Kharliv"), nullptr);
  // A preposition whose object is the noun after the word's possessive supports nothing, unless
  // that noun is a kind of place.
  auto near_miss = [&](const std::string& text) {
    const auto m_found = Run(text);
    const PlaceMention* m = Mention(m_found, "Vinnyttsia");
    return m != nullptr && m->place.name == "Vinnytsia";
  };
  EXPECT_TRUE(near_miss("Officials met in Vinnyttsia on Monday, Ukraine said."));
  EXPECT_TRUE(near_miss("Officials met in Vinnyttsia's district on Monday, Ukraine said."));
  EXPECT_FALSE(near_miss("Officials agreed to Vinnyttsia's plan on Monday, Ukraine said."));
  // "to" or "with" after a verb of talking with someone: its object is a person; the same verb
  // with another preposition still supports a place.
  EXPECT_TRUE(near_miss("Officials went to Vinnyttsia on Monday, Ukraine said."));
  EXPECT_FALSE(near_miss("Officials talked to Vinnyttsia on Monday, Ukraine said."));
  EXPECT_FALSE(near_miss("Officials spoke with Vinnyttsia on Monday, Ukraine said."));
  EXPECT_TRUE(near_miss("Officials met in Vinnyttsia on Monday, Ukraine said."));
}

TEST_F(PlacesTest, RepeatedNamesAreAnsweredAlikeAndMentionsComeInTextOrder) {
  // A misspelling, a town and two countries named again and again: every mention is resolved
  // and filled in full (the annotator answers a repeated spelling or place from what it found
  // the first time), and the mentions come out in text order although the misspelling is found
  // after the names.
  auto found =
      Run("Ukrainian officials said shells fell in Mykolaev overnight. Poland sent "
          "aid to Ukraine. In Odesa the port was closed. Later the shelling in Mykolaev "
          "went on, officials in Ukraine and Poland said, and Odesa was hit too.");
  std::vector<const PlaceMention*> misses, odesa, ukraine, poland;
  for (const auto& f : found) {
    if (f.text == "Mykolaev") misses.push_back(&f.mention);
    if (f.text == "Odesa") odesa.push_back(&f.mention);
    if (f.text == "Ukraine") ukraine.push_back(&f.mention);
    if (f.text == "Poland") poland.push_back(&f.mention);
  }
  ASSERT_EQ(misses.size(), 2u);
  EXPECT_EQ(misses[1]->kind, misses[0]->kind);
  EXPECT_EQ(misses[0]->place.name, "Mykolaiv");
  EXPECT_EQ(misses[1]->place.name, "Mykolaiv");
  ASSERT_EQ(odesa.size(), 2u);
  EXPECT_EQ(odesa[1]->place.name, odesa[0]->place.name);
  EXPECT_EQ(odesa[1]->place.geonameid, odesa[0]->place.geonameid);
  EXPECT_EQ(odesa[1]->place.admin1, odesa[0]->place.admin1);
  EXPECT_EQ(odesa[1]->place.country, "Ukraine");
  ASSERT_EQ(ukraine.size(), 2u);
  ASSERT_EQ(poland.size(), 2u);
  EXPECT_EQ(ukraine[1]->place.country, "Ukraine");
  EXPECT_EQ(poland[1]->place.country, "Poland");
  EXPECT_EQ(poland[1]->place.feature_code, poland[0]->place.feature_code);
  for (std::size_t k = 1; k < found.size(); ++k) {
    EXPECT_LT(found[k - 1].mention.first_token, found[k].mention.first_token) << found[k].text;
  }
}

TEST_F(PlacesTest, DemonymsOrganisationsAndPersonsAreNotPlaces) {
  auto found = Run("The Kyiv Post reported that the National Bank of Ukraine and Russian "
                   "officials met. President Volodymyr Zelensky spoke in Odesa.");
  EXPECT_EQ(Mention(found, "Kyiv"), nullptr);
  EXPECT_EQ(Mention(found, "Ukraine"), nullptr);
  EXPECT_EQ(Mention(found, "Russian"), nullptr);
  EXPECT_EQ(Mention(found, "Volodymyr"), nullptr);
  EXPECT_EQ(Mention(found, "Post"), nullptr);
  EXPECT_EQ(Mention(found, "Bank"), nullptr);
  ASSERT_NE(Mention(found, "Odesa"), nullptr);
}

TEST_F(PlacesTest, ADistrictNamedByItsCentresAdjectiveIsNearTheCentre) {
  // Masculine and feminine adjectives of the raion's centre, with a district word after them.
  auto found =
      Run("Drones struck the Umanska district overnight. Shells fell in Fastivskyi raion.");
  const PlaceMention* uman = Mention(found, "Umanska district");
  ASSERT_NE(uman, nullptr);
  EXPECT_EQ(uman->place.name, "Uman");
  EXPECT_EQ(uman->precision, Precision::kNear);
  const PlaceMention* fastiv = Mention(found, "Fastivskyi raion");
  ASSERT_NE(fastiv, nullptr);
  EXPECT_EQ(fastiv->place.name, "Fastiv");
  // A city's own district stays the city's district.
  found = Run("Shells fell on the Shevchenkivskyi district of Kharkiv.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().mention.place.admin1, "Kharkiv");
  EXPECT_EQ(Mention(found, "Shevchenkivskyi district"), nullptr);
}

TEST_F(PlacesTest, AShipOrVehicleNamedAfterATownIsNoPlace) {
  auto found = Run("Ukrainian forces destroyed the Russian 'Tver' ship and a 'Tula' truck near "
                   "Odesa. The Volga cruiser sank. Troops reached Tver.");
  EXPECT_EQ(Mention(found, "Tula"), nullptr);
  EXPECT_EQ(Mention(found, "Volga"), nullptr);
  ASSERT_NE(Mention(found, "Odesa"), nullptr);
  // The ship's name is no mention; the town named later on its own is.
  int tver = 0;
  for (const auto& f : found) tver += f.text == "Tver";
  EXPECT_EQ(tver, 1);
  // A weapon named after a man whose name a city bore is no place either.
  found = Run("Residents threw Molotov cocktails at the tanks in Irpin.");
  EXPECT_EQ(Mention(found, "Molotov"), nullptr);
  EXPECT_NE(Mention(found, "Irpin"), nullptr);
}

TEST_F(PlacesTest, ANamedBattleIsNoPlaceOfTheText) {
  // "<Place> Battle" capitalised names a historical event, not a scene.
  auto found = Run("Students gathered in Lviv to remember the Poltava Battle of 1709.");
  ASSERT_NE(Mention(found, "Lviv"), nullptr);
  EXPECT_EQ(Mention(found, "Poltava"), nullptr);
  // In lower case the noun is no part of a name: the town is the scene.
  found = Run("The battle near Poltava went on.");
  EXPECT_NE(Mention(found, "Poltava"), nullptr);
  // A church named after its see is an organisation.
  found = Run("Believers of the Moscow Patriarchate met in Lutsk.");
  EXPECT_EQ(Mention(found, "Moscow"), nullptr);
  EXPECT_NE(Mention(found, "Lutsk"), nullptr);
}

TEST_F(PlacesTest, CountriesNeverBecomeTowns) {
  auto found = Run("Georgia and Jordan sent aid to Ukraine, the US said.");
  ASSERT_NE(Mention(found, "Georgia"), nullptr);
  EXPECT_EQ(Mention(found, "Georgia")->place.country_code, "GE");
  EXPECT_TRUE(Mention(found, "Georgia")->place.is_country());
  ASSERT_NE(Mention(found, "US"), nullptr);
  EXPECT_EQ(Mention(found, "US")->place.country, "United States");
}

TEST_F(PlacesTest, AdminNamedNearbyChoosesAmongSameNamedVillages) {
  auto found = Run("Shelling was reported in Vodiane, Donetsk region.");
  const PlaceMention* vodiane = Mention(found, "Vodiane");
  ASSERT_NE(vodiane, nullptr);
  EXPECT_EQ(vodiane->place.admin1, "Donetsk");
}

TEST_F(PlacesTest, NameOnlyKnownAbroadBeforeARegionStandsForTheRegion) {
  auto found = Run("Artillery hit a farm near Salamanca, Poltava, on Monday.");
  const PlaceMention* farm = Mention(found, "Salamanca");
  ASSERT_NE(farm, nullptr);
  EXPECT_EQ(farm->place.country_code, "UA");
  EXPECT_EQ(farm->place.admin1, "Poltava");
  EXPECT_EQ(farm->place.feature_code, "ADM1");
  // Not in a list of places, nor before the country that holds it.
  auto listed = Run("Delegates came from Salamanca, Poltava and Sumy.");
  ASSERT_NE(Mention(listed, "Salamanca"), nullptr);
  EXPECT_EQ(Mention(listed, "Salamanca")->place.country_code, "ES");
  auto home = Run("The plant near Salamanca, Spain, closed.");
  ASSERT_NE(Mention(home, "Salamanca"), nullptr);
  EXPECT_EQ(Mention(home, "Salamanca")->place.country_code, "ES");
}

TEST_F(PlacesTest, RaionsTakeAcledAdjectives) {
  auto found = Run("Shelling hit Horlivka, Volnovakha and Kramatorsk.");
  ASSERT_NE(Mention(found, "Horlivka"), nullptr);
  EXPECT_EQ(Mention(found, "Horlivka")->place.admin2, "Horlivskyi");
  ASSERT_NE(Mention(found, "Volnovakha"), nullptr);
  EXPECT_EQ(Mention(found, "Volnovakha")->place.admin2, "Volnovaskyi");
  ASSERT_NE(Mention(found, "Kramatorsk"), nullptr);
  EXPECT_EQ(Mention(found, "Kramatorsk")->place.admin2, "Kramatorskyi");
}

TEST_F(PlacesTest, RegionNamingFollowsAcled) {
  auto found = Run("Shelling hit the Kyiv region, the Kirovohrad region and the Black Sea coast. "
                   "Forces of the Donetsk People's Republic advanced.");
  const PlaceMention* kyiv = Mention(found, "Kyiv region");
  ASSERT_NE(kyiv, nullptr);
  EXPECT_EQ(kyiv->place.admin1, "Kyiv");  // the oblast, not "Kyiv City"
  ASSERT_TRUE(kyiv->region_seat.has_value());
  EXPECT_EQ(kyiv->region_seat->name, "Kyiv");
  const PlaceMention* kirovohrad = Mention(found, "Kirovohrad region");
  ASSERT_NE(kirovohrad, nullptr);
  EXPECT_EQ(kirovohrad->place.admin1, "Kirovograd");
  const PlaceMention* sea = Mention(found, "Black Sea");
  ASSERT_NE(sea, nullptr);
  EXPECT_EQ(sea->place.feature_code, "SEA");
  EXPECT_EQ(sea->place.admin1, "Black Sea");
  EXPECT_EQ(Mention(found, "Donetsk"), nullptr);  // an actor's name, not the city
}

TEST_F(PlacesTest, ANameOnlyAGeneratedSpellingOfAVillageNeedsAPlaceContext) {
  // "Bezborodkovo" is no name of the village Bezborodkove of its own, only the Russian-style
  // spelling the index generates: a place where the words around it expect one.
  auto placed = [&](const std::string& text, std::optional<Date> day = {}) {
    const auto m_found = Run(text, day);
    const PlaceMention* m = Mention(m_found, "Bezborodkovo");
    return m != nullptr && m->place.name == "Bezborodkove";
  };
  EXPECT_TRUE(placed("Shelling was reported in Bezborodkovo on Monday."));
  EXPECT_TRUE(placed("Shelling hit Bezborodkovo, Dnipropetrovsk region, on Monday."));
  EXPECT_TRUE(placed("Shelling was reported in Bezborodkovo's district on Monday."));
  EXPECT_TRUE(placed("Bezborodkovo."));  // nothing around it to judge by
  // A genitive "of", a possessive whose noun the preposition governs, or no cue at all: a
  // name, not the village, also on a day its region is a conflict theatre.
  EXPECT_FALSE(placed("Nobody was afraid of Bezborodkovo, officials in Kyiv said."));
  EXPECT_FALSE(placed("Nobody in Kyiv believed in Bezborodkovo's plan."));
  EXPECT_FALSE(placed("Nobody in Kyiv believed in Bezborodkovo's plan.", Date{2022, 3, 10}));
  EXPECT_FALSE(placed("The plan was Bezborodkovo's idea, officials in Kyiv said."));
  // Nor a village by the front line of the day: the war is there (on the Donbas line of contact
  // in January 2022, not in June 2023, a time the front lines table does not reach).
  auto monakhove = [&](Date day) {
    const auto m_found = Run("Nobody believed in Monakhovo's plan.", day);
    const PlaceMention* m = Mention(m_found, "Monakhovo");
    return m != nullptr && m->place.name == "Monakhove";
  };
  EXPECT_TRUE(monakhove(Date{2022, 1, 10}));
  EXPECT_FALSE(monakhove(Date{2023, 6, 10}));
  // The village's own name needs no such context.
  const auto own_found = Run("The plan was Bezborodkove's idea.");
  const PlaceMention* own = Mention(own_found, "Bezborodkove");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->place.admin1, "Dnipropetrovsk");
}

TEST_F(PlacesTest, AGroupNamedAfterARegionFavoursNamesakesInOrNearIt) {
  // Two villages called Chumaky in the Donetsk region: one by the Luhansk region's border, one
  // about 50 km south of it. A group named after the Luhansk region holds positions near the
  // first; without one, or with the Donetsk region's group, nothing favours it.
  auto latitude = [&](const std::string& text) {
    const auto m_found = Run(text, Date{2022, 3, 1});
    const PlaceMention* m = Mention(m_found, "Chumaky");
    return m == nullptr ? 0.0 : m->place.latitude;
  };
  EXPECT_NEAR(latitude("Troops fired mortars at LPR positions near Chumaky, Donetsk."), 48.10,
              0.02);
  EXPECT_NEAR(latitude("Troops fired mortars at the positions of the Luhansk People's Militia "
                       "near Chumaky, Donetsk."),
              48.10, 0.02);
  EXPECT_NEAR(latitude("Troops fired mortars at positions near Chumaky, Donetsk."), 47.79, 0.02);
  EXPECT_NEAR(latitude("Troops fired mortars at DPR positions near Chumaky, Donetsk."), 47.79,
              0.02);
  // The group speaks for the places of its own sentence only.
  EXPECT_NEAR(latitude("LPR units were reported. Troops fired mortars at positions near "
                       "Chumaky, Donetsk."),
              47.79, 0.02);
}

TEST_F(PlacesTest, TheOneTownOfItsNameInAWarTheatreOutweighsTheMisnamedRegion) {
  auto admin1 = [&](const std::string& name, Date day) {
    const auto m_found = Run("Shelling hit " + name + ", Kherson.", day);
    const PlaceMention* m = Mention(m_found, name);
    return m == nullptr ? std::string() : m->place.name + "/" + m->place.admin1;
  };
  // No other place in Ukraine bears the town's name: on a day the war is in its region, the
  // note named the wrong region.
  EXPECT_EQ(admin1("Bilytske", Date{2022, 3, 10}), "Bilytske/Donetsk");
  // Before the war reached it, the region written is believed: a place the index lacks there.
  EXPECT_EQ(admin1("Bilytske", Date{2010, 1, 1}), "Kherson/Kherson");
  // Villages whose name others share are no such evidence.
  EXPECT_EQ(admin1("Klynove", Date{2022, 3, 10}), "Kherson/Kherson");
}

TEST_F(PlacesTest, PositionsOfASideFavourNamesakesOnItsSideOfAHeldAreasLine) {
  // Two villages called Druzhne in the Donetsk region: one inside the area the separatists held
  // until February 2022, one on the government's side of the line. Positions of the area's
  // holder lie inside it, the government's outside; before or after the period, across a
  // sentence, or for the side that fires rather than the side fired at, nothing changes.
  auto latitude = [&](const std::string& text, Date day) {
    const auto m_found = Run(text, day);
    const PlaceMention* m = Mention(m_found, "Druzhne");
    return m == nullptr ? 0.0 : m->place.latitude;
  };
  const Date during{2021, 6, 1}, after{2022, 6, 1};
  constexpr double kInside = 48.197, kOutside = 47.442;
  EXPECT_NEAR(latitude("Troops fired mortars at positions near Druzhne, Donetsk.", during),
              kOutside, 0.02);
  EXPECT_NEAR(latitude("Troops fired mortars at DPR positions near Druzhne, Donetsk.", during),
              kInside, 0.02);
  EXPECT_NEAR(latitude("Troops shelled the positions of the separatist militia near Druzhne, "
                       "Donetsk.",
                       during),
              kInside, 0.02);
  EXPECT_NEAR(latitude("Troops fired at rebel military positions near Druzhne, Donetsk.", during),
              kInside, 0.02);
  EXPECT_NEAR(latitude("Rebels fired at Ukrainian positions near Druzhne, Donetsk.", during),
              kOutside, 0.02);
  EXPECT_NEAR(latitude("Troops fired mortars at DPR positions near Druzhne, Donetsk.", after),
              kOutside, 0.02);
  EXPECT_NEAR(latitude("There were DPR positions. Troops fired at Druzhne, Donetsk.", during),
              kOutside, 0.02);
  EXPECT_NEAR(latitude("Separatist forces shelled positions near Druzhne, Donetsk.", during),
              kOutside, 0.02);
}

TEST_F(PlacesTest, ADistrictAdjectiveOfATwoWordNameIsPlacedAtItsSeat) {
  // "Starosambirskyi" joins the two words of Staryi Sambir by a linking vowel; the raion is
  // placed at its seat, in any gender. Without the district word it is no district.
  for (const char* adjective : {"Starosambirskyi", "Starosambirska"}) {
    const std::string span = std::string(adjective) + " district";
    const auto seat_found = Run("Shelling hit the " + span + ".", Date{2022, 3, 1});
    const PlaceMention* seat = Mention(seat_found, span);
    ASSERT_NE(seat, nullptr) << span;
    EXPECT_EQ(seat->place.name, "Staryi Sambir") << span;
    EXPECT_EQ(seat->place.admin1, "Lviv") << span;
  }
  EXPECT_TRUE(Run("Shelling hit the Starosambirskyi village.", Date{2022, 3, 1}).empty());
}

TEST_F(PlacesTest, EmptyAndPlainTextsHaveNoMentions) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run("nothing here is a place, it said on monday.").empty());
}

}  // namespace
}  // namespace sitrep::places
