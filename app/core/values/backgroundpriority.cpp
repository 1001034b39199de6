#include "backgroundpriority.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace okta {

void lowerThisThreadPriority() {
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id sets this one only.
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    const id_t self = id_t(gettid());
    const int current = getpriority(PRIO_PROCESS, self);
    (void)setpriority(PRIO_PROCESS, self, std::min(current + 10, 19));
#endif
}

} // namespace okta
