// Policy files: every input gives a policy or diagnostics, and a policy compiles and decides.
#include <QJsonDocument>

#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"
#include "routing/RoutingEngine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sy::Diagnostics diagnostics;
    auto policy = sy::PolicyReader::fromJsonText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), diagnostics);
    if (!policy)
        return 0;
    const QByteArray written = sy::PolicyWriter::toJsonText(*policy);
    sy::Diagnostics again;
    if (!sy::PolicyReader::fromJsonText(written, again))
        __builtin_trap(); // what was written must read back
    const auto compiled = sy::CompiledPolicy::compile(std::move(*policy));
    for (const sy::Route &route : compiled->policy.routes) {
        sy::RequestFeatures features;
        features.alias = route.alias;
        features.setTexts(QStringLiteral("hello world"), {}, {});
        (void)sy::RoutingEngine::decide(*compiled, features);
    }
    return 0;
}
