#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "domain/Model.h"
#include "routing/RequestFeatures.h"

namespace sy {

struct Usage : TokenUsage
{
    bool reported = false;
};

// Token usage from a provider's answer: a JSON body, or the events of a stream as they pass
// (only lines that mention "usage" are parsed, so relaying stays cheap).
class UsageReader
{
public:
    explicit UsageReader(ApiFormat format) : m_format(format) {}
    static Usage fromJson(QByteArrayView body, ApiFormat format);
    void feed(QByteArrayView streamData);
    const Usage &usage() const { return m_usage; }

private:
    void line(QByteArrayView text);

    ApiFormat m_format;
    QByteArray m_partial;
    Usage m_usage;
};

} // namespace sy
