// The CLI's exit codes, and the one place where a Status maps to one.
#ifndef SITREP_IO_EXIT_CODES_H_
#define SITREP_IO_EXIT_CODES_H_

#include <algorithm>

#include "sitrep/status.h"

namespace sitrep::io {

enum class ExitCode {
  kOk = 0,          // every document done
  kSomeFailed = 1,  // some documents (or the model) failed; each failure is on stderr
  kUsage = 2,       // a bad flag, value or format: nothing was processed
};

// What a failed (or ok) Status means for the exit code. Every failure reported while
// processing, whatever its code, is a failed document (1); usage errors are decided by the flag
// parser, never by a Status.
inline ExitCode ExitCodeFor(const Status& status) {
  return status.ok() ? ExitCode::kOk : ExitCode::kSomeFailed;
}

// The worse of two exit codes.
inline ExitCode Worse(ExitCode a, ExitCode b) {
  return static_cast<ExitCode>(std::max(static_cast<int>(a), static_cast<int>(b)));
}

}  // namespace sitrep::io

#endif  // SITREP_IO_EXIT_CODES_H_
