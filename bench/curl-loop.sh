#!/usr/bin/env bash
# The baseline for bench_export: what an admin would script without OktaDesk. One curl
# call per page, following the Link rel="next" header until there is none; the page
# bodies are kept as page-N.json in OUTDIR. The API token comes from $T.
#   curl-loop.sh FIRST_URL OUTDIR
set -u
url=$1
dir=$2
n=0
while [ -n "$url" ]; do
    n=$((n + 1))
    curl -sS --fail -H "Authorization: SSWS $T" -H "Accept: application/json" \
        -D "$dir/headers" -o "$dir/page-$n.json" "$url" || exit 1
    url=
    # Bash only, no extra process per page: the loop is as fast as a shell loop gets.
    while IFS= read -r line; do
        case "$line" in
            [Ll]ink:*'rel="next"'*) line=${line#*<}; url=${line%%>*} ;;
        esac
    done <"$dir/headers"
done
rm -f "$dir/headers"
