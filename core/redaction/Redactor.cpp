#include "redaction/Redactor.h"

#include <algorithm>

namespace sy {

Redactor::Redactor(int kinds)
{
    // Keys first: a key can look like a long number, and a URL with credentials like an address.
    if (kinds & Key) {
        m_rules.push_back({QStringLiteral("key"), QStringLiteral("[KEY]"),
                           QRegularExpression(QStringLiteral(
                               "\\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}"    // OpenAI, Anthropic
                               "|sy-[A-Za-z0-9]{20,}"                          // this proxy's virtual keys
                               "|AKIA[0-9A-Z]{16}"                             // AWS access key ids
                               "|gh[pousr]_[A-Za-z0-9]{30,}"                   // GitHub tokens
                               "|xox[abposr]-[A-Za-z0-9-]{10,}"                // Slack tokens
                               "|AIza[0-9A-Za-z_-]{35}"                        // Google API keys
                               "|eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}" // JWTs
                               ")"))});
        m_rules.push_back({QStringLiteral("key"), QStringLiteral("[KEY]"),
                           QRegularExpression(QStringLiteral("(?i)\\b(?:bearer|api[_-]?key|token|secret|password)\\b\\s*[:=]?\\s*[\"']?"
                                                             "([A-Za-z0-9._~+/-]{12,}=*)"))});
        // Long strings of mixed letters and digits with no word in them: hex or base64 secrets.
        m_rules.push_back({QStringLiteral("key"), QStringLiteral("[KEY]"),
                           QRegularExpression(QStringLiteral("\\b(?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{32,}={0,2}"))});
    }
    if (kinds & Email)
        m_rules.push_back({QStringLiteral("email"), QStringLiteral("[EMAIL]"),
                           QRegularExpression(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"))});
    if (kinds & Phone)
        // International (+49 30 1234567), North American ((555) 123-4567) and grouped local forms;
        // at least seven digits, so years, prices and counts stay.
        m_rules.push_back({QStringLiteral("phone"), QStringLiteral("[PHONE]"),
                           QRegularExpression(QStringLiteral("(?<![\\w.+])(?!\\d{4}-\\d{2}-\\d{2}\\b)(?!\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b)"
                                                             "(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,8}){1,4}"
                                                             "(?!\\w|[.,]\\d)"))});
}

bool Redactor::addPattern(const QString &name, const QString &pattern, QString *error)
{
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        *error = QStringLiteral("'%1' is not a valid pattern: %2").arg(pattern, re.errorString());
        return false;
    }
    if (re.match(QString()).hasMatch()) {
        *error = QStringLiteral("'%1' matches empty text, so it would match everywhere").arg(pattern);
        return false;
    }
    const QString kind = name.isEmpty() ? QStringLiteral("custom") : name;
    m_rules.push_back({kind, QStringLiteral("[%1]").arg(kind.toUpper()), re});
    return true;
}

QString Redactor::redact(const QString &text, std::vector<Finding> *findings) const
{
    struct Span
    {
        qsizetype begin, end;
        const Rule *rule;
    };
    std::vector<Span> spans;
    for (const Rule &rule : m_rules) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // A pattern with a group names the secret only (the group), keeping its label ("token: …").
            const int group = rule.pattern.captureCount() > 0 && m.capturedStart(1) >= 0 ? 1 : 0;
            const qsizetype begin = m.capturedStart(group), end = m.capturedEnd(group);
            if (rule.kind == u"phone" && std::count_if(text.begin() + begin, text.begin() + end, [](QChar c) { return c.isDigit(); }) < 7)
                continue;
            if (end > begin)
                spans.push_back({begin, end, &rule});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Span &s : spans) {
        if (s.begin < at)
            continue; // inside one already replaced
        out += QStringView(text).mid(at, s.begin - at);
        out += s.rule->placeholder;
        if (findings)
            findings->push_back({s.rule->kind, text.mid(s.begin, s.end - s.begin), s.begin});
        at = s.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace sy
