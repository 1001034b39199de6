// OrgDomain::normalise on anything an admin may paste into the org field. A host it accepts
// must be accepted again unchanged (the wizard stores the normalised host and re-reads it).
#include "fuzzinput.h"

#include "core/auth/orgdomain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0;
    const okta::OrgDomainResult r = okta::OrgDomain::normalise(fuzz::text(data, size));
    if (!r.ok()) {
        if (r.message.isEmpty())
            fuzz::fail("refused without a message");
        return 0;
    }
    if (r.host.isEmpty())
        fuzz::fail("accepted an empty host");
    if (!r.baseUrl().isValid())
        fuzz::fail("accepted a host that makes no base URL");
    const okta::OrgDomainResult again = okta::OrgDomain::normalise(r.host);
    if (!again.ok() || again.host != r.host)
        fuzz::fail("the normalised host does not normalise to itself");
    return 0;
}
