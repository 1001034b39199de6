#pragma once

namespace okta {

// For the executables: Qt's own debug and warning notes (such as a QIODevice complaint
// after an aborted transfer) are for developers, not for the person at the terminal, whose
// stderr should hold only what OktaDesk says. Our own categories (oktadesk.*) and every
// critical or fatal message still pass; OKTADESK_DEBUG=1 lets everything through.
void installUserFacingMessageFilter();

} // namespace okta
