#!/bin/sh
# Runs one test binary with a private HOME and XDG directories, so QSettings and caches
# never touch the developer's own, and removes them afterwards. Inside the keychain
# session (scripts/run-keychain-tests) HOME is already private and is kept.
#
# An unexpected warning fails the test: any QWARN or QCRITICAL line in its output, except
# the offscreen platform's notes that it cannot propagate size hints, raise a window or grab
# the keyboard (menus and file dialogs ask for the last two). A test that expects a
# warning says so with QTest::ignoreMessage, which keeps it out of the output.
set -u
if [ -z "${OKTADESK_TEST_HOME_KEEP:-}" ]; then
    TH=$(mktemp -d)
    mkdir -m 700 "$TH/run"
    export HOME="$TH" XDG_CONFIG_HOME="$TH/config" XDG_DATA_HOME="$TH/data" XDG_CACHE_HOME="$TH/cache" \
        XDG_RUNTIME_DIR="$TH/run"
fi
LOG=$(mktemp)
"$@" >"$LOG" 2>&1
rc=$?
cat "$LOG"
unexpected=$(grep -E '^(QWARN|QCRITICAL) ' "$LOG" |
    grep -v -e 'This plugin does not support propagateSizeHints()' -e 'This plugin does not support raise()' \
        -e 'This plugin does not support grabbing the keyboard')
if [ -n "$unexpected" ] && [ $rc -eq 0 ]; then
    echo "run-isolated: FAIL: unexpected warnings (use QTest::ignoreMessage where one is expected):"
    echo "$unexpected"
    rc=1
fi
rm -f "$LOG"
[ -n "${TH:-}" ] && rm -rf "$TH"
exit $rc
