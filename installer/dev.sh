#!/usr/bin/env bash
# Developer entry point used by the README quick start and by .ci/run.
#   installer/dev.sh run   build, then launch the console on an embedded SQLite database (demo data if empty)
#   installer/dev.sh test  build with clang, AddressSanitizer and UndefinedBehaviorSanitizer (and the libFuzzer
#                          targets, which tools/fuzz.sh then runs from the same build), start PostgreSQL, run
#                          every test with CTest (SQLite and PostgreSQL); any sanitizer report fails its test
# Works on a fresh Debian 12 machine as root: installs what is missing with apt-get.
# Build directories: build (the console, a normal build) and build-sanitize (the tests); HC_BUILD_DIR and
# HC_TEST_BUILD_DIR choose others.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
mode="${1:-}"
if [ "$mode" = test ]; then
    build="${HC_TEST_BUILD_DIR:-$here/build-sanitize}"
else
    build="${HC_BUILD_DIR:-$here/build}"
fi

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libqt6charts6-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
          libqrencode-dev libsodium-dev libzxing-dev libsqlite3-dev zlib1g-dev libdeflate-dev
          fonts-noto-cjk xvfb xauth)
[ "$mode" = test ] && packages+=(postgresql poppler-utils clang libclang-rt-14-dev llvm)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep >/dev/null 'install ok installed' || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        if [ "$(id -u)" -ne 0 ]; then
            echo "error: these packages are missing and installing them needs root: ${missing[*]}" >&2
            exit 1
        fi
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# A PostgreSQL server for the database tests: Debian's cluster, started, with a test role that may create databases.
pg_url=""
start_postgres() {
    local version=15
    if ! pg_lsclusters -h 2>/dev/null | grep >/dev/null "^$version main"; then
        pg_createcluster "$version" main >/dev/null
    fi
    pg_ctlcluster "$version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do
        runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 1
    done
    runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'hc_test'" | grep >/dev/null 1 ||
        runuser -u postgres -- psql -qc "CREATE ROLE hc_test LOGIN SUPERUSER PASSWORD 'hc_test'"
    pg_url="postgresql://hc_test:hc_test@127.0.0.1:5432/postgres"
}

configure_and_build() {
    local extra=()
    # The tests' build: clang with ASan and UBSan (LSan suppressions and sanitizer options come from the
    # CTest properties, tests/CMakeLists.txt), and the fuzz targets from the same objects.
    [ "$mode" = test ] && extra=(-DCMAKE_CXX_COMPILER=clang++ -DHC_SANITIZE=ON -DHC_FUZZ=ON)
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_WERROR=ON \
          -DHC_TEST_POSTGRESQL_URL="$pg_url" "${extra[@]}" >/dev/null
    cmake --build "$build" -j"$(nproc)"
}

case "$mode" in
run)
    install_missing
    configure_and_build
    db="$build/quickstart.sqlite"
    ctl="$build/app/cli/healthcode-ctl"
    if [ ! -f "$db" ]; then
        # Built under another name and renamed at the end, so an interrupted run never leaves half a database.
        new="$build/quickstart-new.sqlite"
        rm -f "$new" "$new-wal" "$new-shm"
        echo "Creating a demo database with synthetic people at $db ..."
        HEALTHCODE_PASSWORD=quickstart-admin "$ctl" --db "sqlite:$new" init --admin admin \
            --jurisdiction-code 330000 --jurisdiction-name "浙江省"
        HEALTHCODE_PASSWORD=quickstart-admin "$ctl" --db "sqlite:$new" --user admin demo-data \
            --people 20000 --days 7 --scans-per-day 50000 --seed 1
        # Fold the write-ahead log into the file before renaming it.
        "$ctl" --db "sqlite:$new" jurisdictions >/dev/null
        mv "$new" "$db"
        rm -f "$new-wal" "$new-shm"
    fi
    echo
    echo "Log in as: admin    password: quickstart-admin    (synthetic demo data, not real people)"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo
        echo "No display is available here, so the console window cannot open. It is built; run it on a"
        echo "virtual display and look at it with a VNC viewer or screenshots, for example:"
        echo "  xvfb-run -a -s '-screen 0 1600x1000x24' $build/app/healthcode-console --db sqlite:$db"
        exit 0
    fi
    exec "$build/app/healthcode-console" --db "sqlite:$db"
    ;;
test)
    install_missing
    start_postgres
    configure_and_build
    cd "$build"
    exec ctest --output-on-failure -j"$(nproc)" --timeout 900
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
