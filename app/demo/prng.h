#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace demo {

// splitmix64: tiny, fast and identical on every platform and standard library, so a seed
// always yields the same org (std distributions differ between libstdc++ versions).
inline quint64 mix64(quint64 x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}
    quint64 next() { return mix64(m_state += 0x632BE59BD9B4E019ull); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

// Okta ids look like "00u" + 17 base62-ish characters; derive them from a number so they
// are stable for a seed and unique per (prefix, n).
inline QByteArray oktaId(const char *prefix, quint64 n) {
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray id(prefix);
    quint64 v = mix64(n);
    quint64 w = mix64(n ^ 0xA5A5A5A5A5A5A5A5ull);
    for (int i = 0; i < 17; ++i) {
        quint64 &src = i < 9 ? v : w;
        id.append(alphabet[src % 62]);
        src /= 62;
    }
    return id;
}

} // namespace demo
