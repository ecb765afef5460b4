#!/usr/bin/env bash
# Build the one-folder app: dist/poems-tracker/poems-tracker (Linux here; see README.md
# for Windows and macOS). Usage, from anywhere:  bash packaging/build.sh [DIST_DIR]
# Needs the project's venv with PyInstaller (`pip install -e '.[test]'` brings it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/dist}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/poems-tracker.spec"
APP="$DIST/poems-tracker"
env -i PATH=/usr/bin:/bin "$APP/poems-tracker" --version
echo "Built $APP ($(du -sh "$APP" | cut -f1))"
