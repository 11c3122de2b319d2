#include "testing/testing.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep::testing {

std::optional<std::string> SharedDir() {
  const char* dir = std::getenv("SITREP_SHARED");
  if (dir == nullptr || !std::filesystem::is_directory(dir)) return std::nullopt;
  return std::string(dir);
}

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
