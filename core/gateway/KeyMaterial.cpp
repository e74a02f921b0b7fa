#include "gateway/VirtualKey.h"

#include "digest/Sha256.h"

#include <QRandomGenerator>

namespace sy::KeyMaterial {

QByteArray generate()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray key("sy-");
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < 40; ++i)
        key.append(alphabet[random->bounded(62)]);
    return key;
}

QByteArray hash(const QByteArray &secret)
{
    return Sha256::hash(secret).toHex();
}

QString prefixOf(const QByteArray &secret)
{
    return QString::fromLatin1(secret.left(kPrefixChars));
}

} // namespace sy::KeyMaterial
