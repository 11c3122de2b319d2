#include "text/segmenter_tables.h"

#include "lexicon/tsv.h"

namespace sitrep::text {

Result<SegmenterTables> SegmenterTables::Load(const std::string& data_dir) {
  SegmenterTables tables;
  auto abbreviations = lexicon::ReadTsv(data_dir + "/abbreviations.tsv");
  if (!abbreviations.ok()) return abbreviations.status();
  for (const auto& row : *abbreviations) tables.abbreviations.insert(row[0]);
  auto boilerplate = lexicon::ReadTsv(data_dir + "/boilerplate.tsv");
  if (!boilerplate.ok()) return boilerplate.status();
  for (const auto& row : *boilerplate) tables.boilerplate.push_back(row[0] + " ");
  return tables;
}

}  // namespace sitrep::text
