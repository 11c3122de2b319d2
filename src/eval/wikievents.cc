#include "eval/wikievents.h"

#include <array>
#include <map>

namespace sitrep::eval {
namespace {

constexpr std::array<const char*, kWikiRoleCount> kRoleNames = {"Attacker", "Target", "Victim",
                                                                "Place"};

// The filler role of a KAIROS argument, or -1.
int RoleOf(std::string_view event_type, std::string_view role) {
  const bool attack = event_type.starts_with("Conflict.Attack");
  const bool die_or_injure =
      event_type.starts_with("Life.Die") || event_type.starts_with("Life.Injure");
  if (!attack && !die_or_injure) return -1;
  if (role == "Attacker" || role == "Killer" || role == "Injurer") return 0;
  if (attack && role == "Target") return 1;
  if (die_or_injure && role == "Victim") return 2;
  if (role == "Place") return 3;
  return -1;
}

void AddEntity(std::vector<std::vector<std::string>>& entities, const std::string& mention) {
  const std::string m = NormaliseMention(mention);
  if (m.empty()) return;
  for (const auto& e : entities) {
    if (e.front() == m) return;
  }
  entities.push_back({m});
}

const char* ClassName(ConflictClass c) {
  switch (c) {
    case ConflictClass::kAttack:
      return "attack";
    case ConflictClass::kDemonstrate:
      return "demonstrate";
    case ConflictClass::kNone:
      break;
  }
  return "none";
}

}  // namespace

ConflictClass ConflictClassOfKairos(std::string_view event_type) {
  if (event_type.starts_with("Conflict.Attack")) return ConflictClass::kAttack;
  if (event_type.starts_with("Conflict.Demonstrate")) return ConflictClass::kDemonstrate;
  return ConflictClass::kNone;
}

ConflictClass ConflictClassOfAcled(std::string_view event_type) {
  if (event_type == "Battles" || event_type == "Explosions/Remote violence" ||
      event_type == "Violence against civilians") {
    return ConflictClass::kAttack;
  }
  if (event_type == "Protests" || event_type == "Riots") return ConflictClass::kDemonstrate;
  return ConflictClass::kNone;
}

Result<WikiDocument> ParseWikiEventsLine(std::string_view line) {
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Status(StatusCode::kInvalidArgument, "WikiEvents: a line is not a JSON object");
  }
  WikiDocument doc;
  doc.document.id = j.value("doc_id", std::string());
  doc.document.published = Date{2020, 1, 1};
  const auto sentences = j.find("sentences");
  if (sentences == j.end() || !sentences->is_array()) {
    return Status(StatusCode::kInvalidArgument, "WikiEvents: no sentences", doc.document.id);
  }
  // Rebuild the text and locate each token in it.
  std::vector<std::pair<std::size_t, std::size_t>> token_bytes;
  std::string& text = doc.document.text;
  for (const auto& sentence : *sentences) {
    if (!sentence.is_array() || sentence.size() < 2 || !sentence[1].is_string() ||
        !sentence[0].is_array()) {
      return Status(StatusCode::kInvalidArgument, "WikiEvents: bad sentence", doc.document.id);
    }
    if (!text.empty()) text.push_back('\n');
    const std::size_t base = text.size();
    const std::string sentence_text = sentence[1].get<std::string>();
    text += sentence_text;
    std::size_t pos = 0;
    for (const auto& token : sentence[0]) {
      const std::string t = token.is_array() && !token.empty() && token[0].is_string()
                                ? token[0].get<std::string>()
                                : std::string();
      std::size_t at = t.empty() ? std::string::npos : sentence_text.find(t, pos);
      if (at == std::string::npos) at = pos;  // keep indices aligned even if a token is odd
      token_bytes.emplace_back(base + at, base + at + t.size());
      pos = at + t.size();
    }
  }
  std::map<std::string, std::string> entity_text;
  if (const auto entities = j.find("entity_mentions");
      entities != j.end() && entities->is_array()) {
    for (const auto& e : *entities) {
      if (!e.is_object()) continue;
      const auto start = e.value("start", -1);
      const auto end = e.value("end", -1);
      if (start < 0 || end <= start || static_cast<std::size_t>(end) > token_bytes.size()) continue;
      const std::size_t b = token_bytes[static_cast<std::size_t>(start)].first;
      const std::size_t f = token_bytes[static_cast<std::size_t>(end - 1)].second;
      entity_text[e.value("id", std::string())] = f > b ? text.substr(b, f - b) : std::string();
    }
  }
  if (const auto events = j.find("event_mentions"); events != j.end() && events->is_array()) {
    for (const auto& e : *events) {
      if (!e.is_object()) continue;
      WikiEvent event;
      event.type = e.value("event_type", std::string());
      event.conflict = ConflictClassOfKairos(event.type);
      if (const auto trigger = e.find("trigger"); trigger != e.end() && trigger->is_object()) {
        const auto start = trigger->value("start", -1);
        const auto end = trigger->value("end", -1);
        if (start >= 0 && end > start && static_cast<std::size_t>(end) <= token_bytes.size()) {
          event.trigger_start = token_bytes[static_cast<std::size_t>(start)].first;
          event.trigger_end = token_bytes[static_cast<std::size_t>(end - 1)].second;
          event.trigger = text.substr(event.trigger_start, event.trigger_end - event.trigger_start);
        }
      }
      if (const auto args = e.find("arguments"); args != e.end() && args->is_array()) {
        for (const auto& a : *args) {
          if (!a.is_object()) continue;
          const int role = RoleOf(event.type, a.value("role", std::string()));
          if (role < 0) continue;
          const auto it = entity_text.find(a.value("entity_id", std::string()));
          AddEntity(doc.fillers[role],
                    it != entity_text.end() ? it->second : a.value("text", std::string()));
        }
      }
      doc.events.push_back(std::move(event));
    }
  }
  return doc;
}

Result<std::vector<WikiDocument>> ReadWikiEvents(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::vector<WikiDocument> documents;
  for (const std::string& line : Split(*text, '\n')) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = ParseWikiEventsLine(line);
    if (!doc.ok()) return doc.status();
    documents.push_back(std::move(*doc));
  }
  return documents;
}

EvalReport ScoreWikiEvents(const std::vector<WikiDocument>& wiki, const ExtractFn& extract,
                           const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(wiki.size());
  std::vector<Document> documents;
  for (std::size_t i = 0; i < n; ++i) documents.push_back(wiki[i].document);
  const auto predictions = ExtractAll(documents, extract, options, report);

  Counts any_present, attack_present, demonstrate_present, events;
  std::array<Counts, kWikiRoleCount> strict{}, lenient{};
  long long gold_conflict_events = 0;
  for (std::size_t d = 0; d < n; ++d) {
    const WikiDocument& gold = wiki[d];
    const auto& predicted = predictions[d];
    auto present = [](bool g, bool p, Counts& c) {
      if (g && p) ++c.tp;
      if (!g && p) ++c.fp;
      if (g && !p) ++c.fn;
    };
    bool gold_attack = false, gold_demonstrate = false, pred_attack = false,
         pred_demonstrate = false;
    for (const WikiEvent& e : gold.events) {
      gold_attack |= e.conflict == ConflictClass::kAttack;
      gold_demonstrate |= e.conflict == ConflictClass::kDemonstrate;
    }
    for (const Incident& i : predicted) {
      const ConflictClass c = ConflictClassOfAcled(i.event_type);
      pred_attack |= c == ConflictClass::kAttack;
      pred_demonstrate |= c == ConflictClass::kDemonstrate;
    }
    present(gold_attack || gold_demonstrate, pred_attack || pred_demonstrate, any_present);
    present(gold_attack, pred_attack, attack_present);
    present(gold_demonstrate, pred_demonstrate, demonstrate_present);

    // Event mentions: an incident whose evidence covers a trigger of its class.
    std::vector<int> gold_index;
    for (std::size_t g = 0; g < gold.events.size(); ++g) {
      if (gold.events[g].conflict != ConflictClass::kNone)
        gold_index.push_back(static_cast<int>(g));
    }
    gold_conflict_events += static_cast<long long>(gold_index.size());
    std::vector<Candidate> candidates;
    for (std::size_t k = 0; k < gold_index.size(); ++k) {
      const WikiEvent& e = gold.events[gold_index[k]];
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        if (ConflictClassOfAcled(predicted[p].event_type) != e.conflict) continue;
        for (const Evidence& ev : predicted[p].evidence) {
          if (ev.start < e.trigger_end && e.trigger_start < ev.end) {
            candidates.push_back(
                {static_cast<int>(k), static_cast<int>(p), static_cast<double>(ev.end - ev.start)});
          }
        }
      }
    }
    const auto pairs = GreedyMatch(std::move(candidates));
    events.tp += static_cast<long long>(pairs.size());
    events.fp += static_cast<long long>(predicted.size() - pairs.size());
    events.fn += static_cast<long long>(gold_index.size() - pairs.size());
    if (options.collect_errors) {
      std::vector<bool> gold_hit(gold_index.size()), predicted_hit(predicted.size());
      for (const auto& [g, p] : pairs) gold_hit[g] = predicted_hit[p] = true;
      for (std::size_t k = 0; k < gold_index.size(); ++k) {
        if (gold_hit[k]) continue;
        const WikiEvent& e = gold.events[gold_index[k]];
        // The sentence around the trigger.
        const std::size_t from = gold.document.text.rfind('\n', e.trigger_start);
        const std::size_t to = gold.document.text.find('\n', e.trigger_end);
        const std::size_t b = from == std::string::npos ? 0 : from + 1;
        report.errors.push_back(
            Json{{"set", "wikievents"},
                 {"doc", gold.document.id},
                 {"kind", "miss"},
                 {"event_type", e.type},
                 {"trigger", e.trigger},
                 {"text", gold.document.text.substr(
                              b, (to == std::string::npos ? gold.document.text.size() : to) - b)}});
      }
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        if (predicted_hit[p]) continue;
        report.errors.push_back(Json{{"set", "wikievents"},
                                     {"doc", gold.document.id},
                                     {"kind", "false_positive"},
                                     {"predicted", IncidentToJson(predicted[p])}});
      }
    }

    std::array<std::vector<std::string>, kWikiRoleCount> values;
    for (const Incident& i : predicted) {
      const std::string* fields[kWikiRoleCount] = {&i.actor1_text, &i.target, &i.actor2_text,
                                                   &i.location};
      for (int r = 0; r < kWikiRoleCount; ++r) {
        const std::string v = NormaliseMention(*fields[r]);
        if (!v.empty() && std::find(values[r].begin(), values[r].end(), v) == values[r].end()) {
          values[r].push_back(v);
        }
      }
    }
    for (int r = 0; r < kWikiRoleCount; ++r) {
      strict[r] += ScoreMentions(values[r], gold.fillers[r], false);
      lenient[r] += ScoreMentions(values[r], gold.fillers[r], true);
    }
  }
  Json& s = report.scores;
  s["set"] = "wikievents";
  s["documents"] = n;
  s["failed_documents"] = report.failed_documents;
  s["gold_conflict_events"] = gold_conflict_events;
  s["conflict_present"] = any_present.ToJson();
  s[std::string(ClassName(ConflictClass::kAttack)) + "_present"] = attack_present.ToJson();
  s[std::string(ClassName(ConflictClass::kDemonstrate)) + "_present"] =
      demonstrate_present.ToJson();
  s["events"] = events.ToJson();
  for (bool is_lenient : {false, true}) {
    Json roles = Json::object();
    Counts micro;
    for (int r = 0; r < kWikiRoleCount; ++r) {
      const Counts& c = (is_lenient ? lenient : strict)[r];
      roles[kRoleNames[r]] = c.ToJson();
      micro += c;
    }
    roles["micro"] = micro.ToJson();
    s[is_lenient ? "role_fillers_lenient" : "role_fillers"] = roles;
  }
  return report;
}

}  // namespace sitrep::eval
