#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace sy {

// Takes personal data and secrets out of text before logged traffic becomes a prompt set: e-mail
// addresses, phone numbers, key-like strings (provider keys, cloud access keys, tokens, long
// random-looking strings) and the user's own patterns, each replaced by a placeholder naming
// what was there ("[EMAIL]"). What it found is reported, for a preview before anything is saved.
class Redactor
{
public:
    enum Kind { Email = 1, Phone = 2, Key = 4, AllBuiltIn = Email | Phone | Key };

    struct Finding
    {
        QString kind;     // "email", "phone", "key" or the custom pattern's name
        QString original; // what was there
        qsizetype offset = 0;
    };

    explicit Redactor(int kinds = AllBuiltIn);
    // A pattern of the user's; false (with the reason) when it is not a valid expression or
    // matches the empty string (it would match everywhere).
    bool addPattern(const QString &name, const QString &pattern, QString *error);

    // The text with every finding replaced; findings in order (overlaps go to the earlier, longer one).
    QString redact(const QString &text, std::vector<Finding> *findings = nullptr) const;

private:
    struct Rule
    {
        QString kind;
        QString placeholder;
        QRegularExpression pattern;
    };
    std::vector<Rule> m_rules;
};

} // namespace sy
