#include "lexicon/word_roles.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::lexicon {
namespace {

TEST(WordRoles, EmptyTableKnowsNoWordAndTakesHints) {
  WordRoles roles;
  roles.Prefetch(WordRoles::WordHash("harbour"));  // nothing to load: harmless
  EXPECT_EQ(roles.Of("harbour"), 0);
}

TEST(WordRoles, RolesAddUpAndSurviveGrowth) {
  WordRoles roles;
  roles.Add(WordRoles::WordHash("harbour"), 1);
  roles.Add(WordRoles::WordHash("harbour"), 4);
  roles.Add(WordRoles::WordHash("meadow"), 2);
  // Enough words of our own making to grow the table several times over.
  for (int k = 0; k < 5000; ++k) roles.Add(WordRoles::WordHash("w" + std::to_string(k)), 8);
  for (const char* word : {"harbour", "meadow", "w0", "w4999", "unlisted"}) {
    roles.Prefetch(WordRoles::WordHash(word));  // a hint only: the answers stay the same
  }
  EXPECT_EQ(roles.Of("harbour"), 5);
  EXPECT_EQ(roles.Of("meadow"), 2);
  EXPECT_EQ(roles.Of("w0"), 8);
  EXPECT_EQ(roles.Of("w4999"), 8);
  EXPECT_EQ(roles.Of("w5000"), 0);
  EXPECT_EQ(roles.Of("unlisted"), 0);
}

}  // namespace
}  // namespace sitrep::lexicon
