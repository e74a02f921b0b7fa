#pragma once

namespace sy {

// The API a request speaks: what a client sent, what an upstream expects, and so the shape of
// every answer and error the proxy writes.
enum class ApiFormat
{
    OpenAIChat,
    AnthropicMessages
};

} // namespace sy
