// Is Debian's valijson as fast as eval/JsonSchemaCheck for what the json_schema scorer does (one
// answer against the request's schema)? Both check the same documents against the same schema,
// a valid answer and one with six problems, for a second each; valijson with the schema parsed
// for every check (as the scorer would call it) and parsed once.
//   build/release/bench/schema_check          (built when libvalijson-dev is installed)
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "eval/JsonSchemaCheck.h"

namespace {

double microsecondsPerCall(const std::function<size_t()> &check, size_t *found)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    while (t.elapsed() < 1000) {
        *found = check();
        ++n;
    }
    return double(t.nsecsElapsed()) / 1e3 / n;
}

} // namespace

int main()
{
    const QJsonObject schemaJson = QJsonDocument::fromJson(R"({
        "type": "object", "required": ["name", "items"], "additionalProperties": false,
        "properties": {"name": {"type": "string", "minLength": 1, "pattern": "^[A-Z][a-z]+$"},
                       "age": {"type": "integer", "minimum": 0, "maximum": 150},
                       "kind": {"enum": ["a", "b", "c"]},
                       "items": {"type": "array", "minItems": 1, "items": {"type": "object", "required": ["id", "qty"],
                                 "properties": {"id": {"type": "string"}, "qty": {"type": "number", "exclusiveMinimum": 0}}}}}})")
                                       .object();
    const struct
    {
        const char *name;
        const char *json;
    } documents[] = {
        {"valid", R"({"name": "Ada", "age": 36, "kind": "a", "items": [{"id": "x", "qty": 1}, {"id": "y", "qty": 2.5}, {"id": "z", "qty": 3}]})"},
        {"six problems", R"({"name": "ada", "age": -1, "kind": "q", "items": [{"id": 1, "qty": 0}], "extra": true})"},
    };
    valijson::Schema parsedOnce;
    valijson::SchemaParser parser;
    valijson::adapters::QtJsonAdapter schemaAdapter(schemaJson);
    parser.populateSchema(schemaAdapter, parsedOnce);
    printf("%-14s %22s %28s %26s\n", "document", "JsonSchemaCheck us", "valijson, parse each us", "valijson, parsed once us");
    for (const auto &doc : documents) {
        const QJsonValue value = QJsonDocument::fromJson(doc.json).object();
        size_t own = 0, each = 0, once = 0;
        const double ownUs = microsecondsPerCall([&] { return size_t(sy::JsonSchemaCheck::problems(value, schemaJson).size()); }, &own);
        const auto valijsonCheck = [&](const valijson::Schema *parsed) {
            return [&value, &schemaJson, parsed] {
                valijson::Schema perCall;
                if (!parsed) { // as a scorer without a cache would: the schema read for every answer
                    valijson::SchemaParser p;
                    valijson::adapters::QtJsonAdapter sa(schemaJson);
                    p.populateSchema(sa, perCall);
                }
                valijson::Validator validator;
                valijson::ValidationResults results;
                valijson::adapters::QtJsonAdapter va(value);
                validator.validate(parsed ? *parsed : perCall, va, &results);
                return size_t(results.numErrors());
            };
        };
        const double eachUs = microsecondsPerCall(valijsonCheck(nullptr), &each);
        const double onceUs = microsecondsPerCall(valijsonCheck(&parsedOnce), &once);
        printf("%-14s %15.1f (%zu) %21.1f (%zu) %19.1f (%zu)\n", doc.name, ownUs, own, eachUs, each, onceUs, once);
    }
    return 0;
}
