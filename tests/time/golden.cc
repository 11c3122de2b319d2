#include "time/golden.h"

#include "lexicon/tsv.h"
#include "text/analysed_text.h"

namespace sitrep::time::golden {

std::vector<Row> ReadGolden(const std::string& path, std::string* error) {
  auto rows = lexicon::ReadTsv(path, 4);
  if (!rows.ok()) {
    *error = rows.status().ToString();
    return {};
  }
  std::vector<Row> out;
  int index = 0;
  for (const auto& fields : *rows) {
    Row row;
    row.line = ++index;
    for (std::size_t i = 0; i < fields[0].size(); ++i) {
      if (fields[0][i] == '\\' && i + 1 < fields[0].size() && fields[0][i + 1] == 'n') {
        row.sentence += "\n\n";
        ++i;
      } else {
        row.sentence += fields[0][i];
      }
    }
    auto published = ParseIsoDate(fields[1]);
    if (!published) {
      *error = "bad publication date in row " + std::to_string(row.line) + ": " + fields[1];
      return {};
    }
    row.published = *published;
    row.expected = fields[2];
    row.precision = fields[3] == "-" ? 0 : std::atoi(fields[3].c_str());
    out.push_back(std::move(row));
  }
  return out;
}

Answer AnswerFor(const Row& row, const text::SegmenterTables& segmenter,
                 const TimeTables& tables) {
  auto analysed = text::Analyse(row.sentence, segmenter);
  if (!analysed.ok()) return {"error: " + analysed.status().ToString(), 0};
  const auto found = Annotate(*analysed, row.published, tables);
  if (found.empty()) return {"none", 0};
  const TimeExpression& last = found.back();
  if (last.open_span) return {"open:" + last.range_first.ToIso(), last.precision};
  if (last.future) return {"future", last.precision};
  if (last.historic) return {"historic", last.precision};
  return {last.date.ToIso(), last.precision};
}

bool Matches(const Row& row, const Answer& answer) {
  if (answer.day != row.expected) return false;
  if (row.precision == 0) return true;
  return answer.precision == row.precision;
}

}  // namespace sitrep::time::golden
