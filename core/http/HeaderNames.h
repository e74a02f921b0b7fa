#pragma once

#include <QByteArray>

namespace sy {

// Header names are case-insensitive: both parsers keep them lower-case, without a temporary copy.
inline void appendLowerCase(QByteArray &out, const char *at, size_t len)
{
    const qsizetype start = out.size();
    out.append(at, qsizetype(len));
    char *p = out.data() + start;
    for (size_t i = 0; i < len; ++i)
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = char(p[i] + 32);
}

} // namespace sy
