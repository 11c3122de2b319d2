#include "lexicon/tsv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::lexicon {
namespace {

TEST(Split, KeepsEmptyParts) {
  EXPECT_EQ(Split("a|b||c", '|'), (std::vector<std::string>{"a", "b", "", "c"}));
}

TEST(LowerWords, LowersAndSplitsAtAnyWhiteSpace) {
  EXPECT_EQ(LowerWords("the Occupiers\tshelled\nKherson"),
            (std::vector<std::string>{"the", "occupiers", "shelled", "kherson"}));
  EXPECT_EQ(LowerWords("Police  Patrol"), (std::vector<std::string>{"police", "", "patrol"}));
}

}  // namespace
}  // namespace sitrep::lexicon
