#include "gazetteer/skeleton.h"

#include <algorithm>

#include "lexicon/tsv.h"

namespace sitrep::gazetteer {
namespace {

constexpr std::size_t kMaxKeys = 4;

}  // namespace

Result<SkeletonRules> SkeletonRules::Load(const std::string& path) {
  auto rows = lexicon::ReadTsv(path, 2);
  if (!rows.ok()) return rows.status();
  SkeletonRules rules;
  for (const auto& row : *rows) {
    Rule rule;
    rule.pattern = row[0];
    for (std::string& alternative : lexicon::Split(row[1], '|')) {
      rule.replacements.push_back(alternative == "-" ? "" : std::move(alternative));
    }
    if (!rule.pattern.empty()) rules.rules_.push_back(std::move(rule));
  }
  std::stable_sort(rules.rules_.begin(), rules.rules_.end(), [](const Rule& a, const Rule& b) {
    return a.pattern.size() > b.pattern.size();
  });
  return rules;
}

std::vector<std::string> SkeletonRules::Keys(std::string_view folded, int min_consonants) const {
  std::vector<std::string> keys{std::string(1, kSkeletonPrefix)};
  for (std::size_t i = 0; i < folded.size();) {
    const Rule* rule = nullptr;
    for (const Rule& r : rules_) {
      // The first letter decides for nearly every rule: no comparison of the rest then.
      if (r.pattern[0] != folded[i]) continue;
      if (folded.compare(i, r.pattern.size(), r.pattern) == 0) {
        rule = &r;
        break;
      }
    }
    if (!rule) {
      for (auto& key : keys) key.push_back(folded[i]);
      ++i;
      continue;
    }
    if (rule->replacements.size() > 1 && keys.size() * rule->replacements.size() <= kMaxKeys) {
      std::vector<std::string> next;
      for (const auto& key : keys) {
        for (const auto& r : rule->replacements) next.push_back(key + r);
      }
      keys = std::move(next);
    } else {
      for (auto& key : keys) key += rule->replacements.front();
    }
    i += rule->pattern.size();
  }
  std::vector<std::string> out;
  for (auto& key : keys) {
    std::string collapsed;
    int consonants = 0;
    for (char c : key) {
      if (!collapsed.empty() && collapsed.back() == c) continue;
      if (c == ' ' && collapsed.size() == 1) continue;  // a word with nothing left
      collapsed.push_back(c);
      if (c >= 'a' && c <= 'z') ++consonants;
    }
    while (collapsed.size() > 1 && collapsed.back() == ' ') collapsed.pop_back();
    if (consonants >= min_consonants &&
        std::find(out.begin(), out.end(), collapsed) == out.end()) {
      out.push_back(std::move(collapsed));
    }
  }
  return out;
}

}  // namespace sitrep::gazetteer
