#pragma once

// What the kernel shows anyone on the machine about a running process (Linux /proc): its
// argv, its environment, and the processes it started. Tests read it from a live process to
// check what a secret could leak into.

#include <QByteArray>
#include <QList>

namespace okta::test {

struct ProcessView {
    bool readable = false;         // false when the process was gone or /proc unreadable
    QList<QByteArray> argv;        // /proc/<pid>/cmdline
    QList<QByteArray> environment; // /proc/<pid>/environ, "NAME=value" each
    QList<qint64> descendants;     // children, grandchildren…, from /proc/*/stat
    QList<QList<QByteArray>> descendantArgv;

    // Whether `needle` occurs in any argument of the process or of its descendants.
    bool argvContains(const QByteArray &needle) const;
};

ProcessView viewProcess(qint64 pid);

} // namespace okta::test
