// The Link header parser (okta::parseLinkHeaders) on whatever a server sends: each line of
// the input is one `link` header.
#include "fuzzinput.h"

#include "core/okta/linkheader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QUrl base(QStringLiteral("https://acme.okta.com/api/v1/logs?limit=100"));
    const QList<QByteArray> headers = fuzz::bytes(data, size).split('\n');
    const QHash<QString, QUrl> links = okta::parseLinkHeaders(headers, base);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (it.key().isEmpty())
            fuzz::fail("a link without a rel name");
        (void)it.value().toString(QUrl::FullyEncoded);
    }
    return 0;
}
