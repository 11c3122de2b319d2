#include "events/role_tagger.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <string_view>

namespace sitrep::events {
namespace {

// 2^18 feature buckets: the training set has a few hundred thousand distinct features, and a
// collision costs less than the memory of a larger table.
constexpr std::uint32_t kBucketBits = 18;
constexpr std::uint32_t kBuckets = 1u << kBucketBits;
constexpr char kMagic[8] = {'S', 'R', 'R', 'O', 'L', 'E', 'S', '1'};
// Words of context either side that count as the token's neighbourhood.
constexpr int kWindow = 3;
constexpr int kBagWindow = 6;
// How far from an incident's evidence (in sentences) the spans found are the incident's: a
// report names the act in one sentence and what it hit or who died in the next ones.
constexpr std::int64_t kNeighbourSentences = 5;

// FNV-1a over a feature: its template, then its parts, each ended by a separator.
class FeatureHash {
 public:
  explicit FeatureHash(std::uint8_t kind) { Add(static_cast<char>(kind)); }
  FeatureHash& Part(std::string_view s) {
    for (char c : s) Add(c);
    Add('\x1f');
    return *this;
  }
  std::uint32_t Bucket() const { return static_cast<std::uint32_t>(h_ >> 20) & (kBuckets - 1); }

 private:
  void Add(char c) {
    h_ ^= static_cast<unsigned char>(c);
    h_ *= 0x100000001b3ULL;
  }
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// The word of token i as a feature: lower case; a number by its shape ("9", "9,9").
std::string_view WordOf(const text::AnalysedText& t, std::uint32_t i, std::string& scratch) {
  if (t.tokens[i].kind != text::TokenKind::kNumber) return t.lower[i];
  scratch.clear();
  for (char c : t.lower[i]) {
    const char s = (c >= '0' && c <= '9') ? '9' : c;
    if (scratch.empty() || scratch.back() != s || s != '9') scratch.push_back(s);
  }
  return scratch;
}

// Each token's class by the event tables, a letter: part of a trigger (T), a weapon (W), an
// actor (A), a target's head word (H), a given name that is no common word (G), else '-'.
std::string MarksOf(const EventLexicon& lexicon, const text::AnalysedText& t, std::uint32_t first,
                    std::uint32_t end) {
  std::string marks(end - first, '-');
  auto cover = [&](std::uint32_t k, std::uint32_t length, char mark) {
    for (std::uint32_t j = k; j < k + length && j < end; ++j) {
      if (marks[j - first] == '-') marks[j - first] = mark;
    }
  };
  for (std::uint32_t k = first; k < end; ++k) {
    cover(k, lexicon.triggers.LongestAt(t.lower, k, end).length, 'T');
    cover(k, lexicon.weapons.LongestAt(t.lower, k, end).length, 'W');
    cover(k, lexicon.actors.LongestAt(t.lower, k, end).length, 'A');
    const std::string& w = t.lower[k];
    if (lexicon.IsTargetHead(w) || lexicon.IsMilitaryMark(w)) cover(k, 1, 'H');
    if (lexicon.IsGivenName(w) && !lexicon.IsCommonWord(w)) cover(k, 1, 'G');
  }
  return marks;
}

// The features of token i of the sentence [first, end) whose token classes are `marks`, the
// tag before it being `prev`.
void Features(const text::AnalysedText& t, std::uint32_t first, std::uint32_t end,
              const std::string& marks, std::uint32_t i, std::uint8_t prev,
              std::vector<std::uint32_t>& out) {
  out.clear();
  std::string s0, s1, s2;
  const char prev_tag[1] = {static_cast<char>('A' + prev)};
  auto word = [&](std::int64_t k, std::string& scratch) -> std::string_view {
    if (k < static_cast<std::int64_t>(first)) return "<s>";
    if (k >= static_cast<std::int64_t>(end)) return "</s>";
    return WordOf(t, static_cast<std::uint32_t>(k), scratch);
  };
  const std::string_view w = word(i, s0);
  out.push_back(FeatureHash(0).Bucket());  // bias
  out.push_back(FeatureHash(1).Part(w).Bucket());
  out.push_back(FeatureHash(2).Part(std::string_view(prev_tag, 1)).Bucket());
  out.push_back(FeatureHash(3).Part(std::string_view(prev_tag, 1)).Part(w).Bucket());
  out.push_back(FeatureHash(4).Part(w.size() > 3 ? w.substr(w.size() - 3) : w).Bucket());
  for (int d = -kWindow; d <= kWindow; ++d) {
    if (d == 0) continue;
    const char dist[1] = {static_cast<char>('0' + d + kWindow)};
    out.push_back(FeatureHash(5)
                      .Part(std::string_view(dist, 1))
                      .Part(word(std::int64_t{i} + d, s1))
                      .Bucket());
  }
  {
    const std::string_view a = word(std::int64_t{i} - 2, s1);
    const std::string_view b = word(std::int64_t{i} - 1, s2);
    out.push_back(FeatureHash(6).Part(a).Part(b).Bucket());
  }
  {
    const std::string_view a = word(std::int64_t{i} + 1, s1);
    const std::string_view b = word(std::int64_t{i} + 2, s2);
    out.push_back(FeatureHash(7).Part(a).Part(b).Bucket());
  }
  {
    const std::string_view a = word(std::int64_t{i} - 1, s1);
    out.push_back(FeatureHash(9).Part(a).Part(w).Bucket());
    const std::string_view b = word(std::int64_t{i} + 1, s2);
    out.push_back(FeatureHash(10).Part(w).Part(b).Bucket());
    out.push_back(FeatureHash(11).Part(std::string_view(prev_tag, 1)).Part(a).Bucket());
  }
  out.push_back(FeatureHash(12).Part(w.size() > 3 ? w.substr(0, 3) : w).Bucket());
  auto mark = [&](std::int64_t k) -> char {
    if (k < static_cast<std::int64_t>(first) || k >= static_cast<std::int64_t>(end)) return '|';
    return marks[static_cast<std::size_t>(k - first)];
  };
  for (int d = -kWindow; d <= kWindow; ++d) {
    const char m[2] = {static_cast<char>('0' + d + kWindow), mark(std::int64_t{i} + d)};
    out.push_back(FeatureHash(13).Part(std::string_view(m, 2)).Bucket());
  }
  {
    const char m[3] = {mark(std::int64_t{i} - 1), mark(i), mark(std::int64_t{i} + 1)};
    out.push_back(FeatureHash(14).Part(std::string_view(m, 3)).Bucket());
    const char pm[2] = {prev_tag[0], mark(i)};
    out.push_back(FeatureHash(15).Part(std::string_view(pm, 2)).Bucket());
  }
  const std::uint32_t lo = i >= first + kBagWindow ? i - kBagWindow : first;
  const std::uint32_t hi = std::min(end, i + kBagWindow + 1);
  for (std::uint32_t k = lo; k < hi; ++k) {
    if (k != i) out.push_back(FeatureHash(8).Part(WordOf(t, k, s1)).Bucket());
  }
}

// The best tag for the features, a span continued only after its own role.
std::uint8_t BestTag(const std::vector<float>& weights, const std::vector<std::uint32_t>& feats,
                     std::uint8_t prev) {
  std::array<float, kTagCount> score{};
  for (std::uint32_t f : feats) {
    const float* row = &weights[static_cast<std::size_t>(f) * kTagCount];
    for (int y = 0; y < kTagCount; ++y) score[y] += row[y];
  }
  int best = 0;
  for (int y = 1; y < kTagCount; ++y) {
    if (score[y] > score[best]) best = y;
  }
  if (best > kRoleCount) {  // inside a span: only after the same role's tag
    const int role = best - 1 - kRoleCount;
    if (prev != 1 + role && prev != best) best = 1 + role;
  }
  return static_cast<std::uint8_t>(best);
}

// Adds to a list of things named together ("A, B and C") the parts it does not already hold.
void AddConjoined(std::string& list, const std::vector<std::string>& parts) {
  std::vector<std::string> all;
  if (!list.empty()) all.push_back(list);
  for (const std::string& part : parts) {
    if (list.find(part) == std::string::npos) all.push_back(part);
  }
  if (all.size() <= 1 && !list.empty()) return;
  list.clear();
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (k > 0) list += k + 1 == all.size() ? " and " : ", ";
    list += all[k];
  }
}

// Whether a span is of the kind its role names, by the event tables: a target holds a word of
// a physical thing (targets.tsv, military_targets.tsv), a weapon a weapon's word (weapons.tsv).
// People and groups have no such list; their spans are taken as tagged.
bool Plausible(const EventLexicon& lexicon, const text::AnalysedText& t, const RoleSpan& span) {
  for (std::uint32_t k = span.first; k < span.end; ++k) {
    switch (span.role) {
      case Role::kTarget:
        if (lexicon.IsTargetHead(t.lower[k]) || lexicon.IsMilitaryMark(t.lower[k])) return true;
        break;
      case Role::kWeapon:
        if (lexicon.weapons.LongestAt(t.lower, k, span.end).entry) return true;
        break;
      default:
        return true;
    }
  }
  return false;
}

}  // namespace

std::vector<RoleSpan> SpansOfTags(const std::vector<std::uint8_t>& tags, std::uint32_t first) {
  std::vector<RoleSpan> spans;
  for (std::uint32_t k = 0; k < tags.size(); ++k) {
    const std::uint32_t i = first + k;
    const int tag = tags[k];
    if (tag >= 1 && tag <= kRoleCount) {
      spans.push_back({i, i + 1, static_cast<Role>(tag - 1)});
    } else if (tag > kRoleCount && !spans.empty() && spans.back().end == i) {
      spans.back().end = i + 1;
    }
  }
  return spans;
}

Result<RoleTagger> RoleTagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return RoleTagger();
  char magic[sizeof kMagic];
  std::uint32_t buckets = 0;
  std::uint32_t tags = 0;
  in.read(magic, sizeof magic);
  in.read(reinterpret_cast<char*>(&buckets), sizeof buckets);
  in.read(reinterpret_cast<char*>(&tags), sizeof tags);
  if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || buckets != kBuckets ||
      tags != kTagCount) {
    return Status(
        StatusCode::kDataError,
        "role tagger weights of another format (rebuild them: sitrep train roles): " + path);
  }
  RoleTagger tagger;
  tagger.weights_.resize(static_cast<std::size_t>(kBuckets) * kTagCount);
  in.read(reinterpret_cast<char*>(tagger.weights_.data()),
          static_cast<std::streamsize>(tagger.weights_.size() * sizeof(float)));
  if (!in) return Status(StatusCode::kDataError, "role tagger weights cut short: " + path);
  return tagger;
}

Status RoleTagger::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const std::uint32_t buckets = kBuckets;
  const std::uint32_t tags = kTagCount;
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(&buckets), sizeof buckets);
  out.write(reinterpret_cast<const char*>(&tags), sizeof tags);
  out.write(reinterpret_cast<const char*>(weights_.data()),
            static_cast<std::streamsize>(weights_.size() * sizeof(float)));
  out.close();
  if (!out) return Status(StatusCode::kIoError, "writing the role tagger weights failed: " + path);
  return Status();
}

RoleTagger RoleTagger::Train(const EventLexicon& lexicon,
                             const std::vector<TaggedSentence>& sentences, int epochs) {
  const std::size_t size = static_cast<std::size_t>(kBuckets) * kTagCount;
  std::vector<float> w(size, 0.0f);
  // The averaged perceptron's running sum, kept as the sum of step × update (Daumé's trick):
  // the average is w - u / steps.
  std::vector<double> u(size, 0.0);
  double step = 1.0;
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937_64 rng(20221);
  // Each sentence's token classes, the same in every epoch.
  std::vector<std::string> marks_of(sentences.size());
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const text::Sentence& sent = sentences[n].text->sentences[sentences[n].sentence];
    marks_of[n] = MarksOf(lexicon, *sentences[n].text, sent.first_token, sent.end_token);
  }
  std::vector<std::uint32_t> feats;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (std::size_t n : order) {
      const TaggedSentence& s = sentences[n];
      const text::Sentence& sent = s.text->sentences[s.sentence];
      const std::string& marks = marks_of[n];
      std::uint8_t prev = 0;
      for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
        const std::uint8_t gold = s.tags[i - sent.first_token];
        Features(*s.text, sent.first_token, sent.end_token, marks, i, prev, feats);
        const std::uint8_t guess = BestTag(w, feats, prev);
        if (guess != gold) {
          for (std::uint32_t f : feats) {
            const std::size_t g = static_cast<std::size_t>(f) * kTagCount + gold;
            const std::size_t b = static_cast<std::size_t>(f) * kTagCount + guess;
            w[g] += 1.0f;
            u[g] += step;
            w[b] -= 1.0f;
            u[b] -= step;
          }
        }
        step += 1.0;
        prev = gold;
      }
    }
  }
  RoleTagger tagger;
  tagger.weights_.resize(size);
  for (std::size_t k = 0; k < size; ++k) {
    tagger.weights_[k] = static_cast<float>(w[k] - u[k] / step);
  }
  return tagger;
}

std::vector<RoleSpan> RoleTagger::Tag(const EventLexicon& lexicon, const text::AnalysedText& t,
                                      std::uint32_t sentence) const {
  if (empty() || sentence >= t.sentences.size()) return {};
  const text::Sentence& sent = t.sentences[sentence];
  const std::string marks = MarksOf(lexicon, t, sent.first_token, sent.end_token);
  // A sentence with no word of an act, a weapon, an actor, a target or a name holds no filler.
  if (marks.find_first_not_of('-') == std::string::npos) return {};
  std::vector<std::uint32_t> feats;
  std::vector<std::uint8_t> tags;
  tags.reserve(sent.end_token - sent.first_token);
  std::uint8_t prev = 0;
  for (std::uint32_t i = sent.first_token; i < sent.end_token; ++i) {
    Features(t, sent.first_token, sent.end_token, marks, i, prev, feats);
    prev = BestTag(weights_, feats, prev);
    tags.push_back(prev);
  }
  return SpansOfTags(tags, sent.first_token);
}

void FillRoles(const RoleTagger& tagger, const EventLexicon& lexicon, const text::AnalysedText& t,
               std::vector<Incident>& incidents) {
  if (tagger.empty() || incidents.empty() || t.sentences.empty()) return;
  auto sentence_at = [&](std::size_t offset) {
    auto it = std::upper_bound(t.sentences.begin(), t.sentences.end(), offset,
                               [](std::size_t o, const text::Sentence& s) { return o < s.begin; });
    return static_cast<std::int64_t>(it - t.sentences.begin()) - 1;
  };
  // Each sentence's incident: the one whose evidence it holds, else the one whose evidence is
  // nearest within kNeighbourSentences (the earlier sentence on a tie; the first incident on a
  // tie of incidents).
  const auto n = static_cast<std::int64_t>(t.sentences.size());
  std::vector<int> owner(t.sentences.size(), -1);
  std::vector<std::int64_t> distance(t.sentences.size(), std::numeric_limits<std::int64_t>::max());
  for (std::size_t k = 0; k < incidents.size(); ++k) {
    for (const Evidence& evidence : incidents[k].evidence) {
      if (evidence.start >= t.text.size()) continue;
      const std::int64_t s = std::max<std::int64_t>(0, sentence_at(evidence.start));
      const std::int64_t lo = std::max<std::int64_t>(0, s - kNeighbourSentences);
      const std::int64_t hi = std::min<std::int64_t>(n - 1, s + kNeighbourSentences);
      for (std::int64_t j = lo; j <= hi; ++j) {
        const std::int64_t d = (j > s ? j - s : s - j) * 2 + (j < s ? 1 : 0);
        if (d < distance[j]) {
          distance[j] = d;
          owner[j] = static_cast<int>(k);
        }
      }
    }
  }
  std::vector<std::array<std::vector<std::string>, kRoleCount>> found(incidents.size());
  for (std::int64_t s = 0; s < n; ++s) {
    if (owner[s] < 0) continue;
    for (const RoleSpan& span : tagger.Tag(lexicon, t, static_cast<std::uint32_t>(s))) {
      if (!Plausible(lexicon, t, span)) continue;
      auto& list = found[owner[s]][static_cast<int>(span.role)];
      std::string words(t.TokenRange(span.first, span.end));
      if (std::find(list.begin(), list.end(), words) == list.end())
        list.push_back(std::move(words));
    }
  }
  for (std::size_t k = 0; k < incidents.size(); ++k) {
    Incident& incident = incidents[k];
    const auto& spans = found[k];
    AddConjoined(incident.target, spans[static_cast<int>(Role::kTarget)]);
    // The other armed side of a fight is no victim.
    const bool armed_other = incident.inter2 != 0 && incident.inter2 != 7;
    if (!armed_other) AddConjoined(incident.actor2_text, spans[static_cast<int>(Role::kVictim)]);
    const auto& weapons = spans[static_cast<int>(Role::kWeapon)];
    if (incident.weapon.empty() && !weapons.empty()) incident.weapon = weapons.front();
  }
}

}  // namespace sitrep::events
