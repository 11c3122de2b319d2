#include "apps/json_schema.h"

#include <gtest/gtest.h>

namespace sitrep::testing {
namespace {

using nlohmann::json;

const json kSchema = json::parse(R"({
  "type": "object",
  "required": ["name", "date", "count", "tags"],
  "properties": {
    "name": {"type": "string"},
    "date": {"type": ["string", "null"], "format": "date"},
    "count": {"type": ["integer", "null"], "minimum": 0, "maximum": 8},
    "kind": {"enum": [1, 2, 3]},
    "tags": {"type": "array", "minItems": 1, "items": {"type": "object", "required": ["t"],
             "properties": {"t": {"type": "integer"}}}}
  }
})");

TEST(JsonSchemaTest, AcceptsAValidValue) {
  EXPECT_TRUE(
      ValidateJson(
          kSchema,
          json::parse(R"({"name":"a","date":"2024-02-29","count":null,"kind":2,"tags":[{"t":1}]})"))
          .empty());
  EXPECT_TRUE(
      ValidateJson(kSchema, json::parse(R"({"name":"a","date":null,"count":8,"tags":[{"t":2.0}]})"))
          .empty());
}

TEST(JsonSchemaTest, FindsEachKindOfViolation) {
  auto errors = [](const char* text) { return ValidateJson(kSchema, json::parse(text)); };
  EXPECT_EQ(errors(R"({"date":null,"count":1,"tags":[{"t":1}]})").size(), 1u);           // required
  EXPECT_EQ(errors(R"({"name":3,"date":null,"count":1,"tags":[{"t":1}]})").size(), 1u);  // type
  EXPECT_EQ(errors(R"({"name":"a","date":"2023-02-29","count":1,"tags":[{"t":1}]})").size(),
            1u);  // impossible date
  EXPECT_EQ(errors(R"({"name":"a","date":"2 March","count":1,"tags":[{"t":1}]})").size(), 1u);
  EXPECT_EQ(errors(R"({"name":"a","date":null,"count":9,"tags":[{"t":1}]})").size(), 1u);  // max
  EXPECT_EQ(errors(R"({"name":"a","date":null,"count":-1,"tags":[{"t":1}]})").size(), 1u);
  EXPECT_EQ(errors(R"({"name":"a","date":null,"count":1.5,"tags":[{"t":1}]})").size(), 1u);
  EXPECT_EQ(errors(R"({"name":"a","date":null,"count":1,"kind":4,"tags":[{"t":1}]})").size(), 1u);
  EXPECT_EQ(errors(R"({"name":"a","date":null,"count":1,"tags":[]})").size(), 1u);  // minItems
  const auto nested = errors(R"({"name":"a","date":null,"count":1,"tags":[{"t":"x"}]})");
  ASSERT_EQ(nested.size(), 1u);
  EXPECT_EQ(nested[0].rfind("/tags/0/t:", 0), 0u);
  EXPECT_EQ(ValidateJson(kSchema, json::array()).size(), 1u);
}

}  // namespace
}  // namespace sitrep::testing
