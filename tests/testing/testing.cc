#include "testing/testing.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep::testing {

namespace {

std::string FromEnv(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace

std::optional<std::string> SharedDir() {
  std::string dir = FromEnv("SITREP_SHARED", SITREP_TEST_SHARED_DIR);
  if (!std::filesystem::is_directory(dir)) return std::nullopt;
  return dir;
}

std::string SourceDir() { return FromEnv("SITREP_SOURCE", SITREP_TEST_SOURCE_DIR); }

std::string SitrepBinary() { return FromEnv("SITREP_BINARY", SITREP_TEST_BINARY); }

const Model& TestModel() {
  static std::shared_ptr<const Model> model = [] {
    auto loaded = Model::Load(Model::DefaultDataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << "cannot load the model: " << loaded.status().ToString();
      std::abort();
    }
    return *loaded;
  }();
  return *model;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace sitrep::testing
