#!/bin/bash
# Regenerates docs/screenshots/{en,zh_CN}/*.png from the real program on the offscreen platform:
# a fresh demo city, every page of the demo administrator's window, the welcome screen.
#   bash tools/screenshots.sh [BUILD_DIR]      (default: build, as installer/dev.sh makes it)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
cmake --build "$build" --target hc_screenshots
for language in en zh_CN; do
    out="$here/docs/screenshots/$language"
    rm -rf "$out"
    QT_QPA_PLATFORM=offscreen "$build/tests/gui/hc_screenshots" --language "$language" --out "$out"
done
