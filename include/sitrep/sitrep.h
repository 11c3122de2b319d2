// sitrep: news text in, ACLED-style incidents out.
//
//   auto model = sitrep::Model::Load(sitrep::Model::DefaultDataDir());
//   auto incidents = sitrep::Extract(*model, document);
//
// A Model is immutable once loaded and may be shared by any number of threads.
#ifndef SITREP_SITREP_H_
#define SITREP_SITREP_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/date.h"
#include "sitrep/document.h"
#include "sitrep/incident.h"
#include "sitrep/status.h"

namespace sitrep {

namespace internal {
struct ModelData;
}  // namespace internal

// Everything extraction needs that is not the text: the gazetteer index (memory-mapped) and the
// linguistic tables of data/.
class Model {
 public:
  // Loads the tables and the compiled gazetteer from `data_dir`.
  static Result<std::shared_ptr<const Model>> Load(const std::string& data_dir);
  // $SITREP_DATA if set, else the build tree's data directory.
  static std::string DefaultDataDir();

  explicit Model(std::unique_ptr<internal::ModelData> data);
  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  const internal::ModelData& data() const { return *data_; }

 private:
  std::unique_ptr<internal::ModelData> data_;
};

// The incidents one document reports, in text order of their first evidence. Fails (with the
// document id in the Status) on invalid UTF-8, a missing publication date, or binary content.
Result<std::vector<Incident>> Extract(const Model& model, const Document& document);

// Every place-name mention of the document, in text order.
Result<std::vector<PlaceMention>> FindPlaces(const Model& model, const Document& document);

}  // namespace sitrep

#endif  // SITREP_SITREP_H_
