#include "json/JsonWriter.h"

#include <QLocale>

#include <cmath>

namespace sy {

void JsonWriter::separate()
{
    if (m_afterValue)
        m_out += ',';
    m_afterValue = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    string(QByteArrayView(name.data(), name.size())); // the names written here are ASCII
    m_out += ':';
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    string(name.toUtf8());
    m_out += ':';
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    string(text.toUtf8());
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    return value(QString(text));
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    m_out += QByteArray::number(n);
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    if (!std::isfinite(d))
        return null();
    separate();
    m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    m_afterValue = true;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    m_afterValue = true;
    return *this;
}

void JsonWriter::string(QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    const char *const begin = utf8.data();
    const char *const end = begin + utf8.size();
    m_out += '"';
    const char *plain = begin; // start of the run not yet copied
    for (const char *p = begin; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') [[likely]]
            continue;
        m_out.append(plain, p - plain);
        plain = p + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        case '\b':
            m_out.append("\\b", 2);
            break;
        case '\f':
            m_out.append("\\f", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            m_out.append(escaped, 6);
        }
        }
    }
    m_out.append(plain, end - plain);
    m_out += '"';
}

} // namespace sy
