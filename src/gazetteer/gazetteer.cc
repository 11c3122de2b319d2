#include "gazetteer/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <numbers>
#include <utility>

#include "gazetteer/fold.h"
#include "gazetteer/format.h"

namespace sitrep::gazetteer {
namespace {

bool SectionFits(std::uint64_t offset, std::uint64_t count, std::uint64_t item_size,
                 std::uint64_t file_size) {
  if (offset % 4 != 0 || offset > file_size) return false;
  if (item_size != 0 && count > (file_size - offset) / item_size) return false;
  return true;
}

}  // namespace

struct Gazetteer::KeptAnswers {
  std::mutex mutex;
  std::map<std::pair<std::string, std::size_t>, std::optional<std::uint32_t>> answers;
  std::map<std::uint32_t, std::vector<std::pair<double, double>>> region_points;
};

Gazetteer::Gazetteer() = default;

Gazetteer::~Gazetteer() { Reset(); }

Gazetteer::Gazetteer(Gazetteer&& other) noexcept { *this = std::move(other); }

Gazetteer& Gazetteer::operator=(Gazetteer&& other) noexcept {
  if (this == &other) return *this;
  Reset();
  mapping_ = std::exchange(other.mapping_, nullptr);
  mapping_size_ = std::exchange(other.mapping_size_, 0);
  header_ = std::exchange(other.header_, nullptr);
  entries_ = std::exchange(other.entries_, nullptr);
  admin1_ = std::exchange(other.admin1_, nullptr);
  admin2_ = std::exchange(other.admin2_, nullptr);
  countries_ = std::exchange(other.countries_, nullptr);
  features_ = std::exchange(other.features_, nullptr);
  slots_ = std::exchange(other.slots_, nullptr);
  postings_ = std::exchange(other.postings_, nullptr);
  filter_ = std::exchange(other.filter_, nullptr);
  strings_ = std::exchange(other.strings_, nullptr);
  entry_count_ = std::exchange(other.entry_count_, 0);
  admin1_count_ = std::exchange(other.admin1_count_, 0);
  admin2_count_ = std::exchange(other.admin2_count_, 0);
  country_count_ = std::exchange(other.country_count_, 0);
  feature_count_ = std::exchange(other.feature_count_, 0);
  slot_mask_ = std::exchange(other.slot_mask_, 0);
  posting_count_ = std::exchange(other.posting_count_, 0);
  strings_size_ = std::exchange(other.strings_size_, 0);
  filter_words_ = std::exchange(other.filter_words_, 0);
  filter_min_population_ = std::exchange(other.filter_min_population_, 0);
  kept_answers_ = std::move(other.kept_answers_);
  return *this;
}

void Gazetteer::Reset() {
  if (mapping_ != nullptr) munmap(mapping_, mapping_size_);
  mapping_ = nullptr;
  mapping_size_ = 0;
  header_ = nullptr;
  entries_ = nullptr;
  admin1_ = nullptr;
  admin2_ = nullptr;
  countries_ = nullptr;
  features_ = nullptr;
  slots_ = nullptr;
  postings_ = nullptr;
  filter_ = nullptr;
  strings_ = nullptr;
  filter_words_ = 0;
  filter_min_population_ = 0;
  entry_count_ = admin1_count_ = admin2_count_ = country_count_ = feature_count_ = 0;
  slot_mask_ = posting_count_ = 0;
  strings_size_ = 0;
  kept_answers_.reset();
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status(errno == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                  "cannot open gazetteer " + path + ": " + std::strerror(errno) +
                      " (build it: run tools/setup.sh, then build the sitrep_gazetteer target)");
  }
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    close(fd);
    return Status(StatusCode::kIoError, "cannot stat gazetteer " + path);
  }
  const auto file_size = static_cast<std::uint64_t>(info.st_size);
  if (file_size < sizeof(format::Header)) {
    close(fd);
    return Status(StatusCode::kDataError, "gazetteer " + path + " is too short");
  }
  void* mapping = mmap(nullptr, file_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (mapping == MAP_FAILED) return Status(StatusCode::kIoError, "cannot map gazetteer " + path);

  Gazetteer g;
  g.mapping_ = mapping;
  g.mapping_size_ = file_size;
  const auto* base = static_cast<const char*>(mapping);
  const auto* h = reinterpret_cast<const format::Header*>(base);
  auto bad = [&](const char* what) {
    return Status(StatusCode::kDataError,
                  "gazetteer " + path + " is not a valid index (" + what + "); rebuild it");
  };
  if (std::memcmp(h->magic, format::kMagic, 8) != 0) return bad("magic");
  if (h->version != format::kVersion) return bad("version");
  if (h->file_size != file_size) return bad("size");
  if ((h->slot_count & (h->slot_count - 1)) != 0 || h->slot_count == 0) return bad("slots");
  if (!SectionFits(h->entries_offset, h->entry_count, sizeof(format::EntryRecord), file_size) ||
      !SectionFits(h->admin1_offset, h->admin1_count, sizeof(format::Admin1Record), file_size) ||
      !SectionFits(h->admin2_offset, h->admin2_count, sizeof(format::Admin2Record), file_size) ||
      !SectionFits(h->countries_offset, h->country_count, sizeof(format::CountryRecord),
                   file_size) ||
      !SectionFits(h->features_offset, h->feature_count, 4, file_size) ||
      !SectionFits(h->slots_offset, h->slot_count, sizeof(format::Slot), file_size) ||
      !SectionFits(h->postings_offset, h->posting_count, 4, file_size) ||
      (h->filter_words & (h->filter_words - 1)) != 0 || h->filter_offset % 8 != 0 ||
      !SectionFits(h->filter_offset, h->filter_words, 8, file_size) ||
      !SectionFits(h->strings_offset, h->strings_size, 1, file_size) || h->strings_size == 0 ||
      base[h->strings_offset + h->strings_size - 1] != '\0') {
    return bad("sections");
  }
  g.header_ = h;
  g.entries_ = reinterpret_cast<const format::EntryRecord*>(base + h->entries_offset);
  g.admin1_ = reinterpret_cast<const format::Admin1Record*>(base + h->admin1_offset);
  g.admin2_ = reinterpret_cast<const format::Admin2Record*>(base + h->admin2_offset);
  g.countries_ = reinterpret_cast<const format::CountryRecord*>(base + h->countries_offset);
  g.features_ = reinterpret_cast<const std::uint32_t*>(base + h->features_offset);
  g.slots_ = reinterpret_cast<const format::Slot*>(base + h->slots_offset);
  g.postings_ = reinterpret_cast<const std::uint32_t*>(base + h->postings_offset);
  g.filter_ = reinterpret_cast<const std::uint64_t*>(base + h->filter_offset);
  g.strings_ = base + h->strings_offset;
  g.entry_count_ = h->entry_count;
  g.admin1_count_ = h->admin1_count;
  g.admin2_count_ = h->admin2_count;
  g.country_count_ = h->country_count;
  g.feature_count_ = h->feature_count;
  g.slot_mask_ = h->slot_count - 1;
  g.posting_count_ = h->posting_count;
  g.strings_size_ = h->strings_size;
  g.filter_words_ = h->filter_words;
  g.filter_min_population_ = h->filter_min_population;
  g.kept_answers_ = std::make_unique<KeptAnswers>();
  return g;
}

const char* Gazetteer::String(std::uint32_t offset) const {
  if (strings_ == nullptr || offset >= strings_size_) return "";
  return strings_ + offset;
}

KeyLookup Gazetteer::Find(std::string_view key) const { return Find(key, format::Hash(key)); }

void Gazetteer::Prefetch(std::uint64_t hash) const {
  // No branch (an empty index prefetches slots_ + 0, null): GCC drops a prefetch that is all a
  // conditional block does.
  __builtin_prefetch(slots_ + (static_cast<std::uint32_t>(hash) & slot_mask_));
}

bool Gazetteer::MayNameSettlementOf(std::uint64_t hash, long long min_population) const {
  if (filter_words_ == 0 || min_population < filter_min_population_) return true;
  const std::uint64_t mixed = format::FilterMix(hash);
  const std::uint64_t bits = format::FilterBits(mixed);
  return (filter_[format::FilterWord(mixed, filter_words_)] & bits) == bits;
}

KeyLookup Gazetteer::Find(std::string_view key, std::uint64_t full_hash) const {
  KeyLookup result;
  if (slots_ == nullptr || key.empty()) return result;
  const auto hash = static_cast<std::uint32_t>(full_hash);
  for (std::uint32_t i = hash & slot_mask_, probes = 0; probes <= slot_mask_;
       i = (i + 1) & slot_mask_, ++probes) {
    const format::Slot& slot = slots_[i];
    if (slot.key == 0) return result;
    if (slot.hash != hash) continue;
    const char* stored = String(slot.key);
    if (std::strncmp(stored, key.data(), key.size()) != 0 || stored[key.size()] != '\0') continue;
    result.found = true;
    if (slot.postings >= posting_count_) return result;
    const std::uint32_t head = postings_[slot.postings];
    std::uint32_t count = head & format::kCountMask;
    if (count > posting_count_ - slot.postings - 1) count = 0;
    result.prefix_of_longer = (head & format::kPrefixFlag) != 0;
    result.postings = std::span<const std::uint32_t>(postings_ + slot.postings + 1, count);
    return result;
  }
  return result;
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name) const {
  std::vector<Candidate> out;
  for (std::uint32_t posting : Find(FoldKey(name)).postings) {
    Candidate c = DecodePosting(posting);
    if (c.entry < entry_count_) out.push_back(c);
  }
  return out;
}

std::string_view Gazetteer::Name(std::uint32_t e) const { return String(entries_[e].name); }
double Gazetteer::Latitude(std::uint32_t e) const { return entries_[e].latitude; }
double Gazetteer::Longitude(std::uint32_t e) const { return entries_[e].longitude; }
std::string_view Gazetteer::CountryCode(std::uint32_t e) const {
  const char* c = entries_[e].country;
  if (c[0] == ' ' || c[0] == '\0') return {};
  return std::string_view(c, 2);
}
std::string_view Gazetteer::FeatureCode(std::uint32_t e) const {
  const std::uint8_t f = entries_[e].feature;
  return f < feature_count_ ? String(features_[f]) : "";
}
double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRadiusKm = 6371.0;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (lat2 - lat1) * kRad;
  const double dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

long long Gazetteer::Population(std::uint32_t e) const { return entries_[e].population; }
int Gazetteer::SizeClass(std::uint32_t e) const { return entries_[e].size_class; }
std::optional<long long> Gazetteer::GeonameId(std::uint32_t e) const {
  if (entries_[e].geonameid == 0) return std::nullopt;
  return entries_[e].geonameid;
}
EntryKind Gazetteer::Kind(std::uint32_t e) const {
  return static_cast<EntryKind>(entries_[e].kind & 7u);
}
std::string_view Gazetteer::Admin1Code(std::uint32_t e) const {
  const std::uint16_t a = entries_[e].admin1;
  if (a == 0 || a > admin1_count_) return {};
  std::string_view code = String(admin1_[a - 1].code);
  const auto dot = code.find('.');
  return dot == std::string_view::npos ? code : code.substr(dot + 1);
}
std::string_view Gazetteer::Admin1Name(std::uint32_t e) const {
  const std::uint16_t a = entries_[e].admin1;
  if (a == 0 || a > admin1_count_) return {};
  return String(admin1_[a - 1].name);
}
std::string_view Gazetteer::Admin2Name(std::uint32_t e) const {
  const std::uint32_t a = entries_[e].admin2;
  if (a == 0 || a > admin2_count_) return {};
  return String(admin2_[a - 1].name);
}
std::optional<std::uint32_t> Gazetteer::Admin1Entry(std::uint32_t e) const {
  const std::uint16_t a = entries_[e].admin1;
  if (a == 0 || a > admin1_count_) return std::nullopt;
  const std::uint32_t entry = admin1_[a - 1].entry;
  if (entry == 0 || entry > entry_count_) return std::nullopt;
  return entry - 1;
}
std::optional<std::uint32_t> Gazetteer::Seat(std::uint32_t e) const {
  if (Kind(e) != EntryKind::kAdmin1) return std::nullopt;
  const std::uint16_t a = entries_[e].admin1;
  if (a == 0 || a > admin1_count_) return std::nullopt;
  const std::uint32_t seat = admin1_[a - 1].seat;
  if (seat == 0 || seat > entry_count_) return std::nullopt;
  return seat - 1;
}
std::optional<std::uint32_t> Gazetteer::CountryEntry(std::string_view iso2) const {
  if (iso2.size() != 2 || countries_ == nullptr) return std::nullopt;
  std::uint32_t lo = 0, hi = country_count_;
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    const int cmp = std::memcmp(countries_[mid].code, iso2.data(), 2);
    if (cmp == 0) {
      if (countries_[mid].entry >= entry_count_) return std::nullopt;
      return countries_[mid].entry;
    }
    if (cmp < 0) lo = mid + 1; else hi = mid;
  }
  return std::nullopt;
}
std::optional<std::uint32_t> Gazetteer::Capital(std::string_view iso2) const {
  if (iso2.size() != 2 || countries_ == nullptr) return std::nullopt;
  for (std::uint32_t lo = 0, hi = country_count_; lo < hi;) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    const int cmp = std::memcmp(countries_[mid].code, iso2.data(), 2);
    if (cmp == 0) {
      const std::uint32_t capital = countries_[mid].capital;
      if (capital == 0 || capital > entry_count_) return std::nullopt;
      return capital - 1;
    }
    if (cmp < 0) lo = mid + 1; else hi = mid;
  }
  return std::nullopt;
}

std::string_view Gazetteer::CountryName(std::string_view iso2) const {
  auto e = CountryEntry(iso2);
  return e ? Name(*e) : std::string_view();
}

std::optional<std::uint32_t> Gazetteer::RankedSettlement(std::string_view iso2,
                                                         std::size_t rank) const {
  if (kept_answers_ == nullptr || iso2.empty() || rank == 0) return std::nullopt;
  std::lock_guard<std::mutex> lock(kept_answers_->mutex);
  auto [known, added] = kept_answers_->answers.try_emplace({std::string(iso2), rank});
  if (!added) return known->second;
  std::vector<std::pair<long long, std::uint32_t>> top;  // the `rank` largest, largest first
  for (std::uint32_t e = 0; e < entry_count_; ++e) {
    if (Kind(e) != EntryKind::kSettlement) continue;
    const long long population = Population(e);
    if (top.size() == rank && population <= top.back().first) continue;
    if (CountryCode(e) != iso2) continue;
    auto at =
        std::upper_bound(top.begin(), top.end(), std::make_pair(population, e), std::greater<>());
    top.insert(at, {population, e});
    if (top.size() > rank) top.pop_back();
  }
  if (top.size() == rank) known->second = top[rank - 1].second;
  return known->second;
}

const std::vector<std::pair<double, double>>& Gazetteer::SettlementPoints(
    std::uint32_t admin1_entry) const {
  static const std::vector<std::pair<double, double>> kNone;
  if (kept_answers_ == nullptr) return kNone;
  std::lock_guard<std::mutex> lock(kept_answers_->mutex);
  auto [it, added] = kept_answers_->region_points.try_emplace(admin1_entry);
  if (added) {
    for (std::uint32_t e = 0; e < entry_count_; ++e) {
      if (Kind(e) == EntryKind::kSettlement && Admin1Entry(e) == admin1_entry) {
        it->second.emplace_back(Latitude(e), Longitude(e));
      }
    }
    std::sort(it->second.begin(), it->second.end());
  }
  return it->second;  // std::map nodes stay put
}

}  // namespace sitrep::gazetteer
