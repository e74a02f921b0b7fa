#include "policy/PolicyDiff.h"

#include <QJsonDocument>
#include <QStringList>

#include <dtl/dtl.hpp>

namespace sy {

namespace {

std::vector<QString> canonicalLines(const QByteArray &document)
{
    const QJsonDocument doc = QJsonDocument::fromJson(document);
    const QString text = doc.isNull() ? QString::fromUtf8(document) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    const QStringList split = text.split(u'\n');
    std::vector<QString> out(split.begin(), split.end());
    while (!out.empty() && out.back().isEmpty())
        out.pop_back();
    return out;
}

} // namespace

std::vector<PolicyDiff::Line> PolicyDiff::lines(const QByteArray &older, const QByteArray &newer)
{
    const std::vector<QString> a = canonicalLines(older);
    const std::vector<QString> b = canonicalLines(newer);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    std::vector<Line> out;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        Line line;
        line.text = text;
        switch (info.type) {
        case dtl::SES_ADD:
            line.kind = Line::Kind::Added;
            line.newLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            line.kind = Line::Kind::Removed;
            line.oldLine = int(info.beforeIdx);
            break;
        default:
            line.oldLine = int(info.beforeIdx);
            line.newLine = int(info.afterIdx);
            break;
        }
        out.push_back(line);
    }
    return out;
}

QString PolicyDiff::unified(const QByteArray &older, const QByteArray &newer, int context)
{
    const std::vector<Line> all = lines(older, newer);
    std::vector<bool> keep(all.size(), false);
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].kind == Line::Kind::Same)
            continue;
        const size_t from = i >= size_t(context) ? i - size_t(context) : 0;
        const size_t to = std::min(all.size() - 1, i + size_t(context));
        for (size_t k = from; k <= to; ++k)
            keep[k] = true;
    }
    QStringList out;
    bool gap = false;
    for (size_t i = 0; i < all.size(); ++i) {
        if (!keep[i]) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out.append(QStringLiteral("…"));
        gap = false;
        const QChar mark = all[i].kind == Line::Kind::Added ? u'+' : all[i].kind == Line::Kind::Removed ? u'-' : u' ';
        out.append(mark + all[i].text);
    }
    return out.join(u'\n');
}

} // namespace sy
