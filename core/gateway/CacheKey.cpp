#include "gateway/CacheKey.h"

#include "digest/Sha256.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sy {

namespace {

// Fields that never change what the model answers.
const char *const kIgnored[] = {"model", "stream", "stream_options", "user", "metadata", "store", "service_tier",
                                "prompt_cache_key", "safety_identifier", "x-switchyard-cache"};

void collectText(const QJsonValue &value, QString &out)
{
    if (value.isString()) {
        out += value.toString();
        out += u'\n';
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectText(v, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *field : {"content", "text"})
            if (o.contains(QLatin1String(field)))
                collectText(o.value(QLatin1String(field)), out);
    }
}

struct Member
{
    QByteArrayView key; // raw, between the quotes
    QByteArrayView value;
};

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        ++i;
    return i;
}

// Past the string that starts at i (a quote); -1 when it does not end. Strings are most of a
// request's bytes: memchr finds each quote, and a quote after an odd run of backslashes is escaped.
qsizetype skipString(QByteArrayView s, qsizetype i)
{
    const char *const begin = s.data();
    const char *const end = begin + s.size();
    for (const char *from = begin + i + 1; from < end;) {
        const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
        if (!quote)
            return -1;
        qsizetype backslashes = 0;
        for (const char *b = quote - 1; b > begin + i && *b == '\\'; --b)
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote - begin + 1;
        from = quote + 1;
    }
    return -1;
}

// Past the value that starts at i; -1 when it is cut short.
qsizetype skipValue(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return skipString(s, i);
    int depth = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            i = skipString(s, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
    }
    return depth == 0 ? i : -1;
}

// The top-level members of a JSON object, as they are written: one pass, no parse tree.
bool topLevelMembers(QByteArrayView s, std::vector<Member> &out)
{
    qsizetype i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '{')
        return false;
    i = skipSpace(s, i + 1);
    if (i < s.size() && s[i] == '}')
        return true;
    while (i < s.size()) {
        if (s[i] != '"')
            return false;
        const qsizetype keyEnd = skipString(s, i);
        if (keyEnd < 0)
            return false;
        const QByteArrayView key = s.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':')
            return false;
        i = skipSpace(s, i + 1);
        const qsizetype valueEnd = skipValue(s, i);
        if (valueEnd < 0)
            return false;
        qsizetype trimmed = valueEnd;
        while (trimmed > i && (s[trimmed - 1] == ' ' || s[trimmed - 1] == '\n' || s[trimmed - 1] == '\r' || s[trimmed - 1] == '\t'))
            --trimmed;
        out.push_back({key, s.sliced(i, trimmed - i)});
        i = skipSpace(s, valueEnd);
        if (i < s.size() && s[i] == '}')
            return skipSpace(s, i + 1) == s.size();
        if (i >= s.size() || s[i] != ',')
            return false;
        i = skipSpace(s, i + 1);
    }
    return false;
}

} // namespace

CacheKey CacheKey::of(ApiFormat format, const QByteArray &body, const QString &route, const QString &scope, bool semantic)
{
    CacheKey key;
    const QByteArray head = QByteArray(format == ApiFormat::AnthropicMessages ? "anthropic" : "openai") + '\0' + route.toUtf8() + '\0' +
                            scope.toUtf8() + '\0';
    // The members in key order, the ignored ones left out: equal requests hash equally whatever
    // the order of their fields. (Values count as written: one client writes them alike.)
    thread_local std::vector<Member> members;
    members.clear();
    if (!topLevelMembers(body, members))
        return key;
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    Sha256 exact;
    exact.add(head);
    for (const Member &m : members) {
        if (std::any_of(std::begin(kIgnored), std::end(kIgnored), [&](const char *ignored) { return m.key == ignored; }))
            continue;
        exact.add(m.key);
        exact.add(QByteArrayView("\0", 1));
        exact.add(m.value);
        exact.add(QByteArrayView("\0", 1));
    }
    key.exact = exact.result();
    if (!semantic) {
        key.valid = true;
        return key;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return key;
    QJsonObject request = doc.object();
    for (const char *field : kIgnored)
        request.remove(QLatin1String(field));

    // The words of the conversation; everything else (and every number in it, which a lexical
    // match would blur) must be equal for a semantic hit.
    collectText(request.value(QStringLiteral("system")), key.text);
    collectText(request.value(QStringLiteral("messages")), key.text);
    request.remove(QStringLiteral("messages"));
    request.remove(QStringLiteral("system"));
    static const QRegularExpression numbers(QStringLiteral("\\d+(?:[.,]\\d+)*"));
    QByteArray figures;
    for (auto it = numbers.globalMatch(key.text); it.hasNext();)
        figures += it.next().captured().toUtf8() + ' ';
    key.partition = Sha256::hash(head + QJsonDocument(request).toJson(QJsonDocument::Compact) + '\0' + figures);
    key.valid = true;
    return key;
}

} // namespace sy
