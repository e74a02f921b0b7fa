#include "feedback/Feedback.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace sy::FeedbackReader {

namespace {

// Checks what both forms share and derives the score from a label when none was given.
bool finish(Feedback &f, bool hasScore, double score, double scale, QString *error)
{
    if (f.requestId.isEmpty()) {
        *error = QStringLiteral("request_id is required: the x-request-id header of the answer this feedback is about");
        return false;
    }
    if (f.requestId.size() > Feedback::kMaxRequestId) {
        *error = QStringLiteral("request_id is longer than %1 characters").arg(Feedback::kMaxRequestId);
        return false;
    }
    if (f.label.size() > Feedback::kMaxLabel) {
        *error = QStringLiteral("label is longer than %1 characters").arg(Feedback::kMaxLabel);
        return false;
    }
    if (f.comment.size() > Feedback::kMaxComment) {
        *error = QStringLiteral("comment is longer than %1 characters").arg(Feedback::kMaxComment);
        return false;
    }
    if (hasScore) {
        if (!std::isfinite(score) || !std::isfinite(scale) || scale <= 0) {
            *error = QStringLiteral("score and scale must be numbers, scale above 0");
            return false;
        }
        const double quality = score / scale;
        if (quality < 0 || quality > 1) {
            *error = scale == 1 ? QStringLiteral("score must be between 0 and 1, or give a scale (score 4, scale 5)")
                                : QStringLiteral("score must be between 0 and scale");
            return false;
        }
        f.score = quality;
    } else if (f.label.isEmpty()) {
        *error = QStringLiteral("give a score, a label or both");
        return false;
    } else {
        f.score = qualityOfLabel(f.label);
    }
    return true;
}

} // namespace

double qualityOfLabel(const QString &label)
{
    static const char *const good[] = {"good", "positive", "thumbs_up", "up", "like", "accept", "accepted",
                                       "correct", "pass", "passed", "helpful", "yes"};
    static const char *const bad[] = {"bad", "negative", "thumbs_down", "down", "dislike", "reject", "rejected",
                                      "incorrect", "wrong", "fail", "failed", "unhelpful", "no"};
    const QString l = label.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const char *g : good)
        if (l == QLatin1StringView(g))
            return 1;
    for (const char *b : bad)
        if (l == QLatin1StringView(b))
            return 0;
    return -1;
}

Feedback fromJson(QByteArrayView body, QString *error)
{
    Feedback f;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("invalid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                     : QStringLiteral("the body must be a JSON object");
        return {};
    }
    const QJsonObject o = doc.object();
    const auto text = [&o, error](const char *name, QString *into) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString()) {
            *error = QStringLiteral("%1 must be a string").arg(QLatin1StringView(name));
            return false;
        }
        *into = v.toString();
        return true;
    };
    if (!text("request_id", &f.requestId) || !text("label", &f.label) || !text("comment", &f.comment))
        return {};
    const QJsonValue score = o.value(QLatin1StringView("score"));
    const QJsonValue scale = o.value(QLatin1StringView("scale"));
    const bool hasScore = !score.isUndefined() && !score.isNull();
    if ((hasScore && !score.isDouble()) || (!scale.isUndefined() && !scale.isNull() && !scale.isDouble())) {
        *error = QStringLiteral("score and scale must be numbers");
        return {};
    }
    if (!finish(f, hasScore, score.toDouble(), scale.isDouble() ? scale.toDouble() : 1.0, error))
        return {};
    f.source = QStringLiteral("api");
    return f;
}

Feedback fromHeader(QByteArrayView value, QString *error)
{
    Feedback f;
    bool hasScore = false;
    double score = 0, scale = 1;
    const QList<QByteArray> parts = value.toByteArray().split(';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq < 0) {
            if (i != 0) {
                *error = QStringLiteral("'%1' is not name=value").arg(QString::fromUtf8(part.left(40)));
                return {};
            }
            f.requestId = QString::fromUtf8(part);
            continue;
        }
        const QByteArray name = part.left(eq).trimmed().toLower();
        const QString text = QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(eq + 1).trimmed()));
        bool ok = true;
        if (name == "request_id" || name == "id")
            f.requestId = text;
        else if (name == "label")
            f.label = text;
        else if (name == "comment")
            f.comment = text;
        else if (name == "score")
            score = text.toDouble(&ok), hasScore = true;
        else if (name == "scale")
            scale = text.toDouble(&ok);
        else {
            *error = QStringLiteral("unknown feedback field '%1' (request_id, score, scale, label, comment)")
                         .arg(QString::fromUtf8(name.left(40)));
            return {};
        }
        if (!ok) {
            *error = QStringLiteral("%1 must be a number").arg(QString::fromUtf8(name));
            return {};
        }
    }
    if (!finish(f, hasScore, score, scale, error))
        return {};
    f.source = QStringLiteral("header");
    return f;
}

} // namespace sy::FeedbackReader
