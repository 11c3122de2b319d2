#include "places/places.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <numbers>
#include <numeric>
#include <fstream>
#include <span>
#include <string_view>
#include <unordered_map>

#include "gazetteer/fold.h"
#include "gazetteer/format.h"
#include "lexicon/tsv.h"

namespace sitrep::places {
namespace {

using gazetteer::EntryKind;
using gazetteer::Gazetteer;
using gazetteer::NameMatch;
using text::AnalysedText;
using text::TokenKind;

std::vector<std::string> Words(const std::string& phrase) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < phrase.size()) {
    auto space = phrase.find(' ', start);
    if (space == std::string::npos) space = phrase.size();
    if (space > start) out.push_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

// Whether `word` is ASCII letters and digits only: its fold is itself in lower case.
bool PlainAscii(std::string_view word) {
  for (char ch : word) {
    const auto b = static_cast<unsigned char>(ch);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) {
      return false;
    }
  }
  return true;
}

// gazetteer::AppendFolded, the short way for a plain ASCII word (most tokens).
void AppendFoldedWord(std::string_view word, std::string& out) {
  if (!PlainAscii(word)) {
    gazetteer::AppendFolded(word, out);
    return;
  }
  const std::size_t at = out.size();
  out += word;
  for (std::size_t k = at; k < out.size(); ++k) {
    if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] - 'A' + 'a');
  }
}

// gazetteer::FoldKey, the short way for a plain ASCII word.
std::string FoldWord(std::string_view word) {
  if (!PlainAscii(word)) return gazetteer::FoldKey(word);
  std::string out;
  AppendFoldedWord(word, out);
  return out;
}

// Whether two short codes (ISO country codes) are the same, compared in place: cheaper than
// memcmp for two letters.
bool SameCode(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// What a word can be, per the tables: one hash lookup per token gives all.
enum Role : std::uint16_t {
  kPre = 1, kFeature = 2, kCapital = 4, kOrgBefore = 8, kOrgAfter = 16, kTitle = 32, kStop = 64,
  kGiven = 128, kRegionWord = 256, kConnector = 512, kSpeech = 1024, kThingAfter = 2048,
  kCommon = 4096,
  kNearEnd = 8192,  // the last word of a phrase of nearness ("near", "outskirts of")
  kContact = 16384,  // a verb of talking with someone ("talked to X": a person)
};

// How much a namesake loses per tenfold distance from the places the text pins down.
constexpr double kProximityWeight = 0.5;
// What lying in an active conflict theatre is worth to a namesake (about two size classes).
constexpr double kTheatreWeight = 1.0;
// What lying on the front line of the day is worth to a namesake, falling off with the log of the
// distance to nothing at kFrontReachKm.
constexpr double kFrontWeight = 2.0;
constexpr double kFrontReachKm = 150;
// A place at least this close to the front of the day (FrontCloseness; about 30 km from a line
// of weight 1) is where the war is: a name of it needs no other context to be the place.
constexpr double kFrontContext = 0.5;
// What a namesake gains when another name of the text can be a place within kLocalKm of it:
// local news names neighbouring places ("Moscow" beside "Latah County" is the Idaho town). About
// what a world city's fame is worth.
constexpr double kLocalWeight = 3.0;
constexpr double kLocalKm = 40;
// What a namesake gains in a region of the focus country where the first pass placed another
// name of the text ("Paris ... Dallas": the Texas Paris). A world city's fame still wins alone.
constexpr double kRegionMateWeight = 3.0;
// What a namesake gains in the region its own phrase names ("X in the Kharkiv region") where the
// sentence names other regions too: more than neighbours, region mates and the front together.
constexpr double kOwnRegionWeight = 10.0;
// What a namesake gains when another name of the text was resolved to it without doubt (its
// region named, or no namesake at all): one sense per text ("Alexandria City ... Alexandria").
constexpr double kPinnedWeight = 3.0;
// What a namesake gains in or within kBorderKm of the region an armed group the text names is
// named after.
constexpr double kGroupRegionWeight = 2.0;
// What a namesake gains on the side of a held area's line that a sentence names as a side's
// ground ("fired at <holder> positions near X": X inside the area; the opponent's: outside it,
// within its reach).
constexpr double kPositionSideWeight = 2.0;
// How far across a held area's outline a side's ground may reach: the outline is drawn to a few
// km, and the places either side of it within that distance may be held by either.
constexpr double kSideDoubtKm = 5.0;

// A town written beside a region it does not lie in, but within this distance of one of the
// region's settlements, is that town (the region misnamed across the border).
constexpr double kBorderKm = 25;

// One candidate span before resolution.
struct Raw {
  std::uint32_t first = 0, end = 0;  // tokens of the name
  std::uint32_t span_end = 0;        // end including a region word
  std::vector<gazetteer::Candidate> candidates;
  int region_level = 0;              // "X region" (1) / "X district" (2)
  MentionKind kind = MentionKind::kName;
  std::string country_hint;          // "Ukraine's X", "the Ukrainian city of X"
  bool supported = false;            // a preposition or descriptor says a place follows
  bool capital_hint = false;         // "the capital city of X", "X, the capital"
  bool sentence_start = false;       // a single word opening a sentence (capitalised anyway)
  bool numbered_part = false;        // "Zolote-5" found as "Zolote": near it, not in it
  std::string district;              // "Kyiv's Podilskyi district": the city's district
  bool pinned = false;               // resolved without doubt: one candidate, or its region named
  std::vector<float> lines_and_neighbours;  // per candidate: front line and neighbour bonuses
  // Where its candidates' Priors start in Annotator::priors_, and for how many candidates,
  // worked out the first time they are asked for and again when the candidates change (a
  // spelling variant or a namesake added later; SetCandidates for a list replaced).
  static constexpr std::uint32_t kNoPriors = 0xFFFFFFFFu;
  mutable std::uint32_t priors_at = kNoPriors;
  mutable std::uint32_t priors_count = 0;
  void SetCandidates(std::vector<gazetteer::Candidate>&& list) {
    candidates = std::move(list);
    priors_at = kNoPriors;
  }
  std::optional<std::uint32_t> entry;  // resolved
  Precision precision = Precision::kTown;
  float score = 0;
  std::uint32_t sentence = 0;
};

class Annotator {
 public:
  Annotator(const Gazetteer& g, const PlaceTables& t, const AnalysedText& text,
            std::optional<Date> published)
      : g_(g), t_(t), text_(text), published_(published) {
    for (const auto& t : t_.theatres) {
      if (published_ && t.first <= *published_ && *published_ <= t.last) theatres_.push_back(&t);
    }
    for (const auto& f : t_.fronts) {
      if (!published_ || *published_ < f.first || f.last < *published_) continue;
      fronts_.push_back(&f);
      for (const auto& [latitude, longitude] : f.points) {
        front_box_[0] = std::min(front_box_[0], latitude);
        front_box_[1] = std::max(front_box_[1], latitude);
        front_box_[2] = std::min(front_box_[2], longitude);
        front_box_[3] = std::max(front_box_[3], longitude);
      }
    }
  }

  std::vector<PlaceMention> Run();

 private:
  bool IsWord(std::uint32_t i) const {
    return i < text_.tokens.size() && text_.tokens[i].kind == TokenKind::kWord;
  }
  bool IsCap(std::uint32_t i) const { return IsWord(i) && text_.tokens[i].capitalised; }
  // Whether the capitalised word at i, which names no place, is written elsewhere in the text
  // on its own, between words that are not capitalised or after a title ("... Putin said", "Mr
  // Putin"): a surname, not part of a longer name.
  bool SurnameAlone(std::uint32_t i) const {
    const auto n = static_cast<std::uint32_t>(text_.tokens.size());
    if (i >= n || !IsCap(i) || g_.Find(gazetteer::FoldKey(text_.TokenText(i))).found) {
      return false;
    }
    // Run fills roles_ and hashes_ in one pass, so the words after i are read afresh here.
    for (std::uint32_t j = 1; j + 1 < n; ++j) {
      if (j == i || !IsCap(j) || text_.lower[j] != text_.lower[i] || IsCap(j + 1) ||
          text_.tokens[j - 1].kind != TokenKind::kWord) {
        continue;
      }
      if (!IsCap(j - 1) || (t_.roles.Get(gazetteer::format::Hash(text_.lower[j - 1])) & kTitle)) {
        return true;
      }
    }
    return false;
  }
  const std::string& Lower(std::uint32_t i) const { return text_.lower[i]; }
  bool Has(std::uint32_t i, std::uint16_t r) const {
    return i < roles_.size() && (roles_[i] & r) != 0;
  }
  bool LowerIs(std::uint32_t i, std::string_view w) const {
    return i < text_.tokens.size() && text_.lower[i] == w;
  }
  bool SentenceStart(std::uint32_t i) const {
    const auto& s = text_.sentences[text_.tokens[i].sentence];
    if (i == s.first_token) return true;
    // After an opening quote or bracket at the start of a sentence.
    return i == s.first_token + 1 && text_.tokens[i - 1].kind == TokenKind::kPunct;
  }
  std::uint32_t SentenceEnd(std::uint32_t i) const {
    return text_.sentences[text_.tokens[i].sentence].end_token;
  }
  std::uint32_t SentenceFirst(std::uint32_t i) const {
    return text_.sentences[text_.tokens[i].sentence].first_token;
  }
  bool EndsNearPhrase(std::uint32_t before) const;
  bool IsPerson(std::uint32_t first) const;
  bool IsOrganisation(std::uint32_t first, std::uint32_t end) const;
  std::string CountryOfToken(std::uint32_t i) const;  // a country name or demonym at token i
  void FindNames();
  bool NumberedPart(std::uint32_t i);
  // Makes `raw` span token i alone, in its sentence.
  void OneToken(std::uint32_t i, Raw& raw) const {
    raw.first = i;
    raw.end = i + 1;
    raw.span_end = i + 1;
    raw.sentence = text_.tokens[i].sentence;
  }
  std::uint32_t AdminAbbreviation(std::uint32_t i);
  // Gives `level` to the names found so far that form a list ending right before token `end`
  // ("X, Y and" before "Z regions") and can be regions of that level.
  void MarkListRegions(std::uint32_t end, int level);
  // "LIMA, 2 MAY 90 (AGENCY) --": the words a dateline names in parentheses before its dash are
  // its source, a news agency or a station, never a place. Returns the token after the closing
  // parenthesis when token i lies inside one, else i.
  std::uint32_t DatelineSourceEnd(std::uint32_t i);
  // The words of the dateline's source (lower case, hyphenated words in parts) but those of the
  // dateline's place: a name made of them only is the source again, wherever the text names it
  // ("ACCORDING TO AN X DISPATCH").
  std::vector<std::string_view> source_words_;
  bool SourceWord(std::string_view word) const {
    return std::find(source_words_.begin(), source_words_.end(), word) != source_words_.end();
  }
  bool NamesSource(std::uint32_t first, std::uint32_t end) const;
  bool PlaceModifier(std::uint32_t i);
  void FindDescriptors();
  // "Ukraine's second largest city" ending at token i (the word "city"), as a mention of it.
  std::optional<Raw> RankedCity(std::uint32_t i) const;
  void CityDistricts();
  // "Lubenskyi rayon": the district seats (settlements of feature PPLA/PPLA2/PPLC) whose name
  // makes the adjective at token i, when a district word follows it; empty otherwise.
  std::vector<gazetteer::Candidate> DistrictSeats(std::uint32_t i) const;
  // Whether token i lies inside a mention already found ("Podilskyi" of "Kyiv's Podilskyi
  // district").
  bool Covered(std::uint32_t i) const {
    return std::any_of(raws_.begin(), raws_.end(),
                       [&](const Raw& r) { return r.first <= i && i < r.span_end; });
  }
  // Capitalised words from `i` on (at most three) up to a non-capitalised token; their text.
  std::string CapitalisedRun(std::uint32_t i, std::uint32_t limit, std::uint32_t& end) const;
  void ChooseFocus();
  std::optional<double> Prior(const Raw& raw, const gazetteer::Candidate& c) const;
  // Prior of candidate k of `raw`, worked out once per mention.
  std::optional<double> PriorOf(const Raw& raw, std::size_t k) const {
    if (raw.priors_at == Raw::kNoPriors || raw.priors_count != raw.candidates.size()) {
      raw.priors_at = static_cast<std::uint32_t>(priors_.size());
      raw.priors_count = static_cast<std::uint32_t>(raw.candidates.size());
      for (const auto& c : raw.candidates) priors_.push_back(Prior(raw, c));
    }
    return priors_[raw.priors_at + k];
  }
  // The Priors of all mentions' candidates, each mention's in a run of its own (Raw::priors_at).
  mutable std::vector<std::optional<double>> priors_;
  // The candidate with the best Prior: what the name means before the document speaks.
  std::optional<std::uint32_t> Likeliest(const Raw& raw) const;
  // The same for the focus vote of a name borne in several countries: a settlement in a
  // conflict theatre of the day gains what Resolve gives it there ("shelled X" in a war report
  // is the front-line village, not a namesake of the same size abroad).
  std::optional<std::uint32_t> LikeliestForFocus(const Raw& raw) const;
  void Resolve(Raw& raw, std::uint32_t index);
  // Resolve's working space, kept between calls: per country, the largest capital among a
  // name's candidates and the largest other than it; the capitals, as (candidate, size).
  struct CapitalSizes {
    std::string_view country;
    std::uint32_t top_entry = 0;
    long long top = -1, second = -1;
  };
  std::vector<CapitalSizes> capital_sizes_;
  std::vector<std::pair<std::uint32_t, long long>> capitals_;
  void SpellingVariants();
  // A name the index gives only places of under 10,000 outside every conflict theatre of the
  // day, and only as another name of theirs (another language's, another spelling), is as
  // likely a theatre's village written in another romanisation (the consonant skeleton and
  // nearly the same letters, as SpellingVariants): those join the candidates.
  void TheatreVariants();
  // A one-word name the index gives only villages of under 10,000 and only as a generated
  // spelling variant (not as their own or an alternate name) is as likely a surname or a word
  // ("Talmin" for a village Tolmyn), even in a conflict theatre of the day: it stays a place
  // only where the context expects one (ExpectsPlace, strict) or a village lies on or near the
  // front line of the day (kFrontContext).
  void UnsupportedVariants();
  // A preposition, a list after a place, a feature noun or a region around the name. With
  // `strict`, "of" before it (a genitive as often as a place) does not count, nor does a
  // preposition whose object is the noun after the name's possessive ("in Talmin's speech";
  // "in Talmin's district" still counts).
  bool ExpectsPlace(std::uint32_t first, std::uint32_t end, bool strict = false) const;
  bool QualifiedByRegion(std::span<const std::uint32_t> postings, std::uint32_t end) const;
  // The first-level regions named by the one word after a comma that follows the name (at most
  // three tokens of the name's own words or numbers on: "X imeni Y, Region"; not followed by
  // more of a list), when `candidates` are all settlements outside every such region's
  // country; else none.
  std::vector<gazetteer::Candidate> RegionsAfterIfAbroad(
      const std::vector<gazetteer::Candidate>& candidates, std::uint32_t end,
      std::uint32_t sentence_end) const;
  // The population, or for an entry with none, what its size class stands for.
  long long PopulationOrSize(std::uint32_t entry) const;
  // Postings naming a country, a sea, a region (when `regions`) or a city of `min_population`
  // (under its own name only, when `own_names`).
  bool NamesBigPlace(std::span<const std::uint32_t> postings, long long min_population = 100000,
                     bool regions = true, bool own_names = false) const;
  // The same with settlements under their own names only: a common word that is a large city's
  // name ("Reading", "Nice") is that city, one that is only an alternate name in some language
  // ("Part" for Perth) is not. Countries and seas count under any name ("US").
  bool NamesBigPlaceByOwnName(std::span<const std::uint32_t> postings,
                              long long min_population) const {
    return NamesBigPlace(postings, min_population, /*regions=*/false, /*own_names=*/true);
  }
  void NearMisses();
  void Anaphora();
  // "near Verkhnie Pole", "near Staryi Khutir": two one-word names written side by side, with
  // nothing between them and unknown to the index together, are one name of a place the index
  // lacks (an adjective and a noun, a name and its qualifier), not two places: neither is kept.
  void DropJuxtaposedNames();
  // Sorts raws_ by first token as std::sort would (the same order among equals), moving each
  // Raw once: the sort runs on indices.
  void SortRawsByFirst();
  // Fills `p`, a Place fresh from its default constructor, with entry's fields.
  void MakePlace(std::uint32_t entry, Place& p) const;
  // MakePlace's country names: (ISO code, name).
  mutable std::vector<std::pair<std::string, std::string_view>> country_names_;
  bool SettlementLike(std::uint32_t entry) const {
    return g_.Kind(entry) == EntryKind::kSettlement;
  }

  const Gazetteer& g_;
  const PlaceTables& t_;
  const AnalysedText& text_;
  std::optional<Date> published_;
  bool InTheatre(std::uint32_t entry) const;
  std::vector<const PlaceTables::Theatre*> theatres_;  // the theatres of the publication day
  // InTheatre by region (its name in the index, its country), once per region of the text.
  struct TheatreAnswer {
    const char* admin1;
    std::string_view country;
    bool in;
  };
  mutable std::vector<TheatreAnswer> theatre_answers_;
  // 1 on a front line of the day (times the line's weight), falling to 0 at kFrontReachKm and
  // beyond; the largest over the lines of the day.
  double FrontCloseness(std::uint32_t entry) const;
  std::vector<const PlaceTables::Front*> fronts_;  // the lines of the publication day
  // Their bounding box: min and max latitude, min and max longitude.
  std::array<double, 4> front_box_{90, -90, 180, -180};
  std::vector<std::uint16_t> roles_;
  std::unordered_set<std::string_view> persons_;  // surnames named after a given name or title
  // The words the text writes in lower case somewhere, by the hash of their lower case, in an
  // open-addressing table of token indices plus one (0 marks a free slot; a hash of 0 itself is
  // lower_seen_zero_): a capitalised word among them is a common word, not a name. Cheaper to
  // fill than a sorted vector or a node set.
  std::vector<std::uint32_t> lower_seen_;
  bool lower_seen_zero_ = false;
  static std::size_t LowerSlot(std::uint64_t hash) {
    return static_cast<std::size_t>(hash ^ (hash >> 32));
  }
  // Adds word token i, whose hashes_ entry is set.
  void AddLowerSeen(std::uint32_t i) {
    const std::uint64_t hash = hashes_[i];
    if (hash == 0) {
      lower_seen_zero_ = true;
      return;
    }
    const std::size_t mask = lower_seen_.size() - 1;
    for (std::size_t k = LowerSlot(hash) & mask;; k = (k + 1) & mask) {
      if (lower_seen_[k] == 0) {
        lower_seen_[k] = i + 1;
        return;
      }
      if (hashes_[lower_seen_[k] - 1] == hash) return;
    }
  }
  bool LowerSeen(std::uint32_t i) const {
    const std::uint64_t hash = hashes_[i];
    if (hash == 0) return lower_seen_zero_;
    const std::size_t mask = lower_seen_.size() - 1;
    for (std::size_t k = LowerSlot(hash) & mask;; k = (k + 1) & mask) {
      if (lower_seen_[k] == 0) return false;
      if (hashes_[lower_seen_[k] - 1] == hash) return true;
    }
  }
  std::vector<std::uint64_t> hashes_;  // Hash(lower) of each word token
  // The index lookup of gazetteer::FoldKey of token i: for a plain ASCII token its lower case,
  // already made (and for a word, already hashed).
  gazetteer::KeyLookup FindToken(std::uint32_t i) const {
    const std::string_view word = text_.TokenText(i);
    if (!PlainAscii(word)) return g_.Find(gazetteer::FoldKey(word));
    return text_.tokens[i].kind == TokenKind::kWord ? g_.Find(text_.lower[i], hashes_[i])
                                                    : g_.Find(text_.lower[i]);
  }
  // gazetteer::AppendFolded of token i, the same way.
  void AppendFoldedToken(std::uint32_t i, std::string& out) const {
    const std::string_view word = text_.TokenText(i);
    if (PlainAscii(word)) {
      out += text_.lower[i];
    } else {
      gazetteer::AppendFolded(word, out);
    }
  }
  std::vector<Raw> raws_;
  std::vector<std::uint32_t> unknown_;  // capitalised words the gazetteer lacks
  bool shouting_ = false;  // most words are written in capitals (wire text of old)
  std::unordered_map<std::string, double> country_votes_;
  std::string focus_;
  // Points the text pins down without doubt (a name only one place in the focus country bears,
  // a region's seat): among namesakes, the one nearest them is meant.
  struct Anchor {
    std::uint32_t raw;  // index into raws_
    double latitude, longitude;
    double cos_latitude;
  };
  void AddAnchor(std::uint32_t raw, double latitude, double longitude) {
    // A place named again and again anchors once more at most (two copies keep it an anchor
    // for each of its own mentions, which do not count themselves).
    int copies = 0;
    for (const Anchor& a : anchors_) copies += a.latitude == latitude && a.longitude == longitude;
    if (copies >= 2) return;
    anchors_.push_back({raw, latitude, longitude, std::cos(latitude * std::numbers::pi / 180)});
  }
  // Kilometres from an anchor, on the local flat approximation: exact enough for a weight on a
  // log scale, and a fraction of the great-circle formula's cost.
  static double FlatKm(const Anchor& a, double latitude, double longitude) {
    double dlon = std::fabs(longitude - a.longitude);
    if (dlon > 180) dlon = 360 - dlon;
    const double x = dlon * a.cos_latitude, y = latitude - a.latitude;
    return 111.2 * std::sqrt(x * x + y * y);
  }
  // Per sentence: (raw, admin1 entry) of every region candidate named in it.
  std::unordered_map<std::uint32_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>>
      sentence_regions_;
  std::size_t local_count_ = 0;
  std::vector<Anchor> anchors_;
  // Admin1 regions the text names (the best reading of a name is the region).
  std::vector<std::uint32_t> document_regions_;
  // (sentence, admin1 region of the focus country) for every armed group a sentence names that
  // is named after a region ("the Oakland People's Militia", a short name of
  // place_region_groups.tsv): the places the sentence ties to it lie in or near the region, so
  // namesakes there gain kGroupRegionWeight.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> group_regions_;
  void FindGroupRegions();
  // The held areas of the focus country on the publication day, and for every phrase that
  // names the positions of one of their sides ("<side> positions", "the positions of <side>"):
  // its sentence, the first token after it, and the side. Names after the phrase in its sentence
  // lie on that side's ground: namesakes there gain kPositionSideWeight.
  struct PositionSide {
    std::uint32_t sentence = 0, after = 0;
    const std::string* side = nullptr;
  };
  std::vector<const lexicon::HeldArea*> held_areas_;
  std::vector<PositionSide> position_sides_;
  void FindPositionSides();
  // Whether a settlement lies on `side`'s ground of a held area: inside it for its holder,
  // outside it within its reach for its opponent.
  bool OnSide(std::uint32_t entry, const std::string& side) const;
  // Per raw: its likeliest reading is a town or region of the focus country.
  std::vector<bool> local_;
  // Per raw: its likeliest reading (Likeliest), once.
  std::vector<std::optional<std::uint32_t>> likeliest_;
  void FindAnchors();
  // The region written right after a name: "X, Kent", "X village, Kent"; nullptr when none.
  const Raw* AdjacentRegion(const Raw& raw) const;
  // Whether the region mention comes right after the name in a phrase of "in", no comma or
  // conjunction between ("X in the Kharkiv region", "X farther north in the Kharkiv region").
  bool LocatedIn(const Raw& raw, const Raw& region) const;
  // Whether a settlement of admin1 `region` lies within kBorderKm of `entry` (a scan of the
  // index: only for the rare name written beside a region it does not lie in).
  bool NearRegion(std::uint32_t entry, std::uint32_t region) const;
  // The same from a sorted list of the region's settlements kept for the process: for names
  // checked often.
  bool NearSettlementOf(std::uint32_t entry, std::uint32_t region) const;
  // A settlement of admin1 `region` whose name is another romanisation of raw's (the skeleton
  // keys, within the edit distance SpellingVariants allows); the nearest spelling, else none.
  std::optional<std::uint32_t> VariantInRegion(const Raw& raw, std::uint32_t region) const;
  // Whether the first pass placed a name other than raw `index`'s in the region of `entry`.
  bool SameRegionAsAnotherName(std::uint32_t index, std::uint32_t entry) const;
  // Whether another name speaks for `entry` in the second pass: pinned to it, or placed in its
  // region.
  bool SpokenFor(std::uint32_t index, std::uint32_t entry) const;
  // The focus country's towns and areas that the names of the text can be, by grid cell (half a
  // degree of latitude by a degree of longitude), sorted: which other name could lie near a
  // namesake.
  struct LocalPoint {
    std::uint64_t cell;
    std::uint32_t raw, entry;
    bool operator<(const LocalPoint& o) const { return cell < o.cell; }
  };
  std::vector<LocalPoint> local_points_;
  // Second pass: (admin1 entry, raw) of every name placed in the focus country by the first.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> placed_regions_;
  // Second pass: the raws the first pass resolved without doubt (Raw::pinned).
  std::vector<std::uint32_t> pinned_;
  static std::uint64_t Cell(std::int64_t lat_cell, std::int64_t lon_cell) {
    return (static_cast<std::uint64_t>(lat_cell + 1000) << 32) |
           static_cast<std::uint64_t>(lon_cell + 1000);
  }
  // Whether a name of the text other than raw `index`'s can be a place within kLocalKm of
  // `entry`.
  bool LocallySupported(std::uint32_t index, std::uint32_t entry) const;
};

bool Annotator::EndsNearPhrase(std::uint32_t before) const {
  // Skips "the village of" / "the city of" between the cue and the name.
  std::uint32_t at = before;
  if (at >= 2 && LowerIs(at - 1, "of") && Has(at - 2, kFeature)) {
    at -= 2;
    if (at >= 1 && LowerIs(at - 1, "the")) at -= 1;
  }
  // No phrase can end on a word that ends none.
  if (at >= 1 && IsWord(at - 1) && !Has(at - 1, kNearEnd)) return false;
  for (const auto& phrase : t_.near) {
    const auto n = static_cast<std::uint32_t>(phrase.words.size());
    if (n == 0 || at < n) continue;
    bool match = true;
    for (std::uint32_t k = 0; k < n && match; ++k) match = Lower(at - n + k) == phrase.words[k];
    if (match) return true;
  }
  return false;
}

bool Annotator::IsPerson(std::uint32_t first) const {
  if (first == 0) return false;
  const std::uint32_t prev = first - 1;
  if (!IsWord(prev) || text_.tokens[prev].sentence != text_.tokens[first].sentence) return false;
  if (Has(prev, kTitle) && text_.tokens[prev].capitalised) return true;
  if (text_.tokens[prev].capitalised && Has(prev, kGiven)) return true;
  return false;
}

bool Annotator::IsOrganisation(std::uint32_t first, std::uint32_t end) const {
  if (IsCap(end) && Has(end, kOrgAfter)) return true;
  if (IsWord(end) && Has(end, kThingAfter)) return true;
  // "the 'Tver' ship": a name in quotation marks before such a noun names the thing too.
  auto quote = [&](std::uint32_t k) {
    if (k >= text_.tokens.size()) return false;
    const std::string_view q = text_.TokenText(k);
    return q == "'" || q == "\"";
  };
  if (first >= 1 && quote(first - 1) && quote(end) && IsWord(end + 1) &&
      Has(end + 1, kThingAfter)) {
    return true;
  }
  std::uint32_t at = first;
  if (at >= 1 && LowerIs(at - 1, "the")) --at;
  // In text written in capitals "THE MAYOR OF X" may be written "the mayor of X": a title
  // there heads no organisation's name, and X is a place the text names.
  if (at >= 2 && LowerIs(at - 1, "of") && IsCap(at - 2) && Has(at - 2, kOrgBefore) &&
      (!shouting_ || !Has(at - 2, kTitle))) {
    return true;
  }
  return false;
}

std::string Annotator::CountryOfToken(std::uint32_t i) const {
  if (!IsWord(i)) return {};
  for (std::uint32_t p : FindToken(i).postings) {
    auto c = Gazetteer::DecodePosting(p);
    if (g_.Kind(c.entry) == EntryKind::kCountry) return std::string(g_.CountryCode(c.entry));
  }
  return {};
}

// "Zolote-5", "Mine-3": a numbered part of a settlement the index knows only as a whole is
// placed at the whole, as near it.
bool Annotator::NumberedPart(std::uint32_t i) {
  const std::string_view word = text_.TokenText(i);
  const auto dash = word.rfind('-');
  // The whole must be a name of some length: "Su-30", "BM-21", "Kh-101" are weapons.
  if (dash == std::string_view::npos || dash < 4 || dash + 1 == word.size()) return false;
  for (char c : word.substr(dash + 1)) {
    if (c < '0' || c > '9') return false;
  }
  Raw raw;
  for (std::uint32_t p : g_.Find(gazetteer::FoldKey(word.substr(0, dash))).postings) {
    const auto c = Gazetteer::DecodePosting(p);
    if (c.entry < g_.size() && SettlementLike(c.entry)) raw.candidates.push_back(c);
  }
  if (raw.candidates.empty()) return false;
  OneToken(i, raw);
  raw.numbered_part = true;
  raw.supported = true;
  raws_.push_back(std::move(raw));
  return true;
}

std::uint32_t Annotator::DatelineSourceEnd(std::uint32_t i) {
  // A dateline opens the text; its source is a few words.
  constexpr std::uint32_t kDatelineTokens = 30, kSourceTokens = 8;
  const auto n = static_cast<std::uint32_t>(text_.tokens.size());
  if (i == 0 || i >= kDatelineTokens) return i;
  auto punct = [&](std::uint32_t k, std::string_view p) {
    return text_.tokens[k].kind == TokenKind::kPunct && text_.TokenText(k) == p;
  };
  std::uint32_t open = i;
  while (open > 0 && i - open < kSourceTokens && !punct(open - 1, "(") && !punct(open - 1, ")")) {
    --open;
  }
  // A dateline's place or day comes first: "(X) -" opening the text is the dateline's place.
  if (open < 2 || !punct(open - 1, "(") ||
      (text_.tokens[open - 2].kind != TokenKind::kWord &&
       text_.tokens[open - 2].kind != TokenKind::kNumber)) {
    return i;
  }
  std::uint32_t close = i + 1;
  while (close < n && close - i < kSourceTokens && !punct(close, ")") && !punct(close, "(")) {
    ++close;
  }
  if (close + 1 >= n || !punct(close, ")") || text_.tokens[close + 1].kind != TokenKind::kPunct) {
    return i;
  }
  // The text stage writes every dash as "-".
  if (!text_.TokenText(close + 1).starts_with('-')) return i;
  const std::uint32_t first = SentenceFirst(open);
  for (std::uint32_t k = open; k < close; ++k) {
    if (!IsWord(k)) continue;
    const std::string_view word = text_.lower[k];
    for (std::size_t at = 0; at < word.size();) {
      std::size_t dash = word.find('-', at);
      if (dash == std::string_view::npos) dash = word.size();
      const std::string_view part = word.substr(at, dash - at);
      bool in_place = false;
      for (std::uint32_t d = first; d + 1 < open && !in_place; ++d) {
        in_place = text_.lower[d] == part;
      }
      if (!part.empty() && !in_place && !SourceWord(part)) source_words_.push_back(part);
      at = dash + 1;
    }
    if (word.find('-') != std::string_view::npos && !SourceWord(word)) {
      source_words_.push_back(word);
    }
  }
  return close + 1;
}

bool Annotator::NamesSource(std::uint32_t first, std::uint32_t end) const {
  if (source_words_.empty()) return false;
  for (std::uint32_t k = first; k < end; ++k) {
    if (IsWord(k) && !SourceWord(text_.lower[k])) return false;
  }
  return true;
}

void Annotator::MarkListRegions(std::uint32_t end, int level) {
  const EntryKind kind = level == 1 ? EntryKind::kAdmin1 : EntryKind::kAdmin2;
  for (auto it = raws_.rbegin(); it != raws_.rend(); ++it) {
    if (it->kind != MentionKind::kName || it->region_level != 0 || it->span_end >= end ||
        it->sentence != text_.tokens[end].sentence) {
      return;
    }
    for (std::uint32_t k = it->span_end; k < end; ++k) {
      if (text_.TokenText(k) != "," && !LowerIs(k, "and") && !LowerIs(k, "or")) return;
    }
    if (std::none_of(it->candidates.begin(), it->candidates.end(),
                     [&](const gazetteer::Candidate& c) { return g_.Kind(c.entry) == kind; })) {
      return;
    }
    it->region_level = level;
    end = it->first;
  }
}

// "Paris, Ill.", "Allendale, N.J.": a region's abbreviation written with its full stop. Returns
// the token after the mention, or i when there is none.
std::uint32_t Annotator::AdminAbbreviation(std::uint32_t i) {
  const std::string_view word = text_.TokenText(i);
  const bool stop_inside = word.find('.') != std::string_view::npos;
  const bool stop_after = i + 1 < text_.tokens.size() && text_.TokenText(i + 1) == "." &&
                          text_.tokens[i + 1].begin == text_.tokens[i].end;
  if (!stop_inside && !stop_after) return i;
  Raw raw;
  for (std::uint32_t p : g_.Find(gazetteer::AbbreviationKey(word)).postings) {
    const auto c = Gazetteer::DecodePosting(p);
    if (c.entry < g_.size() && g_.Kind(c.entry) == EntryKind::kAdmin1) raw.candidates.push_back(c);
  }
  if (raw.candidates.empty()) return i;
  OneToken(i, raw);
  raw.supported = true;
  raws_.push_back(std::move(raw));
  return i + 1;
}

// "London-based", "Paris-born": the place before a modifier suffix, resolved like a name.
bool Annotator::PlaceModifier(std::uint32_t i) {
  const std::string_view word = text_.TokenText(i);
  const auto dash = word.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  // "London-based": the place before the suffix; "R-Springfield": the place after a party
  // initial.
  std::string_view place;
  const auto first_dash = word.find('-');
  if (t_.modifier_suffixes.count(Lower(i).substr(dash + 1))) {
    place = word.substr(0, dash);
  } else if (first_dash == 1 && t_.party_prefixes.count(Lower(i).substr(0, 1)) &&
             first_dash + 1 < word.size() &&
             std::isupper(static_cast<unsigned char>(word[first_dash + 1]))) {
    place = word.substr(first_dash + 1);
  } else {
    return false;
  }
  Raw raw;
  for (std::uint32_t p : g_.Find(gazetteer::FoldKey(place)).postings) {
    const auto c = Gazetteer::DecodePosting(p);
    if (c.entry < g_.size() && c.match != NameMatch::kDemonym) raw.candidates.push_back(c);
  }
  if (raw.candidates.empty()) return false;
  OneToken(i, raw);
  raws_.push_back(std::move(raw));
  return true;
}

void Annotator::FindNames() {
  // A population no settlement reaches: NamesBigPlace(ByOwnName) then asks for countries and seas.
  constexpr long long kNoSettlement = std::numeric_limits<long long>::max();
  const auto n = static_cast<std::uint32_t>(text_.tokens.size());
  std::string key;
  for (std::uint32_t i = 0; i < n;) {
    if (!IsCap(i)) {
      ++i;
      continue;
    }
    if (const std::uint32_t next = AdminAbbreviation(i); next > i) {
      i = next;
      continue;
    }
    if (const std::uint32_t next = DatelineSourceEnd(i); next > i) {
      i = next;
      continue;
    }
    const std::uint32_t sentence_end = SentenceEnd(i);
    key.clear();
    AppendFoldedToken(i, key);
    auto lookup = g_.Find(key);
    std::uint32_t best_end = lookup.postings.empty() ? i : i + 1;
    auto best = lookup.postings;
    std::size_t best_key_size = best_end == i ? 0 : key.size();
    for (std::uint32_t j = i + 1; lookup.prefix_of_longer && j < sentence_end && j < i + 7; ++j) {
      const auto kind = text_.tokens[j].kind;
      const std::uint32_t previous_length = text_.tokens[j - 1].end - text_.tokens[j - 1].begin;
      if (kind == TokenKind::kPunct && text_.TokenText(j) == "." && previous_length >= 2 &&
          previous_length <= 3 && IsCap(j + 1)) {
        continue;  // "St. Louis", "Ft. Worth": the abbreviation's full stop folds away
      }
      if (kind != TokenKind::kWord && kind != TokenKind::kNumber) break;
      // Inside a name every word is capitalised but for connectors: "Sea of Azov", not
      // "The city".
      if (kind == TokenKind::kWord && !text_.tokens[j].capitalised && !Has(j, kConnector)) break;
      key += ' ';
      AppendFoldedToken(j, key);
      lookup = g_.Find(key);
      if (!lookup.found) break;
      if (!lookup.postings.empty()) {
        best_end = j + 1;
        best = lookup.postings;
        best_key_size = key.size();
      }
    }
    // "Lubenskyi rayon", "Lubenska district": a district named by the adjective of its
    // centre, as Ukraine's raions are, is placed at the centre (ACLED codes it there).
    if (best_end <= i + 1) {
      if (auto seats = DistrictSeats(i); !seats.empty()) {
        Raw raw;
        raw.first = i;
        raw.end = i + 1;
        raw.span_end = i + 2;
        raw.region_level = 2;
        raw.sentence = text_.tokens[i].sentence;
        raw.SetCandidates(std::move(seats));
        if (i >= 1 && Has(i - 1, kPre | kFeature)) raw.supported = true;
        raws_.push_back(std::move(raw));
        i += 2;
        continue;
      }
    }
    if (best_end > i + 1 && t_.stop_phrases.count(key.substr(0, best_key_size))) {
      i = best_end;  // "White House", "El Niño"
      continue;
    }
    if (best_end > i && NamesSource(i, best_end)) {
      i = best_end;
      continue;
    }
    // Text in capitals shows no names: there "THE VILLAGE" is a village, not a place called
    // The Village, and "TOLD US" a pronoun, not the country ("THE US" stays the country).
    if (shouting_) {
      bool all_common = best_end > i + 1;
      for (std::uint32_t k = i; k < best_end && all_common; ++k) {
        all_common = Has(k, kCommon | kStop) || LowerIs(k, "the");
      }
      const bool pronoun = best_end == i + 1 && LowerIs(i, "us") && i >= 1 && IsWord(i - 1) &&
                           !LowerIs(i - 1, "the");
      if (all_common || pronoun) {
        i = best_end;
        continue;
      }
    }
    const std::string& lower = Lower(i);
    if (best_end == i && (NumberedPart(i) || PlaceModifier(i))) {
      ++i;
      continue;
    }
    if (best_end == i) {
      if (!SentenceStart(i) && lower.size() >= 4 && !Has(i, kStop) &&
          !LowerSeen(i)) {
        unknown_.push_back(i);
      }
      ++i;
      continue;
    }
    const bool single = best_end == i + 1;
    // "Sen. Mark Kelly", "Gen. Ana Ruiz": a title cut short opens a person's name, not a place's
    // ("St." is no title: "St. Petersburg").
    if (!single && Has(i, kTitle) && i + 1 < best_end && text_.TokenText(i + 1) == ".") {
      ++i;
      continue;
    }
    // Common words: a single capitalised word that the text also writes in lower case, or a
    // stop word, is not a name ("Police", "May"). In text written in capitals a noun for a
    // kind of place is that noun ("THE CANTON", "THE PORT").
    if (single && (Has(i, kStop | kOrgBefore | kOrgAfter | kTitle) || LowerSeen(i) ||
                   (shouting_ && Has(i, kFeature)))) {
      ++i;
      continue;
    }
    // A common English word ("Grove", "Superior", "Bell") is a place where the context expects
    // one, or where it names a country, a region or a large city; otherwise a word or a name.
    // In text written in capitals a preposition before one says nothing ("WITH THEM"), and a
    // large city's name is that city only after a preposition that governs a place ("IN
    // READING", not "THE READING OF"); a short word there is the word, not a country's initials
    // ("A CAR BOMB").
    if (single && Has(i, kCommon)) {
      const bool place =
          QualifiedByRegion(best, best_end) ||
          (shouting_
               ? text_.TokenText(i).size() > 3 && (NamesBigPlaceByOwnName(best, kNoSettlement) ||
                                                   (ExpectsPlace(i, best_end, /*strict=*/true) &&
                                                    NamesBigPlaceByOwnName(best, 100000)))
               : ExpectsPlace(i, best_end) || NamesBigPlaceByOwnName(best, 100000));
      if (!place) {
        ++i;
        continue;
      }
    }
    // A given name on its own ("Michael", "Mary") likewise; a region or a city that bears one
    // ("Virginia", "Charlotte") stays a place. In text written in capitals only the words
    // around it make one a place, or a country's name ("GEORGE SAID", "IN GEORGE").
    if (single && Has(i, kGiven) && !ExpectsPlace(i, best_end) &&
        !QualifiedByRegion(best, best_end) &&
        (shouting_ ? !NamesBigPlaceByOwnName(best, kNoSettlement) : !NamesBigPlace(best))) {
      ++i;
      continue;
    }
    bool demonym = false;
    Raw raw;
    raw.first = i;
    raw.end = best_end;
    raw.span_end = best_end;
    raw.sentence = text_.tokens[i].sentence;
    raw.candidates.reserve(best.size());
    for (std::uint32_t p : best) {
      auto c = Gazetteer::DecodePosting(p);
      if (c.entry >= g_.size()) continue;
      if (c.match == NameMatch::kDemonym) {
        demonym = true;
        continue;
      }
      raw.candidates.push_back(c);
    }
    if (demonym) {
      // "Ukrainian", "Russian": evidence of the country in focus, never a place. Weaker
      // evidence than a place name: in war reporting the demonym names a side ("Russian
      // forces shelled X") as often as the scene.
      for (std::uint32_t p : best) {
        auto c = Gazetteer::DecodePosting(p);
        if (c.match == NameMatch::kDemonym && !g_.CountryCode(c.entry).empty()) {
          country_votes_[std::string(g_.CountryCode(c.entry))] += 0.25;
        }
      }
      i = best_end;
      continue;
    }
    // "Olena Petrenko": a given name before a capitalised word is a person's name. "Gorky
    // Park": a lone word after an unknown capitalised word belongs to a longer name.
    // A name the tables do not know as a given name, right before an unknown capitalised word,
    // is one too when it is only a village's name ("Viktoriia Koval").
    // In text written in capitals a function word is no part of a name ("IN X", "X FROM").
    auto name_like = [&](std::uint32_t k) {
      return IsCap(k) && (!shouting_ || !Has(k, kStop | kPre | kSpeech));
    };
    const bool unknown_next = name_like(best_end) && best_end < sentence_end &&
                              !Has(best_end, kStop | kTitle | kOrgAfter | kRegionWord) &&
                              !FindToken(best_end).found;
    const bool person_first =
        single && name_like(best_end) &&
        (Has(i, kGiven) || (unknown_next && !NamesBigPlace(best, 10000, /*regions=*/true)));
    const bool inside_longer = single && i >= 1 && name_like(i - 1) && !SentenceStart(i - 1) &&
                               text_.TokenText(i - 1).find('-') == std::string_view::npos &&
                               !Has(i - 1, kStop) && !Has(i - 1, kTitle) &&
                               !FindToken(i - 1).found &&
                               !NamesBigPlace(best, 1000000);  // "By Staff Iran's exports"
    if (IsOrganisation(i, best_end)) {
      i = best_end + 1;  // "Kyiv Post": the head word goes too
      continue;
    }
    if (inside_longer) persons_.insert(text_.lower[i]);  // "Sheryl Sandberg ... Sandberg said"
    // "journalist Viktoriya Koval": after a role noun, even in lower case, a name that is
    // not a large place is the person's.
    const bool after_role = i >= 1 && Has(i - 1, kTitle) && Lower(i - 1).size() > 2 &&
                            !NamesBigPlace(best, 1000000);
    if (raw.candidates.empty() || person_first || inside_longer || after_role || IsPerson(i) ||
        (single && persons_.count(lower))) {
      // "Olena Petrenko", "Kyiv Post", "Bank of Ukraine": skip the whole span.
      i = best_end;
      continue;
    }
    // Short all-capital words ("US", "UK") only as countries.
    if (single && text_.TokenText(i).size() <= 3) {
      bool upper = true;
      for (char c : text_.TokenText(i)) upper = upper && c >= 'A' && c <= 'Z';
      if (upper) {
        std::erase_if(raw.candidates, [&](const gazetteer::Candidate& c) {
          return g_.Kind(c.entry) != EntryKind::kCountry;
        });
        if (raw.candidates.empty()) {
          i = best_end;
          continue;
        }
      }
    }
    // "X, Donetsk": a settlement named before a comma and a first-level region is in that
    // region's country; a name whose settlements all lie abroad is a place the index does not
    // know there (a mine, a hamlet), not the foreign town of that name: it stands for the
    // region, as far as it can be placed.
    if (auto regions = RegionsAfterIfAbroad(raw.candidates, best_end, sentence_end);
        !regions.empty()) {
      raw.SetCandidates(std::move(regions));
    }
    // "X region", "X oblast", "X district".
    if (best_end < sentence_end && IsWord(best_end)) {
      std::string word = Lower(best_end);
      if (word.size() > 1 && word.back() == 's' && !t_.region_words.count(word)) word.pop_back();
      auto rw = t_.region_words.find(word);
      if (rw != t_.region_words.end()) {
        raw.region_level = rw->second;
        raw.span_end = best_end + 1;
        // "X, Y and Z regions": the plural makes every name of the list before it a region of
        // that level, where the name can be one.
        if (word.size() != Lower(best_end).size()) MarkListRegions(i, rw->second);
      }
    }
    // "the city's West Side": a part of the place just spoken of, not a town of that name.
    if (i >= 2 && text_.tokens[i - 1].kind == TokenKind::kPossessive && Has(i - 2, kFeature)) {
      i = best_end;
      continue;
    }
    // "Ukraine's X": the possessor country hints the country of X.
    if (i >= 2 && text_.tokens[i - 1].kind == TokenKind::kPossessive) {
      raw.country_hint = CountryOfToken(i - 2);
    }
    // "in X", "the city X": a preposition or a feature noun right before the name.
    if (i >= 1 && Has(i - 1, kPre | kFeature)) raw.supported = true;
    raw.sentence_start = SentenceStart(i) && single;
    raws_.push_back(std::move(raw));
    i = raws_.back().span_end;
  }
}

std::vector<gazetteer::Candidate> Annotator::DistrictSeats(std::uint32_t i) const {
  std::vector<gazetteer::Candidate> seats;
  // Has(kRegionWord) first: a bit every region word has, cheaper than the table's lookup.
  if (t_.admin2_rules.empty() || !IsWord(i + 1) || !Has(i + 1, kRegionWord) ||
      i + 1 >= SentenceEnd(i)) {
    return seats;
  }
  auto level = t_.region_words.find(Lower(i + 1));
  if (level == t_.region_words.end() || level->second != 2) return seats;
  std::string adjective = Lower(i);
  for (const auto& [variant, masculine] : t_.adjective_endings) {
    if (adjective.size() > variant.size() + 2 && adjective.ends_with(variant)) {
      adjective.replace(adjective.size() - variant.size(), variant.size(), masculine);
      break;
    }
  }
  std::string stem;
  for (const PlaceTables::Admin2Rule& rule : t_.admin2_rules) {
    // Rules that add nothing of their own ("skyi" → "skyi") would take the adjective for a name.
    if (rule.adjective_ending.empty() || rule.name_ending == rule.adjective_ending ||
        adjective.size() <= rule.adjective_ending.size() + 2 ||
        !adjective.ends_with(rule.adjective_ending)) {
      continue;
    }
    stem.assign(adjective, 0, adjective.size() - rule.adjective_ending.size());
    stem += rule.name_ending;
    auto add_seats = [&](const std::string& name) {
      bool added = false;
      for (std::uint32_t p : g_.Find(gazetteer::FoldKey(name)).postings) {
        const auto c = Gazetteer::DecodePosting(p);
        if (c.entry >= g_.size() || g_.Kind(c.entry) != EntryKind::kSettlement ||
            g_.CountryCode(c.entry) != rule.country) {
          continue;
        }
        const std::string_view f = g_.FeatureCode(c.entry);
        if (f != "PPLA" && f != "PPLA2" && f != "PPLC") continue;
        added = true;
        if (std::none_of(seats.begin(), seats.end(),
                         [&](const gazetteer::Candidate& s) { return s.entry == c.entry; })) {
          seats.push_back(c);
        }
      }
      return added;
    };
    if (add_seats(stem)) continue;
    // A two-word name joined by a linking vowel: "<first>o<second>" for "<first>yi <second>".
    for (const auto& [linker, ending] : t_.compound_linkers) {
      for (std::size_t at = stem.find(linker, 3); at != std::string::npos && at + 3 < stem.size();
           at = stem.find(linker, at + 1)) {
        add_seats(stem.substr(0, at) + ending + ' ' + stem.substr(at + linker.size()));
      }
    }
  }
  return seats;
}

std::string Annotator::CapitalisedRun(std::uint32_t i, std::uint32_t limit,
                                      std::uint32_t& end) const {
  std::string words;
  end = i;
  while (end < limit && end < i + 3 && IsCap(end)) {
    if (!words.empty()) words += ' ';
    words += text_.TokenText(end);
    ++end;
  }
  return words;
}

// A city's district, as ACLED names it "City - District": "Donetsk - Petrovskyi", "Kyiv's
// Podilskyi district", "the Obolonskyi district of Kyiv". The mention spans the whole phrase and
// resolves to the city; the district's name is kept for the place's name.
void Annotator::CityDistricts() {
  auto is_district_word = [&](std::uint32_t k) {
    if (!IsWord(k)) return false;
    auto it = t_.region_words.find(Lower(k));
    return it != t_.region_words.end() && it->second == 2;
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> absorbed;  // token spans taken over
  for (Raw& raw : raws_) {
    if (raw.region_level != 0 || raw.kind != MentionKind::kName) continue;
    const std::uint32_t limit = SentenceEnd(raw.first);
    std::uint32_t k = raw.span_end;
    std::uint32_t end = k;
    if (k + 1 < limit && text_.TokenText(k) == "-" && IsCap(k + 1)) {
      // "Donetsk - Petrovskyi" (the dash written apart from the words); not a dateline
      // ("Boston - Police said"): the words must be names, not common words.
      std::string words = CapitalisedRun(k + 1, limit, end);
      bool names = end <= k + 3;
      for (std::uint32_t w = k + 1; w < end; ++w) {
        names = names && !Has(w, kCommon | kStop | kTitle | kGiven | kOrgBefore);
      }
      if (!words.empty() && names) {
        raw.district = words;
        raw.span_end = end;
        absorbed.emplace_back(k + 1, end);
      }
    } else if (k + 2 < limit && text_.tokens[k].kind == TokenKind::kPossessive && IsCap(k + 1)) {
      // "Kyiv's Podilskyi district".
      std::string words = CapitalisedRun(k + 1, limit, end);
      if (!words.empty() && is_district_word(end)) {
        raw.district = words;
        raw.span_end = end + 1;
        absorbed.emplace_back(k + 1, end + 1);
      }
    } else if (raw.first >= 3 && LowerIs(raw.first - 1, "of") && is_district_word(raw.first - 2) &&
               IsCap(raw.first - 3)) {
      // "the Obolonskyi district of Kyiv".
      std::uint32_t start = raw.first - 3;
      while (start > SentenceFirst(raw.first) && raw.first - start < 5 && IsCap(start - 1)) {
        --start;
      }
      std::uint32_t words_end = 0;
      std::string words = CapitalisedRun(start, raw.first - 2, words_end);
      if (!words.empty() && words_end == raw.first - 2) {
        raw.district = words;
        absorbed.emplace_back(start, raw.first);
        raw.first = start;
      }
    }
  }
  if (absorbed.empty()) return;
  // A name found inside a district's words ("Shevchenkivskyi" is also a village) gives way.
  std::erase_if(raws_, [&](const Raw& r) {
    if (!r.district.empty()) return false;
    for (const auto& [first, end] : absorbed) {
      if (r.first >= first && r.first < end) return true;
    }
    return false;
  });
}

// "the eastern Ukrainian city of X", "the capital city of X", "X, Ukraine's second largest city".
void Annotator::FindDescriptors() {
  for (Raw& raw : raws_) {
    std::uint32_t at = raw.first;
    if (at >= 2 && LowerIs(at - 1, "of") && Has(at - 2, kFeature)) {
      raw.supported = true;
      // Walk left over adjectives to a demonym or a possessive country.
      for (std::uint32_t k = at - 2; k > SentenceFirst(raw.first) && k + 6 > at; --k) {
        const std::string country = CountryOfToken(k - 1);
        if (!country.empty()) {
          raw.country_hint = country;
          break;
        }
        if (LowerIs(k - 1, "the") || LowerIs(k - 1, "a")) break;
      }
    }
    if (at >= 2 && LowerIs(at - 1, "of") && Has(at - 2, kCapital)) raw.capital_hint = true;
    if (at >= 3 && LowerIs(at - 1, "of") && LowerIs(at - 2, "city") && Has(at - 3, kCapital)) {
      raw.capital_hint = true;
    }
  }
}

void Annotator::ChooseFocus() {
  std::vector<std::uint32_t> guessed;  // likeliest readings that have had their half vote
  for (const Raw& raw : raws_) {
    std::string_view only;
    bool one_country = true;
    bool country = false;
    for (const auto& c : raw.candidates) {
      if (g_.Kind(c.entry) == EntryKind::kCountry) country = true;
      const std::string_view cc = g_.CountryCode(c.entry);
      if (only.empty()) only = cc;
      else if (cc != only) one_country = false;
    }
    if (country) {
      // A country's name is strong evidence, unless a region elsewhere bears it too
      // ("Georgia"): then a vote each.
      bool region_namesake = false;
      for (const auto& c : raw.candidates) {
        region_namesake = region_namesake || (g_.Kind(c.entry) == EntryKind::kAdmin1 &&
                                              c.match == NameMatch::kPreferred);
      }
      for (const auto& c : raw.candidates) {
        const EntryKind kind = g_.Kind(c.entry);
        if (kind == EntryKind::kCountry) {
          country_votes_[std::string(g_.CountryCode(c.entry))] += region_namesake ? 1 : 2;
        } else if (kind == EntryKind::kAdmin1 && c.match == NameMatch::kPreferred) {
          country_votes_[std::string(g_.CountryCode(c.entry))] += 1;
        }
      }
    } else if (one_country && !only.empty()) {
      country_votes_[std::string(only)] += 1;
    } else if (!raw.candidates.empty()) {
      // Namesakes in several countries: half a vote for the likeliest by itself ("Donetsk" is
      // the city of a million, not the Russian town; "Texas" the state). A guess repeated is
      // no more evidence: once per place ("Naples, Florida ... Naples").
      const auto likeliest = LikeliestForFocus(raw);
      if (likeliest && std::find(guessed.begin(), guessed.end(), *likeliest) == guessed.end()) {
        guessed.push_back(*likeliest);
        country_votes_[std::string(g_.CountryCode(*likeliest))] += 0.5;
      }
    }
    if (!raw.country_hint.empty()) country_votes_[raw.country_hint] += 1;
  }
  double best = 0;
  for (const auto& [cc, votes] : country_votes_) {
    if (votes > best || (votes == best && cc < focus_)) {
      best = votes;
      focus_ = cc;
    }
  }
}

bool Annotator::NamesBigPlace(std::span<const std::uint32_t> postings, long long min_population,
                              bool regions, bool own_names) const {
  for (std::uint32_t p : postings) {
    const auto c = Gazetteer::DecodePosting(p);
    if (c.entry >= g_.size() || c.match == NameMatch::kDemonym) continue;
    switch (g_.Kind(c.entry)) {
      case EntryKind::kCountry:
      case EntryKind::kSea:
        return true;
      case EntryKind::kAdmin1:
        // A region of some weight ("Virginia"), not a parish of the Isle of Man ("Michael").
        if (auto seat = g_.Seat(c.entry); regions && seat && g_.Population(*seat) >= 50000) {
          return true;
        }
        break;
      case EntryKind::kAdmin2:
        break;
      case EntryKind::kSettlement:
        if (own_names && c.match != NameMatch::kPreferred) break;
        if (g_.Population(c.entry) >= min_population) return true;
        break;
    }
  }
  return false;
}

// Whether the words round tokens [first, end) expect a place there: a preposition or "the
// village of" before, "X village" or "X, <region>" after.
bool Annotator::ExpectsPlace(std::uint32_t first, std::uint32_t end, bool strict) const {
  if (first >= 1 && Has(first - 1, kPre)) {
    if (!strict) return true;
    const bool possessive =
        end < text_.tokens.size() && text_.tokens[end].kind == TokenKind::kPossessive;
    if (!LowerIs(first - 1, "of") &&
        (!possessive || (IsWord(end + 1) && Has(end + 1, kFeature | kRegionWord)))) {
      return true;
    }
  }
  // In a list after a place: "Ashford, Millbrook and Pine Hill".
  if (first >= 2 && (text_.TokenText(first - 1) == "," || LowerIs(first - 1, "and") ||
                     LowerIs(first - 1, "or"))) {
    for (const Raw& other : raws_) {
      if (other.span_end == first - 1 && !other.candidates.empty()) return true;
    }
  }
  if (EndsNearPhrase(first)) return true;
  if (first >= 2 && LowerIs(first - 1, "of") && Has(first - 2, kFeature)) return true;
  if (IsWord(end) && (Has(end, kFeature) || Has(end, kRegionWord))) return true;
  if (end + 1 < text_.tokens.size() && text_.TokenText(end) == ",") {
    for (const Raw& other : raws_) {
      if (other.first != end + 1) continue;
      for (const auto& c : other.candidates) {
        if (g_.Kind(c.entry) == EntryKind::kAdmin1) return true;
      }
    }
  }
  return false;
}

bool Annotator::QualifiedByRegion(std::span<const std::uint32_t> postings,
                                  std::uint32_t end) const {
  // "X, Donetsk Oblast": the first-level region after a comma holds one of the places named X.
  // The region is read after X, so it is looked up here, not among the mentions found so far.
  if (end + 1 >= text_.tokens.size() || text_.TokenText(end) != "," || !IsCap(end + 1)) {
    return false;
  }
  for (std::uint32_t q : FindToken(end + 1).postings) {
    const auto region = Gazetteer::DecodePosting(q);
    if (region.entry >= g_.size() || g_.Kind(region.entry) != EntryKind::kAdmin1) continue;
    for (std::uint32_t p : postings) {
      const auto c = Gazetteer::DecodePosting(p);
      if (c.entry < g_.size() && g_.Admin1Entry(c.entry) == region.entry) return true;
    }
  }
  return false;
}

std::vector<gazetteer::Candidate> Annotator::RegionsAfterIfAbroad(
    const std::vector<gazetteer::Candidate>& candidates, std::uint32_t end,
    std::uint32_t sentence_end) const {
  if (candidates.empty()) return {};
  for (const auto& c : candidates) {
    if (!SettlementLike(c.entry)) return {};
  }
  std::uint32_t comma = end;
  while (comma < sentence_end && comma < end + 3 &&
         (text_.tokens[comma].kind == TokenKind::kWord ||
          text_.tokens[comma].kind == TokenKind::kNumber)) {
    ++comma;
  }
  const std::uint32_t region = comma + 1;
  if (region >= sentence_end || text_.TokenText(comma) != "," || !IsCap(region)) return {};
  // The region is one word and no common one ("South Africa" is not the region "South", nor is
  // "North"), and a list does not go on after it ("Moscow, Donetsk and Luhansk").
  if (IsCap(region + 1) || Has(region, kCommon | kStop) || LowerIs(region + 1, "and") ||
      LowerIs(region + 1, "or") ||
      (region + 2 < sentence_end && text_.TokenText(region + 1) == "," && IsCap(region + 2))) {
    return {};
  }
  std::vector<gazetteer::Candidate> regions;
  for (std::uint32_t q : g_.Find(gazetteer::FoldKey(text_.TokenText(region))).postings) {
    const auto r = Gazetteer::DecodePosting(q);
    if (r.entry >= g_.size() || g_.Kind(r.entry) != EntryKind::kAdmin1) continue;
    for (const auto& c : candidates) {
      if (g_.CountryCode(c.entry) == g_.CountryCode(r.entry)) return {};
    }
    regions.push_back(r);
  }
  return regions;
}

// A capitalised name the index does not know, spelt another way: the Ukrainian place of the
// focus country whose name has the same consonant skeleton and nearly the same letters
// ("Ternovakha" for Ternuvakha, "Ozeretino" for Ozeretyne), where the context expects a
// place.
void Annotator::SpellingVariants() {
  std::vector<std::uint32_t> still_unknown;
  std::uint32_t covered_to = 0;
  for (std::uint32_t i : unknown_) {
    if (i < covered_to || Covered(i)) continue;
    if (IsPerson(i) || persons_.count(Lower(i)) || (i >= 1 && Has(i - 1, kGiven))) {
      still_unknown.push_back(i);
      continue;
    }
    // The second word of a longer name the index lacks ("Velyka Zoriana" unknown as a whole)
    // is no place of its own either.
    if (i >= 1 && IsCap(i - 1) && !SentenceStart(i - 1) &&
        !Has(i - 1, kGiven | kTitle | kStop | kCommon | kOrgBefore) &&
        FindToken(i - 1).postings.empty() && !Covered(i - 1)) {
      still_unknown.push_back(i);
      continue;
    }
    // The longest run of capitalised words from i (up to three) whose skeleton the index holds.
    std::uint32_t last = i + 1;
    while (last < i + 3 && last < SentenceEnd(i) && IsCap(last)) ++last;
    bool found = false;
    for (std::uint32_t end = last; end > i && !found; --end) {
      if (IsOrganisation(i, end) || !ExpectsPlace(i, end)) continue;
      // Words that go on with a capitalised word the index does not know are the start of a
      // longer name, not another spelling of a shorter one ("Velyka Zoriana" is not "Velyke").
      if (end < last && !FindToken(end).found) continue;
      std::string folded;
      for (std::uint32_t k = i; k < end; ++k) {
        if (k > i) folded += ' ';
        AppendFoldedToken(k, folded);
      }
      const std::size_t allowed = std::max<std::size_t>(2, folded.size() / 4);
      std::size_t best_distance = allowed + 1;
      std::vector<gazetteer::Candidate> candidates;
      for (const std::string& key : t_.skeleton.Keys(folded)) {
        for (std::uint32_t p : g_.Find(key).postings) {
          const auto c = Gazetteer::DecodePosting(p);
          if (c.entry >= g_.size() || !SettlementLike(c.entry) ||
              (!focus_.empty() && !SameCode(g_.CountryCode(c.entry), focus_))) {
            continue;
          }
          const std::size_t d =
              gazetteer::EditDistance(folded, gazetteer::FoldKey(g_.Name(c.entry)));
          if (d > best_distance) continue;
          if (d < best_distance) candidates.clear();
          best_distance = d;
          if (std::none_of(candidates.begin(), candidates.end(),
                           [&](const auto& x) { return x.entry == c.entry; })) {
            candidates.push_back({c.entry, NameMatch::kVariant});
          }
        }
      }
      if (candidates.empty()) continue;
      Raw raw;
      raw.first = i;
      raw.end = end;
      raw.span_end = end;
      raw.kind = MentionKind::kName;
      raw.SetCandidates(std::move(candidates));
      raw.supported = true;
      raw.sentence = text_.tokens[i].sentence;
      // A shorter name found inside the span ("Krynka" of "Verkhnya Krynka") gives way.
      std::erase_if(raws_, [&](const Raw& r) { return r.first >= i && r.first < end; });
      raws_.push_back(std::move(raw));
      covered_to = end;
      found = true;
    }
    if (!found) still_unknown.push_back(i);
  }
  unknown_ = std::move(still_unknown);
}

void Annotator::TheatreVariants() {
  if (theatres_.empty() || shouting_) return;
  for (Raw& raw : raws_) {
    if (raw.kind != MentionKind::kName || raw.region_level != 0 || raw.candidates.empty() ||
        raw.end != raw.first + 1) {
      continue;
    }
    bool another_name_only = true;
    for (const auto& c : raw.candidates) {
      if (c.match == NameMatch::kPreferred || !SettlementLike(c.entry) || InTheatre(c.entry) ||
          g_.Population(c.entry) >= 10000) {
        another_name_only = false;
        break;
      }
    }
    if (!another_name_only) continue;
    const std::string folded = FoldWord(text_.TokenText(raw.first));
    const std::size_t allowed = std::max<std::size_t>(2, folded.size() / 4);
    for (const std::string& key : t_.skeleton.Keys(folded)) {
      for (std::uint32_t p : g_.Find(key).postings) {
        const auto c = Gazetteer::DecodePosting(p);
        if (c.entry >= g_.size() || !SettlementLike(c.entry) || !InTheatre(c.entry) ||
            gazetteer::EditDistance(folded, gazetteer::FoldKey(g_.Name(c.entry))) > allowed) {
          continue;
        }
        if (std::none_of(raw.candidates.begin(), raw.candidates.end(),
                         [&](const auto& x) { return x.entry == c.entry; })) {
          raw.candidates.push_back({c.entry, NameMatch::kVariant});
        }
      }
    }
  }
}

void Annotator::UnsupportedVariants() {
  for (Raw& raw : raws_) {
    if (raw.kind != MentionKind::kName || raw.region_level != 0 || raw.candidates.empty() ||
        raw.end != raw.first + 1) {
      continue;
    }
    bool small_variants_only = true;
    for (const auto& c : raw.candidates) {
      if (c.match != NameMatch::kVariant || !SettlementLike(c.entry) ||
          PopulationOrSize(c.entry) >= 10000 || FrontCloseness(c.entry) >= kFrontContext) {
        small_variants_only = false;
        break;
      }
    }
    if (!small_variants_only || ExpectsPlace(raw.first, raw.end, /*strict=*/true)) continue;
    // A name that is all its sentence says (a heading, a list item) has no context to judge by.
    bool alone = true;
    for (std::uint32_t k = SentenceFirst(raw.first); k < SentenceEnd(raw.first) && alone; ++k) {
      alone = (k >= raw.first && k < raw.end) || text_.tokens[k].kind == TokenKind::kPunct;
    }
    if (alone) continue;
    raw.candidates.clear();  // Resolve places nothing
  }
}

bool Annotator::InTheatre(std::uint32_t entry) const {
  if (theatres_.empty()) return false;
  const std::string_view country = g_.CountryCode(entry);
  const std::string_view admin1 = g_.Admin1Name(entry);
  for (const TheatreAnswer& a : theatre_answers_) {
    if (a.admin1 == admin1.data() && SameCode(a.country, country)) return a.in;
  }
  bool in = false;
  for (const PlaceTables::Theatre* t : theatres_) {
    in = in || (t->country == country && t->admin1 == admin1);
  }
  theatre_answers_.push_back({admin1.data(), country, in});
  return in;
}

bool Annotator::SpokenFor(std::uint32_t index, std::uint32_t entry) const {
  for (std::uint32_t r : pinned_) {
    if (r != index && raws_[r].entry == entry) return true;
  }
  return SameCode(g_.CountryCode(entry), focus_) && SameRegionAsAnotherName(index, entry);
}

bool Annotator::SameRegionAsAnotherName(std::uint32_t index, std::uint32_t entry) const {
  const auto region = g_.Admin1Entry(entry);
  if (!region) return false;
  for (const auto& [placed, r] : placed_regions_) {
    if (placed != *region || r == index) continue;
    const auto& others = raws_[r].candidates;
    if (std::none_of(others.begin(), others.end(),
                     [&](const gazetteer::Candidate& c) { return c.entry == entry; })) {
      return true;
    }
  }
  return false;
}

const Raw* Annotator::AdjacentRegion(const Raw& raw) const {
  std::uint32_t at = raw.span_end;
  if (IsWord(at) && Has(at, kFeature)) ++at;  // "X village, Kent"
  if (at >= text_.tokens.size() || text_.TokenText(at) != ",") return nullptr;
  auto it = sentence_regions_.find(raw.sentence);
  if (it == sentence_regions_.end()) return nullptr;
  for (const auto& [r, entry] : it->second) {
    if (raws_[r].first == at + 1) return &raws_[r];
  }
  return nullptr;
}

bool Annotator::LocatedIn(const Raw& raw, const Raw& region) const {
  constexpr std::uint32_t kReach = 5;
  if (region.first < raw.span_end || region.first - raw.span_end > kReach) return false;
  bool in = false;
  for (std::uint32_t i = raw.span_end; i < region.first; ++i) {
    const std::string_view w = text_.TokenText(i);
    if (w == "in") in = true;
    if (w == "," || w == ";" || w == "and" || w == "or" || w == "(" || w == ")") return false;
  }
  return in;
}

bool Annotator::LocallySupported(std::uint32_t index, std::uint32_t entry) const {
  if (local_points_.empty()) return false;
  const double latitude = g_.Latitude(entry), longitude = g_.Longitude(entry);
  const auto lat_cell = static_cast<std::int64_t>(std::floor(latitude * 2));
  const auto lon_cell = static_cast<std::int64_t>(std::floor(longitude));
  const Anchor here{index, latitude, longitude, std::cos(latitude * std::numbers::pi / 180)};
  for (std::int64_t dlat = -1; dlat <= 1; ++dlat) {
    for (std::int64_t dlon = -1; dlon <= 1; ++dlon) {
      const LocalPoint key{Cell(lat_cell + dlat, lon_cell + dlon), 0, 0};
      auto [from, to] = std::equal_range(local_points_.begin(), local_points_.end(), key);
      for (auto it = from; it != to; ++it) {
        if (it->raw == index || it->entry == entry ||
            FlatKm(here, g_.Latitude(it->entry), g_.Longitude(it->entry)) > kLocalKm) {
          continue;
        }
        // Another mention of the same name is no neighbour.
        const auto& others = raws_[it->raw].candidates;
        if (std::none_of(others.begin(), others.end(),
                         [&](const gazetteer::Candidate& c) { return c.entry == entry; })) {
          return true;
        }
      }
    }
  }
  return false;
}

std::optional<std::uint32_t> Annotator::VariantInRegion(const Raw& raw,
                                                        std::uint32_t region) const {
  std::string folded;
  for (std::uint32_t k = raw.first; k < raw.end; ++k) {
    if (k > raw.first) folded += ' ';
    gazetteer::AppendFolded(text_.TokenText(k), folded);
  }
  std::size_t best_distance = std::max<std::size_t>(2, folded.size() / 4) + 1;
  std::optional<std::uint32_t> best;
  for (const std::string& key : t_.skeleton.Keys(folded)) {
    for (std::uint32_t p : g_.Find(key).postings) {
      const auto c = Gazetteer::DecodePosting(p);
      if (c.entry >= g_.size() || !SettlementLike(c.entry) || g_.Admin1Entry(c.entry) != region) {
        continue;
      }
      const std::size_t d = gazetteer::EditDistance(folded, gazetteer::FoldKey(g_.Name(c.entry)));
      if (d < best_distance) {
        best_distance = d;
        best = c.entry;
      }
    }
  }
  return best;
}

void Annotator::FindGroupRegions() {
  if (focus_.empty()) return;
  auto add = [&](std::uint32_t k, std::uint32_t region) {
    const std::pair<std::uint32_t, std::uint32_t> item{text_.tokens[k].sentence, region};
    if (std::find(group_regions_.begin(), group_regions_.end(), item) == group_regions_.end()) {
      group_regions_.push_back(item);
    }
  };
  std::vector<const PlaceTables::RegionGroup*> groups;  // those of the focus country
  for (const PlaceTables::RegionGroup& group : t_.region_groups) {
    if (SameCode(group.country, focus_)) groups.push_back(&group);
  }
  static const std::uint64_t kPeople = gazetteer::format::Hash("people");
  const auto n = static_cast<std::uint32_t>(text_.tokens.size());
  for (std::uint32_t k = 0; k < n; ++k) {
    if (!IsWord(k)) continue;
    // "<Region> People's <Republic|Militia>".
    if (k >= 1 && k + 1 < n && hashes_[k] == kPeople && LowerIs(k, "people") &&
        text_.tokens[k + 1].kind == TokenKind::kPossessive && IsCap(k - 1)) {
      for (std::uint32_t p : FindToken(k - 1).postings) {
        const auto c = Gazetteer::DecodePosting(p);
        if (c.entry < g_.size() && g_.Kind(c.entry) == EntryKind::kAdmin1 &&
            c.match != NameMatch::kDemonym && SameCode(g_.CountryCode(c.entry), focus_)) {
          add(k, c.entry);
        }
      }
    }
    if (!t_.region_group_bits[hashes_[k] % 1024]) continue;  // most words
    for (const PlaceTables::RegionGroup* group : groups) {
      if (hashes_[k] != group->first_hash || k + group->words.size() > n) continue;
      bool match = true;
      for (std::size_t w = 0; w < group->words.size() && match; ++w) {
        match = text_.lower[k + w] == group->words[w];
      }
      if (!match) continue;
      for (const auto& c : g_.Lookup(group->region)) {
        if (c.entry < g_.size() && g_.Kind(c.entry) == EntryKind::kAdmin1 &&
            SameCode(g_.CountryCode(c.entry), group->country)) {
          add(k, c.entry);
        }
      }
    }
  }
}

void Annotator::FindPositionSides() {
  if (focus_.empty() || !published_) return;
  for (const lexicon::HeldArea& h : t_.held_areas) {
    if (SameCode(h.country, focus_) && h.During(*published_)) {
      held_areas_.push_back(&h);
    }
  }
  if (held_areas_.empty()) return;
  auto role = [&](std::uint32_t i) -> const std::string* {
    if (i >= text_.tokens.size() || text_.tokens[i].kind != TokenKind::kWord ||
        !t_.position_word_bits[hashes_[i] % 1024]) {  // most words: none of them
      return nullptr;
    }
    for (const PlaceTables::PositionWord& w : t_.position_words) {
      if (w.hash == hashes_[i] && w.word == text_.lower[i] &&
          (w.country == "*" || SameCode(w.country, focus_))) {
        return &w.role;
      }
    }
    return nullptr;
  };
  auto side = [&](const std::string* r) -> const std::string* {  // a side of an area, or none
    if (r == nullptr) return nullptr;
    for (const lexicon::HeldArea* h : held_areas_) {
      if (*r == h->holder || *r == h->opponent) return r;
    }
    return nullptr;
  };
  const auto n = static_cast<std::uint32_t>(text_.tokens.size());
  for (std::uint32_t k = 0; k < n; ++k) {
    const std::string* r = role(k);
    if (r == nullptr || *r != "noun") continue;
    const std::uint32_t sentence = text_.tokens[k].sentence;
    const std::string* found = nullptr;
    // "<side> [modifier] positions".
    for (std::uint32_t j = k; j > 0 && k - j < 3 && found == nullptr;) {
      --j;
      if (text_.tokens[j].sentence != sentence) break;
      const std::string* before = role(j);
      found = side(before);
      if (found == nullptr && (before == nullptr || *before != "modifier")) break;
    }
    std::uint32_t after = k + 1;
    // "positions of [the] <side's name>".
    if (found == nullptr && LowerIs(k + 1, "of")) {
      for (std::uint32_t j = k + 2; j < n && j < k + 8; ++j) {
        const auto& token = text_.tokens[j];
        if (token.sentence != sentence) break;
        const std::string* word = role(j);
        const bool part = token.kind == TokenKind::kPossessive || LowerIs(j, "the") || IsCap(j) ||
                          word != nullptr;
        if (!part) break;
        if (found == nullptr) found = side(word);
        after = j + 1;
      }
    }
    if (found != nullptr) position_sides_.push_back({sentence, after, found});
  }
}

bool Annotator::OnSide(std::uint32_t entry, const std::string& side) const {
  const double latitude = g_.Latitude(entry), longitude = g_.Longitude(entry);
  for (const lexicon::HeldArea* h : held_areas_) {
    const bool holder = side == h->holder;
    if (!holder && side != h->opponent) continue;
    const bool inside = h->Inside(latitude, longitude);
    if (holder && inside) return true;
    // The outline is drawn to some km: within kSideDoubtKm of it either side may hold a place.
    const double reach = holder == inside ? h->reach_km : kSideDoubtKm;
    if (h->EdgeKm(latitude, longitude) <= reach) return true;
  }
  return false;
}

bool Annotator::NearSettlementOf(std::uint32_t entry, std::uint32_t region) const {
  const double latitude = g_.Latitude(entry), longitude = g_.Longitude(entry);
  const double cos_latitude = std::cos(latitude * std::numbers::pi / 180);
  const double box_latitude = kBorderKm / 111.2;
  const Anchor here{0, latitude, longitude, cos_latitude};
  const auto& points = g_.SettlementPoints(region);
  for (auto it = std::lower_bound(points.begin(), points.end(),
                                  std::pair<double, double>(latitude - box_latitude, -1e9));
       it != points.end() && it->first <= latitude + box_latitude; ++it) {
    if (FlatKm(here, it->first, it->second) <= kBorderKm) return true;
  }
  return false;
}

bool Annotator::NearRegion(std::uint32_t entry, std::uint32_t region) const {
  const double latitude = g_.Latitude(entry), longitude = g_.Longitude(entry);
  const double cos_latitude = std::cos(latitude * std::numbers::pi / 180);
  const double box_latitude = kBorderKm / 111.2;
  const double box_longitude = kBorderKm / (111.2 * std::max(cos_latitude, 0.2));
  const Anchor here{0, latitude, longitude, cos_latitude};
  for (std::uint32_t e = 0; e < g_.size(); ++e) {
    const double la = g_.Latitude(e), lo = g_.Longitude(e);
    if (std::fabs(la - latitude) > box_latitude || std::fabs(lo - longitude) > box_longitude) {
      continue;
    }
    if (g_.Kind(e) == EntryKind::kSettlement && g_.Admin1Entry(e) == region &&
        FlatKm(here, la, lo) <= kBorderKm) {
      return true;
    }
  }
  return false;
}

double Annotator::FrontCloseness(std::uint32_t entry) const {
  if (fronts_.empty()) return 0;
  const std::string_view country = g_.CountryCode(entry);
  const double latitude = g_.Latitude(entry), longitude = g_.Longitude(entry);
  // Far outside the lines' box (by more than kFrontReachKm, taking a degree of longitude as at
  // least 40 km): nothing to compute.
  constexpr double kReachLatitude = kFrontReachKm / 111.2, kReachLongitude = kFrontReachKm / 40;
  if (latitude < front_box_[0] - kReachLatitude || latitude > front_box_[1] + kReachLatitude ||
      longitude < front_box_[2] - kReachLongitude || longitude > front_box_[3] + kReachLongitude) {
    return 0;
  }
  // Kilometres on the local flat approximation round the place: a segment's ends and the place
  // are within a few hundred km of one another where it matters.
  const double kx = 111.2 * std::cos(latitude * std::numbers::pi / 180), ky = 111.2;
  double closeness = 0;
  for (const PlaceTables::Front* f : fronts_) {
    if (f->country != country) continue;
    double nearest = kFrontReachKm;
    for (std::size_t i = 0; i + 1 < f->points.size(); ++i) {
      const double ax = (f->points[i].second - longitude) * kx;
      const double ay = (f->points[i].first - latitude) * ky;
      const double dx = (f->points[i + 1].second - longitude) * kx - ax;
      const double dy = (f->points[i + 1].first - latitude) * ky - ay;
      const double length2 = dx * dx + dy * dy;
      const double t = length2 > 0 ? std::clamp(-(ax * dx + ay * dy) / length2, 0.0, 1.0) : 0;
      nearest = std::min(nearest, std::hypot(ax + t * dx, ay + t * dy));
    }
    closeness = std::max(closeness, f->weight * (1 - std::log10(1 + nearest / 10) /
                                                         std::log10(1 + kFrontReachKm / 10)));
  }
  return closeness;
}

void Annotator::FindAnchors() {
  likeliest_.reserve(raws_.size());
  local_.reserve(raws_.size());
  for (const Raw& raw : raws_) {
    const auto likeliest = Likeliest(raw);
    likeliest_.push_back(likeliest);
    if (likeliest && g_.Kind(*likeliest) == EntryKind::kAdmin1) {
      document_regions_.push_back(*likeliest);
    }
    local_.push_back(likeliest && g_.Kind(*likeliest) != EntryKind::kCountry &&
                     SameCode(g_.CountryCode(*likeliest), focus_));
    local_count_ += local_.back() ? 1 : 0;
  }
  for (std::uint32_t r = 0; r < raws_.size(); ++r) {
    for (const auto& c : raws_[r].candidates) {
      if (g_.Kind(c.entry) == EntryKind::kAdmin1) {
        sentence_regions_[raws_[r].sentence].emplace_back(r, c.entry);
      }
    }
  }
  for (std::uint32_t r = 0; r < raws_.size(); ++r) {
    // Names whose likeliest reading is a country or a region ("Jordan", "Georgia") are not
    // read as neighbouring towns.
    if (focus_.empty()) break;
    const auto likeliest = likeliest_[r];
    if (!likeliest || (g_.Kind(*likeliest) != EntryKind::kSettlement &&
                       g_.Kind(*likeliest) != EntryKind::kAdmin2)) {
      continue;
    }
    // Nor is a region's name that its seat shares ("Kharkiv"): its seat anchors already.
    const auto& names = raws_[r].candidates;
    if (std::any_of(names.begin(), names.end(), [&](const gazetteer::Candidate& c) {
          return g_.Kind(c.entry) == EntryKind::kAdmin1;
        })) {
      continue;
    }
    for (const auto& c : raws_[r].candidates) {
      const EntryKind kind = g_.Kind(c.entry);
      if ((kind != EntryKind::kSettlement && kind != EntryKind::kAdmin2) ||
          !SameCode(g_.CountryCode(c.entry), focus_)) {
        continue;
      }
      local_points_.push_back({Cell(static_cast<std::int64_t>(std::floor(g_.Latitude(c.entry) * 2)),
                                    static_cast<std::int64_t>(std::floor(g_.Longitude(c.entry)))),
                               r, c.entry});
    }
  }
  std::sort(local_points_.begin(), local_points_.end());
  for (std::uint32_t r = 0; r < raws_.size(); ++r) {
    std::optional<std::uint32_t> only;
    bool unique = true;
    for (const auto& c : raws_[r].candidates) {
      const EntryKind kind = g_.Kind(c.entry);
      if (kind == EntryKind::kAdmin1) {
        if (auto seat = g_.Seat(c.entry)) only = *seat;
        unique = true;
        break;  // a region named: its seat anchors
      }
      if (kind != EntryKind::kSettlement || !SameCode(g_.CountryCode(c.entry), focus_)) continue;
      if (only && *only != c.entry) unique = false;
      only = c.entry;
    }
    if (only && unique) AddAnchor(r, g_.Latitude(*only), g_.Longitude(*only));
  }
}

// What a candidate is worth before the document speaks: kind, size, feature and how the name
// matches. nullopt where "X region" rules the candidate out.
std::optional<double> Annotator::Prior(const Raw& raw, const gazetteer::Candidate& c) const {
  const std::uint32_t e = c.entry;
  const EntryKind kind = g_.Kind(e);
  const long long population = g_.Population(e);
  double s = 0;
  if (raw.region_level == 1) {
    // "X region": the region itself, or the region a seat of that name heads.
    if (kind == EntryKind::kAdmin1) {
      s += 5;
    } else if (kind == EntryKind::kSettlement) {
      auto region = g_.Admin1Entry(e);
      if (!region || g_.Seat(*region) != e) return std::nullopt;
      s += 4;
    } else {
      return std::nullopt;
    }
  } else if (kind == EntryKind::kAdmin1) {
    // The region's seat of the same name wins ("Kharkiv" is the city); else the region is
    // what a bare name means ("Texas", "Florida").
    const auto seat = g_.Seat(e);
    bool seat_namesake = false;
    for (const auto& other : raw.candidates) seat_namesake = seat_namesake || seat == other.entry;
    s += seat_namesake ? -0.5 : 1;
  } else if (kind == EntryKind::kSea) {
    s += 3;
  } else if (kind == EntryKind::kAdmin2) {
    s += 1;  // "Pike County": named with its designation, nothing else bears the name
  }
  if (raw.region_level == 1) {
    // The region itself: no bonus for the seat's size ("Kyiv region" is the oblast).
  } else if (kind == EntryKind::kSettlement) {
    // World cities beat a namesake in the focus country ("London" is not London, Ohio);
    // a village of the focus country (OSM: no population) beats a town abroad.
    // Size: the census figure, else OSM's place type (town over village over hamlet).
    s += 0.5 * std::max(std::log10(static_cast<double>(population) + 1),
                        static_cast<double>(g_.SizeClass(e)));
    if (population >= 1000000) s += 2;
    else if (population >= 100000) s += 1;
    const std::string_view f = g_.FeatureCode(e);
    // A seat of government counts as a capital ("PPLG": a capital in all but name).
    if (f == "PPLC" || f == "PPLG") s += raw.capital_hint ? 5 : 3;
    else if (f == "PPLA") s += 2;
    else if (f == "PPLA2") s += 0.5;
    else if (f == "PPLX" || f == "PPLH" || f == "PPLQ") s -= 1;
  } else if (kind == EntryKind::kAdmin1) {
    if (auto seat = g_.Seat(e)) {
      s += 0.5 * std::log10(static_cast<double>(g_.Population(*seat)) + 1) + 1.5;
    }
  }
  if (c.match == NameMatch::kPreferred) s += 1;
  else if (c.match == NameMatch::kAlternate) s += 0.5;
  return s;
}

std::optional<std::uint32_t> Annotator::Likeliest(const Raw& raw) const {
  std::optional<std::uint32_t> likeliest;
  double top = -1e9;
  for (std::size_t k = 0; k < raw.candidates.size(); ++k) {
    const auto p = PriorOf(raw, k);
    if (p && *p > top) {
      top = *p;
      likeliest = raw.candidates[k].entry;
    }
  }
  return likeliest;
}

std::optional<std::uint32_t> Annotator::LikeliestForFocus(const Raw& raw) const {
  if (theatres_.empty()) return Likeliest(raw);
  std::optional<std::uint32_t> likeliest;
  double top = -1e9;
  for (std::size_t k = 0; k < raw.candidates.size(); ++k) {
    auto p = PriorOf(raw, k);
    if (!p) continue;
    const std::uint32_t e = raw.candidates[k].entry;
    if (SettlementLike(e) && InTheatre(e)) *p += kTheatreWeight;
    if (*p > top) {
      top = *p;
      likeliest = e;
    }
  }
  return likeliest;
}

void Annotator::Resolve(Raw& raw, std::uint32_t index) {
  // Admin1 regions named in the same sentence (by another mention): "Vodiane, Donetsk region".
  const std::vector<std::pair<std::uint32_t, std::uint32_t>>* sentence_regions = nullptr;
  if (auto it = sentence_regions_.find(raw.sentence); it != sentence_regions_.end()) {
    sentence_regions = &it->second;
  }
  // Countries, seas and continents resolve to themselves, never to a town of the same name;
  // but a region of the focus country that bears a foreign country's name is the region
  // ("Georgia" in American news).
  // The text must speak of the focus country's own geography elsewhere ("Atlanta").
  const bool local_elsewhere =
      local_count_ > (index < local_.size() && local_[index] ? 1u : 0u);
  bool focus_region = false;
  for (const auto& c : raw.candidates) {
    if (!local_elsewhere) break;
    focus_region = focus_region ||
                   (g_.Kind(c.entry) == EntryKind::kAdmin1 && c.match == NameMatch::kPreferred &&
                    !focus_.empty() && SameCode(g_.CountryCode(c.entry), focus_));
  }
  bool several_regions = false;  // the sentence names two first-level regions or more
  if (sentence_regions != nullptr) {
    for (const auto& [r, region] : *sentence_regions) {
      several_regions = several_regions || region != sentence_regions->front().second;
    }
  }
  // The first country among the candidates, else the first sea: one pass finds both.
  if (raw.region_level == 0) {
    std::optional<std::uint32_t> sea;
    for (const auto& c : raw.candidates) {
      const EntryKind kind = g_.Kind(c.entry);
      if (kind == EntryKind::kCountry &&
          !(focus_region && !SameCode(g_.CountryCode(c.entry), focus_))) {
        raw.entry = c.entry;
        raw.score = 0.95f;
        return;
      }
      if (kind == EntryKind::kSea && !sea && c.match != NameMatch::kVariant) sea = c.entry;
    }
    if (sea) {
      raw.entry = sea;
      raw.score = 0.95f;
      raw.precision = Precision::kRegion;
      return;
    }
  }
  // A name that means a region first ("Colorado") does not turn into a town for its neighbours.
  const auto likeliest = index < likeliest_.size() ? likeliest_[index] : Likeliest(raw);
  const bool region_name = likeliest && g_.Kind(*likeliest) == EntryKind::kAdmin1;
  double best_score = -1e9;
  std::optional<std::uint32_t> best;
  bool best_region_named = false;
  // The front line and the neighbours do not change between the passes: worked out once.
  const bool first_time = raw.lines_and_neighbours.empty();
  // A name a regional or national capital bears means that city in its country when its other
  // bearers there are a hundred times smaller, unless the text names a smaller one's region: a
  // front line, neighbours or regions elsewhere in the text do not turn "Lviv" into a village.
  // Per country, the largest capital among the candidates and the largest other than it, found
  // once (a candidate is never overshadowed by itself): linear in the candidates.
  std::vector<CapitalSizes>& capital_sizes = capital_sizes_;
  bool capital_sizes_known = false;
  auto overshadowed_by_capital = [&](std::uint32_t e) {
    if (!capital_sizes_known) {
      capital_sizes_known = true;
      capital_sizes.clear();
      std::vector<std::pair<std::uint32_t, long long>>& capitals = capitals_;
      capitals.clear();
      for (std::uint32_t k = 0; k < raw.candidates.size(); ++k) {
        const std::string_view f = g_.FeatureCode(raw.candidates[k].entry);
        if (f == "PPLA" || f == "PPLC") {
          capitals.emplace_back(k, PopulationOrSize(raw.candidates[k].entry));
        }
      }
      for (const auto& [k, size] : capitals) {
        const std::uint32_t entry = raw.candidates[k].entry;
        const std::string_view country = g_.CountryCode(entry);
        auto it = std::find_if(capital_sizes.begin(), capital_sizes.end(),
                               [&](const CapitalSizes& s) { return SameCode(s.country, country); });
        if (it == capital_sizes.end()) {
          capital_sizes.push_back({country, entry, size, -1});
        } else if (size > it->top) {
          it->top_entry = entry;
          it->top = size;
        }
      }
      for (const auto& [k, size] : capitals) {
        const std::uint32_t entry = raw.candidates[k].entry;
        const std::string_view country = g_.CountryCode(entry);
        for (CapitalSizes& s : capital_sizes) {
          if (SameCode(s.country, country) && entry != s.top_entry) {
            s.second = std::max(s.second, size);
          }
        }
      }
    }
    const long long size = std::max(PopulationOrSize(e), 1LL);
    const std::string_view country = g_.CountryCode(e);
    for (const CapitalSizes& s : capital_sizes) {
      if (SameCode(s.country, country)) return (s.top_entry != e ? s.top : s.second) >= 100 * size;
    }
    return false;
  };
  for (std::size_t k = 0; k < raw.candidates.size(); ++k) {
    const auto& c = raw.candidates[k];
    const std::uint32_t e = c.entry;
    const EntryKind kind = g_.Kind(e);
    const std::string_view cc = g_.CountryCode(e);
    const long long population = g_.Population(e);
    const auto prior = PriorOf(raw, k);
    if (!prior) continue;
    double s = *prior;
    if (!focus_.empty() && SameCode(cc, focus_)) s += 3;
    if (!raw.country_hint.empty() && SameCode(cc, raw.country_hint)) s += 4;
    bool region_named = false;
    bool own_region = false;
    const std::optional<std::uint32_t> admin1 = g_.Admin1Entry(e);
    if (sentence_regions != nullptr) {
      for (const auto& [r, region] : *sentence_regions) {
        if (r != index && region != e && admin1 == region) {
          region_named = true;
          own_region = own_region || LocatedIn(raw, raws_[r]);
        }
      }
    }
    const bool local_kind = kind == EntryKind::kSettlement || kind == EntryKind::kAdmin2;
    if (region_named) {
      s += 3;
      // "X in the Donetsk region and Y in the Kharkiv region": where the sentence names several
      // regions, the one the name's own phrase puts it in says which namesake it is, whatever
      // its neighbours (the other towns of the sentence lie in the other region).
      if (own_region && several_regions) s += kOwnRegionWeight;
    } else if (local_kind) {
      for (std::uint32_t region : document_regions_) {
        if (admin1 == region) s += 1.5;  // a region the article names elsewhere
      }
    }
    const bool overshadowed = !region_named && overshadowed_by_capital(e);
    if (local_kind && raw.candidates.size() > 1) {
      // Namesakes: the one nearest the places the text pins down.
      double nearest = -1;
      const double latitude = g_.Latitude(e), longitude = g_.Longitude(e);
      for (const Anchor& a : anchors_) {
        if (a.raw == index) continue;
        const double km = FlatKm(a, latitude, longitude);
        if (nearest < 0 || km < nearest) nearest = km;
      }
      if (nearest >= 0) s -= kProximityWeight * std::log10(1 + nearest / 20);
      if (InTheatre(e)) s += kTheatreWeight;
      if (first_time) {
        raw.lines_and_neighbours.resize(raw.candidates.size());
        double bonus = kFrontWeight * FrontCloseness(e);
        if (SameCode(cc, focus_)) {
          for (const auto& [sentence, region] : group_regions_) {
            if (sentence == raw.sentence && (admin1 == region || NearSettlementOf(e, region))) {
              bonus += kGroupRegionWeight;
              break;
            }
          }
          const PositionSide* nearest = nullptr;  // the last phrase before the name
          for (const PositionSide& side : position_sides_) {
            if (side.sentence == raw.sentence && raw.first >= side.after) nearest = &side;
          }
          if (nearest != nullptr && g_.Kind(e) == EntryKind::kSettlement &&
              OnSide(e, *nearest->side)) {
            bonus += kPositionSideWeight;
          }
        }
        // Neighbours speak for a town by its own name, not for one that bore it once.
        if (SameCode(cc, focus_) && c.match != NameMatch::kAlternate &&
            LocallySupported(index, e)) {
          bonus += kLocalWeight;
        }
        raw.lines_and_neighbours[k] = static_cast<float>(bonus);
      }
      if (!overshadowed) s += k < raw.lines_and_neighbours.size() ? raw.lines_and_neighbours[k] : 0;
      if (SameCode(cc, focus_) && !region_name && c.match != NameMatch::kAlternate &&
          !overshadowed && SameRegionAsAnotherName(index, e)) {
        s += kRegionMateWeight;
      }
      // One sense per text: "Alexandria City ... Alexandria", "Paris, Texas ... Paris".
      for (std::uint32_t r : pinned_) {
        if (r != index && raws_[r].entry == e) {
          s += kPinnedWeight;
          break;
        }
      }
    }
    // A small place abroad, named by an alternate spelling, is rarely what an article means
    // unless the text names its region.
    if (kind == EntryKind::kSettlement && !focus_.empty() && !SameCode(cc, focus_) &&
        !SameCode(cc, raw.country_hint) && c.match != NameMatch::kPreferred && population < 10000 &&
        !region_named) {
      continue;
    }
    if (s > best_score) {
      best_score = s;
      best = e;
      best_region_named = region_named;
    }
  }
  if (!best) return;
  // "Ashford, Kent": a town the index knows only outside the region written right after it is
  // another town of that name, one the index lacks. It lies somewhere in the region: better the
  // region than a namesake hundreds of km away, in the focus country or abroad.
  if (!best_region_named && g_.Kind(*best) == EntryKind::kSettlement &&
      g_.Population(*best) < 100000 && !focus_.empty() &&
      !(raw.first >= 1 && text_.TokenText(raw.first - 1) == ",")) {  // not inside a list
    if (const Raw* region = AdjacentRegion(raw)) {
      bool inside = false;
      std::optional<std::uint32_t> focus_region;
      for (const auto& r : region->candidates) {
        if (g_.Kind(r.entry) != EntryKind::kAdmin1 || !SameCode(g_.CountryCode(r.entry), focus_)) {
          continue;
        }
        if (!focus_region) focus_region = r.entry;
        for (const auto& c : raw.candidates) inside = inside || g_.Admin1Entry(c.entry) == r.entry;
      }
      const auto likeliest = Likeliest(*region);
      // A town just across the region's border is the town, the region misnamed (a frequent
      // slip where districts and fronts straddle a border): keep it.
      if (focus_region && !inside && likeliest && g_.Kind(*likeliest) != EntryKind::kCountry &&
          !NearRegion(*best, *focus_region)) {
        // "Ivanovka, Kharkiv": the region's own town under another romanisation.
        if (auto variant = VariantInRegion(raw, *focus_region)) {
          raw.entry = variant;
          raw.score = 0.6f;
          if (raw.precision == Precision::kTown && EndsNearPhrase(raw.first)) {
            raw.precision = Precision::kNear;
          }
          return;
        }
        // The one town of its name in the focus country (10,000 people or a town by its size
        // class), in a conflict theatre of the day, stays the town: where a war moves fast, notes
        // misname a town's region more often than they name a place the index lacks under a
        // name no other place bears (a name many villages share is another matter).
        bool theatre_town = SameCode(g_.CountryCode(*best), focus_) && InTheatre(*best) &&
                            PopulationOrSize(*best) >= 10000;
        for (std::size_t k = 0; k < raw.candidates.size() && theatre_town; ++k) {
          const std::uint32_t e = raw.candidates[k].entry;
          // By its name, not by one it bore once or bears in another language.
          theatre_town = e == *best ? raw.candidates[k].match != NameMatch::kAlternate
                                    : !SettlementLike(e) || !SameCode(g_.CountryCode(e), focus_);
        }
        if (!theatre_town) {
          raw.entry = focus_region;
          raw.score = 0.5f;
          raw.precision = Precision::kRegion;
          return;
        }
      }
    }
  }
  const EntryKind kind = g_.Kind(*best);
  // "Allen said": a town's name right before a verb of saying is a person's (capitals and
  // regions do speak for their governments: "Kyiv said").
  if (kind == EntryKind::kSettlement && raw.end == raw.span_end && Has(raw.end, kSpeech) &&
      g_.FeatureCode(*best) != "PPLC" && raw.end == raw.first + 1) {
    return;
  }
  if (kind == EntryKind::kSettlement && !focus_.empty() &&
      !SameCode(g_.CountryCode(*best), focus_) &&
      !SameCode(g_.CountryCode(*best), raw.country_hint) && !best_region_named &&
      PopulationOrSize(*best) < (raw.sentence_start ? 100000
                                 : raw.supported    ? 1000
                                                    : 20000)) {
    // A small place abroad that nothing in the text calls a place is more likely a word or a
    // surname ("Haines", "Merlin") than the place.
    return;
  }
  raw.entry = best;
  raw.pinned = best_region_named || raw.candidates.size() == 1;
  raw.score = static_cast<float>(std::clamp(0.4 + best_score / 20.0, 0.3, 0.95));
  if (raw.region_level == 1) {
    raw.precision = Precision::kRegion;
    if (kind == EntryKind::kSettlement) raw.entry = g_.Admin1Entry(*best);
  } else if (kind == EntryKind::kAdmin1 || kind == EntryKind::kSea) {
    raw.precision = Precision::kRegion;
  } else if (kind == EntryKind::kAdmin2) {
    raw.precision = Precision::kNear;  // a county or raion: a small area
  } else if (raw.region_level == 2 || raw.numbered_part) {
    raw.precision = Precision::kNear;
  }
  if (raw.precision == Precision::kTown && EndsNearPhrase(raw.first)) raw.precision = Precision::kNear;
}

void Annotator::DropJuxtaposedNames() {
  // A city of some size keeps its name ("Boston Harbor" is by Boston), and a word that is more
  // than a name ("Louis-based") is no part of a longer one.
  auto one_word_town = [&](const Raw& r) {
    return r.entry && r.end == r.first + 1 && r.span_end == r.end && r.region_level == 0 &&
           (r.kind == MentionKind::kName || r.kind == MentionKind::kNearMiss) &&
           g_.Kind(*r.entry) == EntryKind::kSettlement && PopulationOrSize(*r.entry) < 100000 &&
           text_.TokenText(r.first).find('-') == std::string_view::npos;
  };
  std::vector<std::uint32_t> towns;  // by first token
  for (std::uint32_t r = 0; r < raws_.size(); ++r) {
    if (one_word_town(raws_[r])) towns.push_back(r);
  }
  std::sort(towns.begin(), towns.end(),
            [&](std::uint32_t x, std::uint32_t y) { return raws_[x].first < raws_[y].first; });
  for (std::size_t k = 0; k + 1 < towns.size(); ++k) {
    Raw& a = raws_[towns[k]];
    Raw& b = raws_[towns[k + 1]];
    if (b.first != a.end || b.sentence != a.sentence) continue;
    a.entry.reset();
    b.entry.reset();
  }
}

long long Annotator::PopulationOrSize(std::uint32_t entry) const {
  // OSM's settlements carry a size class (10^class people, about) instead of a population.
  long long from_size = 1;
  for (int k = 0; k < g_.SizeClass(entry); ++k) from_size *= 10;
  return std::max(g_.Population(entry), g_.SizeClass(entry) > 0 ? from_size : 0LL);
}

void Annotator::NearMisses() {
  // A misspelling is taken only for a settlement this large.
  constexpr long long kNearMissPopulation = 50000;
  // In text written in capitals every unknown word looks like a name: no guessing there.
  if (focus_.empty() || shouting_) return;
  // The countries the text is about: the focus and any with at least half its votes ("Russia"
  // and "Ukraine" in a report of the war).
  const double focus_votes = country_votes_[focus_];
  auto prominent = [&](std::string_view cc) {
    auto it = country_votes_.find(std::string(cc));
    return it != country_votes_.end() && it->second * 2 >= focus_votes;
  };
  std::vector<std::pair<std::string, std::optional<std::uint32_t>>> near_miss_answers;
  std::string variants;  // the spellings of one word, one after another
  std::vector<std::uint32_t> variant_ends;
  std::vector<std::uint64_t> variant_hashes;
  for (std::uint32_t i : unknown_) {
    // A common English word or a given name misspells no place ("as PART of", "ALVARO").
    if (Covered(i) || Has(i, kCommon | kGiven)) continue;
    // The context must expect a place: a preposition before, or an apposition after
    // ("Odesa, Ukraine's third largest city", misspelt).
    // Not a preposition whose object is the noun after the word's possessive ("to Talmin's
    // plan").
    // Nor "to"/"with" after a verb of talking with someone ("talked to Talmin"): a person.
    bool supported =
        i >= 1 && Has(i - 1, kPre) &&
        !(i >= 2 && Has(i - 2, kContact) && (LowerIs(i - 1, "to") || LowerIs(i - 1, "with"))) &&
        !(i + 1 < text_.tokens.size() && text_.tokens[i + 1].kind == TokenKind::kPossessive &&
          !(IsWord(i + 2) && Has(i + 2, kFeature | kRegionWord)));
    std::uint32_t descriptor_end = 0;
    if (i + 2 < text_.tokens.size() && text_.TokenText(i + 1) == ",") {
      const std::uint32_t end = std::min<std::uint32_t>(SentenceEnd(i), i + 9);
      bool country_or_article = !CountryOfToken(i + 2).empty() || LowerIs(i + 2, "the") ||
                                LowerIs(i + 2, "a");
      for (std::uint32_t k = i + 2; country_or_article && k < end; ++k) {
        if (Has(k, kFeature) || Has(k, kCapital)) {
          supported = true;
          descriptor_end = k + 1;
          break;
        }
      }
    }
    if (!supported) continue;
    // Part of a longer capitalised name ("Ministry of Internal Affairs"): not a town.
    if (IsCap(i + 1) || (i >= 2 && LowerIs(i - 1, "of") && IsCap(i - 2))) continue;
    const std::string key = FoldWord(text_.TokenText(i));
    bool ascii = true;
    for (char c : key) ascii = ascii && c >= 'a' && c <= 'z';
    if (!ascii || key.size() < 5) continue;
    std::optional<std::uint32_t> best;
    // A spelling met before in the text has its answer already (the votes do not change here).
    const auto known = std::find_if(near_miss_answers.begin(), near_miss_answers.end(),
                                    [&](const auto& answer) { return answer.first == key; });
    if (known != near_miss_answers.end()) {
      best = known->second;
    } else {
      auto consider = [&](std::string_view variant, std::uint64_t hash) {
        for (std::uint32_t p : g_.Find(variant, hash).postings) {
          auto c = Gazetteer::DecodePosting(p);
          if (c.entry >= g_.size() || c.match == NameMatch::kDemonym) continue;
          if (!SettlementLike(c.entry) || !prominent(g_.CountryCode(c.entry))) continue;
          if (g_.Population(c.entry) < kNearMissPopulation) continue;
          if (!best || g_.Population(c.entry) > g_.Population(*best)) best = c.entry;
        }
      };
      // Every spelling one edit away, the first letter kept, edited in place in one buffer and
      // written down with its hash in the order they are weighed; but not one that the index's
      // filter says names no settlement that large (nearly all of them: no lookup for those).
      variants.clear();
      variant_ends.clear();
      variant_hashes.clear();
      auto add = [&](const std::string& v) {
        const std::uint64_t hash = gazetteer::format::Hash(v);
        if (!g_.MayNameSettlementOf(hash, kNearMissPopulation)) return;
        variants += v;
        variant_ends.push_back(static_cast<std::uint32_t>(variants.size()));
        variant_hashes.push_back(hash);
      };
      std::string v = key;
      for (std::size_t k = 1; k < key.size(); ++k) {
        v.erase(k, 1);  // deletion
        add(v);
        v.insert(v.begin() + static_cast<std::ptrdiff_t>(k), key[k]);
        for (char c = 'a'; c <= 'z'; ++c) {  // substitution
          if (c == key[k]) continue;
          v[k] = c;
          add(v);
        }
        v[k] = key[k];
        if (k + 1 < key.size() && key[k] != key[k + 1]) {  // transposition
          std::swap(v[k], v[k + 1]);
          add(v);
          std::swap(v[k], v[k + 1]);
        }
      }
      for (std::size_t k = 1; k <= key.size(); ++k) {  // insertion
        v.insert(v.begin() + static_cast<std::ptrdiff_t>(k), 'a');
        for (char c = 'a'; c <= 'z'; ++c) {
          v[k] = c;
          add(v);
        }
        v.erase(k, 1);
      }
      // The lookups left, mostly of keys the index lacks: each one's slot is asked for kAhead
      // lookups early, so that their memory waits overlap.
      constexpr std::size_t kAhead = 16;
      const std::size_t count = variant_ends.size();
      for (std::size_t k = 0; k < count && k < kAhead; ++k) g_.Prefetch(variant_hashes[k]);
      for (std::size_t k = 0, begin = 0; k < count; begin = variant_ends[k], ++k) {
        if (k + kAhead < count) g_.Prefetch(variant_hashes[k + kAhead]);
        consider(std::string_view(variants).substr(begin, variant_ends[k] - begin),
                 variant_hashes[k]);
      }
      near_miss_answers.emplace_back(key, best);
    }
    if (!best) continue;
    Raw raw;
    raw.first = i;
    raw.end = i + 1;
    raw.span_end = i + 1;
    raw.kind = MentionKind::kNearMiss;
    raw.entry = best;
    raw.score = 0.6f;
    raw.sentence = text_.tokens[i].sentence;
    if (EndsNearPhrase(i)) raw.precision = Precision::kNear;
    raws_.push_back(std::move(raw));
    (void)descriptor_end;
  }
}

// "the city", "the town" → the settlement in focus; "the capital", "Ukraine's capital",
// "the Ukrainian capital" → the capital of that (or the focus) country.
void Annotator::Anaphora() {
  SortRawsByFirst();
  std::vector<Raw> added;
  std::size_t next_raw = 0;
  std::optional<std::uint32_t> in_focus;
  const auto n = static_cast<std::uint32_t>(text_.tokens.size());
  std::vector<bool> covered(n, false);
  for (const Raw& r : raws_) {
    if (!r.entry) continue;
    for (std::uint32_t k = r.first; k < r.span_end && k < n; ++k) covered[k] = true;
  }
  // "Konotop, Sumy": a name after a town and a comma that is the seat of the town's own region
  // stands for the region; the town stays in focus. The seat may head a region of its own (a
  // capital city round which its oblast lies): the oblast's seat still names the oblast.
  auto qualifies_previous = [&](std::size_t k) {
    if (k == 0 || !raws_[k].entry || !raws_[k - 1].entry) return false;
    const Raw& r = raws_[k];
    const Raw& prev = raws_[k - 1];
    if (prev.span_end + 1 != r.first || text_.TokenText(prev.span_end) != ",") return false;
    if (const auto region = g_.Admin1Entry(*prev.entry); region && g_.Seat(*region) == r.entry) {
      return true;
    }
    return g_.Admin1Name(*prev.entry) == g_.Admin1Name(*r.entry) &&
           gazetteer::FoldKey(g_.Name(*r.entry)) ==
               gazetteer::FoldKey(g_.Admin1Name(*r.entry));
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    if ((roles_[i] & (kFeature | kCapital)) == 0 || covered[i]) continue;
    // The settlement in focus: the last one named before i (caught up only where it is read).
    while (next_raw < raws_.size() && raws_[next_raw].first < i) {
      const std::size_t k = next_raw++;
      const Raw& r = raws_[k];
      if (r.entry && SettlementLike(*r.entry) && !qualifies_previous(k)) in_focus = r.entry;
    }
    const std::string& w = Lower(i);
    const bool followed_by_of = LowerIs(i + 1, "of") || (LowerIs(i + 1, "city") && LowerIs(i + 2, "of"));
    if (Has(i, kCapital) && !followed_by_of && !(i + 1 < n && text_.TokenText(i + 1) == ",")) {
      // Whose capital: "Ukraine's capital", "the Ukrainian capital", else the focus country.
      std::string country;
      std::uint32_t first = i;
      if (i >= 2 && text_.tokens[i - 1].kind == TokenKind::kPossessive) {
        country = CountryOfToken(i - 2);
        first = i - 2;
      } else if (i >= 1 && !CountryOfToken(i - 1).empty()) {
        country = CountryOfToken(i - 1);
        first = i - 1;
        if (first >= 1 && LowerIs(first - 1, "the")) --first;
      } else if (i >= 1 && LowerIs(i - 1, "the")) {
        country = focus_;
        first = i - 1;
      } else {
        continue;  // "capital" as a noun of money or an adjective
      }
      auto capital = g_.Capital(country);
      if (!capital) continue;
      Raw raw;
      raw.first = first;
      raw.end = i + 1 + (LowerIs(i + 1, "city") ? 1 : 0);
      raw.span_end = raw.end;
      raw.kind = MentionKind::kDescriptor;
      raw.entry = capital;
      raw.score = 0.7f;
      raw.sentence = text_.tokens[i].sentence;
      added.push_back(std::move(raw));
      continue;
    }
    if (w == "city" && !followed_by_of) {
      // "Ukraine's second largest city", "the country's biggest city": the city of that rank
      // by population in the country (the focus country for "the country's").
      if (auto ranked = RankedCity(i)) {
        added.push_back(std::move(*ranked));
        continue;
      }
    }
    if (Has(i, kFeature) && i >= 1 && LowerIs(i - 1, "the") && !followed_by_of && in_focus) {
      // "the city" only for a settlement word in the singular with nothing naming it next.
      if (w.back() == 's' || IsCap(i + 1)) continue;
      Raw raw;
      raw.first = i - 1;
      raw.end = i + 1;
      raw.span_end = i + 1;
      raw.kind = MentionKind::kAnaphor;
      raw.entry = in_focus;
      raw.score = 0.5f;
      raw.sentence = text_.tokens[i].sentence;
      added.push_back(std::move(raw));
      continue;
    }
    // "X, Ukraine's second largest city": a descriptor of the place just named.
    if (Has(i, kFeature) && i >= 3 && in_focus) {
      std::uint32_t k = i;
      while (k > SentenceFirst(i) && k + 6 > i && text_.TokenText(k - 1) != ",") --k;
      if (k > SentenceFirst(i) + 1 && text_.TokenText(k - 1) == "," && k < i) {
        // The name right before the comma must be the settlement in focus.
        const std::uint32_t name_end = k - 1;
        bool names_focus = false;
        for (const Raw& r : raws_) {
          if (r.span_end == name_end && r.entry == in_focus) names_focus = true;
        }
        std::uint32_t first = k;
        if (k + 1 < i && text_.tokens[k + 1].kind == TokenKind::kPossessive) first = k + 2;
        if (names_focus && first < i) {
          Raw raw;
          raw.first = first;
          raw.end = i + 1;
          raw.span_end = i + 1;
          raw.kind = MentionKind::kDescriptor;
          raw.entry = in_focus;
          raw.score = 0.6f;
          raw.sentence = text_.tokens[i].sentence;
          added.push_back(std::move(raw));
        }
      }
    }
  }
  raws_.reserve(raws_.size() + added.size());
  for (auto& r : added) raws_.push_back(std::move(r));
  SortRawsByFirst();
}

std::optional<Raw> Annotator::RankedCity(std::uint32_t i) const {
  // The rank: "largest", "second largest", "second-largest", "third biggest".
  static constexpr std::array<std::string_view, 4> kOrdinals = {"second", "third", "fourth",
                                                                "fifth"};
  if (i < 3) return std::nullopt;
  std::uint32_t k = i - 1;  // ends up at the first word of the rank
  std::string_view adjective = Lower(k);
  std::size_t rank = 1;
  for (std::size_t r = 0; r < kOrdinals.size(); ++r) {
    if (adjective.starts_with(kOrdinals[r]) && adjective.substr(kOrdinals[r].size()).starts_with("-")) {
      rank = r + 2;
      adjective.remove_prefix(kOrdinals[r].size() + 1);
    } else if (LowerIs(k - 1, kOrdinals[r]) && (adjective == "largest" || adjective == "biggest")) {
      rank = r + 2;
      --k;
      break;
    }
  }
  if (adjective != "largest" && adjective != "biggest") return std::nullopt;
  // The owner: "Ukraine's", "the Ukrainian", "the country's".
  if (k < 2) return std::nullopt;
  std::string country;
  std::uint32_t first = k;
  if (text_.tokens[k - 1].kind == TokenKind::kPossessive) {
    country = LowerIs(k - 2, "country") && LowerIs(k - 3, "the") ? focus_ : CountryOfToken(k - 2);
    first = LowerIs(k - 2, "country") ? k - 3 : k - 2;
  } else if (!CountryOfToken(k - 1).empty() && LowerIs(k - 2, "the")) {
    country = CountryOfToken(k - 1);
    first = k - 2;
  }
  // "Kharkiv, Ukraine's second largest city" describes the name before it (Anaphora).
  if (country.empty() || (first >= 1 && text_.TokenText(first - 1) == ",")) return std::nullopt;
  // The country's settlements by population (worked out once per country and rank, then kept
  // by the gazetteer for every text).
  const std::optional<std::uint32_t> ranked = g_.RankedSettlement(country, rank);
  if (!ranked) return std::nullopt;
  Raw raw;
  raw.first = first;
  raw.end = i + 1;
  raw.span_end = i + 1;
  raw.kind = MentionKind::kDescriptor;
  raw.entry = *ranked;
  raw.score = 0.7f;
  raw.sentence = text_.tokens[i].sentence;
  return raw;
}

void Annotator::SortRawsByFirst() {
  bool increasing = true;
  for (std::size_t k = 1; k < raws_.size() && increasing; ++k) {
    increasing = raws_[k - 1].first < raws_[k].first;
  }
  if (increasing) return;  // no equal keys: the sorted order is this one
  std::vector<std::uint32_t> order(raws_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return raws_[a].first < raws_[b].first; });
  std::vector<Raw> sorted;
  sorted.reserve(raws_.size());
  for (std::uint32_t k : order) sorted.push_back(std::move(raws_[k]));
  raws_ = std::move(sorted);
}

void Annotator::MakePlace(std::uint32_t e, Place& p) const {
  p.name.assign(g_.Name(e));
  p.latitude = g_.Latitude(e);
  p.longitude = g_.Longitude(e);
  p.country_code.assign(g_.CountryCode(e));
  // The country's name looked up once per country of the text.
  auto known = std::find_if(country_names_.begin(), country_names_.end(),
                            [&](const auto& n) { return n.first == p.country_code; });
  if (known == country_names_.end()) {
    country_names_.emplace_back(p.country_code, g_.CountryName(p.country_code));
    known = country_names_.end() - 1;
  }
  p.country.assign(known->second);
  if (g_.Kind(e) != EntryKind::kCountry) {
    p.admin1.assign(g_.Admin1Name(e));
    p.admin2.assign(g_.Admin2Name(e));
  }
  // ACLED 2022 files code events at sea with admin1 = the sea ("Black Sea"); the country is
  // left to the coding stage (the coastal country, or the sea itself in newer versions).
  const std::string_view feature = g_.FeatureCode(e);
  if (feature == "SEA") p.admin1 = p.name;
  p.feature_code.assign(feature);
  p.geonameid = g_.GeonameId(e);
  p.population = g_.Population(e);
}

std::vector<PlaceMention> Annotator::Run() {
  std::vector<PlaceMention> out;
  if (g_.empty() || text_.lower.size() != text_.tokens.size()) return out;
  roles_.assign(text_.tokens.size(), 0);
  hashes_.assign(text_.tokens.size(), 0);
  // At most half full: a power of two at least twice the tokens.
  std::size_t slots = 16;
  while (slots < 2 * text_.tokens.size()) slots *= 2;
  lower_seen_.assign(slots, 0);
  // The words' hashes first, so that the memory waits of the lookups overlap: the index slot of
  // every capitalised word is asked for now, ahead of FindNames, and the roles of a word kAhead
  // tokens before the pass below looks them up.
  constexpr std::uint32_t kAhead = 8;
  for (std::uint32_t i = 0; i < text_.tokens.size(); ++i) {
    if (text_.tokens[i].kind != TokenKind::kWord) continue;
    const std::uint64_t h = gazetteer::format::Hash(text_.lower[i]);
    hashes_[i] = h;
    if (text_.tokens[i].capitalised) g_.Prefetch(h);
    if (i < kAhead) t_.roles.Prefetch(h);
  }
  // One pass over the words: each one's roles, then what it says of the words after it.
  std::size_t capitalised = 0;
  // Text in capitals: most of its words of two letters or more have no lower-case letter.
  std::size_t long_words = 0, upper_words = 0;
  for (std::uint32_t i = 0; i < text_.tokens.size(); ++i) {
    if (i + kAhead < text_.tokens.size() && text_.tokens[i + kAhead].kind == TokenKind::kWord) {
      t_.roles.Prefetch(hashes_[i + kAhead]);
    }
    if (text_.tokens[i].kind != TokenKind::kWord) continue;
    const std::uint64_t h = hashes_[i];
    if (!text_.tokens[i].capitalised) AddLowerSeen(i);
    capitalised += text_.tokens[i].capitalised ? 1 : 0;
    if (const std::string_view w = text_.TokenText(i); w.size() >= 2) {
      ++long_words;
      upper_words +=
          std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    }
    roles_[i] = t_.roles.Get(h);
    // A given name that is also a country or a city of a million ("Jordan", "Georgia",
    // "Houston") is read as the place. One that names only a region stays a given name where
    // the capitalised word after it is a surname the text also writes on its own ("Vladimir
    // Putin ... Putin said"), so that the person is not read as the region or its capital;
    // otherwise the region keeps it ("Florida Highway Patrol").
    if ((roles_[i] & kGiven) != 0) {
      const auto postings = FindToken(i).postings;
      if (NamesBigPlace(postings, 1000000) &&
          (NamesBigPlace(postings, 1000000, /*regions=*/false) || !SurnameAlone(i + 1))) {
        roles_[i] &= static_cast<std::uint16_t>(~kGiven);
      }
    }
  }
  shouting_ = long_words >= 5 && 2 * upper_words > long_words;
  for (std::uint32_t i = 0; i + 1 < text_.tokens.size(); ++i) {
    // A surname once written after a given name or a title is a person all through the text
    // ("John Kelly ... Kelly said").
    if (!IsWord(i) || (roles_[i] & (kGiven | kTitle)) == 0 || !text_.tokens[i].capitalised) {
      continue;
    }
    // In text written in capitals every word is capitalised: a byline's "By" is only the
    // preposition there ("DONE BY THE X POLICE"), and the name after a title ends at a function
    // word or a preposition ("THE MAYOR OF X": X is a place, not the mayor's surname).
    if (shouting_ && Has(i, kStop)) continue;
    // The capitalised words that follow, over initials: "Mr. Kelly", "George W. Bush",
    // "Beth Van Schaack".
    for (std::uint32_t k = i + 1, words = 0; k < text_.tokens.size() && words < 3; ++k) {
      if (text_.TokenText(k) == ".") continue;
      if (!IsCap(k) || !CountryOfToken(k).empty()) break;
      if (shouting_ && Has(k, kStop | kPre)) break;
      persons_.insert(text_.lower[k]);
      ++words;
    }
  }
  raws_.reserve(capitalised + 16);  // FindNames finds a name at most per capitalised word
  priors_.reserve(4 * capitalised + 16);
  FindNames();
  CityDistricts();
  FindDescriptors();
  ChooseFocus();
  SpellingVariants();
  TheatreVariants();
  UnsupportedVariants();
  FindGroupRegions();
  FindPositionSides();
  FindAnchors();
  for (std::uint32_t r = 0; r < raws_.size(); ++r) Resolve(raws_[r], r);
  // Second pass: the towns and areas the first pass placed anchor their namesakes too
  // ("Columbus ... Dublin ... Grove City": the Dublin by Columbus).
  {
    const std::size_t unique_anchors = anchors_.size();
    for (std::uint32_t r = 0; r < raws_.size(); ++r) {
      const auto& e = raws_[r].entry;
      if (!e || (g_.Kind(*e) != EntryKind::kSettlement && g_.Kind(*e) != EntryKind::kAdmin2)) {
        continue;
      }
      AddAnchor(r, g_.Latitude(*e), g_.Longitude(*e));
    }
    // A region two or more placed mentions lie in is the article's region too.
    std::unordered_map<std::uint32_t, int> region_count;
    for (const Raw& raw : raws_) {
      if (!raw.entry) continue;
      if (auto region = g_.Admin1Entry(*raw.entry); region && *region != *raw.entry) {
        ++region_count[*region];
      }
    }
    for (const auto& [region, count] : region_count) {
      if (count >= 2 && std::find(document_regions_.begin(), document_regions_.end(), region) ==
                            document_regions_.end()) {
        document_regions_.push_back(region);
      }
    }
    // The focus country's regions the placed names lie in (or are).
    for (std::uint32_t r = 0; r < raws_.size(); ++r) {
      const auto& e = raws_[r].entry;
      if (!e || !SameCode(g_.CountryCode(*e), focus_) || g_.Kind(*e) == EntryKind::kCountry)
        continue;
      const auto region = g_.Kind(*e) == EntryKind::kAdmin1 ? e : g_.Admin1Entry(*e);
      if (region) placed_regions_.emplace_back(*region, r);
    }
    for (std::uint32_t r = 0; r < raws_.size(); ++r) {
      if (raws_[r].entry && raws_[r].pinned) pinned_.push_back(r);
    }
    if (anchors_.size() > unique_anchors || !placed_regions_.empty() || !pinned_.empty()) {
      const bool anchors_grew = anchors_.size() > unique_anchors;
      for (std::uint32_t r = 0; r < raws_.size(); ++r) {
        Raw& raw = raws_[r];
        if (raw.candidates.size() < 2 || !raw.entry) continue;
        // Without new anchors, only a namesake that a placed region or a pinned name speaks
        // for can change the answer.
        if (!anchors_grew && std::none_of(raw.candidates.begin(), raw.candidates.end(),
                                          [&](const gazetteer::Candidate& c) {
                                            return c.entry != *raw.entry &&
                                                   SpokenFor(r, c.entry);
                                          })) {
          continue;
        }
        raw.entry.reset();
        raw.precision = Precision::kTown;
        Resolve(raw, r);
      }
    }
  }
  // The focus again, now from resolved places (a town named once can outvote nothing).
  NearMisses();
  Anaphora();
  DropJuxtaposedNames();
  out.reserve(raws_.size());
  for (const Raw& raw : raws_) {
    if (!raw.entry) continue;
    PlaceMention& m = out.emplace_back();  // filled in place
    m.first_token = raw.first;
    m.end_token = raw.span_end;
    m.kind = raw.kind;
    m.precision = raw.precision;
    MakePlace(*raw.entry, m.place);
    if (!raw.district.empty() && SettlementLike(*raw.entry)) {
      m.place.name += " - " + raw.district;
    }
    if (g_.Kind(*raw.entry) == EntryKind::kAdmin1) {
      if (auto seat = g_.Seat(*raw.entry)) MakePlace(*seat, m.region_seat.emplace());
      m.precision = Precision::kRegion;
    }
    m.score = raw.score;
  }
  return out;
}

}  // namespace

namespace {

// Gives every word of a one-word-a-line table `role`.
}  // namespace

Result<PlaceTables> PlaceTables::Load(const std::string& data_dir) {
  PlaceTables t;
  auto cues = lexicon::ReadTsv(data_dir + "/place_cues.tsv", 2);
  if (!cues.ok()) return cues.status();
  for (const auto& row : *cues) {
    const std::string& role = row[0];
    const std::vector<std::string> words = Words(row[1]);
    if (words.empty()) continue;
    if (role == "near") t.near.push_back({words});
    else if (role == "pre") { if (words.size() == 1) t.pre.insert(words[0]); }
    else if (role == "feature") t.feature.insert(words.back());
    else if (role == "capital") t.capital.insert(words[0]);
    else if (role == "org_before") t.org_before.insert(words.back());
    else if (role == "org_after") t.org_after.insert(words[0]);
    else if (role == "thing_after") t.thing_after.insert(words[0]);
    else if (role == "title") t.title.insert(words.back());
    else if (role == "stop") {
      if (words.size() == 1) t.stop.insert(words[0]);
      else t.stop_phrases.insert(gazetteer::FoldKey(row[1]));
    }
    else if (role == "connector") t.connectors.insert(words[0]);
    else if (role == "speech") t.speech.insert(words[0]);
    else if (role == "contact") t.contact.insert(words[0]);
    else if (role == "modifier_suffix") t.modifier_suffixes.insert(words[0]);
    else if (role == "party_prefix") t.party_prefixes.insert(words[0]);
    else if (role == "adjective_ending" && words.size() == 2) {
      t.adjective_endings.emplace_back(words[0], words[1]);
    } else if (role == "compound_linker" && words.size() == 2) {
      t.compound_linkers.emplace_back(words[0], words[1]);
    }
  }
  auto admin2 = lexicon::ReadTsv(data_dir + "/place_admin2_acled.tsv", 2);
  if (!admin2.ok()) return admin2.status();
  for (const auto& row : *admin2) {
    std::string ending = row[1];
    if (!ending.empty() && ending.back() == '$') ending.pop_back();
    t.admin2_rules.push_back({row[0], ending, row.size() > 2 ? row[2] : ""});
  }
  // Given names: the project's tables (names of the region's languages; Spanish and Portuguese
  // ones) and the English list compiled at set-up; common English words.
  for (const char* file :
       {"/place_given_names.tsv", "/place_given_names_es.tsv", "/place_given_names_en.tsv"}) {
    if (Status st = lexicon::ReadWordList(data_dir + file, kGiven, t.roles); !st.ok()) return st;
  }
  if (Status st = lexicon::ReadWordList(data_dir + "/place_common_words.tsv", kCommon, t.roles);
      !st.ok()) {
    return st;
  }
  auto regions = lexicon::ReadTsv(data_dir + "/place_region_words.tsv", 2);
  if (!regions.ok()) return regions.status();
  for (const auto& row : *regions) t.region_words[row[0]] = std::atoi(row[1].c_str());
  auto mark = [&](const std::unordered_set<std::string>& words, std::uint16_t role) {
    for (const auto& w : words) t.roles.Add(gazetteer::format::Hash(w), role);
  };
  mark(t.pre, kPre);
  mark(t.feature, kFeature);
  mark(t.capital, kCapital);
  mark(t.org_before, kOrgBefore);
  mark(t.org_after, kOrgAfter);
  mark(t.thing_after, kThingAfter);
  mark(t.title, kTitle);
  mark(t.stop, kStop);
  mark(t.connectors, kConnector);
  mark(t.speech, kSpeech);
  mark(t.contact, kContact);
  for (const auto& phrase : t.near) {
    t.roles.Add(gazetteer::format::Hash(phrase.words.back()), kNearEnd);
  }
  for (const auto& [w, level] : t.region_words) t.roles.Add(gazetteer::format::Hash(w), kRegionWord);
  auto theatres = lexicon::ReadTsv(data_dir + "/place_theatres.tsv", 3);
  if (!theatres.ok()) return theatres.status();
  for (const auto& row : *theatres) {
    auto first = ParseIsoDate(row[2]);
    auto last = row.size() > 3 && !row[3].empty() ? ParseIsoDate(row[3]) : Date{9999, 12, 31};
    if (!first || !last) {
      return Status(StatusCode::kDataError,
                    data_dir + "/place_theatres.tsv: bad date in the row for " + row[1]);
    }
    t.theatres.push_back({row[0], row[1], *first, *last});
  }
  auto fronts = lexicon::ReadTsv(data_dir + "/place_fronts.tsv", 4);
  if (!fronts.ok()) return fronts.status();
  for (const auto& row : *fronts) {
    auto first = ParseIsoDate(row[1]);
    auto last = !row[2].empty() ? ParseIsoDate(row[2]) : Date{9999, 12, 31};
    PlaceTables::Front front{row[0], first.value_or(Date{}), last.value_or(Date{}), {}};
    bool good = first && last;
    if (row.size() > 4 && !row[4].empty()) {
      good = good && std::sscanf(row[4].c_str(), "%lf", &front.weight) == 1 && front.weight > 0;
    }
    for (const std::string& point : lexicon::Split(row[3], ';')) {
      double latitude = 0, longitude = 0;
      good = good && std::sscanf(point.c_str(), "%lf %lf", &latitude, &longitude) == 2 &&
             std::fabs(latitude) <= 90 && std::fabs(longitude) <= 180;
      front.points.emplace_back(latitude, longitude);
    }
    if (!good || front.points.size() < 2) {
      return Status(StatusCode::kDataError,
                    data_dir + "/place_fronts.tsv: bad row for " + row[0] + " from " + row[1]);
    }
    t.fronts.push_back(std::move(front));
  }
  auto groups = lexicon::ReadTsv(data_dir + "/place_region_groups.tsv", 3);
  if (!groups.ok()) return groups.status();
  for (const auto& row : *groups) {
    std::vector<std::string> words = Words(row[0]);
    if (words.empty()) continue;
    const std::uint64_t first_hash = gazetteer::format::Hash(words[0]);
    t.region_groups.push_back({std::move(words), row[1], row[2], first_hash});
    t.region_group_bits.set(first_hash % 1024);
  }
  auto held = lexicon::ReadHeldAreas(data_dir + "/held_areas.tsv");
  if (!held.ok()) return held.status();
  t.held_areas = std::move(*held);
  auto position_words = lexicon::ReadTsv(data_dir + "/place_position_sides.tsv", 3);
  if (!position_words.ok()) return position_words.status();
  for (const auto& row : *position_words) {
    t.position_words.push_back({row[0], row[1], row[2], gazetteer::format::Hash(row[0])});
    t.position_word_bits.set(t.position_words.back().hash % 1024);
  }
  auto skeleton = gazetteer::SkeletonRules::Load(data_dir + "/place_skeleton.tsv");
  if (!skeleton.ok()) return skeleton.status();
  t.skeleton = std::move(*skeleton);
  return t;
}

std::vector<PlaceMention> Annotate(const gazetteer::Gazetteer& gazetteer,
                                   const PlaceTables& tables, const text::AnalysedText& text,
                                   std::optional<Date> published) {
  return Annotator(gazetteer, tables, text, published).Run();
}

}  // namespace sitrep::places
