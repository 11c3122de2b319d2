// The pipeline: text → places, times → events → incidents, with offsets mapped back to the
// document as given.
#include <algorithm>

#include "events/events.h"
#include "pipeline/model_data.h"
#include "places/places.h"
#include "sitrep/sitrep.h"
#include "text/analysed_text.h"
#include "time/time_expressions.h"

namespace sitrep {
namespace {

Status WithDocument(const Status& status, const Document& document) {
  return Status(status.code(), status.message(), document.id, status.offset());
}

Result<text::AnalysedText> AnalyseDocument(const Model& model, const Document& document) {
  if (document.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status(StatusCode::kInvalidArgument, "empty document", document.id);
  }
  auto analysed = text::Analyse(document.text, model.data().segmenter);
  if (!analysed.ok()) return WithDocument(analysed.status(), document);
  return analysed;
}

// The day whose conflict geography the places stage should read the text by: the earliest day
// the text dates something to ("On 22 February ..." in a note published on the 25th), else the
// publication day. Future days, background from over a year back and open spans ("since the
// war began") say nothing of the scene.
std::optional<Date> SceneDate(const std::vector<time::TimeExpression>& times,
                              std::optional<Date> published) {
  std::optional<Date> scene;
  for (const time::TimeExpression& t : times) {
    if (t.future || t.historic || t.open_span || t.precision > 1) continue;
    if (!scene || t.date < *scene) scene = t.date;
  }
  return scene ? scene : published;
}

}  // namespace

Result<std::vector<Incident>> Extract(const Model& model, const Document& document) {
  if (!document.published) {
    return Status(StatusCode::kInvalidArgument, "no publication date", document.id);
  }
  auto analysed = AnalyseDocument(model, document);
  if (!analysed.ok()) return analysed.status();
  const text::AnalysedText& text = *analysed;
  const internal::ModelData& data = model.data();

  const auto times = time::Annotate(text, *document.published, data.time);
  const auto place_mentions =
      places::Annotate(data.gazetteer, data.places, text, SceneDate(times, document.published));
  std::vector<Incident> incidents =
      events::ExtractIncidents(data.events, text, place_mentions, times, document);
  events::FillRoles(data.roles, data.events, text, incidents);

  int serial = 0;
  for (Incident& incident : incidents) {
    incident.doc_id = document.id;
    incident.event_id = document.id + "#" + std::to_string(++serial);
    incident.source = document.source;
    for (Evidence& evidence : incident.evidence) {
      evidence.start = text.OriginalOffset(static_cast<std::uint32_t>(evidence.start));
      evidence.end = text.OriginalOffset(static_cast<std::uint32_t>(evidence.end));
      // An end inside a multi-byte replacement maps to its start; keep the range non-empty.
      evidence.end = std::max(evidence.end, evidence.start);
      evidence.text = document.text.substr(evidence.start, evidence.end - evidence.start);
    }
  }
  return incidents;
}

Result<std::vector<PlaceMention>> FindPlaces(const Model& model, const Document& document) {
  auto analysed = AnalyseDocument(model, document);
  if (!analysed.ok()) return analysed.status();
  const text::AnalysedText& text = *analysed;
  std::vector<PlaceMention> out;
  const internal::ModelData& data = model.data();
  std::optional<Date> scene = document.published;
  if (document.published) {
    scene = SceneDate(time::Annotate(text, *document.published, data.time), document.published);
  }
  for (const places::PlaceMention& mention :
       places::Annotate(data.gazetteer, data.places, text, scene)) {
    PlaceMention m;
    m.doc_id = document.id;
    m.start = text.OriginalOffset(text.tokens[mention.first_token].begin);
    m.end = text.OriginalOffset(text.tokens[mention.end_token - 1].end);
    m.text = document.text.substr(m.start, m.end - m.start);
    m.name = mention.place.name;
    m.latitude = mention.place.latitude;
    m.longitude = mention.place.longitude;
    m.country_code = mention.place.country_code;
    m.admin1 = mention.place.admin1;
    m.feature_code = mention.place.feature_code;
    m.geonameid = mention.place.geonameid;
    m.is_reference = mention.kind == places::MentionKind::kAnaphor ||
                     mention.kind == places::MentionKind::kDescriptor;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace sitrep
