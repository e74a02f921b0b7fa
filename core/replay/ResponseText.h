#pragma once

#include <QByteArray>
#include <QString>

namespace sy {

// A chat completion's text, whole or streamed (the content deltas of its events, joined).
QString responseText(const QByteArray &body);

} // namespace sy
