#pragma once

namespace okta {

// Lowers the calling worker thread's scheduling priority (Linux nice +10, once per thread):
// parsing pages and compressing bytes can wait a few milliseconds on a busy machine, the
// window thread painting and taking input should not. A pooled thread stays lowered for the
// tasks it runs later, which are background work too. Elsewhere it does nothing.
void lowerThisThreadPriority();

} // namespace okta
