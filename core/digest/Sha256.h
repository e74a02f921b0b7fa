#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace sy {

// SHA-256 through OpenSSL's libcrypto. Qt 6.4's QCryptographicHash feeds its SHA-2 one byte at a
// time; every keyed request hashes its key and its cache key, and that alone was an eighth of the
// gateway's CPU (bench/README.md). libcrypto uses the processor's SHA instructions where it has them.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView data);
    QByteArray result(); // the 32-byte digest; the object is spent after it

    static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st *m_context;
};

} // namespace sy
