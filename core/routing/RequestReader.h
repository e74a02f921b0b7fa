#pragma once

#include <QByteArray>
#include <QString>

#include "routing/RequestFeatures.h"

namespace sy {

// A client request body read once with simdjson: the routing features, and where the "model"
// value sits in the bytes so the body can be forwarded with only that value replaced.
struct ParsedRequest
{
    RequestFeatures features;
    bool includeUsage = false; // stream_options.include_usage
    qsizetype modelBegin = -1; // byte range of the model value, quotes included
    qsizetype modelEnd = -1;
    QString error; // non-empty: the body is not a usable request (says where and why)
};

class RequestReader
{
public:
    static constexpr qsizetype kMaxRoutedTextBytes = 1024 * 1024; // of one message, for rules and selectors
    static constexpr qsizetype kLargeBodyBytes = 4 * 1024 * 1024; // parsed with a parser of its own
    // body must stay alive while the result's offsets are used; it may be reallocated for padding.
    static ParsedRequest read(QByteArray &body, ApiFormat format);
    // An embeddings request ({"model", "input": string or array}): alias, token estimate, model span.
    static ParsedRequest readEmbeddings(QByteArray &body);
    // The legacy OpenAI completions API: "model", "prompt" (text, texts or token lists), "stream".
    static ParsedRequest readCompletions(QByteArray &body);
    // The costly features of a body read() read: RequestFeatures' filler.
    static void fill(const RequestFeatures &features, const QByteArray &body, ApiFormat format,
                     unsigned parts);
    // A model name as a JSON string value, quotes included.
    static QByteArray jsonString(const QString &model);
    // The body with the model value replaced by a JSON string.
    static QByteArray withModel(const QByteArray &body, const ParsedRequest &parsed, const QString &model);

private:
    template <typename Element>
    static void fillFrom(const RequestFeatures &features, Element root, ApiFormat format, unsigned parts);
};

} // namespace sy
