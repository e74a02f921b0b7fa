#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "policy/PolicyDiff.h"

using namespace sy;

// The version history's diff: only real changes show, in order, with line numbers.
class TestPolicyDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formattingAloneIsNoChange();
    void changedValueIsOneRemovedAndOneAdded();
    void addedRouteIsAnAddedBlock();
    void notJsonStillDiffs();

private:
    QByteArray m_policy;
};

namespace {

int count(const std::vector<PolicyDiff::Line> &lines, PolicyDiff::Line::Kind kind)
{
    return int(std::count_if(lines.begin(), lines.end(), [kind](const PolicyDiff::Line &l) { return l.kind == kind; }));
}

} // namespace

void TestPolicyDiff::initTestCase()
{
    QFile f(QStringLiteral(":/demo/policies/cheap-first.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_policy = f.readAll();
}

void TestPolicyDiff::formattingAloneIsNoChange()
{
    const QByteArray compact = QJsonDocument::fromJson(m_policy).toJson(QJsonDocument::Compact);
    const auto lines = PolicyDiff::lines(m_policy, compact);
    QCOMPARE(count(lines, PolicyDiff::Line::Kind::Added) + count(lines, PolicyDiff::Line::Kind::Removed), 0);
    QVERIFY(PolicyDiff::unified(m_policy, compact).isEmpty());
}

void TestPolicyDiff::changedValueIsOneRemovedAndOneAdded()
{
    QByteArray changed = m_policy;
    changed.replace("\"gt\"", "\"gte\"");
    QVERIFY(changed != m_policy);
    const auto lines = PolicyDiff::lines(m_policy, changed);
    QCOMPARE(count(lines, PolicyDiff::Line::Kind::Removed), 1);
    QCOMPARE(count(lines, PolicyDiff::Line::Kind::Added), 1);
    const auto removed = std::find_if(lines.begin(), lines.end(), [](const auto &l) { return l.kind == PolicyDiff::Line::Kind::Removed; });
    QVERIFY(removed->text.contains(QStringLiteral("\"gt\"")));
    QVERIFY(removed->oldLine > 0 && removed->newLine == 0);
    const QString unified = PolicyDiff::unified(m_policy, changed, 1);
    QCOMPARE(unified.split(u'\n').size(), 4); // one line of context each side
    QVERIFY(unified.contains(QStringLiteral("-")) && unified.contains(QStringLiteral("+")));
}

void TestPolicyDiff::addedRouteIsAnAddedBlock()
{
    QJsonObject doc = QJsonDocument::fromJson(m_policy).object();
    QJsonArray routes = doc.value(QStringLiteral("routes")).toArray();
    routes.append(QJsonObject{{QStringLiteral("alias"), QStringLiteral("zz-new")},
                              {QStringLiteral("root"), QJsonObject{{QStringLiteral("type"), QStringLiteral("target")},
                                                                   {QStringLiteral("model"), QStringLiteral("sim-cloud/sim-mini")}}}});
    doc.insert(QStringLiteral("routes"), routes);
    const auto lines = PolicyDiff::lines(m_policy, QJsonDocument(doc).toJson());
    QVERIFY(count(lines, PolicyDiff::Line::Kind::Removed) <= 1); // at most the old last route's brace, which gains a comma
    QVERIFY(count(lines, PolicyDiff::Line::Kind::Added) >= 6);
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const auto &l) { return l.kind == PolicyDiff::Line::Kind::Added && l.text.contains(QStringLiteral("zz-new")); }));
    int previous = 0;
    for (const auto &l : lines) { // new-version line numbers ascend
        if (l.newLine == 0)
            continue;
        QVERIFY(l.newLine > previous);
        previous = l.newLine;
    }
}

void TestPolicyDiff::notJsonStillDiffs()
{
    const auto lines = PolicyDiff::lines("a\nb\nc\n", "a\nx\nc\n");
    QCOMPARE(lines.size(), size_t(4));
    QCOMPARE(PolicyDiff::unified("a\nb\nc\n", "a\nx\nc\n"), QStringLiteral(" a\n-b\n+x\n c"));
}

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
