#include "events/event_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "events/events.h"
#include "testing/testing.h"
#include "text/segmenter_tables.h"

namespace sitrep::events::testing {
namespace {

// The source tree's tables, so these tests need no built data directory.
std::string DataDir() { return sitrep::testing::SourceDir() + "/data"; }

const text::SegmenterTables& Segmenter() {
  static const text::SegmenterTables tables = [] {
    auto loaded = text::SegmenterTables::Load(DataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return tables;
}

}  // namespace

const EventLexicon& Lexicon() {
  static const EventLexicon lexicon = [] {
    auto loaded = EventLexicon::Load(DataDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return lexicon;
}

places::Place Town(const std::string& name, double lat, double lon, const std::string& admin1,
                   const std::string& country_code, const std::string& country) {
  places::Place p;
  p.name = name;
  p.latitude = lat;
  p.longitude = lon;
  p.admin1 = admin1;
  p.country_code = country_code;
  p.country = country;
  p.feature_code = "PPLA";
  return p;
}

places::Place Country(const std::string& name, const std::string& country_code) {
  places::Place p;
  p.name = name;
  p.country = name;
  p.country_code = country_code;
  p.feature_code = "PCLI";
  return p;
}

Doc::Doc(std::string_view text, Date published) : published_(published) {
  auto analysed = text::Analyse(text, Segmenter());
  EXPECT_TRUE(analysed.ok()) << analysed.status().ToString();
  if (analysed.ok()) text_ = std::move(analysed).value();
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> Doc::Spans(std::string_view surface) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::size_t at = text_.text.find(surface); at != std::string::npos;
       at = text_.text.find(surface, at + 1)) {
    std::uint32_t first = 0;
    std::uint32_t end = 0;
    bool found = false;
    for (std::uint32_t i = 0; i < text_.tokens.size(); ++i) {
      const auto& tok = text_.tokens[i];
      if (tok.begin >= at && tok.end <= at + surface.size()) {
        if (!found) first = i;
        found = true;
        end = i + 1;
      }
    }
    if (found) out.emplace_back(first, end);
  }
  EXPECT_FALSE(out.empty()) << "no tokens for '" << surface << "'";
  return out;
}

Doc& Doc::Place(std::string_view surface, const places::Place& place, places::Precision precision,
                places::MentionKind kind) {
  for (auto [first, end] : Spans(surface)) {
    places::PlaceMention m;
    m.first_token = first;
    m.end_token = end;
    m.kind = kind;
    m.precision = precision;
    m.place = place;
    m.score = 1;
    places_.push_back(m);
  }
  std::sort(places_.begin(), places_.end(),
            [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
  return *this;
}

Doc& Doc::Time(std::string_view surface, Date day, int precision, bool future, bool historic) {
  for (auto [first, end] : Spans(surface)) {
    time::TimeExpression x;
    x.first_token = first;
    x.end_token = end;
    x.date = x.range_first = x.range_last = day;
    x.precision = precision;
    x.future = future;
    x.historic = historic;
    times_.push_back(x);
  }
  std::sort(times_.begin(), times_.end(),
            [](const auto& a, const auto& b) { return a.first_token < b.first_token; });
  return *this;
}

std::vector<Incident> Doc::Run() const {
  Document doc;
  doc.id = "test";
  doc.published = published_;
  return ExtractIncidents(Lexicon(), text_, places_, times_, doc);
}

}  // namespace sitrep::events::testing
