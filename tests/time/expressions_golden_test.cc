// Runs every row of tests/time/expressions.tsv through Annotate; all must pass.
#include <gtest/gtest.h>

#include <cstdlib>

#include "time/golden.h"
#include "time/test_tables.h"

namespace sitrep::time {
namespace {

TEST(ExpressionsGolden, EveryRowResolves) {
  std::string error;
  const auto rows = golden::ReadGolden(sitrep::testing::SourceDir() + "/tests/time/expressions.tsv", &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_GE(rows.size(), 200u);
  int failures = 0;
  for (const auto& row : rows) {
    const auto answer = golden::AnswerFor(row, testing::Segmenter(), testing::Tables());
    if (!golden::Matches(row, answer)) {
      ++failures;
      ADD_FAILURE() << "row " << row.line << ": \"" << row.sentence << "\" published "
                    << row.published.ToIso() << ": expected " << row.expected << " p"
                    << row.precision << ", got " << answer.day << " p" << answer.precision;
    }
  }
  EXPECT_EQ(failures, 0) << failures << " of " << rows.size() << " rows failed";
}

}  // namespace
}  // namespace sitrep::time
