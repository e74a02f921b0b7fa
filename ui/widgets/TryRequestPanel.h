#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace sy {

class CompiledPolicy;

// "Try a request": paste or pick a request, see which targets the policy chooses and the trace
// that explains it, without calling any model.
class TryRequestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TryRequestPanel(QWidget *parent = nullptr);

    // The policy document to try against (the one shown in the editor); invalid ones say why.
    void setPolicyDocument(const QByteArray &document);
    void route();

    QPlainTextEdit *requestEdit() const { return m_request; }
    QComboBox *sampleChooser() const { return m_samples; }
    QComboBox *formatChooser() const { return m_format; }
    QLineEdit *headersEdit() const { return m_headers; }
    QPushButton *routeButton() const { return m_route; }
    QTextBrowser *result() const { return m_result; }
    QPushButton *showPathButton() const { return m_showPath; }

signals:
    // After each try: the route the request went to and the nodes it went through (JSON paths).
    void decided(const QString &routeAlias, const QStringList &path);
    void showPathRequested(); // "Show on diagram"

private:
    std::shared_ptr<const CompiledPolicy> m_policy;
    QString m_policyError;
    QComboBox *m_samples;
    QComboBox *m_format;
    QLineEdit *m_headers;
    QPlainTextEdit *m_request;
    QPushButton *m_route;
    QTextBrowser *m_result;
    QPushButton *m_showPath;
};

} // namespace sy
