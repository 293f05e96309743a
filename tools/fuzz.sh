#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for
# a fixed budget on its corpus (tests/data/fuzz/*) and dictionary. A crash, a leak, a sanitizer report or an
# abort() of a target's own checks fails the run, and the input that caused it is kept in the work directory.
# The targets come from the sanitized test build of `installer/dev.sh test` (build-sanitize: clang, ASan,
# UBSan, HC_FUZZ=ON), so after the README's test command nothing is compiled again; in a directory without
# that build only hc_core and the fuzz targets are built, with the same options.
#   tools/fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]      (defaults: 25, build-sanitize)
# .ci/run runs it after the README's test command; figures of the last run: tests/reliability/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-25}"
build="${2:-$here/build-sanitize}"

for p in clang libclang-rt-14-dev; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep >/dev/null 'install ok installed'; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
        break
    fi
done

targets=(FuzzTokenDecoder:token FuzzRuleParser:rules FuzzImportReaders:imports FuzzFileFormats:files)
# The options installer/dev.sh test gives (others it set, such as the PostgreSQL URL, stay in the cache).
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_WERROR=ON -DCMAKE_CXX_COMPILER=clang++ \
      -DHC_FUZZ=ON -DHC_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]%%:*}"

work=$(mktemp -d /tmp/hc-fuzz.XXXXXX)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
printf '%-20s %10s %12s %8s\n' target seconds executions result
for t in "${targets[@]}"; do
    name=${t%%:*}
    corpus=${t##*:}
    mkdir -p "$work/$name/corpus"
    dict=()
    [ -f "$here/tests/fuzz/$corpus.dict" ] && dict=(-dict="$here/tests/fuzz/$corpus.dict")
    set +e
    (cd "$work/$name" && "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "${dict[@]}" "$work/$name/corpus" "$here/tests/data/fuzz/$corpus") >"$work/$name.log" 2>&1
    rc=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$' || echo '?')
    if [ $rc -eq 0 ]; then
        printf '%-20s %10s %12s %8s\n' "$name" "$seconds" "$runs" ok
    else
        printf '%-20s %10s %12s %8s\n' "$name" "$seconds" "$runs" FAILED
        tail -n 40 "$work/$name.log"
        echo "the failing input and the log are in $work/$name" >&2
        status=1
    fi
done
[ $status -eq 0 ] && rm -rf "$work"
exit $status
