// The `sitrep eval` verbs, registered on the CLI.
#ifndef SITREP_EVAL_EVAL_CLI_H_
#define SITREP_EVAL_EVAL_CLI_H_

#include <CLI/CLI.hpp>

namespace sitrep::eval {

// Adds `acled`, `gold`, `muc4`, `wikievents`, `geo` and `news` under `eval`. A verb that runs sets
// `exit_code` (0 ok, 1 some documents failed, 2 usage error).
void AddEvalVerbs(CLI::App& eval, int& exit_code);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_EVAL_CLI_H_
