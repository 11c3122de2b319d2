// Helpers shared by the tests: where the data and the shared folder are, a loaded model.
#ifndef SITREP_TESTS_TESTING_TESTING_H_
#define SITREP_TESTS_TESTING_TESTING_H_

#include <memory>
#include <optional>
#include <string>

#include "sitrep/sitrep.h"

namespace sitrep::testing {

// $SITREP_SHARED, else the ../shared beside the source tree, if that folder exists; else nullopt
// (a fresh clone has no ../shared).
std::optional<std::string> SharedDir();
// The source tree ($SITREP_SOURCE or the configured one): examples/, data/, tests/ fixtures.
std::string SourceDir();
// The built `sitrep` binary ($SITREP_BINARY or the configured one).
std::string SitrepBinary();
// The model of the build tree, loaded once per test binary; aborts the test on failure.
const Model& TestModel();
// The whole content of a file.
std::string ReadFile(const std::string& path);

}  // namespace sitrep::testing

// Skips the current test with a message when ../shared is absent.
#define SITREP_REQUIRE_SHARED(var)                                              \
  auto var##_opt = ::sitrep::testing::SharedDir();                             \
  if (!var##_opt) GTEST_SKIP() << "../shared is absent: benchmark data not here"; \
  const std::string var = *var##_opt

#endif  // SITREP_TESTS_TESTING_TESTING_H_
