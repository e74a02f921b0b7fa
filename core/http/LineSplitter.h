#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sy {

// Hands each complete line of a stream read to line(text), without its '\n'; a line split across
// reads is joined in partial first. Without a copy when a read holds whole lines.
template <typename LineFunction>
void forEachLine(QByteArray &partial, QByteArrayView data, LineFunction &&line)
{
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = data.indexOf('\n', start);
        if (nl < 0)
            break;
        if (partial.isEmpty()) {
            line(data.sliced(start, nl - start));
        } else {
            partial.append(data.sliced(start, nl - start));
            line(QByteArrayView(partial));
            partial.clear();
        }
        start = nl + 1;
    }
    if (start < data.size())
        partial.append(data.sliced(start));
}

} // namespace sy
