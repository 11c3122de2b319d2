#include "eval/report_table.h"

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

namespace sitrep::eval {
namespace {

constexpr int kNameWidth = 34;
constexpr std::size_t kConfusionCells = 12;

bool IsCounts(const Json& j) {
  return j.is_object() && j.contains("f1") && j.contains("precision") && j.contains("recall");
}

std::string Pad(const std::string& name, int indent) {
  std::string out(static_cast<std::size_t>(indent) * 2, ' ');
  out += name;
  if (out.size() < kNameWidth) out.resize(kNameWidth, ' ');
  return out;
}

std::string Number(const Json& v) {
  char buffer[64];
  if (v.is_number_float()) {
    std::snprintf(buffer, sizeof buffer, "%.3f", v.get<double>());
    return buffer;
  }
  if (v.is_number()) return std::to_string(v.get<long long>());
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

void Confusion(const Json& confusion, int indent, std::string& out) {
  std::vector<std::tuple<long long, std::string, std::string>> cells;
  for (const auto& [gold, row] : confusion.items()) {
    if (!row.is_object()) continue;
    for (const auto& [predicted, count] : row.items()) {
      if (gold != predicted && count.is_number()) {
        cells.emplace_back(count.get<long long>(), gold, predicted);
      }
    }
  }
  std::sort(cells.begin(), cells.end(),
            [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  out += Pad("confusion (gold -> predicted)", indent) + "\n";
  for (std::size_t i = 0; i < cells.size() && i < kConfusionCells; ++i) {
    const auto& [count, gold, predicted] = cells[i];
    out += std::string(static_cast<std::size_t>(indent + 1) * 2, ' ') + gold + " -> " + predicted +
           ": " + std::to_string(count) + "\n";
  }
}

void Section(const Json& j, int indent, std::string& out) {
  for (const auto& [key, value] : j.items()) {
    if (value.is_array()) continue;
    if (key == "confusion" && value.is_object()) {
      Confusion(value, indent, out);
    } else if (IsCounts(value)) {
      char row[160];
      std::snprintf(row, sizeof row, "P %.3f  R %.3f  F1 %.3f", value["precision"].get<double>(),
                    value["recall"].get<double>(), value["f1"].get<double>());
      out += Pad(key, indent) + row;
      if (value.contains("tp")) {
        std::snprintf(row, sizeof row, "  (tp %lld fp %lld fn %lld)", value.value("tp", 0LL),
                      value.value("fp", 0LL), value.value("fn", 0LL));
        out += row;
      }
      out += "\n";
    } else if (value.is_object()) {
      out += Pad(key, indent) + "\n";
      Section(value, indent + 1, out);
    } else {
      out += Pad(key, indent) + Number(value) + "\n";
    }
  }
}

}  // namespace

std::string FormatTable(const Json& scores) {
  std::string out;
  Section(scores, 0, out);
  return out;
}

}  // namespace sitrep::eval
