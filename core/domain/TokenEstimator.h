#pragma once

#include <QJsonObject>
#include <QStringView>

namespace sy {

enum class ApiFormat;

// Estimates BPE token counts (cl100k / o200k style) without a vocabulary: text is cut the way
// those tokenizers pre-split it (words with their leading space, digit groups of up to three,
// punctuation runs, newlines), and each piece is charged by its length and script.
// docs/tokens.md gives the method and its measured error against a real tokenizer.
class TokenEstimator
{
public:
    static int estimateText(QStringView text);
    // Chat overhead included: per message framing, the reply primer, and tool definitions.
    static int estimateRequest(const QJsonObject &body, ApiFormat format);

    static constexpr int kPerMessageOverhead = 4;
    static constexpr int kReplyPrimer = 3;
};

} // namespace sy
