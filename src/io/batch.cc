#include "io/batch.h"

#include <exception>
#include <optional>
#include <utility>

#include "io/ordered_map.h"

namespace sitrep::io {
namespace {

template <typename T>
struct Processed {
  std::string doc_id;
  Result<T> result;
};

// Runs `process` over every document of the batch and hands each outcome to `emit_ok` or to the
// error stream, in input order. The library never throws, but a bug that does must cost one
// document, not the batch.
template <typename T, typename Process, typename EmitOk>
ExitCode RunBatch(const BatchOptions& options, std::ostream& err, std::istream* in, Process process,
                  EmitOk emit_ok) {
  DocumentReader reader(options.inputs, options.read, in);
  ExitCode exit_code = ExitCode::kOk;
  const std::size_t threads = std::max<std::size_t>(options.threads, 1);
  const std::size_t window = options.window ? options.window : 4 * threads;
  OrderedParallelMap<Result<Document>, Processed<T>>(
      threads, window, [&] { return reader.Next(); },
      [&](Result<Document>& item) -> Processed<T> {
        if (!item.ok()) return {item.status().document(), Result<T>(item.status())};
        const Document& document = item.value();
        try {
          return {document.id, process(document)};
        } catch (const std::exception& e) {
          return {document.id,
                  Result<T>(Status(StatusCode::kInternal,
                                   std::string("uncaught exception: ") + e.what(), document.id))};
        } catch (...) {
          return {document.id,
                  Result<T>(Status(StatusCode::kInternal, "uncaught exception", document.id))};
        }
      },
      [&](Processed<T>& done) {
        if (done.result.ok()) {
          emit_ok(done.doc_id, done.result.value());
        } else {
          err << ErrorLine(done.result.status(), done.doc_id) << '\n';
          err.flush();
        }
        exit_code = Worse(exit_code, ExitCodeFor(done.result.status()));
      });
  return exit_code;
}

}  // namespace

ExitCode RunExtract(const Model& model, const BatchOptions& options, IncidentWriter& writer,
                    std::ostream& err, std::istream* in) {
  writer.Begin();
  const ExitCode code = RunBatch<std::vector<Incident>>(
      options, err, in, [&](const Document& document) { return Extract(model, document); },
      [&](const std::string& doc_id, const std::vector<Incident>& incidents) {
        writer.WriteDocument(doc_id, incidents);
      });
  writer.End();
  return code;
}

ExitCode RunPlaces(const Model& model, const BatchOptions& options, std::ostream& out,
                   std::ostream& err, std::istream* in) {
  return RunBatch<std::vector<PlaceMention>>(
      options, err, in, [&](const Document& document) { return FindPlaces(model, document); },
      [&](const std::string&, const std::vector<PlaceMention>& places) {
        for (const PlaceMention& place : places) out << PlaceToJsonLine(place) << '\n';
      });
}

}  // namespace sitrep::io
