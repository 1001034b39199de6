#!/bin/sh
# Runs one test binary with a private HOME and XDG directories, so the real binaries a test
# starts (oktadesk-cli, oktadesk) never touch the developer's settings either, and removes
# them afterwards. Inside the keychain session (scripts/run-keychain-tests) HOME is already
# private and is kept. Unexpected warnings fail the test inside the test process
# (tests/support/testmain.h).
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
