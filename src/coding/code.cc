#include "coding/code.h"

#include <algorithm>
#include <cctype>

#include "lexicon/tsv.h"

namespace sitrep::coding {
namespace {

using events::DateSource;
using events::Frame;
using events::FrameActor;
using events::TriggerClass;

struct CodedActor {
  std::string name;
  int inter = 0;
  std::string text;
  bool foreign = false;  // a state force outside its home state
};

CodedActor CodeActor(const events::EventLexicon& lex, const FrameActor& a,
                     const places::Place& place, const std::optional<Date>& day) {
  CodedActor out;
  if (!a.present()) return out;
  const std::string unit = a.unit.empty() ? "military" : a.unit;
  // "government forces": a state's force named by the state where the incident is.
  const bool of_place = a.country == "*" && !lex.FindActor("*", unit, day);
  const bool generic = a.country == "*" && !of_place;
  const std::string country = generic ? "*" : of_place ? place.country_code : a.country;
  if (country.empty()) return out;
  const events::AcledActor* x = lex.FindActor(country, unit, day);
  // A state whose forces no row names (of any period): ACLED's name for its force without the
  // regime's period.
  std::string state_name;
  if (!x && country != "*" && !lex.HasStateActors(country)) {
    if (auto it = lex.country_names.find(country); it != lex.country_names.end()) {
      x = lex.FindActor("state", unit, day);
      if (x && x->unit != unit) x = nullptr;  // a group's unit out of its period is no force
      if (x) state_name = it->second;
    }
  }
  if (!x) return out;
  out.name = x->name;
  if (auto pos = out.name.find("{country}"); pos != std::string::npos) {
    const std::string& held = !state_name.empty()     ? state_name
                              : place.country.empty() ? place.country_code
                                                      : place.country;
    if (!held.empty()) {
      out.name.replace(pos, 9, held);
    } else if (pos >= 2 && out.name.compare(pos - 2, 12, " ({country})") == 0) {
      // A place of no country (a sea): the generic name alone, not "Civilians ()".
      out.name.erase(pos - 2, 12);
    } else {
      out.name.erase(pos, 9);
    }
  }
  out.foreign = !generic && country != place.country_code;
  out.inter = out.foreign ? x->inter_abroad : x->inter_home;
  out.text = a.text;
  return out;
}

CodedActor Generic(const events::EventLexicon& lex, const std::string& unit,
                   const places::Place& place, const std::optional<Date>& day) {
  return CodeActor(lex, FrameActor{"*", unit, ""}, place, day);
}

// "Rebels", "guerrillas" of no named group: the rebel group of the incident's country that the
// document names, else the country's only one (data/acled_actors.tsv); where several could be, or
// none is known, an unidentified armed group.
FrameActor RebelGroup(const events::EventLexicon& lex, FrameActor a, const places::Place& place,
                      const std::optional<Date>& day, const DocumentContext& context) {
  if (a.country != "*" || a.unit != "rebel") return a;
  const std::vector<std::string> units = lex.RebelUnits(place.country_code, day);
  std::vector<std::string> named;
  for (const std::string& u : units) {
    if (context.named_actors.count(place.country_code + ":" + u)) named.push_back(u);
  }
  const std::vector<std::string>& candidates = named.empty() ? units : named;
  if (candidates.size() == 1) {
    a.country = place.country_code;
    a.unit = candidates.front();
  } else {
    a.unit = "unidentified";
  }
  return a;
}

CodedActor StateMilitary(const events::EventLexicon& lex, const std::string& country,
                         const places::Place& place, const std::optional<Date>& day) {
  if (country.empty()) return {};
  return CodeActor(lex, FrameActor{country, "military", ""}, place, day);
}

// Whether the text names a force foreign to the place by its very name ("the occupiers",
// "invaders": actors.tsv foreign).
bool NamesForeignForce(const events::EventLexicon& lex, const std::string& text) {
  const std::vector<std::string> words = lexicon::LowerWords(text);
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    const auto m = lex.actors.LongestAt(words, i, static_cast<std::uint32_t>(words.size()));
    if (m.entry && m.entry->kind == events::ActorKind::kUnit && m.entry->foreign) return true;
  }
  return false;
}

// Whether a force's words name no force of a state of their own: a body that speaks for a state
// ("officials", "the general staff"; data/actors.tsv, voice) rather than a force that acts, or
// one word that says nothing of whose force it is ("forces"; vague).
bool NamesNoStateForce(const events::EventLexicon& lex, const std::string& text) {
  const std::vector<std::string> words = lexicon::LowerWords(text);
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    const auto m = lex.actors.LongestAt(words, i, static_cast<std::uint32_t>(words.size()));
    if (m.entry && m.entry->kind == events::ActorKind::kUnit && m.entry->voice) return true;
    if (m.entry && m.entry->vague && i == 0 && m.length == words.size()) return true;
  }
  return false;
}

int SourceRank(DateSource s) { return static_cast<int>(s); }

std::string DatePhrase(const Incident& inc) {
  if (!inc.event_date) return "On an unspecified date";
  switch (inc.time_precision) {
    case 2:
      return "Around " + inc.event_date->ToLong() + " (week of)";
    case 3:
      return "Around " + inc.event_date->ToLong() + " (month of)";
    default:
      return "On " + inc.event_date->ToLong();
  }
}

std::string Notes(const events::EventLexicon& lex, const Incident& inc) {
  const events::SubEventInfo* info = lex.SubEvent(inc.sub_event_type);
  std::string verb = info ? info->note_verb : "were involved in an incident in";
  const bool protest = inc.event_type == "Protests";
  // Actors the text names in words are told in its words, others as ACLED's notes name them
  // ("Ukrainian forces").
  // Words that name a side only by a pronoun ("its forces") tell a note nothing.
  auto by_pronoun = [](const std::string& text) {
    return text.starts_with("its ") || text.starts_with("their ") || text.starts_with("our ");
  };
  std::string actor = !inc.actor1_text.empty() && !by_pronoun(inc.actor1_text) ? inc.actor1_text
                      : protest                ? "people"
                      : !inc.actor1.empty()    ? lex.NoteName(inc.actor1)
                                               : "unidentified actors";
  // Force against a protest is told from the force's side: "police dispersed a protest".
  if (protest && inc.sub_event_type != "Peaceful protest" && !inc.actor2.empty()) {
    actor = !inc.actor2_text.empty() ? inc.actor2_text : lex.NoteName(inc.actor2);
  }
  std::string where = inc.location;
  if (!inc.admin1.empty() && inc.admin1 != inc.location) where += " (" + inc.admin1 + ")";
  if (!inc.admin1.empty() && inc.admin1 == inc.location) where += " (" + inc.admin1 + ")";
  // The other side of a battle, the victims of violence against civilians, else the target.
  const bool actor_object =
      inc.event_type == "Battles" || inc.event_type == "Violence against civilians";
  std::string object = actor_object ? (!inc.actor2_text.empty() ? inc.actor2_text
                                      : inc.actor2.empty()        ? ""
                                                                  : lex.NoteName(inc.actor2))
                                    : inc.target;
  if (object.empty()) object = inc.target;
  std::string body;
  const bool territory = inc.sub_event_type == "Non-state actor overtakes territory" ||
                         inc.sub_event_type == "Government regains territory" ||
                         inc.sub_event_type == "Non-violent transfer of territory";
  if (territory) {
    body = verb + " " + where;
  } else {
    static const char* kPreps[] = {" on", " at", " against", " in", " of", " with"};
    std::string bare = verb;
    for (const char* p : kPreps) {
      const std::string prep = p;
      if (bare.size() > prep.size() && bare.ends_with(prep)) {
        bare.resize(bare.size() - prep.size());
        break;
      }
    }
    if (protest && !inc.target.empty()) {
      // What a protest was against: "protested against the war in Lviv".
      const bool common = std::islower(static_cast<unsigned char>(inc.target[0]));
      body = bare + " against " + (common ? "the " : "") + inc.target + " in " + where;
    } else if (!object.empty()) {
      // A common noun takes the article the target field leaves out.
      const bool common = object == inc.target && std::islower(static_cast<unsigned char>(object[0]));
      body = verb + " " + (common ? "the " : "") + object + " in " + where;
    } else if (verb.ends_with(" in") || bare == verb) {
      body = verb + " " + where;
    } else {
      body = bare + " in " + where;
    }
  }
  std::string note = DatePhrase(inc) + ", " + actor + " " + body + ".";
  // "1 person was killed and 3 injured"; a count of none (a split toll's share) says nothing.
  const bool killed = inc.fatalities && *inc.fatalities > 0;
  const bool injured = inc.injuries && *inc.injuries > 0;
  auto people = [](int n) {
    return std::to_string(n) + (n == 1 ? " person was" : " people were");
  };
  if (killed || injured) {
    std::string toll;
    if (killed) toll = people(*inc.fatalities) + " killed";
    if (injured) {
      toll += killed ? " and " + std::to_string(*inc.injuries) + " injured"
                     : people(*inc.injuries) + " injured";
    }
    note += " " + toll + ".";
  }
  if (inc.claimed_by) note += " As claimed by " + *inc.claimed_by + ".";
  note[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(note[0])));
  return note;
}

}  // namespace

int Interaction(int inter1, int inter2) {
  if (inter1 == 0 && inter2 == 0) return 0;
  if (inter2 == 0) return inter1 * 10;
  if (inter1 == 0) return inter2 * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

std::string CombinedSubEventType(const events::EventLexicon& lexicon,
                                 const std::vector<Frame>& frames, bool actor1_at_home) {
  bool fight = false;
  bool capture = false;
  bool recapture = false;
  bool transfer = false;
  std::string best;
  int best_rank = -1;
  // Remote violence told by a word that names no weapon ("an explosion", "fired") is the kind a
  // weapon named beside it says ("an explosion of an explosive device" is a bomb, not shelling).
  auto remote = [&](const Frame& f) {
    const events::SubEventInfo* info = lexicon.SubEvent(f.sub_event_type);
    return info && info->event_type == "Explosions/Remote violence";
  };
  const bool remote_weapon_named = std::any_of(frames.begin(), frames.end(), [&](const Frame& f) {
    return remote(f) && !f.weapon.empty();
  });
  for (const Frame& f : frames) {
    switch (f.trigger_class) {
      case TriggerClass::kFight: fight = true; break;
      case TriggerClass::kCapture: capture = true; continue;
      case TriggerClass::kRecapture: recapture = true; continue;
      case TriggerClass::kTransfer: transfer = true; continue;
      default: break;
    }
    if (remote_weapon_named && f.weapon.empty() && remote(f)) continue;
    const events::SubEventInfo* info = lexicon.SubEvent(f.sub_event_type);
    if (info && info->rank > best_rank) {
      best_rank = info->rank;
      best = f.sub_event_type;
    }
  }
  if (capture || recapture) {
    // ACLED's Ukraine coding: a capture is coded as taken by force unless the text leaves the
    // fighting in doubt ("no information on whether fighting took place").
    const bool uncertain =
        std::any_of(frames.begin(), frames.end(), [](const Frame& f) { return f.fight_uncertain; });
    if (!fight && uncertain) return "Non-violent transfer of territory";
    // A state taking back its own ground regains it; anyone else overtakes it.
    return recapture || actor1_at_home ? "Government regains territory"
                                       : "Non-state actor overtakes territory";
  }
  // A transfer of ground outranks what it ends, a movement ("entered X without resistance").
  if (transfer) {
    static const std::string kTransfer = "Non-violent transfer of territory";
    const events::SubEventInfo* info = lexicon.SubEvent(kTransfer);
    if (best.empty() || (info && info->rank > best_rank)) return kTransfer;
  }
  return best;
}

std::optional<Incident> CodeIncident(const events::EventLexicon& lexicon,
                                     const std::vector<Frame>& frames,
                                     const DocumentContext& context) {
  if (frames.empty()) return std::nullopt;
  // The frame that carries the place and the best day.
  const Frame* head = nullptr;
  for (const Frame& f : frames) {
    if (!f.place) continue;
    if (!head || SourceRank(f.date_source) < SourceRank(head->date_source)) head = &f;
  }
  if (!head) return std::nullopt;
  const places::Place& place = *head->place;
  if (place.is_country()) return std::nullopt;

  Incident inc;
  inc.event_date = head->date_source == DateSource::kNone ? std::nullopt : head->date;
  inc.time_precision = head->time_precision;
  inc.country = place.country;
  inc.country_code = place.country_code;
  inc.admin1 = place.admin1;
  inc.admin2 = place.admin2;
  inc.location = place.name;
  inc.latitude = place.latitude;
  inc.longitude = place.longitude;
  inc.geo_precision = head->geo_precision;

  FrameActor a1;
  FrameActor a2;
  for (const Frame& f : frames) {
    if (!a1.present() && f.actor1.present()) {
      a1 = RebelGroup(lexicon, f.actor1, place, inc.event_date, context);
    }
  }
  const int inter1 = a1.present() ? CodeActor(lexicon, a1, place, inc.event_date).inter : 0;
  for (const Frame& f : frames) {
    const FrameActor other = RebelGroup(lexicon, f.actor2, place, inc.event_date, context);
    // Not the same side again; civilians of the same country are the other party, and so is a
    // group of the state's own country ("Nigerian troops killed 30 Boko Haram fighters").
    const bool same_side = other.country == a1.country && other.armed() == a1.armed() &&
                           (other.unit == "separatist") == (a1.unit == "separatist") &&
                           (!other.present() || !other.armed() || inter1 == 0 ||
                            CodeActor(lexicon, other, place, inc.event_date).inter == inter1);
    if (!a2.present() && other.present() && !same_side) a2 = other;
  }
  // A force foreign to the place by its name ("the occupiers shelled X"), named by no state, is
  // the force of the place's state's adversary: the foreign state the document names, else who
  // held ground against that state on the day.
  for (FrameActor* a : {&a1, &a2}) {
    if (!a->country.empty() || !NamesForeignForce(lexicon, a->text)) continue;
    if (!context.adversary_country.empty() && context.adversary_country != place.country_code) {
      a->country = context.adversary_country;
    } else if (inc.event_date) {
      if (const events::HeldArea* held = lexicon.HeldAreaIn(place.country_code, *inc.event_date);
          held && held->holder_country != place.country_code) {
        a->country = held->holder_country;
      }
    }
  }
  // A force that serves in its own state only (actors.tsv home), named by no state ("border
  // guards seized a cache"), is the force of the state the place is in.
  for (FrameActor* a : {&a1, &a2}) {
    if (a->country.empty() && lexicon.IsHomeUnit(a->unit)) a->country = place.country_code;
  }
  CodedActor c1 = CodeActor(lexicon, a1, place, inc.event_date);
  // "gunmen attacked soldiers": soldiers or police named by no state that an armed group of no
  // state (rebels, militias: inter 2 to 4) fought or struck, in the country the document is
  // about, are that state's.
  // So is a force's thing they hit that names no side ("rebels attacked an army base").
  const bool men_of_no_state =
      a2.country.empty() && (a2.unit == "military" || lexicon.IsHomeUnit(a2.unit));
  const bool thing_of_no_state =
      !a2.present() && std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
        return f.military_target && !f.target_side.present();
      });
  if ((men_of_no_state || thing_of_no_state) && c1.inter >= 2 && c1.inter <= 4 &&
      context.home_country == place.country_code) {
    a2.country = place.country_code;
    if (thing_of_no_state) a2.unit = "military";
  }
  CodedActor c2 = CodeActor(lexicon, a2, place, inc.event_date);
  // A force named by no state ("the army", "troops") that fights or strikes in the country the
  // document is about, which names no other state's forces, is that state's.
  const bool violent = std::any_of(frames.begin(), frames.end(), [&](const Frame& f) {
    const events::SubEventInfo* i = lexicon.SubEvent(f.sub_event_type);
    return i && (i->event_type == "Explosions/Remote violence" ||
                 i->event_type == "Violence against civilians");
  });
  // ... or that fights a group of no state ("troops killed 25 militants").
  const bool fights_group = c2.inter >= 2 && c2.inter <= 4;
  const bool home_state_clear = (violent || fights_group) && context.adversary_country.empty() &&
                                !context.home_country.empty() &&
                                context.home_country == place.country_code;
  if (c1.name.empty() && home_state_clear && a1.country.empty() && a1.armed() &&
      a1.unit != "police" && !NamesNoStateForce(lexicon, a1.text)) {
    FrameActor own = a1;
    own.country = place.country_code;
    c1 = CodeActor(lexicon, own, place, inc.event_date);
  }
  // An interception that names no interceptor ("two Russian drones were shot down over X"):
  // the forces of the state it happened in stopped the foreign weapon.
  const bool intercepted = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
    return f.trigger_class == TriggerClass::kIntercept;
  });
  // ... and so did an interception that names neither side ("air defences shot down 20 drones
  // over X"), in the country the document is about.
  const bool neither_named = c1.name.empty() && c2.name.empty() && !a1.present() &&
                             context.home_country == place.country_code;
  if (intercepted && c1.name.empty() && (c2.foreign || neither_named)) {
    c1 = StateMilitary(lexicon, place.country_code, place, inc.event_date);
  }
  // Only the object of the act is named: it stands first for now (a battle's sides have no
  // order); a strike's target goes back to actor2 below.
  const bool only_object = c1.name.empty() && !c2.name.empty() && c2.inter != 7;
  if (only_object) std::swap(c1, c2);

  const bool at_home = !c1.name.empty() && !c1.foreign;
  std::string sub = CombinedSubEventType(lexicon, frames, at_home && c1.inter == 1);
  // Fire opened on civilians ("opened fire on a civilian car") is an attack on them, not a
  // battle: a battle needs two armed sides, and no fight is told.
  // Small-arms fire ("fired small arms at civilians") is no fight by itself.
  const bool fought = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
    return f.trigger_class == TriggerClass::kFight && f.weapon != "small arms";
  });
  if (sub == "Armed clash" && !fought && a2.unit == "civilians" && a1.armed()) sub = "Attack";
  // "gunmen stormed a village, killing 12 people": armed men of no side named (actors.tsv
  // "gunmen", "attackers") who fight no armed side named and kill or wound people the text
  // names as civilians attacked civilians (a battle needs two armed sides).
  const bool civilians_hurt = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
    return f.HasToll() && !f.armed_casualties && f.actor2.unit == "civilians" &&
           !f.actor2.text.empty();
  });
  const bool armed_other = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
    return (f.actor2.present() && f.actor2.armed()) || f.military_target;
  });
  if (sub == "Armed clash" && a1.unit == "unidentified" && civilians_hurt && !armed_other &&
      (c2.name.empty() || c2.inter == 7)) {
    sub = "Attack";
  }
  const events::SubEventInfo* info = lexicon.SubEvent(sub);
  if (!info) return std::nullopt;
  // An air strike by a state's forces is its air force's (ACLED names the branch).
  if (sub == "Air/drone strike" && a1.unit == "military" && !a1.country.empty() &&
      a1.country != "*" && c1.text == a1.text) {
    FrameActor air = a1;
    air.unit = "air_force";
    CodedActor coded = CodeActor(lexicon, air, place, inc.event_date);
    if (!coded.name.empty()) c1 = coded;
  }
  inc.sub_event_type = sub;
  inc.event_type = info->event_type;
  inc.disorder_type = info->disorder_type;

  // Fire at a place on a front line with no side named ("explosions were observed near X"):
  // the side across the line fired at the side holding the place.
  std::optional<events::LineSides> line;
  if (c1.name.empty() && c2.name.empty() && inc.event_date &&
      (inc.event_type == "Battles" || inc.event_type == "Explosions/Remote violence")) {
    line = lexicon.SidesAt(place.country_code, place.latitude, place.longitude, *inc.event_date);
  }
  // The other side of a battle the text names one side of, or none: the foreign state the
  // document names, else those who held ground against the state there on the day.
  auto adversary = [&]() -> CodedActor {
    CodedActor out = StateMilitary(lexicon, context.adversary_country, place, inc.event_date);
    if (out.name.empty() && inc.event_date) {
      if (const events::HeldArea* held = lexicon.HeldAreaIn(place.country_code, *inc.event_date)) {
        out = CodeActor(lexicon, FrameActor{held->holder_country, held->holder_unit, ""}, place,
                        inc.event_date);
      }
    }
    return out;
  };
  // The other side of a force, found as a battle's is: a foreign or rebel force fought the state
  // the place is in, the state's own forces the adversary; never the force itself.
  auto other_side = [&](const CodedActor& side) -> CodedActor {
    CodedActor out = side.foreign || side.inter == 2
                          ? StateMilitary(lexicon, place.country_code, place, inc.event_date)
                          : adversary();
    if (out.name == side.name) out = {};
    return out;
  };
  // ACLED's conventions for who the actors of each kind of event are.
  if (inc.event_type == "Battles") {
    if (line) {
      c1 = CodeActor(lexicon, FrameActor{line->across_country, line->across_unit, ""}, place,
                     inc.event_date);
      c2 = CodeActor(lexicon, FrameActor{line->holding_country, line->holding_unit, ""}, place,
                     inc.event_date);
    } else if (c1.name.empty() && c2.name.empty()) {
      c1 = StateMilitary(lexicon, place.country_code, place, inc.event_date);
      c2 = adversary();
    } else if (c2.name.empty() || c2.inter == 7) {
      // Civilians are never a party to a battle: the other side is the state the fight is in,
      // or, for that state's own forces, the adversary the document names.
      c2 = other_side(c1);
    }
  } else if (sub == "Non-violent transfer of territory" && !c1.name.empty() && c2.name.empty()) {
    // Ground changes hands between two sides even without a fight: the side that lost it is
    // found as a battle's other side is.
    c2 = other_side(c1);
  } else if (inc.event_type == "Violence against civilians") {
    if (c2.name.empty() || c2.inter != 7) c2 = Generic(lexicon, "civilians", place, inc.event_date);
    inc.civilian_targeting = true;
  } else if (inc.event_type == "Protests") {
    // The protesters are actor1; the force that met them, if any, actor2 (a peaceful protest
    // met none).
    auto is_force = [](const CodedActor& a) {
      return !a.name.empty() && a.inter != 5 && a.inter != 6 && a.inter != 7;
    };
    CodedActor force = is_force(c1) ? c1 : is_force(c2) ? c2 : CodedActor{};
    for (const Frame& f : frames) {
      if (!force.name.empty()) break;
      if (f.actor1.armed()) force = CodeActor(lexicon, f.actor1, place, inc.event_date);
    }
    if (c1.inter != 6) c1 = Generic(lexicon, "protesters", place, inc.event_date);
    c2 = sub == "Peaceful protest" ? CodedActor{} : force;
  } else if (inc.event_type == "Riots") {
    if (c1.inter != 5) c1 = Generic(lexicon, "rioters", place, inc.event_date);
  } else if (sub == "Looting/property destruction" && c2.name.empty() && !c1.name.empty() &&
             c1.inter != 7) {
    // Property looted or destroyed by a side whose text names no other owner belonged to the
    // civilians of the place (ACLED codes them actor2).
    c2 = Generic(lexicon, "civilians", place, inc.event_date);
  } else if (sub == "Other" && std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
               return f.trigger_class == TriggerClass::kDisplacement;
             })) {
    c1 = Generic(lexicon, "civilians", place, inc.event_date);
    c2 = {};
  } else if (inc.event_type == "Explosions/Remote violence" && only_object && c2.name.empty() &&
             !intercepted && !line) {
    // "Russian troops were shelled near X": the forces named were hit; the strike came from the
    // other side, as in a battle told from one side. A mine or a bomb has no side by where it
    // went off: its author stays unknown (below).
    c2 = c1;
    c1 = sub == "Remote explosive/landmine/IED" ? CodedActor{} : other_side(c2);
  } else if (inc.event_type == "Explosions/Remote violence" && (c2.name.empty() || c2.inter == 7) &&
             !line) {
    // "people" alone says nothing of who they were: civilians are named only by a word of theirs.
    const bool civilians_named = c2.inter == 7 && c2.text != "people";
    // Remote violence targets civilians when it hurts people and no armed side was its target;
    // damage to civilian things alone names no victim.
    const bool hurt = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
      return f.HasToll() && (!f.armed_casualties || f.actor2.unit == "civilians");
    });
    c2 = hurt ? Generic(lexicon, "civilians", place, inc.event_date) : CodedActor{};
    inc.civilian_targeting = hurt;
    // A strike whose author the text leaves unsaid ("a missile struck a shopping centre"), in a
    // country at war over held ground on the day, outside its conflict theatres: it came from
    // across the line, however far from it, if that side is a state's forces (a mine or a bomb
    // has no side by where it went off; an aircraft shot down was fired at by the side that
    // holds the ground). Inside a theatre (data/place_theatres.tsv) ground changes hands and the
    // lines of held_areas.tsv are coarse: only behind them is the holder beyond doubt.
    if (c1.name.empty() && !intercepted && sub != "Remote explosive/landmine/IED" &&
        inc.event_date && !lexicon.InTheatre(place.country_code, place.admin1, *inc.event_date)) {
      if (const auto sides = lexicon.SidesAt(place.country_code, place.latitude, place.longitude,
                                             *inc.event_date, /*beyond_reach=*/true)) {
        CodedActor from = CodeActor(
            lexicon, FrameActor{sides->across_country, sides->across_unit, ""}, place,
            inc.event_date);
        // Only a state's forces strike far behind the line; a rebel group's fire stays near it.
        if (from.inter == 1 || from.inter == 8) c1 = from;
      }
    }
    // Fighters among the dead or wounded and no civilians: the strike hit the other side, found
    // as a battle's is.
    const bool fighters_hit = std::any_of(frames.begin(), frames.end(), [](const Frame& f) {
      return f.HasToll() && f.armed_casualties;
    });
    if (!hurt && fighters_hit && !c1.name.empty() && c1.inter != 7) {
      c2 = other_side(c1);
    }
    // A force's thing hit ("a Russian tank", "Ukrainian checkpoints", "the military base") and
    // no civilians named: the strike hit that force, the side the target names, else the other
    // side of its author, found as a battle's is; people hurt there are no civilian target.
    const auto aimed = std::find_if(frames.begin(), frames.end(),
                                    [](const Frame& f) { return f.military_target; });
    // ... and a strike of no author named at a thing the text names as a side's ("a drone
    // struck a Russian tank") came from that side's other side.
    if (!civilians_named && aimed != frames.end() && c1.name.empty() && !intercepted &&
        aimed->target_side.present()) {
      const CodedActor hit = CodeActor(lexicon, aimed->target_side, place, inc.event_date);
      const CodedActor from = hit.name.empty() ? CodedActor{} : other_side(hit);
      if (!from.name.empty() && from.name != hit.name) {
        c1 = from;
        c2 = hit;
        inc.civilian_targeting = false;
      }
    }
    if (!civilians_named && aimed != frames.end() && !c1.name.empty() && c1.inter != 7) {
      CodedActor hit = aimed->target_side.present()
                           ? CodeActor(lexicon, aimed->target_side, place, inc.event_date)
                           : other_side(c1);
      if (!hit.name.empty() && hit.name != c1.name) {
        c2 = hit;
        inc.civilian_targeting = false;
      }
    }
  } else if (intercepted && sub == "Disrupted weapons use" && c2.name.empty() &&
             !c1.name.empty() && !c1.foreign && c1.inter != 7) {
    // A state's forces downed a missile or a drone whose side the text leaves unsaid ("air
    // defence intercepted two missiles"): it was the other side's, found as a battle's is.
    // Arms seized or found on the ground ("seized a cache of weapons") whose owner the text
    // leaves unsaid were someone unknown's (codebook: an unidentified armed group), as a bomb
    // or mine whose author it does not name is.
    const bool seized_only = std::none_of(frames.begin(), frames.end(), [](const Frame& f) {
      return f.trigger_class == TriggerClass::kIntercept && !f.seizure;
    });
    c2 = seized_only ? Generic(lexicon, "unidentified", place, inc.event_date) : adversary();
    if (c2.name == c1.name) c2 = {};
  } else if (line) {
    c1 = CodeActor(lexicon, FrameActor{line->across_country, line->across_unit, ""}, place,
                   inc.event_date);
  }
  // A bomb or mine whose author the text does not name was set by someone unknown (codebook:
  // an unidentified armed group), not by whoever it hit; so was a suicide bomber of no group.
  if ((sub == "Remote explosive/landmine/IED" || sub == "Suicide bomb") && c1.name.empty()) {
    c1 = Generic(lexicon, "unidentified", place, inc.event_date);
  }
  // Violence against civilians whose author the text names in no words: an unidentified armed
  // group (codebook), not an empty actor1 beside the civilians. Words that name a force of no
  // known side ("forces", "the general staff") leave it open.
  if (c1.name.empty() && !a1.present() && inc.event_type == "Violence against civilians") {
    c1 = Generic(lexicon, "unidentified", place, inc.event_date);
  }
  // Civilians are the victims of violence, never its authors: with no author named they stay
  // actor2 (ACLED codes the author as unknown rather than the civilians as actor1).
  const bool victims = c2.inter == 7 && (inc.event_type == "Violence against civilians" ||
                                         inc.event_type == "Explosions/Remote violence");
  if (c1.name.empty() && !c2.name.empty() && !victims) std::swap(c1, c2);
  inc.actor1 = c1.name;
  inc.actor1_text = c1.text;
  inc.inter1 = c1.inter;
  inc.actor2 = c2.name;
  inc.actor2_text = c2.text;
  inc.inter2 = c2.inter;
  inc.interaction = Interaction(inc.inter1, inc.inter2);

  for (const Frame& f : frames) {
    if (f.fatalities && (!inc.fatalities || *f.fatalities < *inc.fatalities)) {
      inc.fatalities = f.fatalities;
    }
    if (f.injuries && (!inc.injuries || *f.injuries < *inc.injuries)) inc.injuries = f.injuries;
    // A protest's target is what a protest frame says it was against, not what a force used.
    const bool protest_frame = f.trigger_class == TriggerClass::kProtest ||
                               f.trigger_class == TriggerClass::kProtestForce ||
                               f.trigger_class == TriggerClass::kRiot;
    if (inc.target.empty() && (inc.event_type != "Protests" || protest_frame)) {
      inc.target = f.target;
    }
    if (inc.weapon.empty()) inc.weapon = f.weapon_text;
    for (const std::string& r : f.reported_by) {
      if (std::find(inc.reported_by.begin(), inc.reported_by.end(), r) == inc.reported_by.end()) {
        inc.reported_by.push_back(r);
      }
    }
    if (!inc.claimed_by && f.claimed_by) inc.claimed_by = f.claimed_by;
    for (const auto& [b, e] : f.evidence) {
      const bool seen = std::any_of(inc.evidence.begin(), inc.evidence.end(),
                                    [&](const Evidence& x) { return x.start == b && x.end == e; });
      if (!seen) inc.evidence.push_back(Evidence{b, e, ""});
    }
    inc.confidence = std::max(inc.confidence, f.confidence);
  }
  // No weapon word: the means the act's verb names ("shelled": artillery).
  for (const Frame& f : frames) {
    if (inc.weapon.empty()) inc.weapon = f.weapon;
  }
  // A victim named in person ("the murder of Mayor Ana Ruiz") is the victim as the text names
  // them, before a description of civilians ("peasants"); an armed other side stays.
  // The people its frames name, each once, are named together ("Ana Ruiz and Olga Lis").
  if (inc.actor2.empty() || inc.inter2 == 7) {
    std::vector<std::string> names;
    for (const Frame& f : frames) {
      if (f.victim_name.empty()) continue;
      const bool told = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
        return n.find(f.victim_name) != std::string::npos ||
               f.victim_name.find(n) != std::string::npos;
      });
      if (!told) names.push_back(f.victim_name);
      // "killed Senator A B": the person is the victim, not a thing hit.
      if (inc.target.find(f.victim_name) != std::string::npos) inc.target.clear();
    }
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (k == 0) {
        inc.actor2_text = names[k];
      } else {
        inc.actor2_text += (k + 1 == names.size() ? " and " : ", ") + names[k];
      }
    }
  }
  // Violence against civilians hits people: the person the act's object names is its victim
  // ("murdered retired general X"), as the text names them, not a thing hit.
  // A thing named by its kind ("the house") stays the target.
  auto thing = [&](const std::string& target) {
    const std::size_t space = target.rfind(' ');
    std::string head = target.substr(space == std::string::npos ? 0 : space + 1);
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lexicon.IsTargetHead(head);
  };
  if (inc.event_type == "Violence against civilians" && inc.actor2_text.empty() &&
      !inc.target.empty() && !thing(inc.target)) {
    inc.actor2_text = inc.target;
    inc.target.clear();
  }
  inc.confidence = std::min(0.99, inc.confidence + 0.05 * static_cast<double>(frames.size() - 1));
  std::sort(inc.evidence.begin(), inc.evidence.end(),
            [](const Evidence& x, const Evidence& y) { return x.start < y.start; });
  inc.notes = Notes(lexicon, inc);
  return inc;
}

}  // namespace sitrep::coding
