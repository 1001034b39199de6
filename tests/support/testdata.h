#pragma once

// The Okta examples in tests/data/okta (spec examples and demo pages), for parser tests.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace okta::test {

// The file's bytes; a missing file ends the test process, naming it.
inline QByteArray example(const char *name) {
    QFile file(QStringLiteral(OKTADESK_TEST_DATA "/okta/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

} // namespace okta::test
