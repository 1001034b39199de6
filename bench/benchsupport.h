#pragma once

// What the benchmarks share: a demo org that measures the client (no simulated quota, no
// faults) and the process's peak memory.

#include "demo/demoorg.h"

#include <cstdio>
#include <sys/resource.h>

namespace bench {

// Starts `org` without rate limits or faults; false (with the reason on stderr) if it
// could not listen.
inline bool startUnthrottled(demo::DemoOrg &org) {
    QString error;
    if (!org.start(&error)) {
        std::fprintf(stderr, "demo org failed to start: %s\n", qPrintable(error));
        return false;
    }
    org.setRateLimitBuckets({});
    org.setFaults({});
    return true;
}

inline double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace bench
