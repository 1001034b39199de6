#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target starts from: libFuzzer's bytes, as the QByteArray or the text a
// parser receives from the network or a text field (invalid UTF-8 becomes U+FFFD, as there).
namespace fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant: abort, so libFuzzer saves the input as a crash.
[[noreturn]] void fail(const char *what);

} // namespace fuzz
