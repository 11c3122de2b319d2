#include "eval/train_roles.h"

#include <algorithm>
#include <iostream>
#include <memory>

#include "eval/metrics.h"
#include "events/role_tagger.h"
#include "lexicon/tsv.h"
#include "sitrep/sitrep.h"
#include "text/segmenter_tables.h"

namespace sitrep::eval {
std::vector<std::uint8_t> TagsFromKey(
    const text::AnalysedText& t, std::uint32_t sentence,
    const std::array<std::vector<MucEntity>, kMucRoleCount>& fillers) {
  const text::Sentence& s = t.sentences[sentence];
  const std::uint32_t n = s.end_token - s.first_token;
  std::vector<std::uint8_t> tags(n, 0);
  // Each token's GTT form; empty for punctuation and articles, which a span skips.
  std::vector<std::string> form(n);
  for (std::uint32_t k = 0; k < n; ++k) form[k] = GttNormalise(t.TokenText(s.first_token + k));
  for (int r = 0; r < kMucRoleCount; ++r) {
    const auto role = static_cast<events::Role>(r);
    for (const MucEntity& entity : fillers[r]) {
      for (const std::string& alternative : entity) {
        const std::vector<std::string> words = lexicon::Split(GttNormalise(alternative), ' ');
        if (words.front().empty()) continue;
        for (std::uint32_t i = 0; i < n; ++i) {
          if (form[i] != words[0]) continue;
          std::size_t w = 1;
          std::uint32_t k = i + 1;
          while (w < words.size() && k < n) {
            if (form[k].empty()) {
              ++k;
            } else if (form[k] == words[w]) {
              ++w;
              ++k;
            } else {
              break;
            }
          }
          if (w < words.size()) continue;
          bool free = true;
          for (std::uint32_t j = i; j < k; ++j) free = free && tags[j] == 0;
          if (!free) continue;
          tags[i] = events::BeginTag(role);
          for (std::uint32_t j = i + 1; j < k; ++j) tags[j] = events::InsideTag(role);
        }
      }
    }
  }
  return tags;
}

namespace {

// The key's fillers of every template of a document, by role.
std::array<std::vector<MucEntity>, kMucRoleCount> FillersOf(const MucDocument& muc) {
  std::array<std::vector<MucEntity>, kMucRoleCount> fillers;
  for (const MucTemplate& tmpl : muc.templates) {
    for (const auto& [role, entities] : tmpl.fillers) {
      auto& list = fillers[static_cast<int>(role)];
      list.insert(list.end(), entities.begin(), entities.end());
    }
  }
  return fillers;
}

}  // namespace

Status TrainRoles(const std::string& muc_dir, const std::string& data_dir, const std::string& out,
                  int epochs, std::ostream& log) {
  auto documents = ReadMuc4(muc_dir);
  if (!documents.ok()) return documents.status();
  auto tables = text::SegmenterTables::Load(data_dir);
  if (!tables.ok()) return tables.status();
  auto lexicon = events::EventLexicon::Load(data_dir);
  if (!lexicon.ok()) return lexicon.status();
  // The texts first, so the sentences can point into them.
  std::vector<text::AnalysedText> texts;
  std::vector<const MucDocument*> sources;
  for (const MucDocument& muc : *documents) {
    auto analysed = text::Analyse(muc.document.text, *tables);
    if (!analysed.ok()) continue;  // the corpus's texts all analyse; a bad one teaches nothing
    texts.push_back(std::move(analysed).value());
    sources.push_back(&muc);
  }
  std::vector<events::TaggedSentence> train, held_out;
  std::size_t train_documents = 0;
  for (std::size_t d = 0; d < texts.size(); ++d) {
    const bool is_train = sources[d]->document.id.starts_with("DEV");
    train_documents += is_train ? 1 : 0;
    const auto fillers = FillersOf(*sources[d]);
    for (std::uint32_t s = 0; s < texts[d].sentences.size(); ++s) {
      std::vector<std::uint8_t> tags = TagsFromKey(texts[d], s, fillers);
      const bool any = std::any_of(tags.begin(), tags.end(), [](std::uint8_t g) { return g; });
      if (!is_train) {
        held_out.push_back({&texts[d], s, std::move(tags)});
      } else if (any || s % 3 == 0) {
        train.push_back({&texts[d], s, std::move(tags)});
      }
    }
  }
  log << "sitrep train roles: " << train_documents << " DEV documents, " << train.size()
      << " sentences, " << epochs << " epochs\n";
  const events::RoleTagger tagger = events::RoleTagger::Train(*lexicon, train, epochs);
  // The spans found in the held-out (TST) sentences against the key's, exact.
  std::array<Counts, events::kRoleCount> counts{};
  for (const events::TaggedSentence& s : held_out) {
    const std::vector<events::RoleSpan> gold =
        events::SpansOfTags(s.tags, s.text->sentences[s.sentence].first_token);
    const std::vector<events::RoleSpan> found = tagger.Tag(*lexicon, *s.text, s.sentence);
    auto same = [](const events::RoleSpan& a, const events::RoleSpan& b) {
      return a.first == b.first && a.end == b.end && a.role == b.role;
    };
    for (const events::RoleSpan& span : found) {
      const bool hit = std::any_of(gold.begin(), gold.end(),
                                   [&](const events::RoleSpan& g) { return same(g, span); });
      ++(hit ? counts[static_cast<int>(span.role)].tp : counts[static_cast<int>(span.role)].fp);
    }
    for (const events::RoleSpan& span : gold) {
      const bool hit = std::any_of(found.begin(), found.end(),
                                   [&](const events::RoleSpan& f) { return same(f, span); });
      if (!hit) ++counts[static_cast<int>(span.role)].fn;
    }
  }
  Counts all;
  for (int r = 0; r < events::kRoleCount; ++r) {
    all += counts[r];
    log << "  held-out " << MucRoleName(static_cast<MucRole>(r)) << ": P " << counts[r].Precision()
        << " R " << counts[r].Recall() << " F1 " << counts[r].F1() << "\n";
  }
  log << "  held-out spans (the TST sets, exact): P " << all.Precision() << " R " << all.Recall()
      << " F1 " << all.F1() << "\n";
  return tagger.Save(out);
}

void AddTrainVerbs(CLI::App& train, int& exit_code) {
  train.require_subcommand(1);
  int* code = &exit_code;
  auto dir = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  auto data_dir = std::make_shared<std::string>();
  auto epochs = std::make_shared<int>(8);
  auto* verb = train.add_subcommand(
      "roles", "Train the learned role filler on MUC-4 DEV (weights for the data directory)");
  verb->add_option("dir", *dir, "MUC-4 folder (texts and key-* files, searched recursively)")
      ->required();
  verb->add_option("--out", *out, "Where to write the weights (roles.bin of a data directory)")
      ->required();
  verb->add_option("--data", *data_dir,
                   "Data directory for the text tables (default: the build's)");
  verb->add_option("--epochs", *epochs, "Passes over the training sentences")
      ->check(CLI::Range(1, 100));
  verb->callback([dir, out, data_dir, epochs, code] {
    const std::string tables = data_dir->empty() ? Model::DefaultDataDir() : *data_dir;
    const Status status = TrainRoles(*dir, tables, *out, *epochs, std::cerr);
    if (!status.ok()) {
      std::cerr << "sitrep train roles: " << status.ToString() << "\n";
      *code = 2;
      return;
    }
    *code = 0;
  });
}

}  // namespace sitrep::eval
