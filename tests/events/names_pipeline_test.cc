// Names of people through the whole pipeline, with the word lists compiled at set-up (given names
// and common words of English), which the events unit tests do without.
#include <gtest/gtest.h>

#include "sitrep/sitrep.h"
#include "testing/testing.h"

namespace sitrep {
namespace {

std::string Victim(const std::string& text) {
  Document doc;
  doc.id = "names";
  doc.text = text;
  doc.published = Date{2022, 3, 9};
  auto result = Extract(testing::TestModel(), doc);
  if (!result.ok() || result->size() != 1) return "(none)";
  return (*result)[0].actor2_text;
}

std::string Author(const std::string& text) {
  Document doc;
  doc.id = "names";
  doc.text = text;
  doc.published = Date{2022, 3, 9};
  auto result = Extract(testing::TestModel(), doc);
  if (!result.ok() || result->size() != 1) return "(none)";
  return (*result)[0].actor1_text;
}

TEST(NamesPipeline, ATitleBeforeAGivenNameIsNoWordOfTheName) {
  // "Mayor" is on the English list of given names and a common word: before another given name it
  // is a title. A given name of the project's tables that is a common word too stays a name's.
  EXPECT_EQ(Victim("Gunmen killed Mayor Olga Varvarenko in Sumy on Monday."), "Olga Varvarenko");
  EXPECT_EQ(Victim("Gunmen killed Maria Lis in Sumy on Monday."), "Maria Lis");
}

TEST(NamesPipeline, AnAgeBetweenNamesKeepsTheListTogether) {
  // An age in apposition (", 31,") is no end of the list of people an act was done to, after the
  // verb or before its passive.
  EXPECT_EQ(Victim("Gunmen killed Olga Varvarenko, 31, and Maria Lis, 27, in Sumy on Monday."),
            "Olga Varvarenko, 31, and Maria Lis");
  EXPECT_EQ(Victim("Olga Varvarenko, 31, and Maria Lis, 27, were killed by gunmen in Sumy on "
                   "Monday."),
            "Olga Varvarenko, 31, and Maria Lis");
  // A number that is no age in apposition ends the names.
  EXPECT_EQ(Victim("Gunmen killed Olga Varvarenko and 12 others in Sumy on Monday."),
            "Olga Varvarenko");
}

TEST(NamesPipeline, TheNamesBeforeADescriptionAreTheOnesAPassiveActWasDoneTo) {
  // A description set off by commas between the names and the passive ("was shot") is no end of
  // the clause that holds the names; without a name there is no act told of someone.
  EXPECT_EQ(Victim("Olga Varvarenko, a teacher, was shot in Sumy on Monday."), "Olga Varvarenko");
  EXPECT_EQ(Victim("Olga Varvarenko, a teacher of the town school, who was shot in Sumy on "
                   "Monday, died."),
            "Olga Varvarenko");
  EXPECT_EQ(Victim("In Sumy, a teacher was shot on Monday."), "(none)");
}

TEST(NamesPipeline, TheNamesAfterTheWordForThoseWhoSufferedAndACopula) {
  EXPECT_EQ(Victim("A bomb exploded in Sumy on Monday. Also injured were Olga Varvarenko and "
                   "Maria Lis."),
            "Olga Varvarenko and Maria Lis");
  // A copula after some other word names no one hurt.
  EXPECT_EQ(Victim("A bomb exploded in Sumy on Monday. The owners of the shop are Olga "
                   "Varvarenko and Maria Lis."),
            "");
}

TEST(NamesPipeline, WhoConfirmedAnActIsNotItsAgent) {
  EXPECT_EQ(Author("Olga Varvarenko was shot in Sumy on Monday, it was confirmed by police."), "");
  EXPECT_EQ(Author("Olga Varvarenko was shot in Sumy on Monday by police."), "police");
}

}  // namespace
}  // namespace sitrep
