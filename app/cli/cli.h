#pragma once

#include <QStringList>

class QCoreApplication;

namespace oktadesk::cli {

// Exit codes: 0 ok, 1 API or network failure, 2 usage or bad input.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// Parses `arguments` (argv including the program name), runs the command on the running
// event loop and returns the exit code. Output goes to stdout; errors to stderr as one
// line a person can act on.
int run(QCoreApplication &app, const QStringList &arguments);

} // namespace oktadesk::cli
