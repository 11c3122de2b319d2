// `sitrep train roles`: the learned role filler (events/role_tagger.h) trained on the MUC-4
// development set (DEV documents only; TST1 and TST2 stay unseen for `sitrep eval muc4`). Each
// sentence's tokens are tagged with the key's fillers of every template of its document found
// in it word for word (GTT normalisation), and the tagger is trained on every sentence holding
// a filler and every third sentence holding none.
#ifndef SITREP_EVAL_TRAIN_ROLES_H_
#define SITREP_EVAL_TRAIN_ROLES_H_

#include <CLI/CLI.hpp>
#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "eval/muc4.h"
#include "sitrep/status.h"
#include "text/analysed_text.h"

namespace sitrep::eval {

// Tags for the tokens of sentence `sentence` of `t`: a span of tokens whose words, GTT-normalised
// (punctuation and articles skipped inside it), are an alternative of a key entity of role r
// is tagged B/I of r (events::BeginTag, InsideTag); the first role and the first span win.
std::vector<std::uint8_t> TagsFromKey(
    const text::AnalysedText& t, std::uint32_t sentence,
    const std::array<std::vector<MucEntity>, kMucRoleCount>& fillers);

// Trains on the DEV documents under `muc_dir` (texts analysed with the tables of `data_dir`)
// and writes the weights to `out`. Progress and counts go to `log`.
Status TrainRoles(const std::string& muc_dir, const std::string& data_dir, const std::string& out,
                  int epochs, std::ostream& log);

// Adds `roles` under `train`; sets `exit_code` (0 ok, 2 failure).
void AddTrainVerbs(CLI::App& train, int& exit_code);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_TRAIN_ROLES_H_
