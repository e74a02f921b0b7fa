#include "eval/OutcomeFeatures.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sy {

RequestFeatures featuresOfRow(const OutcomeRow &row, const QString &alias)
{
    const QJsonArray messages = !row.messages.isEmpty()
                                    ? row.messages
                                    : QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                             {QStringLiteral("content"), row.prompt}}};
    return RequestFeatures::fromRequest(
        QJsonObject{{QStringLiteral("model"), alias}, {QStringLiteral("messages"), messages}},
        ApiFormat::OpenAIChat);
}

} // namespace sy
