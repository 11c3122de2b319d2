// What a loaded Model holds: one member per stage that needs data. Immutable after loading.
#ifndef SITREP_PIPELINE_MODEL_DATA_H_
#define SITREP_PIPELINE_MODEL_DATA_H_

#include "events/event_lexicon.h"
#include "events/role_tagger.h"
#include "gazetteer/gazetteer.h"
#include "places/places.h"
#include "text/segmenter_tables.h"
#include "time/time_tables.h"

namespace sitrep::internal {

struct ModelData {
  text::SegmenterTables segmenter;
  gazetteer::Gazetteer gazetteer;  // memory-mapped
  places::PlaceTables places;
  time::TimeTables time;
  events::EventLexicon events;
  events::RoleTagger roles;  // empty where the data directory has no roles.bin
};

}  // namespace sitrep::internal

#endif  // SITREP_PIPELINE_MODEL_DATA_H_
