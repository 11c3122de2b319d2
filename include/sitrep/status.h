// Errors as values: the library never throws across its API and never exits.
#ifndef SITREP_STATUS_H_
#define SITREP_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sitrep {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input: a document, a date, a flag value
  kNotFound,         // a file or data table is missing
  kDataError,        // a data table or index is corrupt
  kIoError,          // reading or writing failed
  kInternal,         // a bug in sitrep
};

// A code, a message and where in the input the problem is (document id, byte offset).
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, std::string document = {},
         std::optional<std::uint64_t> offset = std::nullopt)
      : code_(code), message_(std::move(message)), document_(std::move(document)), offset_(offset) {}

  static Status Ok() { return {}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& document() const { return document_; }
  std::optional<std::uint64_t> offset() const { return offset_; }

  // "invalid_argument", "not_found", ...: the stable name printed in error lines.
  const char* CodeName() const;
  // One line a person can read: "doc-7: invalid UTF-8 at byte 12".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string document_;
  std::optional<std::uint64_t> offset_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : value_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(value_);
  }
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace sitrep

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define SITREP_RETURN_IF_ERROR(expr)        \
  do {                                      \
    ::sitrep::Status sitrep_status_ = (expr); \
    if (!sitrep_status_.ok()) return sitrep_status_; \
  } while (false)

#endif  // SITREP_STATUS_H_
