#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "json/JsonWriter.h"
#include "routing/CompiledPolicy.h"
#include "routing/Decision.h"
#include "routing/RequestFeatures.h"

namespace sy {

// Turns a decision's compact trace into words, after the fact, so the decision itself stays cheap.
class TraceFormatter
{
public:
    static QStringList lines(const CompiledPolicy &policy, const RequestFeatures &features, const Decision &decision);
    static QJsonObject toJson(const CompiledPolicy &policy, const RequestFeatures &features, const Decision &decision);
    // The same as compact UTF-8 text, written directly: what every request-log row stores.
    static QByteArray toJsonText(const CompiledPolicy &policy, const RequestFeatures &features, const Decision &decision);
    // "prompt_tokens 1532 > 1000", with the observed value.
    static QString describeLeaf(const CompiledPolicy &policy, const RequestFeatures &features, int condition, bool result);
    static QJsonObject featuresToJson(const RequestFeatures &features);
    static void writeFeatures(JsonWriter &writer, const RequestFeatures &features);
    // The JSON paths of the nodes the decision went through, root first, each once: what an
    // editor highlights to show the path a request took.
    static QStringList visitedPaths(const CompiledPolicy &policy, const Decision &decision);
};

} // namespace sy
