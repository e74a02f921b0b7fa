#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sy {

// Colours JSON text: keys, strings, numbers and true/false/null, in tones that read on the
// light and the dark palette alike.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document, bool darkBackground);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

} // namespace sy
