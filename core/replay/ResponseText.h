#pragma once

#include <QByteArray>
#include <QString>

namespace sy {

// A chat completion's or an Anthropic message's text, whole or streamed (the text deltas of its
// events, joined).
QString responseText(const QByteArray &body);

} // namespace sy
