#include "sitrep/status.h"

namespace sitrep {

const char* Status::CodeName() const {
  switch (code_) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kDataError: return "data_error";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out;
  if (!document_.empty()) out += document_ + ": ";
  out += message_;
  return out;
}

}  // namespace sitrep
