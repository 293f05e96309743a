#!/usr/bin/env bash
# Tests the real .deb as IT would use it: validators, install, run, system configuration honoured and
# locked, upgrade over an older build keeping the database and the configuration, remove, purge.
# Needs root; leaves the package purged. Usage: installer/test-package.sh [BUILD_DIR]   (default: build-package)
# The package is built here in its own directory, a normal release build with the tests off: not the
# sanitized test build of installer/dev.sh test, and without the test-only kill points (checked below).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-$here/build-package}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_WERROR=ON -DHC_BUILD_TESTS=OFF \
      -DHC_SANITIZE=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
build=$(cd "$build" && pwd)
work=$(mktemp -d /var/tmp/hc-package-test.XXXXXX)
conf=/etc/xdg/HealthCode/console.ini
trap 'rm -rf "$work"' EXIT
step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

for p in desktop-file-utils appstream; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null
done

step "a package build: no sanitizer, no kill points"
# Listed once (grep -q on a pipe would stop nm with SIGPIPE, which pipefail reports as a failure).
symbols=$(nm -D "$build/app/cli/healthcode-ctl"; nm "$build/app/cli/healthcode-ctl" 2>/dev/null || true)
if grep -q -E '__asan_init|__ubsan_handle' <<<"$symbols"; then
    fail "healthcode-ctl is sanitized"
fi
# In a test build the kill points read HC_KILL_AT (SIGKILL at the first statement); the package's ignore it.
HC_KILL_AT=1 HEALTHCODE_PASSWORD=package-test-admin "$build/app/cli/healthcode-ctl" \
    --db "sqlite:$work/killpoints.sqlite" init --admin admin >/dev/null || fail "healthcode-ctl has kill points"

step "validators"
desktop-file-validate "$here/installer/linux/org.healthcode.Console.desktop"
appstreamcli validate --no-net --pedantic "$here/installer/linux/org.healthcode.Console.metainfo.xml"

step "build packages: this build, and the same labelled as an older version to upgrade from"
(cd "$build" && cpack -G DEB -B "$work/new" >/dev/null && cpack -G DEB -B "$work/old" -D CPACK_PACKAGE_VERSION=0.0.1 >/dev/null)
new=$(ls "$work"/new/*.deb)
old=$(ls "$work"/old/*.deb)
dpkg-deb -I "$new" | grep -E '^ (Version|Depends):'
# Listed once: grep -q on a pipe would stop dpkg-deb with SIGPIPE, which pipefail reports as a failure.
listing=$(dpkg-deb -c "$new")
grep -q './usr/share/man/man1/healthcode-ctl.1.gz' <<<"$listing" || fail "man page missing"
grep -q './usr/share/applications/org.healthcode.Console.desktop' <<<"$listing" || fail "desktop entry missing"

dpkg -s healthcode-console >/dev/null 2>&1 && apt-get purge -y -qq healthcode-console >/dev/null
step "install the older package"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$old" >/dev/null
[ "$(healthcode-ctl --version)" = "healthcode-ctl 0.1.0" ] || fail "unexpected --version"
[ -f "$conf" ] || fail "system configuration not installed"

step "a database created by the older package"
db="$work/office.sqlite"
HEALTHCODE_PASSWORD=package-test-admin healthcode-ctl --db "sqlite:$db" init --admin admin >/dev/null

step "system configuration honoured and locked"
cat > "$conf" <<CONF
[database]
url=sqlite:$db
[security]
idle_lock_minutes=7
CONF
out=$(healthcode-ctl config show)
echo "$out"
grep -q "security/idle_lock_minutes = 7.*locked" <<<"$out" || fail "idle lock not shown as managed"
grep -q "database/url = sqlite:$db.*locked" <<<"$out" || fail "database URL not shown as managed"
# No --db: the managed URL is used.
grep -q '100000' <<<"$(healthcode-ctl jurisdictions)" || fail "configured database not used"

step "short offscreen start of the console"
set +e
QT_QPA_PLATFORM=offscreen timeout 5 healthcode-console >"$work/console.log" 2>&1
rc=$?
set -e
[ $rc -eq 124 ] || { cat "$work/console.log"; fail "console exited with $rc instead of running until stopped"; }

step "upgrade keeps the database and the configuration"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold "$new" >/dev/null
grep -q "^Version: $(dpkg-deb -f "$new" Version)" <<<"$(dpkg -s healthcode-console)" || fail "not upgraded"
grep -q idle_lock_minutes=7 "$conf" || fail "configuration lost on upgrade"
grep -q intact <<<"$(HEALTHCODE_PASSWORD=package-test-admin healthcode-ctl --user admin audit verify)" || fail "database lost"

step "remove keeps configuration and data; purge removes the configuration"
apt-get remove -y -qq healthcode-console >/dev/null
[ ! -e /usr/bin/healthcode-ctl ] || fail "binary left after remove"
[ -f "$conf" ] || fail "configuration removed by remove"
[ -f "$db" ] || fail "data removed"
apt-get purge -y -qq healthcode-console >/dev/null
[ ! -e "$conf" ] || fail "configuration left after purge"
echo "package test: passed"
