// The SCIM filter lexer and parser (okta::scim::parse) on any text a user may type, then the
// demo org's evaluator on what parses. A filter that parses must render to text that parses
// to the same tree (the query builders rely on it).
#include "fuzzinput.h"

#include "core/logs/scimfilter.h"
#include "demo/scimevaluate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QJsonValue &record() {
    static const QJsonValue event = QJsonDocument::fromJson(R"({
        "eventType": "user.session.start", "severity": "INFO", "published": "2026-05-01T12:00:00.000Z",
        "actor": {"id": "00u1", "type": "User", "alternateId": "Ada@Example.com", "displayName": "Ada"},
        "target": [{"id": "0oa1", "type": "AppInstance"}, {"id": "00g2", "type": "UserGroup"}],
        "outcome": {"result": "SUCCESS", "reason": null},
        "debugContext": {"debugData": {"threatSuspected": "false", "count": 3}}
    })")
                                        .object();
    return event;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0; // filters are typed; longer inputs only slow the search down
    const QString input = fuzz::text(data, size);
    const okta::scim::ParseResult parsed = okta::scim::parse(input);
    if (!parsed.ok()) {
        if (!parsed.error)
            fuzz::fail("no tree and no error");
        if (parsed.error->position < 0 || parsed.error->position > input.size())
            fuzz::fail("error position outside the input");
        if (parsed.error->message.isEmpty())
            fuzz::fail("an error without a message");
        return 0;
    }
    const QString canonical = okta::scim::toString(*parsed.root);
    const okta::scim::ParseResult again = okta::scim::parse(canonical);
    if (!again.ok())
        fuzz::fail("the canonical form of a filter does not parse");
    if (okta::scim::toString(*again.root) != canonical)
        fuzz::fail("the canonical form is not stable");
    const auto resolve = [](QStringView path, demo::FilterValues &out) {
        demo::resolveJsonPath(record(), path, out);
    };
    const bool exact = demo::evaluateFilter(*parsed.root, resolve, demo::ValueCase::Sensitive);
    const bool folded = demo::evaluateFilter(*parsed.root, resolve, demo::ValueCase::Insensitive);
    (void)exact;
    (void)folded;
    return 0;
}
