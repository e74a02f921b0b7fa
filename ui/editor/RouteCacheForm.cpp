#include "editor/RouteCacheForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QVBoxLayout>
#include <QSpinBox>

#include "session/PolicyEditSession.h"

namespace sy {

RouteCacheForm::RouteCacheForm(PolicyEditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_mode(new QComboBox(this)), m_ttl(new QSpinBox(this)), m_threshold(new QDoubleSpinBox(this)),
      m_share(new QCheckBox(this))
{
    m_mode->setObjectName(QStringLiteral("routeCacheMode"));
    m_ttl->setRange(1, 365 * 86400);
    m_ttl->setSingleStep(60);
    m_threshold->setRange(0.5, 1);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.01);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_ttl, m_threshold, m_share})
        column->addWidget(w);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RouteCacheForm::apply);
    connect(m_ttl, &QSpinBox::valueChanged, this, &RouteCacheForm::apply);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &RouteCacheForm::apply);
    connect(m_share, &QCheckBox::toggled, this, &RouteCacheForm::apply);
    retranslate();
    showRoute(-1);
}

void RouteCacheForm::retranslate()
{
    const int mode = std::max(0, m_mode->currentIndex());
    m_showing = true;
    m_mode->clear();
    m_mode->addItems({tr("No cache"), tr("Same request (exact)"), tr("Similar request (semantic)")});
    m_mode->setCurrentIndex(mode);
    m_showing = false;
    m_mode->setAccessibleName(tr("Response cache"));
    m_mode->setToolTip(tr("Answer a repeated request from the cache at no cost, without asking a provider."));
    m_ttl->setSuffix(tr(" s kept"));
    m_ttl->setAccessibleName(tr("How long answers are kept, in seconds"));
    m_threshold->setPrefix(tr("similarity ≥ "));
    m_threshold->setAccessibleName(tr("Similarity a semantic match needs"));
    m_share->setText(tr("Keys share answers"));
    m_share->setToolTip(tr("Off: each virtual key sees only the answers to its own requests."));
}

void RouteCacheForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RouteCacheForm::showRoute(int route)
{
    m_route = route;
    const Policy &policy = m_session->policy();
    const Route *r = route >= 0 && size_t(route) < policy.routes.size() ? &policy.routes[size_t(route)] : nullptr;
    m_showing = true;
    const RouteCache cache = r && r->cache ? *r->cache : RouteCache{};
    m_mode->setCurrentIndex(!r || !r->cache ? 0 : cache.semantic ? 2 : 1);
    m_ttl->setValue(cache.ttlSeconds);
    m_threshold->setValue(cache.threshold);
    m_share->setChecked(cache.shareAcrossKeys);
    m_showing = false;
    m_mode->setEnabled(r);
    const bool on = r && r->cache;
    m_ttl->setVisible(on);
    m_threshold->setVisible(on && cache.semantic);
    m_share->setVisible(on);
}

void RouteCacheForm::apply()
{
    if (m_showing || m_route < 0)
        return;
    const int route = m_route;
    const int mode = m_mode->currentIndex();
    RouteCache cache;
    cache.semantic = mode == 2;
    cache.ttlSeconds = m_ttl->value();
    cache.threshold = m_threshold->value();
    cache.shareAcrossKeys = m_share->isChecked();
    m_session->edit(tr("Change the route's cache"), [&](Policy &p) {
        if (size_t(route) >= p.routes.size())
            return false;
        if (mode == 0)
            p.routes[size_t(route)].cache.reset();
        else
            p.routes[size_t(route)].cache = cache;
        return true;
    }, QStringLiteral("cache:%1").arg(route));
    showRoute(route);
}

} // namespace sy
