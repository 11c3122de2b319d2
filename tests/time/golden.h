// The golden table tests/time/expressions.tsv, read by the golden test and the chrono bench dump.
#ifndef SITREP_TESTS_TIME_GOLDEN_H_
#define SITREP_TESTS_TIME_GOLDEN_H_

#include <string>
#include <vector>

#include "sitrep/date.h"
#include "text/segmenter_tables.h"
#include "time/time_expressions.h"

namespace sitrep::time::golden {

struct Row {
  int line = 0;
  std::string sentence;   // "\n" escapes already turned into paragraph breaks
  Date published;
  std::string expected;   // ISO day, "none", "future", "historic" or "open:DAY"
  int precision = 0;      // 0 = not checked
};

// Rows of the table; an empty vector and a message in *error when it cannot be read.
std::vector<Row> ReadGolden(const std::string& path, std::string* error);

// What sitrep answers for a row, in the table's own vocabulary, and the precision it gave.
struct Answer {
  std::string day;  // ISO day, "none", "future", "historic" or "open:DAY"
  int precision = 0;
};
Answer AnswerFor(const Row& row, const text::SegmenterTables& segmenter, const TimeTables& tables);

// Whether `answer` meets `row` (the day, and the precision when the row states one).
bool Matches(const Row& row, const Answer& answer);

}  // namespace sitrep::time::golden

#endif  // SITREP_TESTS_TIME_GOLDEN_H_
