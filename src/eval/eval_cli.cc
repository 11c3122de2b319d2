#include "eval/eval_cli.h"

namespace sitrep::eval {

void AddEvalVerbs(CLI::App& eval, int& exit_code) {
  (void)eval;
  (void)exit_code;
}

}  // namespace sitrep::eval
