#include "digest/Sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace sy {

namespace {

// Fetched once: an implicit fetch by name on every hash would cost more than hashing a key.
const EVP_MD *sha256()
{
    static EVP_MD *const md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
        if (!fetched)
            std::abort(); // libcrypto without SHA-256 is a broken installation, not a state to run in
        return fetched;
    }();
    return md;
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex2(m_context, sha256(), nullptr) != 1)
        std::abort();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::add(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(out.data()), &length);
    out.truncate(int(length));
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   sha256(), nullptr) != 1)
        std::abort();
    out.truncate(int(length));
    return out;
}

} // namespace sy
