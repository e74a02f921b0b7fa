#include "widgets/Icons.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace sy::icons {

namespace {

// The monochrome icons are drawn in black; the colour is swapped before rendering.
QPixmap render(const QByteArray &svg, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

QByteArray recoloured(QByteArray svg, const QColor &colour)
{
    return svg.replace("#000000", colour.name().toLatin1());
}

} // namespace

QIcon application() { return QIcon(QStringLiteral(":/icons/switchyard.svg")); }

QIcon themed(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    const QByteArray normal = recoloured(svg, palette.color(QPalette::Active, QPalette::WindowText));
    const QByteArray selected = recoloured(svg, palette.color(QPalette::Active, QPalette::HighlightedText));
    const QByteArray disabled = recoloured(svg, palette.color(QPalette::Disabled, QPalette::WindowText));
    for (const int size : {16, 24, 32, 48})
        for (const qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(render(normal, size, ratio), QIcon::Normal);
            icon.addPixmap(render(selected, size, ratio), QIcon::Selected);
            icon.addPixmap(render(disabled, size, ratio), QIcon::Disabled);
        }
    return icon;
}

} // namespace sy::icons
