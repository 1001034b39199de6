// The demo org's HTTP/1.1 request parser (demo::parseRequest) on whatever a client writes to
// its socket, as a keep-alive connection reads it: request after request from one buffer.
#include "fuzzinput.h"

#include "demo/http.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QByteArray buffer = fuzz::bytes(data, size);
    for (int requests = 0; !buffer.isEmpty() && requests < 64; ++requests) {
        demo::HttpRequest request;
        int errorStatus = 0;
        const qsizetype consumed = demo::parseRequest(buffer, request, errorStatus);
        if (consumed < 0) {
            if (errorStatus < 400 || errorStatus > 599)
                fuzz::fail("refused without an error status");
            return 0;
        }
        if (consumed == 0)
            return 0; // incomplete: the connection waits for more bytes
        if (consumed > buffer.size())
            fuzz::fail("consumed more bytes than there are");
        (void)request.wantsClose();
        (void)request.param(QStringLiteral("filter"));
        (void)request.param(QStringLiteral("after"));
        (void)request.header("authorization");
        buffer.remove(0, consumed);
    }
    return 0;
}
