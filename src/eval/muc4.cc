#include "eval/muc4.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <functional>
#include <regex>
#include <set>

namespace sitrep::eval {
namespace {

constexpr std::size_t kMaxTextInErrors = 3000;

// MUC incident type → the ACLED event types an incident of that kind may be coded as.
struct MucTypeMapping {
  std::string_view muc_type;
  std::array<std::string_view, 3> event_types;
};
constexpr std::array<MucTypeMapping, 6> kMucTypeMap = {{
    {"ATTACK", {"Battles", "Explosions/Remote violence", "Violence against civilians"}},
    {"BOMBING", {"Explosions/Remote violence", "", ""}},
    {"KIDNAPPING", {"Violence against civilians", "", ""}},
    {"ARSON", {"Strategic developments", "Riots", "Violence against civilians"}},
    {"ROBBERY", {"Strategic developments", "Violence against civilians", ""}},
    {"FORCED WORK STOPPAGE", {"Strategic developments", "Protests", ""}},
}};

// MUC-4 templates terrorist acts: violence on civilian, government, economic or law-enforcement
// targets. ACLED battles between armed forces and strategic developments other than looting or
// property destruction (arrests, troop movements, agreements) are outside its scope, so a
// document with only those is not "reported as relevant" in the scope-aware relevance count.
bool InMucScope(const Incident& incident) {
  if (incident.event_type == "Battles") return false;
  if (incident.event_type == "Strategic developments") {
    return incident.sub_event_type == "Looting/property destruction";
  }
  return true;
}

bool TypeCompatible(const MucTemplate& t, const Incident& incident) {
  for (const std::string& type : t.types) {
    for (const MucTypeMapping& m : kMucTypeMap) {
      if (m.muc_type != type) continue;
      for (std::string_view e : m.event_types) {
        if (!e.empty() && e == incident.event_type) return true;
      }
    }
  }
  return false;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// One value line of a filler slot → the entity's alternatives; empty for "-", "*".
MucEntity ParseEntityLine(std::string_view line) {
  MucEntity alternatives;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t open = line.find('"', i);
    if (open == std::string_view::npos) break;
    // C-style escapes inside a string: `"\"SANTA ROSA\" FARM"` is `"SANTA ROSA" FARM`.
    std::string value;
    std::size_t close = open + 1;
    while (close < line.size() && line[close] != '"') {
      if (line[close] == '\\' && close + 1 < line.size()) ++close;
      value += line[close++];
    }
    if (close >= line.size()) break;
    alternatives.push_back(NormaliseMention(value));
    i = close + 1;
    // `"MONSIGNOR": "ARNULFO ROMERO"`: what follows the colon points at another entity.
    std::size_t k = i;
    while (k < line.size() && line[k] == ' ') ++k;
    if (k < line.size() && line[k] == ':') break;
  }
  std::erase_if(alternatives, [](const std::string& a) { return a.empty(); });
  return alternatives;
}

void AddUniqueEntity(std::vector<MucEntity>& entities, MucEntity entity) {
  if (entity.empty()) return;
  std::sort(entity.begin(), entity.end());
  if (std::find(entities.begin(), entities.end(), entity) == entities.end()) {
    entities.push_back(std::move(entity));
  }
}

const std::map<std::string_view, MucRole>& RoleOfSlot() {
  static const std::map<std::string_view, MucRole> kSlots = {
      {"INCIDENT: INSTRUMENT ID", MucRole::kWeapon}, {"PERP: INDIVIDUAL ID", MucRole::kPerpInd},
      {"PERP: ORGANIZATION ID", MucRole::kPerpOrg},  {"PHYS TGT: ID", MucRole::kTarget},
      {"HUM TGT: NAME", MucRole::kVictim},
  };
  return kSlots;
}

// The words of a text for finding a mention in it: upper case, punctuation a space ("FRONT'S"
// holds "FRONT", "M-16" is "M 16" in both), the articles dropped, white space collapsed.
std::string MentionWords(std::string_view text) {
  std::string spaced(text);
  for (char& ch : spaced) {
    if (std::ispunct(static_cast<unsigned char>(ch))) ch = ' ';
  }
  return GttNormalise(spaced);
}

// The key's entities of one role in a document, as GTT builds them: the templates' entities
// in order, one dropped when its alternatives are a subset or a superset of an earlier one's;
// then each alternative kept only if it occurs in the text (upper-cased, white space collapsed),
// normalised (GttNormalise), and an entity with none left dropped.
std::vector<MucEntity> GttEntities(const std::vector<const std::vector<MucEntity>*>& per_template,
                                   const std::string& text) {
  auto subset = [](const MucEntity& a, const MucEntity& b) {
    return std::all_of(a.begin(), a.end(), [&](const std::string& x) {
      return std::find(b.begin(), b.end(), x) != b.end();
    });
  };
  std::vector<MucEntity> merged;
  for (const auto* entities : per_template) {
    for (const MucEntity& e : *entities) {
      const bool seen = std::any_of(merged.begin(), merged.end(), [&](const MucEntity& m) {
        return subset(e, m) || subset(m, e);
      });
      if (!seen) merged.push_back(e);
    }
  }
  std::vector<MucEntity> out;
  for (const MucEntity& e : merged) {
    MucEntity kept;
    for (const std::string& alternative : e) {
      if (text.find(alternative) == std::string::npos) continue;
      std::string n = GttNormalise(alternative);
      if (!n.empty() && std::find(kept.begin(), kept.end(), n) == kept.end()) {
        kept.push_back(std::move(n));
      }
    }
    if (!kept.empty()) out.push_back(std::move(kept));
  }
  return out;
}

// Predicted mentions against key entities, GTT style: one-to-one with the largest number of
// pairs (GTT's optimal assignment; Kuhn's augmenting paths here, the sets are small).
Counts ScoreGtt(const std::vector<std::string>& predicted, const std::vector<MucEntity>& gold,
                bool lenient) {
  std::vector<std::vector<int>> options(predicted.size());
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (MentionMatches(predicted[p], gold[g], lenient)) options[p].push_back(static_cast<int>(g));
    }
  }
  std::vector<int> owner(gold.size(), -1);
  std::function<bool(int, std::vector<bool>&)> augment = [&](int p, std::vector<bool>& seen) {
    for (int g : options[p]) {
      if (seen[g]) continue;
      seen[g] = true;
      if (owner[g] < 0 || augment(owner[g], seen)) {
        owner[g] = p;
        return true;
      }
    }
    return false;
  };
  Counts c;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    std::vector<bool> seen(gold.size(), false);
    if (augment(static_cast<int>(p), seen)) ++c.tp;
  }
  c.fp = static_cast<long long>(predicted.size()) - c.tp;
  c.fn = static_cast<long long>(gold.size()) - c.tp;
  return c;
}

// Whether an incident's perpetrator (actor1_text) fills PerpOrg rather than PerpInd, decided
// from the incident alone (never from the key): a named group or a state's force named as a
// body ("the army", "the national police") is an organisation; people of no named group
// ("gunmen", "guerrillas", actor1 "Unidentified ...") and a force named by its members
// ("soldiers", "policemen") are individuals.
bool PerpIsOrganisation(const Incident& incident) {
  const std::string& name = incident.actor1;
  if (name.empty() || name.starts_with("Unidentified") || name.starts_with("Civilians") ||
      name.starts_with("Protesters") || name.starts_with("Rioters")) {
    return false;
  }
  if (name.starts_with("Military Forces") || name.starts_with("Police Forces")) {
    static constexpr std::array<std::string_view, 9> kBodies = {
        "ARMY", "FORCES", "FORCE", "MILITARY", "POLICE", "GUARD", "NAVY", "COMMAND", "BRIGADE"};
    const std::string text = GttNormalise(incident.actor1_text);
    const std::size_t space = text.rfind(' ');
    const std::string head = space == std::string::npos ? text : text.substr(space + 1);
    return std::find(kBodies.begin(), kBodies.end(), head) != kBodies.end();
  }
  return true;
}

// A named group's incident whose perpetrator text names its members, not the group
// ("gunmen" of actor1 "XLF: Xanadu Liberation Front"): the text is
// PerpInd, and the group, as the document names it, PerpOrg. The text names the group when
// its every word is a word of the group's name, or it is words whose head is no plural
// ("Liberation Army of Xanadu", "Red Dawn"); one word of none of the group's names is a member
// ("guerrilla").
bool PerpNamesMembers(const Incident& incident) {
  if (!PerpIsOrganisation(incident) || incident.actor1.starts_with("Military Forces") ||
      incident.actor1.starts_with("Police Forces")) {
    return false;
  }
  const std::string text = GttNormalise(incident.actor1_text);
  const std::string name = " " + GttNormalise(incident.actor1) + " ";
  if (text.empty() || (text.back() != 'S' && text.find(' ') != std::string::npos)) return false;
  for (const std::string& word : Split(text, ' ')) {
    if (word != "OF" && name.find(" " + word + " ") == std::string::npos) return true;
  }
  return false;
}

// The group of actor1 as the document names it: its acronym ("XLF"), else its name, else
// the name in brackets ("XP-RD: Xanadu Party (Red Dawn)": "RED DAWN"),
// the first of these the text (`upper`, NormaliseMention) holds; empty if none.
std::string GroupMention(const std::string& actor, const std::string& upper) {
  std::vector<std::string> forms;
  const std::size_t colon = actor.find(':');
  if (colon != std::string::npos) forms.push_back(actor.substr(0, colon));
  std::string name = colon == std::string::npos ? actor : actor.substr(colon + 1);
  const std::size_t open = name.find('(');
  const std::size_t close = name.find(')', open == std::string::npos ? 0 : open);
  std::string bracket;
  if (open != std::string::npos && close != std::string::npos) {
    bracket = name.substr(open + 1, close - open - 1);
    name = name.substr(0, open);
  }
  forms.push_back(name);
  if (!bracket.empty()) forms.push_back(bracket);
  for (const std::string& form : forms) {
    const std::string n = NormaliseMention(Trim(form));
    if (n.empty()) continue;
    for (std::size_t at = upper.find(n); at != std::string::npos; at = upper.find(n, at + 1)) {
      const bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(upper[at - 1]));
      const std::size_t end = at + n.size();
      const bool stop =
          end >= upper.size() || !std::isalnum(static_cast<unsigned char>(upper[end]));
      if (start && stop) return Trim(form);
    }
  }
  return "";
}

// The people one victim field names together ("ANA RUIZ, OLGA LIS AND PETRO KYRYLENKO"), or the
// things one target field does ("THE BANK, A SHOP AND THE TOWN HALL"): one mention each, as
// GTT's key lists them one entity each.
std::vector<std::string> SplitConjoined(std::string_view text) {
  const std::string upper = NormaliseMention(text);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= upper.size()) {
    std::size_t comma = upper.find(',', start);
    std::size_t conj = upper.find(" AND ", start);
    std::size_t at = std::min(comma, conj);
    // An age between the names ("ANA RUIZ, 20, AND OLGA LIS") is no mention of its own.
    auto keep = [&](std::string part) {
      if (std::any_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
          !part.ends_with(" YEARS OLD")) {
        parts.push_back(std::move(part));
      }
    };
    if (at == std::string::npos) {
      keep(upper.substr(start));
      break;
    }
    keep(upper.substr(start, at - start));
    start = at == conj ? at + 5 : at + 1;
    if (at == comma && upper.compare(start, 5, " AND ") == 0) start += 5;
  }
  return parts;
}

// The part of a document id before "-MUC": "DEV", "TST1", "TST2".
std::string SetOf(const std::string& id) {
  const std::size_t at = id.find("-MUC");
  return at == std::string::npos ? std::string("?") : id.substr(0, at);
}

int MonthNumber(const std::string& name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (name.starts_with(kMonths[i])) return static_cast<int>(i + 1);
  }
  return 0;
}

// The dateline's date: "3 JAN 90", "JUNE 11 89", or "7 FEB" (the year then comes from
// `default_year`). nullopt for "NO DATE" and anything else.
std::optional<Date> ParseDateline(std::string_view head, int default_year) {
  static const std::string kMonth = "(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*";
  static const std::regex kDayMonthYear("\\b(\\d{1,2}) " + kMonth + "(?: (\\d{2}|\\d{4}))?\\b");
  static const std::regex kMonthDayYear("\\b" + kMonth + " (\\d{1,2})(?: (\\d{2}|\\d{4}))?\\b");
  std::match_results<std::string_view::const_iterator> m;
  int day = 0, month = 0, year = default_year;
  if (std::regex_search(head.begin(), head.end(), m, kDayMonthYear)) {
    day = std::stoi(m[1].str());
    month = MonthNumber(m[2].str());
    if (m[3].matched) year = std::stoi(m[3].str());
  } else if (std::regex_search(head.begin(), head.end(), m, kMonthDayYear)) {
    month = MonthNumber(m[1].str());
    day = std::stoi(m[2].str());
    if (m[3].matched) year = std::stoi(m[3].str());
  } else {
    return std::nullopt;
  }
  if (year < 100) year += 1900;
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

// GTT's mention normalisation (the GRIT/GTT eval.py): punctuation removed, the articles
// "a", "an", "the" dropped, white space collapsed; upper case here, as the keys are.
std::string GttNormalise(std::string_view text) {
  std::string out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "A" && word != "AN" && word != "THE") {
      if (!out.empty()) out += ' ';
      out += word;
    }
    word.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      flush();
    } else if (!std::ispunct(c)) {
      word += static_cast<char>(std::toupper(c));
    }
  }
  flush();
  return out;
}

const char* MucRoleName(MucRole role) {
  switch (role) {
    case MucRole::kPerpInd:
      return "PerpInd";
    case MucRole::kPerpOrg:
      return "PerpOrg";
    case MucRole::kTarget:
      return "Target";
    case MucRole::kVictim:
      return "Victim";
    case MucRole::kWeapon:
      return "Weapon";
  }
  return "?";
}

std::vector<Document> ParseMucTexts(std::string_view text) {
  static const std::regex kIdLine(R"(^\s*([A-Z0-9]+-MUC\d-\d{4})\b.*$)");
  std::vector<Document> documents;
  std::optional<Date> last_date;
  std::size_t pos = 0;
  auto finish = [&](Document& doc) {
    const std::size_t dash = doc.text.find("--");
    const std::string_view head =
        std::string_view(doc.text).substr(0, dash == std::string::npos ? 200 : dash);
    auto date = ParseDateline(head, last_date ? last_date->year : 1990);
    if (date) last_date = date;
    doc.published = date ? date : (last_date ? last_date : std::optional<Date>(Date{1990, 1, 1}));
    // Keep the text as it is, trimmed of the blank lines around it.
    doc.text = Trim(doc.text);
    documents.push_back(std::move(doc));
  };
  std::optional<Document> current;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string line(text.substr(pos, end - pos));
    std::smatch m;
    if (line.size() < 60 && std::regex_match(line, m, kIdLine)) {
      if (current) finish(*current);
      current.emplace();
      current->id = m[1].str();
    } else if (current) {
      current->text += line;
      current->text += '\n';
    }
    pos = end + 1;
  }
  if (current) finish(*current);
  return documents;
}

std::map<std::string, std::vector<MucTemplate>> ParseMucKeys(std::string_view text) {
  static const std::regex kSlotLine(R"(^(\d+)\.\s+(\S(?:\S| (?=\S))*)\s*(.*)$)");
  std::map<std::string, std::vector<MucTemplate>> keys;
  std::string document_id;
  MucTemplate current;
  bool in_template = false;
  bool relevant = false;
  std::string slot_name;
  auto flush = [&] {
    if (in_template && relevant && !document_id.empty()) {
      keys[document_id].push_back(std::move(current));
    }
    current = MucTemplate();
    in_template = false;
    relevant = false;
  };
  auto take_value = [&](const std::string& value) {
    std::string v = Trim(value);
    if (slot_name == "MESSAGE: TEMPLATE") {
      relevant = !v.empty() && v != "*";
      current.optional = v.find("OPTIONAL") != std::string::npos;
    } else if (slot_name == "INCIDENT: TYPE") {
      for (const std::string& part : Split(v, '/')) {
        std::string t = NormaliseMention(part);
        if (!t.empty() && t != "*" && t != "-") current.types.push_back(std::move(t));
      }
    } else if (const auto it = RoleOfSlot().find(slot_name); it != RoleOfSlot().end()) {
      if (!v.empty() && v[0] == '?') v = Trim(v.substr(1));
      MucEntity entity = ParseEntityLine(v);
      if (!entity.empty()) AddUniqueEntity(current.fillers[it->second], std::move(entity));
    }
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with(";")) continue;
    std::smatch m;
    if (std::regex_match(line, m, kSlotLine)) {
      slot_name = m[2].str();
      if (slot_name == "MESSAGE: ID") {
        flush();
        in_template = true;
        const std::string id = Trim(m[3].str());
        document_id = id.substr(0, id.find(' '));
        keys.try_emplace(document_id);  // an irrelevant document still has a key
        continue;
      }
      take_value(m[3].str());
    } else if (!line.empty() && std::isspace(static_cast<unsigned char>(line[0])) &&
               !Trim(line).empty()) {
      take_value(line);  // continuation of the previous slot
    }
  }
  flush();
  return keys;
}

Result<std::vector<MucDocument>> ReadMuc4(const std::string& dir, std::size_t* unkeyed) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return Status(StatusCode::kNotFound, "MUC-4: no directory " + dir);
  }
  std::vector<std::filesystem::path> text_files, key_files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name.starts_with("key-")) {
      key_files.push_back(entry.path());
    } else if (name.find("-muc3") != std::string::npos || name.find("-muc4") != std::string::npos) {
      text_files.push_back(entry.path());
    }
  }
  std::sort(text_files.begin(), text_files.end());
  std::sort(key_files.begin(), key_files.end());
  std::map<std::string, std::vector<MucTemplate>> keys;
  for (const auto& path : key_files) {
    auto text = ReadWholeFile(path.string());
    if (!text.ok()) return text.status();
    for (auto& [id, templates] : ParseMucKeys(*text)) {
      auto& slot = keys[id];
      for (auto& t : templates) slot.push_back(std::move(t));
    }
  }
  std::vector<MucDocument> documents;
  std::size_t dropped = 0;
  for (const auto& path : text_files) {
    auto text = ReadWholeFile(path.string());
    if (!text.ok()) return text.status();
    for (Document& doc : ParseMucTexts(*text)) {
      const auto it = keys.find(doc.id);
      if (it == keys.end()) {
        ++dropped;
        continue;
      }
      MucDocument muc;
      muc.document = std::move(doc);
      muc.has_key = true;
      muc.templates = it->second;
      documents.push_back(std::move(muc));
    }
  }
  if (unkeyed != nullptr) *unkeyed = dropped;
  if (documents.empty()) return Status(StatusCode::kNotFound, "MUC-4: no keyed texts in " + dir);
  return documents;
}

EvalReport ScoreMuc4(const std::vector<MucDocument>& muc_documents, const ExtractFn& extract,
                     const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(muc_documents.size());
  std::vector<Document> documents;
  for (std::size_t i = 0; i < n; ++i) documents.push_back(muc_documents[i].document);
  const auto predictions = ExtractAll(documents, extract, options, report);

  std::array<Counts, kMucRoleCount> strict{}, lenient{};
  Counts perp_strict, perp_lenient, incidents, relevance;
  struct SetCounts {
    std::array<Counts, kMucRoleCount> strict{}, lenient{};
    Counts incidents;
  };
  std::map<std::string, SetCounts> by_set;
  long long irrelevant = 0, irrelevant_reported = 0, irrelevant_in_scope = 0, templates = 0;
  for (std::size_t d = 0; d < n; ++d) {
    const auto& temps = muc_documents[d].templates;
    const auto& predicted = predictions[d];
    templates += static_cast<long long>(temps.size());
    const bool gold_relevant = !temps.empty();
    const bool predicted_relevant = !predicted.empty();
    if (gold_relevant && predicted_relevant) ++relevance.tp;
    if (!gold_relevant && predicted_relevant) ++relevance.fp;
    if (gold_relevant && !predicted_relevant) ++relevance.fn;
    if (!gold_relevant) {
      ++irrelevant;
      if (predicted_relevant) ++irrelevant_reported;
      if (std::any_of(predicted.begin(), predicted.end(), InMucScope)) ++irrelevant_in_scope;
    }

    // Document-level role fillers, GTT style: the key's entities found in the text against
    // the distinct predicted mentions, per role.
    std::string text = NormaliseMention(documents[d].text);
    std::array<std::vector<MucEntity>, kMucRoleCount> gold_fillers;
    for (int r = 0; r < kMucRoleCount; ++r) {
      std::vector<const std::vector<MucEntity>*> per_template;
      for (const MucTemplate& t : temps) {
        const auto it = t.fillers.find(static_cast<MucRole>(r));
        if (it != t.fillers.end()) per_template.push_back(&it->second);
      }
      gold_fillers[r] = GttEntities(per_template, text);
    }
    std::array<std::vector<std::string>, kMucRoleCount> mentions;
    // A filler is a mention of the text, as the key's are (GttEntities keeps only alternatives
    // the text holds): a value the text does not hold in words (a weapon the act's verb implies,
    // "small arms" for "shot dead") is no mention.
    const std::string words = " " + MentionWords(text) + " ";
    auto add = [&](MucRole role, const std::string& value) {
      std::string v = GttNormalise(value);
      auto& list = mentions[static_cast<int>(role)];
      if (!v.empty() && words.find(" " + MentionWords(value) + " ") != std::string::npos &&
          std::find(list.begin(), list.end(), v) == list.end()) {
        list.push_back(std::move(v));
      }
    };
    for (const Incident& incident : predicted) {
      // An arrest is no terrorist act (MUC-4 templates none): the force that made it is no
      // perpetrator and the people it held are no victims.
      if (incident.sub_event_type == "Arrests") continue;
      if (PerpNamesMembers(incident)) {
        add(MucRole::kPerpInd, incident.actor1_text);
        add(MucRole::kPerpOrg, GroupMention(incident.actor1, text));
      } else {
        add(PerpIsOrganisation(incident) ? MucRole::kPerpOrg : MucRole::kPerpInd,
            incident.actor1_text);
      }
      for (const std::string& target : SplitConjoined(incident.target)) {
        add(MucRole::kTarget, target);
      }
      // The other armed side of a fight is no human target.
      const bool armed_other = incident.inter2 != 0 && incident.inter2 != 7;
      for (const std::string& victim : SplitConjoined(incident.actor2_text)) {
        if (!armed_other) add(MucRole::kVictim, victim);
      }
      add(MucRole::kWeapon, incident.weapon);
    }
    const std::string set_name = SetOf(documents[d].id);
    for (bool is_lenient : {false, true}) {
      auto& counts = is_lenient ? lenient : strict;
      auto& set_counts = is_lenient ? by_set[set_name].lenient : by_set[set_name].strict;
      for (int r = 0; r < kMucRoleCount; ++r) {
        const Counts c = ScoreGtt(mentions[r], gold_fillers[r], is_lenient);
        counts[r] += c;
        set_counts[r] += c;
      }
      // Perpetrators whichever of the two roles they were put in.
      std::vector<std::string> perps = mentions[static_cast<int>(MucRole::kPerpInd)];
      for (const std::string& m : mentions[static_cast<int>(MucRole::kPerpOrg)]) {
        if (std::find(perps.begin(), perps.end(), m) == perps.end()) perps.push_back(m);
      }
      std::vector<MucEntity> all_perps = gold_fillers[static_cast<int>(MucRole::kPerpInd)];
      for (const auto& e : gold_fillers[static_cast<int>(MucRole::kPerpOrg)]) {
        AddUniqueEntity(all_perps, e);
      }
      (is_lenient ? perp_lenient : perp_strict) += ScoreGtt(perps, all_perps, is_lenient);
    }
    if (options.collect_errors) {
      // The key's entities and the predicted mentions of each role, side by side.
      Json roles = Json::object();
      for (int r = 0; r < kMucRoleCount; ++r) {
        if (gold_fillers[r].empty() && mentions[r].empty()) continue;
        roles[MucRoleName(static_cast<MucRole>(r))] =
            Json{{"key", gold_fillers[r]}, {"predicted", mentions[r]}};
      }
      if (!roles.empty()) {
        report.errors.push_back(Json{
            {"set", "muc4"}, {"doc", documents[d].id}, {"kind", "role_fillers"}, {"roles", roles}});
      }
    }

    // Incident ↔ template matching.
    std::vector<Candidate> candidates;
    for (std::size_t t = 0; t < temps.size(); ++t) {
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        if (!TypeCompatible(temps[t], predicted[p])) continue;
        int shared = 0;
        const Incident& incident = predicted[p];
        const std::pair<MucRole, const std::string*> slots[] = {
            {MucRole::kPerpInd, &incident.actor1_text},
            {MucRole::kPerpOrg, &incident.actor1_text},
            {MucRole::kTarget, &incident.target},
            {MucRole::kVictim, &incident.actor2_text},
            {MucRole::kWeapon, &incident.weapon}};
        for (const auto& [role, value] : slots) {
          const auto it = temps[t].fillers.find(role);
          if (it == temps[t].fillers.end()) continue;
          const std::string v = NormaliseMention(*value);
          for (const MucEntity& e : it->second) {
            if (MentionMatches(v, e, true)) ++shared;
          }
        }
        candidates.push_back({static_cast<int>(t), static_cast<int>(p),
                              -static_cast<double>(shared) + (temps[t].optional ? 0.5 : 0)});
      }
    }
    const auto pairs = GreedyMatch(std::move(candidates));
    std::vector<bool> template_hit(temps.size()), predicted_hit(predicted.size());
    for (const auto& [t, p] : pairs) template_hit[t] = predicted_hit[p] = true;
    incidents.tp += static_cast<long long>(pairs.size());
    Counts& set_incidents = by_set[set_name].incidents;
    set_incidents.tp += static_cast<long long>(pairs.size());
    for (std::size_t t = 0; t < temps.size(); ++t) {
      if (template_hit[t] || temps[t].optional) continue;
      ++incidents.fn;
      ++set_incidents.fn;
      if (options.collect_errors) {
        Json fillers = Json::object();
        for (const auto& [role, entities] : temps[t].fillers) {
          Json list = Json::array();
          for (const auto& e : entities) list.push_back(e);
          fillers[MucRoleName(role)] = list;
        }
        report.errors.push_back(Json{{"set", "muc4"},
                                     {"doc", documents[d].id},
                                     {"kind", "miss"},
                                     {"types", temps[t].types},
                                     {"fillers", fillers},
                                     {"text", Clip(documents[d].text, kMaxTextInErrors)}});
      }
    }
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (predicted_hit[p]) continue;
      ++incidents.fp;
      ++set_incidents.fp;
      if (options.collect_errors) {
        report.errors.push_back(Json{{"set", "muc4"},
                                     {"doc", documents[d].id},
                                     {"kind", "false_positive"},
                                     {"relevant_document", gold_relevant},
                                     {"predicted", IncidentToJson(predicted[p])}});
      }
    }
  }

  Json& s = report.scores;
  s["set"] = "muc4";
  s["documents"] = n;
  s["failed_documents"] = report.failed_documents;
  s["templates"] = templates;
  s["incidents"] = incidents.ToJson();
  s["relevant_documents"] = relevance.ToJson();
  s["irrelevant_documents"] = irrelevant;
  s["irrelevant_with_incident"] =
      irrelevant == 0 ? 0.0 : static_cast<double>(irrelevant_reported) / irrelevant;
  s["irrelevant_with_incident_in_muc_scope"] =
      irrelevant == 0 ? 0.0 : static_cast<double>(irrelevant_in_scope) / irrelevant;
  for (bool is_lenient : {false, true}) {
    const auto& counts = is_lenient ? lenient : strict;
    Json roles = Json::object();
    Counts micro;
    for (int r = 0; r < kMucRoleCount; ++r) {
      roles[MucRoleName(static_cast<MucRole>(r))] = counts[r].ToJson();
      micro += counts[r];
    }
    roles["Perp (Ind+Org)"] = (is_lenient ? perp_lenient : perp_strict).ToJson();
    roles["micro"] = micro.ToJson();
    s[is_lenient ? "role_fillers_lenient" : "role_fillers"] = roles;
  }
  // The same per part of the corpus (dev, tst1, tst2) and for the test sets together.
  if (by_set.contains("TST1") && by_set.contains("TST2")) {
    SetCounts& both = by_set["TST1+TST2"];
    for (const char* name : {"TST1", "TST2"}) {
      const SetCounts& one = by_set[name];
      for (int r = 0; r < kMucRoleCount; ++r) {
        both.strict[r] += one.strict[r];
        both.lenient[r] += one.lenient[r];
      }
      both.incidents += one.incidents;
    }
  }
  Json sets = Json::object();
  for (const auto& [name, c] : by_set) {
    Json one = Json::object();
    one["incidents"] = c.incidents.ToJson();
    for (bool is_lenient : {false, true}) {
      Json roles = Json::object();
      Counts micro;
      for (int r = 0; r < kMucRoleCount; ++r) {
        const Counts& x = is_lenient ? c.lenient[r] : c.strict[r];
        roles[MucRoleName(static_cast<MucRole>(r))] = x.ToJson();
        micro += x;
      }
      roles["micro"] = micro.ToJson();
      one[is_lenient ? "role_fillers_lenient" : "role_fillers"] = roles;
    }
    sets[name] = one;
  }
  s["by_set"] = sets;
  return report;
}

}  // namespace sitrep::eval
