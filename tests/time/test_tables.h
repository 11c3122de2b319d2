// The time tests' tables, loaded once from $SITREP_DATA (the build's data) or the source data/.
#ifndef SITREP_TESTS_TIME_TEST_TABLES_H_
#define SITREP_TESTS_TIME_TEST_TABLES_H_

#include <cstdlib>
#include <string>

#include "testing/testing.h"
#include "text/segmenter_tables.h"
#include "time/time_tables.h"

namespace sitrep::time::testing {

inline std::string DataDir() { return sitrep::testing::SourceDir() + "/data"; }

inline const TimeTables& Tables() {
  static const TimeTables tables = [] {
    auto loaded = TimeTables::Load(DataDir());
    if (!loaded.ok()) std::abort();
    return std::move(*loaded);
  }();
  return tables;
}

inline const text::SegmenterTables& Segmenter() {
  static const text::SegmenterTables tables = [] {
    auto loaded = text::SegmenterTables::Load(DataDir());
    if (!loaded.ok()) std::abort();
    return std::move(*loaded);
  }();
  return tables;
}

}  // namespace sitrep::time::testing

#endif  // SITREP_TESTS_TIME_TEST_TABLES_H_
