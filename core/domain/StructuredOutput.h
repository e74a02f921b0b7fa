#pragma once

namespace sy {

// How a chat request's response_format is asked of a model that has no such parameter (an
// Anthropic-kind target): a system instruction, the schema after it. The simulator reads the
// same words, so a structured-output client gets JSON from a simulated Anthropic model too.
inline constexpr char kJsonObjectInstruction[] = "Respond with a single JSON object and nothing else.";
inline constexpr char kJsonSchemaInstruction[] = "Respond with a single JSON object that follows this JSON Schema, and nothing else: ";

} // namespace sy
