#pragma once

class QCoreApplication;

namespace oktadesk::cli {

// Exit codes: 0 ok, 1 API or network failure, 2 usage or bad input.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// Parses the command line of `app`, runs the command on the app's event loop and returns
// the exit code.
int run(QCoreApplication &app);

} // namespace oktadesk::cli
