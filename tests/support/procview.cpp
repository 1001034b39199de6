#include "support/procview.h"

#include <QDir>
#include <QFile>

namespace okta::test {

namespace {

QByteArray readProc(qint64 pid, const char *entry, bool *ok = nullptr) {
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(entry)));
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

// The NUL-separated lists of cmdline and environ.
QList<QByteArray> splitNul(const QByteArray &bytes) {
    QList<QByteArray> parts = bytes.split('\0');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

// The parent pid from /proc/<pid>/stat: "pid (comm) state ppid …", where comm may hold
// spaces and parentheses, so the fields are counted from the last ')'.
qint64 parentOf(qint64 pid) {
    const QByteArray stat = readProc(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

} // namespace

bool ProcessView::argvContains(const QByteArray &needle) const {
    const auto inArgs = [&needle](const QList<QByteArray> &args) {
        return std::any_of(args.begin(), args.end(),
                           [&needle](const QByteArray &a) { return a.contains(needle); });
    };
    return inArgs(argv) || std::any_of(descendantArgv.begin(), descendantArgv.end(), inArgs);
}

ProcessView viewProcess(qint64 pid) {
    ProcessView view;
    bool cmdlineOk = false;
    bool environOk = false;
    view.argv = splitNul(readProc(pid, "cmdline", &cmdlineOk));
    view.environment = splitNul(readProc(pid, "environ", &environOk));
    // A zombie or a vanished process has an empty command line.
    view.readable = cmdlineOk && environOk && !view.argv.isEmpty();

    QList<qint64> parents{pid};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (qsizetype i = 0; i < parents.size(); ++i) {
        for (const QString &entry : entries) {
            bool numeric = false;
            const qint64 child = entry.toLongLong(&numeric);
            if (numeric && parentOf(child) == parents.at(i) && !parents.contains(child)) {
                parents.append(child);
                view.descendants.append(child);
                view.descendantArgv.append(splitNul(readProc(child, "cmdline")));
            }
        }
    }
    return view;
}

} // namespace okta::test
