#pragma once

#include <QByteArray>

#include <optional>

#include "domain/ApiFormat.h"

namespace sy {

// Whole answers and event streams of the same API, each made from the other, so a cached answer
// can be served as a stream and a streamed answer kept as one: OpenAI chat completions (text,
// refusals, reasoning, tool calls, usage) and Anthropic messages (text, thinking and tool-use
// blocks, usage).
namespace AnswerStream {

// The events a client asking for a stream would have received, ending with [DONE] for OpenAI.
// includeUsage: OpenAI's stream_options.include_usage (Anthropic streams always carry usage).
QByteArray toEvents(ApiFormat format, const QByteArray &answer, bool includeUsage);

// The whole answer a finished stream adds up to; nullopt when the events do not make one (cut
// short, an error event, no events at all).
std::optional<QByteArray> fromEvents(ApiFormat format, const QByteArray &events);

} // namespace AnswerStream

} // namespace sy
