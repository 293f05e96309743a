#!/bin/sh
# Card printing benchmark against the reference pipelines in ../shared/peers, in one run on this machine:
#   tests/bench/bench-printing.sh BUILD_DIR [PEERS_DIR]
# 10,000 tokens of our real format and length are fed to both peers (python3-qrcode + reportlab, npm qrcode +
# pdfkit) and printed by us; wall time and peak RSS come from /usr/bin/time -v. Then the raw signing + QR rate
# on one and on all cores, and 100,000 cards for peak memory. Prints figures only; asserts nothing.
# Needs: Debian python3-qrcode python3-reportlab python3-pil, node and npm (npm install runs in a copy of the
# peers' node folder under BUILD_DIR), /usr/bin/time.
set -eu

BUILD=$(cd "${1:?usage: bench-printing.sh BUILD_DIR [PEERS_DIR]}" && pwd)
PEERS=${2:-/work/shared/peers}
N=${N:-10000}
BIG=${BIG:-100000}
BENCH="$BUILD/tests/bench/BenchCardPrinting"
WORK="$BUILD/bench-printing"
mkdir -p "$WORK"
export QT_QPA_PLATFORM=offscreen HC_TEST_BACKEND=sqlite

[ -x "$BENCH" ] || { echo "build BenchCardPrinting first (ninja BenchCardPrinting)"; exit 1; }

if [ ! -d "$WORK/node/node_modules" ]; then
    rm -rf "$WORK/node"
    cp -r "$PEERS/node" "$WORK/node"
    (cd "$WORK/node" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

# wall seconds and peak RSS (MiB) of a /usr/bin/time -v report
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
size() { stat -c %s "$1"; }

echo "== tokens"
"$BENCH" csv "$N" "$WORK/cards.csv" 2>/dev/null

echo "== python3-qrcode + reportlab ($N cards)"
/usr/bin/time -v /usr/bin/python3 "$PEERS/peer_cards.py" "$WORK/cards.csv" "$WORK/peer-python.pdf" >/dev/null 2>"$WORK/python.time"
echo "== npm qrcode + pdfkit ($N cards)"
/usr/bin/time -v node "$WORK/node/node_cards.js" "$WORK/cards.csv" "$WORK/peer-node.pdf" >/dev/null 2>"$WORK/node.time"
echo "== ours ($N cards)"
/usr/bin/time -v "$BENCH" pdf "$N" "$WORK/ours.pdf" >"$WORK/ours.txt" 2>"$WORK/ours.time"
cat "$WORK/ours.txt"
echo "== raw signing + QR encoding ($N cards)"
"$BENCH" raw "$N" 2>/dev/null | tee "$WORK/raw.txt"
echo "== ours ($BIG cards, peak memory)"
/usr/bin/time -v "$BENCH" pdf "$BIG" "$WORK/ours-big.pdf" >"$WORK/ours-big.txt" 2>"$WORK/ours-big.time"
cat "$WORK/ours-big.txt"

PY_T=$(wall "$WORK/python.time"); NODE_T=$(wall "$WORK/node.time"); OURS_PROC_T=$(wall "$WORK/ours.time")
OURS_T=$(awk '/^pdf path:/ { print $9 }' "$WORK/ours.txt")
OURS_RATE=$(awk '/^pdf path:/ { print $12 }' "$WORK/ours.txt")
RAW1=$(awk '/^raw sign\+QR 1 thread/ { print $11 }' "$WORK/raw.txt")
RAWN=$(awk '/^raw sign\+QR/ { r = $11 } END { print r }' "$WORK/raw.txt")
PY_S=$(size "$WORK/peer-python.pdf"); NODE_S=$(size "$WORK/peer-node.pdf"); OURS_S=$(size "$WORK/ours.pdf")
BIG_RSS=$(rss "$WORK/ours-big.time"); BIG_PRINT_RSS=$(awk '/^print peak RSS/ { print $4 }' "$WORK/ours-big.txt")

echo
echo "== summary ($N cards; same tokens for all three)"
printf '%-34s %10s %12s %14s\n' pipeline "wall (s)" "peak (MiB)" "PDF (bytes)"
printf '%-34s %10s %12s %14s\n' "python3-qrcode + reportlab" "$PY_T" "$(rss "$WORK/python.time")" "$PY_S"
printf '%-34s %10s %12s %14s\n' "npm qrcode + pdfkit" "$NODE_T" "$(rss "$WORK/node.time")" "$NODE_S"
printf '%-34s %10s %12s %14s\n' "ours: print (timed inside)" "$OURS_T" "" "$OURS_S"
printf '%-34s %10s %12s %14s\n' "ours: whole process (+ setup)" "$OURS_PROC_T" "$(rss "$WORK/ours.time")" ""
awk -v py="$PY_T" -v node="$NODE_T" -v ours="$OURS_T" -v proc="$OURS_PROC_T" -v pys="$PY_S" -v nodes="$NODE_S" -v ourss="$OURS_S" \
    -v rate="$OURS_RATE" -v raw1="$RAW1" -v rawn="$RAWN" 'BEGIN {
    fast = py < node ? py : node; small = pys < nodes ? pys : nodes
    printf "speed-up vs the faster peer: %.1fx (print), %.1fx (whole process incl. database setup and key); goal >= 5x\n", fast / ours, fast / proc
    printf "PDF size vs the smaller peer: %.2f (ours / peer); goal < 1\n", ourss / small
    printf "raw sign+QR: %d cards/s on one core, %d cards/s on all cores; PDF path %d cards/s: raw all-core is %.2fx faster; goal <= 1.5x\n", raw1, rawn, rate, rawn / rate
}'
grep '^bound:' "$WORK/raw.txt" || true
echo "(wall time equal to CPU time above means the run got one core: other work was using the other)"
echo "$BIG cards: process peak RSS $BIG_RSS MiB, print phase peak $BIG_PRINT_RSS MiB; goal < 300 MB"
