// Reads JSON lines {"text": ...} on stdin and prints TokenEstimator's count for each, one per line.
// bench/tokens/measure.sh compares these with a real BPE tokenizer.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include "domain/TokenEstimator.h"

int main()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QString text = QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString();
        printf("%d\n", sy::TokenEstimator::estimateText(text));
    }
    return 0;
}
