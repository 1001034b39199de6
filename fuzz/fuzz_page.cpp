// The page parsers (simdjson) on any body a server may send: the first byte picks the list
// (users, groups, apps, grants, System Log events), the rest is the body. Every row of a
// page that parses is read field by field, as a table or an export reads it.
#include "fuzzinput.h"

#include "core/values/page.h"

namespace {

void readParty(const okta::LogEvent::Party &p) {
    (void)p.id.size();
    (void)p.displayName.size();
}

void readEvents(const okta::Page &page) {
    for (const okta::LogEvent &e : page.rows<okta::LogEvent>()) {
        (void)e.publishedText();
        (void)e.uuid();
        (void)e.eventType();
        (void)e.displayMessage();
        readParty(e.actor());
        (void)e.outcome();
        (void)e.outcomeReason();
        (void)e.clientIp();
        (void)e.clientLocation();
        for (const okta::LogEvent::Party &t : e.targets())
            readParty(t);
        (void)e.raw().valueAt(u"debugContext.debugData.requestUri");
        (void)e.raw().valueAt(u"target.0.displayName");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    QString error;
    okta::Page page;
    switch (data[0] % 5) {
    case 0:
        page = okta::Page::parse<okta::LogEvent>(body, &error);
        break;
    case 1:
        page = okta::Page::parse<okta::User>(body, &error);
        break;
    case 2:
        page = okta::Page::parse<okta::Group>(body, &error);
        break;
    case 3:
        page = okta::Page::parse<okta::App>(body, &error);
        break;
    default:
        page = okta::Page::parse<okta::ScopeGrant>(body, &error);
        break;
    }
    if (!error.isEmpty() && !page.isEmpty())
        fuzz::fail("rows and an error at once");
    for (qsizetype i = 0; i < page.size(); ++i) {
        (void)page.key(i);
        const okta::RawJson &raw = page.raw(i);
        if (raw.size() > body.size())
            fuzz::fail("a row longer than its page");
        (void)raw.valueAt(u"id");
        (void)raw.valueAt(u"profile.login");
    }
    if (page.holds<okta::LogEvent>())
        readEvents(page);
    return 0;
}
