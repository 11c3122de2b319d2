#include "eval/geo.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "eval/xml.h"

namespace sitrep::eval {
namespace {

constexpr std::size_t kMaxTextInErrors = 300;

// Nationality adjectives and demonyms, lower case: general English, not drawn from any corpus.
constexpr std::string_view kNationalityAdjectives[] = {
    "afghan",     "albanian",      "algerian",    "american",    "andorran",   "angolan",
    "argentine",  "argentinian",   "armenian",    "australian",  "austrian",   "azerbaijani",
    "azeri",      "bahamian",      "bahraini",    "bangladeshi", "barbadian",  "belarusian",
    "belgian",    "belizean",      "beninese",    "bhutanese",   "bolivian",   "bosnian",
    "botswanan",  "brazilian",     "british",     "bruneian",    "bulgarian",  "burmese",
    "burundian",  "cambodian",     "cameroonian", "canadian",    "chadian",    "chilean",
    "chinese",    "colombian",     "congolese",   "croatian",    "cuban",      "cypriot",
    "czech",      "danish",        "djiboutian",  "dominican",   "dutch",      "ecuadorian",
    "egyptian",   "emirati",       "english",     "eritrean",    "estonian",   "ethiopian",
    "european",   "fijian",        "filipino",    "finnish",     "french",     "gabonese",
    "gambian",    "georgian",      "german",      "ghanaian",    "greek",      "grenadian",
    "guatemalan", "guinean",       "guyanese",    "haitian",     "honduran",   "hungarian",
    "icelandic",  "indian",        "indonesian",  "iranian",     "iraqi",      "irish",
    "israeli",    "italian",       "ivorian",     "jamaican",    "japanese",   "jordanian",
    "kazakh",     "kenyan",        "korean",      "kosovar",     "kuwaiti",    "kyrgyz",
    "lao",        "laotian",       "latvian",     "lebanese",    "liberian",   "libyan",
    "lithuanian", "luxembourgish", "macedonian",  "malagasy",    "malawian",   "malaysian",
    "maldivian",  "malian",        "maltese",     "mauritanian", "mauritian",  "mexican",
    "moldovan",   "monegasque",    "mongolian",   "montenegrin", "moroccan",   "mozambican",
    "namibian",   "nepalese",      "nepali",      "nicaraguan",  "nigerian",   "nigerien",
    "norwegian",  "omani",         "pakistani",   "palestinian", "panamanian", "paraguayan",
    "peruvian",   "polish",        "portuguese",  "qatari",      "romanian",   "russian",
    "rwandan",    "salvadoran",    "salvadorean", "samoan",      "saudi",      "scottish",
    "senegalese", "serbian",       "singaporean", "slovak",      "slovakian",  "slovenian",
    "somali",     "somalian",      "spanish",     "sudanese",    "surinamese", "swazi",
    "swedish",    "swiss",         "syrian",      "taiwanese",   "tajik",      "tanzanian",
    "thai",       "togolese",      "tongan",      "tunisian",    "turkish",    "turkmen",
    "ugandan",    "ukrainian",     "uruguayan",   "uzbek",       "venezuelan", "vietnamese",
    "welsh",      "yemeni",        "zambian",     "zimbabwean",  "african",    "asian",
    "arab",       "arabian",       "kurdish",     "soviet",      "sovietic",   "chechen",
    "crimean",    "tatar",         "balkan",      "baltic",      "caribbean",  "scandinavian",
    "persian",    "hispanic",      "latino",      "anglo",       "yankee"};

// Types that are not places for sitrep (data/README.md).
bool ExcludedType(std::string_view type) {
  return type == "Non_Literal_Modifier" || type == "Demonym" || type == "Language" ||
         type == "Coercion";
}

// GWN types of spans that are not toponyms at all: a prediction there is a false positive.
bool NotAPlaceType(std::string_view type) {
  return type == "Literal_Expression" || type == "Non_Lit_Expression" || type == "Non_Toponym" ||
         type == "Homonym";
}

// Byte offset of every code point (and one past the end) of `text`.
std::vector<std::size_t> CodePointOffsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

std::string FirstText(const XmlNode& node, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (const XmlNode* child = node.Child(name); child != nullptr && !child->text.empty()) {
      return child->text;
    }
  }
  return {};
}

struct RawToponym {
  long long start = 0;
  long long end = 0;
  std::string name;
  std::string type;
  std::optional<double> latitude;
  std::optional<double> longitude;
};

}  // namespace

bool IsNationalityAdjective(std::string_view word) {
  const std::string w = LowerTrim(word);
  if (w.empty() || w.find(' ') != std::string::npos) return false;
  return std::find(std::begin(kNationalityAdjectives), std::end(kNationalityAdjectives), w) !=
         std::end(kNationalityAdjectives);
}

Result<GeoSet> ParseGeoXml(std::string_view xml) {
  auto root = ParseXml(xml);
  if (!root.ok()) return root.status();
  std::vector<const XmlNode*> articles;
  if ((*root)->name == "article") articles.push_back(root->get());
  (*root)->FindAll("article", articles);

  struct RawArticle {
    std::string text;
    std::string id;
    std::vector<RawToponym> toponyms;
  };
  std::vector<RawArticle> raw;
  for (const XmlNode* article : articles) {
    RawArticle a;
    a.text = article->ChildText("text");
    a.id = article->Attribute("docid");
    if (a.id.empty()) a.id = article->Attribute("file");
    if (a.id.empty()) a.id = "article-" + std::to_string(raw.size());
    std::vector<const XmlNode*> mentions;
    article->FindAll("toponym", mentions);
    article->FindAll("location", mentions);
    for (const XmlNode* m : mentions) {
      RawToponym t;
      const auto start = ParseInt(m->ChildText("start"));
      const auto end = ParseInt(m->ChildText("end"));
      if (!start || !end) continue;
      t.start = *start;
      t.end = *end;
      t.name = FirstText(*m, {"extractedName", "phrase", "name"});
      t.type = m->ChildText("type");
      const XmlNode* coordinates = m->Child("gaztag") != nullptr ? m->Child("gaztag") : m;
      t.latitude = ParseDouble(FirstText(*coordinates, {"latitude", "lat"}));
      t.longitude = ParseDouble(FirstText(*coordinates, {"longitude", "lon"}));
      a.toponyms.push_back(std::move(t));
    }
    raw.push_back(std::move(a));
  }
  if (raw.empty()) return Status(StatusCode::kInvalidArgument, "geo: no <article> elements");

  // Which shift makes the names line up with the text?
  GeoSet set;
  std::array<long long, 2> agree{};
  for (const RawArticle& a : raw) {
    const auto offsets = CodePointOffsets(a.text);
    const long long length = static_cast<long long>(offsets.size()) - 1;
    for (const RawToponym& t : a.toponyms) {
      for (int shift = 0; shift < 2; ++shift) {
        const long long s = t.start - shift;
        const long long e = t.end - shift;
        if (s < 0 || e > length || e <= s) continue;
        const std::size_t bs = offsets[static_cast<std::size_t>(s)];
        const std::size_t be = offsets[static_cast<std::size_t>(e)];
        if (a.text.compare(bs, be - bs, t.name) == 0) ++agree[shift];
      }
    }
  }
  set.offset_shift = agree[1] > agree[0] ? 1 : 0;

  for (RawArticle& a : raw) {
    GeoDocument doc;
    const auto offsets = CodePointOffsets(a.text);
    const long long length = static_cast<long long>(offsets.size()) - 1;
    for (RawToponym& t : a.toponyms) {
      const long long s = t.start - set.offset_shift;
      const long long e = t.end - set.offset_shift;
      if (s < 0 || e > length || e <= s) {
        ++set.dropped;
        continue;
      }
      GeoToponym g;
      g.start = offsets[static_cast<std::size_t>(s)];
      g.end = offsets[static_cast<std::size_t>(e)];
      g.name = std::move(t.name);
      g.type = std::move(t.type);
      g.latitude = t.latitude;
      g.longitude = t.longitude;
      const bool excluded = ExcludedType(g.type) || IsNationalityAdjective(g.name);
      const bool has_coordinates = g.latitude && g.longitude;
      g.counted = !excluded && has_coordinates;
      if (excluded) {
        ++set.excluded;
      } else if (!has_coordinates && NotAPlaceType(g.type)) {
        ++set.not_places;
        continue;  // not gold and not neutral: predicting it is a false positive
      } else if (!has_coordinates) {
        ++set.without_coordinates;
      }
      doc.toponyms.push_back(std::move(g));
    }
    doc.document.id = std::move(a.id);
    doc.document.text = std::move(a.text);
    // The corpora have no usable publication dates; places do not depend on them.
    doc.document.published = Date{2018, 1, 1};
    set.documents.push_back(std::move(doc));
  }
  return set;
}

Result<GeoSet> ReadGeoXml(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseGeoXml(*text);
}

EvalReport ScoreGeo(const GeoSet& set, const PlacesFn& find_places, const EvalOptions& options) {
  EvalReport report;
  const std::size_t n = options.Count(set.documents.size());
  std::vector<Document> documents;
  for (std::size_t i = 0; i < n; ++i) documents.push_back(set.documents[i].document);
  const auto predictions = FindPlacesAll(documents, find_places, options, report);

  Counts toponyms;
  long long neutral_predictions = 0;
  long long references_not_scored = 0;
  std::vector<double> errors;
  for (std::size_t d = 0; d < n; ++d) {
    const auto& gold = set.documents[d].toponyms;
    const auto& predicted = predictions[d];
    const std::string& text = documents[d].text;
    std::vector<Candidate> candidates;
    std::vector<bool> neutral(predicted.size(), false);
    long long counted = 0;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (gold[g].counted) ++counted;
      for (std::size_t p = 0; p < predicted.size(); ++p) {
        const std::size_t overlap_start = std::max(gold[g].start, predicted[p].start);
        const std::size_t overlap_end = std::min(gold[g].end, predicted[p].end);
        if (overlap_end <= overlap_start) continue;
        if (!gold[g].counted) {
          neutral[p] = true;
          continue;
        }
        candidates.push_back({static_cast<int>(g), static_cast<int>(p),
                              -static_cast<double>(overlap_end - overlap_start)});
      }
    }
    const auto pairs = GreedyMatch(std::move(candidates));
    std::vector<bool> gold_hit(gold.size()), predicted_hit(predicted.size());
    for (const auto& [g, p] : pairs) {
      gold_hit[g] = predicted_hit[p] = true;
      const GeoToponym& a = gold[g];
      const PlaceMention& b = predicted[p];
      const double km = b.latitude && b.longitude
                            ? HaversineKm(*a.latitude, *a.longitude, *b.latitude, *b.longitude)
                            : kMaxErrorKm;
      errors.push_back(km);
      if (options.collect_errors && km > 161) {
        report.errors.push_back(
            Json{{"set", "geo"},
                 {"doc", documents[d].id},
                 {"kind", "geocoding"},
                 {"gold", a.name},
                 {"gold_lat", *a.latitude},
                 {"gold_lon", *a.longitude},
                 {"predicted", b.name},
                 {"error_km", km},
                 {"text", Clip(text.substr(b.start > 100 ? b.start - 100 : 0), kMaxTextInErrors)}});
      }
    }
    long long document_fp = 0;
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (predicted_hit[p]) continue;
      if (neutral[p]) {
        ++neutral_predictions;
        continue;
      }
      if (predicted[p].is_reference) {
        // "the city", "the capital": the corpora annotate names only; a reference that meets
        // no gold name is neither right nor wrong.
        ++references_not_scored;
        continue;
      }
      ++document_fp;
      if (options.collect_errors) {
        const PlaceMention& b = predicted[p];
        report.errors.push_back(
            Json{{"set", "geo"},
                 {"doc", documents[d].id},
                 {"kind", "false_positive"},
                 {"mention", b.text},
                 {"resolved", b.name},
                 {"text", Clip(text.substr(b.start > 100 ? b.start - 100 : 0), kMaxTextInErrors)}});
      }
    }
    if (options.collect_errors) {
      for (std::size_t g = 0; g < gold.size(); ++g) {
        if (!gold[g].counted || gold_hit[g]) continue;
        report.errors.push_back(Json{
            {"set", "geo"},
            {"doc", documents[d].id},
            {"kind", "miss"},
            {"gold", gold[g].name},
            {"type", gold[g].type},
            {"text",
             Clip(text.substr(gold[g].start > 100 ? gold[g].start - 100 : 0), kMaxTextInErrors)}});
      }
    }
    toponyms.tp += static_cast<long long>(pairs.size());
    toponyms.fn += counted - static_cast<long long>(pairs.size());
    toponyms.fp += document_fp;
  }
  // Gazetteer coverage, to tell a miss from a gap: each counted gold name looked up on its own
  // (FindPlaces on the bare name), known at all, and resolved within 161 km of the gold point.
  std::vector<std::string> names;
  std::unordered_map<std::string, std::size_t> name_index;
  for (std::size_t d = 0; d < n; ++d) {
    for (const GeoToponym& t : set.documents[d].toponyms) {
      if (t.counted && name_index.emplace(t.name, names.size()).second) names.push_back(t.name);
    }
  }
  std::vector<Document> name_documents;
  for (std::size_t i = 0; i < names.size(); ++i) {
    Document doc;
    doc.id = "geo-name-" + std::to_string(i);
    doc.text = names[i];
    name_documents.push_back(std::move(doc));
  }
  EvalReport name_report;
  const auto name_mentions = FindPlacesAll(name_documents, find_places, options, name_report);
  Share known, near;
  for (std::size_t d = 0; d < n; ++d) {
    for (const GeoToponym& t : set.documents[d].toponyms) {
      if (!t.counted) continue;
      bool any = false, close = false;
      for (const PlaceMention& m : name_mentions[name_index.at(t.name)]) {
        if (!m.latitude || !m.longitude) continue;
        any = true;
        close = close || HaversineKm(*t.latitude, *t.longitude, *m.latitude, *m.longitude) <= 161;
      }
      known.Add(any);
      near.Add(close);
    }
  }

  Json& s = report.scores;
  s["set"] = "geo";
  s["documents"] = n;
  s["failed_documents"] = report.failed_documents;
  s["offset_shift"] = set.offset_shift;
  s["gold_dropped_bad_offsets"] = set.dropped;
  s["gold_excluded"] = set.excluded;
  s["gold_without_coordinates"] = set.without_coordinates;
  s["annotated_non_places"] = set.not_places;
  s["neutral_predictions"] = neutral_predictions;
  s["references_not_scored"] = references_not_scored;
  s["gazetteer_coverage"] = {{"method", "FindPlaces on the bare gold name"},
                             {"known", known.Value()},
                             {"known_within_161km", near.Value()}};
  s["toponyms"] = toponyms.ToJson();
  Counts strict = toponyms;
  strict.fp += references_not_scored;
  s["toponyms"]["precision_references_as_fp"] = strict.Precision();
  Json geocoding;
  geocoding["matched"] = errors.size();
  geocoding["accuracy_161km"] = AccuracyAt(errors, 161);
  geocoding["accuracy_25km"] = AccuracyAt(errors, 25);
  geocoding["auc"] = ErrorCurveAuc(errors);
  geocoding["median_error_km"] = Median(errors);
  geocoding["end_to_end_accuracy_161km"] = toponyms.Recall() * AccuracyAt(errors, 161);
  s["geocoding"] = geocoding;
  return report;
}

}  // namespace sitrep::eval
