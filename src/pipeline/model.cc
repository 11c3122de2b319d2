#include <cstdlib>

#include "pipeline/model_data.h"
#include "sitrep/sitrep.h"

namespace sitrep {

Model::Model(std::unique_ptr<internal::ModelData> data) : data_(std::move(data)) {}
Model::~Model() = default;

std::string Model::DefaultDataDir() {
  if (const char* dir = std::getenv("SITREP_DATA"); dir != nullptr && *dir != '\0') return dir;
  return SITREP_DEFAULT_DATA_DIR;
}

Result<std::shared_ptr<const Model>> Model::Load(const std::string& data_dir) {
  auto data = std::make_unique<internal::ModelData>();
  auto segmenter = text::SegmenterTables::Load(data_dir);
  if (!segmenter.ok()) return segmenter.status();
  data->segmenter = std::move(segmenter).value();
  auto gazetteer = gazetteer::Gazetteer::Load(data_dir + "/gazetteer.bin");
  if (!gazetteer.ok()) return gazetteer.status();
  data->gazetteer = std::move(gazetteer).value();
  auto place_tables = places::PlaceTables::Load(data_dir);
  if (!place_tables.ok()) return place_tables.status();
  data->places = std::move(place_tables).value();
  auto time_tables = time::TimeTables::Load(data_dir);
  if (!time_tables.ok()) return time_tables.status();
  data->time = std::move(time_tables).value();
  auto events = events::EventLexicon::Load(data_dir);
  if (!events.ok()) return events.status();
  data->events = std::move(events).value();
  auto roles = events::RoleTagger::Load(data_dir + "/roles.bin");
  if (!roles.ok()) return roles.status();
  data->roles = std::move(roles).value();
  return std::shared_ptr<const Model>(std::make_shared<Model>(std::move(data)));
}

}  // namespace sitrep
