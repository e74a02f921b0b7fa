#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

namespace sy {

// Compact JSON written straight into UTF-8, for documents made on every request (the decision
// trace in each request-log row): building a QJsonObject and serialising it cost ten times the
// bytes written. The caller writes an object's keys in the order it wants them read back.
class JsonWriter
{
public:
    JsonWriter() = default;
    explicit JsonWriter(qsizetype expectedBytes) { m_out.reserve(expectedBytes); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(bool b);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(qint64 n);
    JsonWriter &value(double d); // shortest form that reads back the same; null when not finite
    JsonWriter &null();

    const QByteArray &text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void string(QByteArrayView utf8);

    QByteArray m_out;
    bool m_afterValue = false; // the next value or key needs a comma before it
};

} // namespace sy
