#!/bin/sh
# Runs one test binary with a private HOME and XDG directories, so QSettings and caches
# never touch the developer's own, and removes them afterwards. Inside the keychain
# session (scripts/run-keychain-tests) HOME is already private and is kept.
set -u
if [ -z "${OKTADESK_TEST_HOME_KEEP:-}" ]; then
    TH=$(mktemp -d)
    mkdir -m 700 "$TH/run"
    export HOME="$TH" XDG_CONFIG_HOME="$TH/config" XDG_DATA_HOME="$TH/data" XDG_CACHE_HOME="$TH/cache" \
        XDG_RUNTIME_DIR="$TH/run"
fi
"$@"
rc=$?
[ -n "${TH:-}" ] && rm -rf "$TH"
exit $rc
