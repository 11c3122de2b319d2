// The person-readable form of a scorer's JSON: one line per score, P/R/F1 objects as rows.
#ifndef SITREP_EVAL_REPORT_TABLE_H_
#define SITREP_EVAL_REPORT_TABLE_H_

#include <string>

#include "eval/metrics.h"

namespace sitrep::eval {

// A short fixed-width table of `scores`. Objects shaped like Counts::ToJson() become a row with
// P, R, F1 and the counts; other objects are indented sections; arrays are left out (they are in
// --json); an ACLED "confusion" object is shown as its most frequent off-diagonal cells.
std::string FormatTable(const Json& scores);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_REPORT_TABLE_H_
