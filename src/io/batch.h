// A batch run of the CLI: read every input, run the library on each document on N threads with
// one shared Model, and write results in input order; each failed document is one JSON error
// line on `err`, and the rest of the batch goes on.
#ifndef SITREP_IO_BATCH_H_
#define SITREP_IO_BATCH_H_

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "io/exit_codes.h"
#include "io/input.h"
#include "io/output.h"
#include "sitrep/sitrep.h"

namespace sitrep::io {

struct BatchOptions {
  std::vector<std::string> inputs;  // FILE, DIR or "-"
  ReadOptions read;
  std::size_t threads = 1;
  // Documents read ahead of the oldest unfinished one; 0 picks 4 per thread.
  std::size_t window = 0;
};

// `sitrep extract`: incidents through `writer` (Begin and End included).
ExitCode RunExtract(const Model& model, const BatchOptions& options, IncidentWriter& writer,
                    std::ostream& err, std::istream* in);

// `sitrep places`: one place.schema.json line per mention on `out`.
ExitCode RunPlaces(const Model& model, const BatchOptions& options, std::ostream& out,
                   std::ostream& err, std::istream* in);

}  // namespace sitrep::io

#endif  // SITREP_IO_BATCH_H_
