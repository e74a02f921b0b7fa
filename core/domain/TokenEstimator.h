#pragma once

#include <QStringView>

#include <string_view>

namespace sy {

// Estimates BPE token counts (cl100k / o200k style) without a vocabulary: text is cut the way
// those tokenizers pre-split it (words with their leading space, digit groups of up to three,
// punctuation runs, newlines), and each piece is charged by its length and script.
// docs/tokens.md gives the method and its measured error against a real tokenizer.
// UTF-8 and UTF-16 inputs of the same text give the same count.
class TokenEstimator
{
public:
    static int estimateText(QStringView text);
    static int estimateUtf8(std::string_view text);
    // A whole request's estimate (framing, tools, images) is RequestFeatures::promptTokens.

    static constexpr int kPerMessageOverhead = 4;
    static constexpr int kReplyPrimer = 3;
};

} // namespace sy
