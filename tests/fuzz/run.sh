#!/bin/sh
# tests/fuzz/run.sh [SECONDS]
#
# Configures a clang build with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer
# (default folder: build-fuzz at the top of the checkout; NADZOR_FUZZ_BUILD overrides it),
# builds the harnesses, and runs each for SECONDS (default 20) on a working copy of its seed
# corpus (tests/fuzz/corpus/<harness>/). Exits non-zero if any harness finds a crash, a leak
# of control (timeout) or an out-of-memory. Crash inputs are kept in $BUILD/fuzz-artifacts/.
#
# Environment: NADZOR_FUZZ_JOBS (build parallelism, default 2), NADZOR_FUZZ_ONLY ("fuzz_project
# fuzz_direction": run only these), NADZOR_FUZZ_LEAKS=1 (turn on LeakSanitizer; off by default
# because GDAL and Qt keep process-wide caches that it reports).
set -eu

SECONDS_EACH=${1:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${NADZOR_FUZZ_BUILD:-$ROOT/build-fuzz}
JOBS=${NADZOR_FUZZ_JOBS:-2}
HARNESSES=${NADZOR_FUZZ_ONLY:-"fuzz_direction fuzz_camera_geojson fuzz_camera_csv fuzz_camera_kml fuzz_camera_osm fuzz_boundary fuzz_project"}

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DNADZOR_FUZZ=ON -DNADZOR_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS="$SAN -fsanitize=fuzzer-no-link" \
        -DCMAKE_EXE_LINKER_FLAGS="$SAN" >"$BUILD.configure.log" 2>&1 \
        || { cat "$BUILD.configure.log"; exit 2; }
fi
# shellcheck disable=SC2086
cmake --build "$BUILD" --target $HARNESSES -j"$JOBS" >"$BUILD/fuzz-build.log" 2>&1 \
    || { tail -50 "$BUILD/fuzz-build.log"; exit 2; }

LEAKS=${NADZOR_FUZZ_LEAKS:-0}
export ASAN_OPTIONS="detect_leaks=$LEAKS:abort_on_error=1:symbolize=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

ARTIFACTS="$BUILD/fuzz-artifacts"
mkdir -p "$ARTIFACTS"
status=0
summary=""
for h in $HARNESSES; do
    corpus="$BUILD/fuzz-corpus/$h"
    mkdir -p "$corpus"
    if [ -d "$ROOT/tests/fuzz/corpus/$h" ]; then
        cp -n "$ROOT/tests/fuzz/corpus/$h"/* "$corpus/" 2>/dev/null || true
    fi
    maxlen=16384
    case $h in
        fuzz_direction) maxlen=256 ;;
        fuzz_project)
            maxlen=262144
            [ -f "$corpus/seed.nadzor" ] || NADZOR_FUZZ_MAKE_SEED="$corpus/seed.nadzor" "$BUILD/fuzzers/$h"
            rm -f "$corpus/seed.nadzor-wal" "$corpus/seed.nadzor-shm" "$corpus/seed.nadzor.lock"
            ;;
    esac
    log="$BUILD/fuzz-$h.log"
    set +e
    "$BUILD/fuzzers/$h" "$corpus" -max_total_time="$SECONDS_EACH" -max_len=$maxlen -timeout=20 \
        -rss_limit_mb=3072 -print_final_stats=1 -close_fd_mask=1 \
        -artifact_prefix="$ARTIFACTS/$h-" >"$log" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    line="$h: exit $rc, ${execs:-?} executions in ${SECONDS_EACH} s"
    echo "$line"
    summary="$summary$line
"
    if [ $rc -ne 0 ]; then
        status=1
        echo "---- $h failed; the end of $log:"
        tail -60 "$log"
    fi
done
printf '%s' "$summary" >"$BUILD/fuzz-summary.txt"
exit $status
