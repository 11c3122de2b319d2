// `sitrep eval muc4`: the MUC-4 terrorism corpus (dev, tst1, tst2; texts in *-muc3-* / tst*-muc*
// files, answer keys in key-*).
//
// Incidents: a predicted incident can match a template when its ACLED event_type is one the
// template's MUC incident type maps to (kMucTypeMap in muc4.cc: ATTACK → battles, remote
// violence or violence against civilians; BOMBING → remote violence; KIDNAPPING → violence
// against civilians; ARSON, ROBBERY → looting/property destruction, riots or violence against
// civilians; FORCED WORK STOPPAGE → strategic developments or protests). One-to-one, greedy by
// the number of role fillers the pair shares. Unmatched optional templates are not misses.
//
// Role fillers as the GTT/GRIT evaluation scores them (document level, per role; Du et al.'s
// eval.py and key preprocessing): the key entities of all of a document's templates (optional
// ones and "?" fillers included), an entity dropped when its "/"-alternatives are a subset or
// superset of an earlier one's; alternatives that do not occur in the text dropped, and an
// entity left with none dropped; mentions compared after removing punctuation and the articles
// a/an/the; predicted mentions (distinct) matched one-to-one to entities (maximum matching),
// strict: equal to an alternative. Roles: PerpInd / PerpOrg ← actor1_text (PerpOrg when the
// incident's actor1 is a named group or a state force named as a body, decided from the
// incident, never from the key; a named group's incident whose text names its members —
// "guerrillas", a plural or one word not of the group's own words — gives the text as PerpInd
// and the group as PerpOrg, as the document names it: its acronym, name or bracketed name, the
// first the text holds); Target ← target, things named together ("the X, the Y and the Z")
// one mention each; Victim ← actor2_text (civilians, not an armed other side), people named
// together ("A, B and C") one mention each (key: HUM TGT: NAME only, as in GTT); Weapon ←
// weapon (key: INSTRUMENT ID). A predicted value is a mention only where the text holds it in
// words, as the key's alternatives are (a weapon the act's verb implies is none). A lenient
// variant also counts a prediction containing an alternative (or contained in one) at word
// boundaries. Scores are also given per part of the corpus ("by_set": DEV, TST1, TST2 and
// TST1+TST2). --errors adds each document's key entities and predicted
// mentions per role (kind "role_fillers").
#ifndef SITREP_EVAL_MUC4_H_
#define SITREP_EVAL_MUC4_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eval/common.h"

namespace sitrep::eval {

// A key entity: its alternative mentions, normalised (NormaliseMention).
using MucEntity = std::vector<std::string>;

enum class MucRole { kPerpInd, kPerpOrg, kTarget, kVictim, kWeapon };
inline constexpr int kMucRoleCount = 5;
const char* MucRoleName(MucRole role);

struct MucTemplate {
  std::vector<std::string> types;  // "ATTACK"; "BOMBING / ATTACK" gives two
  bool optional = false;
  std::map<MucRole, std::vector<MucEntity>> fillers;
};

struct MucDocument {
  Document document;
  bool has_key = false;                // a key block exists for this document
  std::vector<MucTemplate> templates;  // empty: an irrelevant document
};

// Splits a texts file into documents ("DEV-MUC3-0001 (NOSC)" lines start each). The
// publication date comes from the dateline ("SAN SALVADOR, 3 JAN 90 -- ...", also "JUNE 11 89",
// and "7 FEB" with the previous document's year); a document without one ("NO DATE") takes the
// previous document's date (or 1 January 1990 for the first).
std::vector<Document> ParseMucTexts(std::string_view text);
// GTT's mention normalisation (the GRIT/GTT eval.py): punctuation removed, the articles a, an,
// the dropped, white space collapsed, upper case.
std::string GttNormalise(std::string_view text);
// Parses a key file into templates per document id ("DEV-MUC3-0001").
std::map<std::string, std::vector<MucTemplate>> ParseMucKeys(std::string_view text);
// Every text and key file under `dir` (recursively), texts joined with their keys. Documents
// without a key block are dropped (and counted in `unkeyed`).
Result<std::vector<MucDocument>> ReadMuc4(const std::string& dir, std::size_t* unkeyed = nullptr);

EvalReport ScoreMuc4(const std::vector<MucDocument>& documents, const ExtractFn& extract,
                     const EvalOptions& options);

}  // namespace sitrep::eval

#endif  // SITREP_EVAL_MUC4_H_
