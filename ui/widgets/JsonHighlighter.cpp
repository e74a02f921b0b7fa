#include "widgets/JsonHighlighter.h"

#include <QRegularExpression>

namespace sy {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool darkBackground) : QSyntaxHighlighter(document)
{
    m_key.setForeground(darkBackground ? QColor(0x8c, 0xc8, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(darkBackground ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(darkBackground ? QColor(0xf0, 0xb4, 0x6c) : QColor(0xb3, 0x58, 0x00));
    m_literal.setForeground(darkBackground ? QColor(0xd6, 0x9c, 0xf0) : QColor(0x7b, 0x1f, 0xa2));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A string (escapes included), then whether a colon follows it: that makes it a key.
    static const QRegularExpression token(
        QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")(\\s*:)?|(-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)|\\b(true|false|null)\\b"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0)
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m.capturedLength(2) > 0 ? m_key : m_string);
        else if (m.capturedLength(3) > 0)
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
        else
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
    }
}

} // namespace sy
