#include "dialogs/JsonEditDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QTextCursor>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/FieldProblem.h"
#include "session/PolicyEditSession.h"
#include "json/JsonPath.h"
#include "json/JsonReader.h"
#include "policy/PolicyReader.h"
#include "policy/PolicyWriter.h"

#include "json/OrderedJson.h"
#include "widgets/JsonHighlighter.h"

namespace sy {

JsonEditDialog::JsonEditDialog(PolicyEditSession *session, const QString &path, QWidget *parent)
    : QDialog(parent), m_session(session), m_path(path), m_text(new QPlainTextEdit(this)), m_problems(makeProblemLabel(this))
{
    setWindowTitle(path == u"$" ? tr("Edit policy as JSON") : tr("Edit %1 as JSON").arg(path));
    resize(640, 560);
    m_text->setObjectName(QStringLiteral("jsonText"));
    m_text->setAccessibleName(tr("JSON text"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    const QJsonValue whole = PolicyWriter::toJson(session->policy());
    const QJsonValue part = jsonValueAt(whole, path).value_or(QJsonValue());
    m_text->setPlainText(QString::fromUtf8(OrderedJson::write(part, PolicyWriter::keyOrder())));
    new JsonHighlighter(m_text->document(), m_text->palette().color(QPalette::Base).lightnessF() < 0.5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Changes are checked when applied and can be undone like any other edit."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

bool JsonEditDialog::apply()
{
    Diagnostics syntax;
    const QByteArray text = m_text->toPlainText().toUtf8();
    const auto doc = parseJsonText(text, syntax);
    if (!doc) {
        setProblemText(m_problems, {syntax.toString()});
        // The cursor goes where the parser stopped, so the mistake is in front of the user.
        QJsonParseError error;
        (void)QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            QTextCursor cursor = m_text->textCursor();
            cursor.setPosition(int(QString::fromUtf8(text.left(error.offset)).size()));
            m_text->setTextCursor(cursor);
            m_text->setFocus();
        }
        return false;
    }
    QJsonValue whole = PolicyWriter::toJson(m_session->policy());
    const QJsonValue part = doc->isObject() ? QJsonValue(doc->object()) : QJsonValue(doc->array());
    if (!replaceJsonValueAt(whole, m_path, part)) {
        setProblemText(m_problems, {tr("%1 is no longer in the policy.").arg(m_path)});
        return false;
    }
    Diagnostics diagnostics;
    const auto policy = PolicyReader::fromJsonLenient(whole.toObject(), diagnostics);
    if (!policy) {
        setProblemText(m_problems, diagnostics.toString().split(u'\n'));
        return false;
    }
    m_session->replace(m_path == u"$" ? tr("Edit policy as JSON") : tr("Edit as JSON"), *policy);
    return true;
}

} // namespace sy
