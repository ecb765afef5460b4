#!/usr/bin/env bash
# Refresh the catalogues and rebuild the compiled translations. Run from anywhere:
#   bash packaging/update_translations.sh
# 1. pyside6-lupdate reads poems_tracker/ (N_ labels included) into each .ts, keeping the
#    translations already made; 2. packaging/ts_helpers.py adds the strings passed through
#    small helpers (_tr, tr(context, text)) under their real context and drops unused ones;
#    3. pyside6-lrelease compiles each .ts to the .qm shipped beside it. Commit both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
DIR="$ROOT/poems_tracker/resources/translations"
LANGS="ja fr zh_CN"
cd "$ROOT"
files=()
for lang in $LANGS; do
    files+=("$DIR/poems_tracker_$lang.ts")
done
for lang in $LANGS; do
    "$BIN/pyside6-lupdate" -silent -locations absolute -source-language en \
        -target-language "$lang" -tr-function-alias QT_TRANSLATE_NOOP+=N_ \
        -extensions py poems_tracker -ts "$DIR/poems_tracker_$lang.ts"
done
"$BIN/python" "$ROOT/packaging/ts_helpers.py" "${files[@]}"
# English: plurals only ("%n day(s)" -> "1 day", "2 days"), filled from the source text.
"$BIN/pyside6-lupdate" -silent -pluralonly -locations none -source-language en \
    -target-language en -extensions py poems_tracker -ts "$DIR/poems_tracker_en.ts"
"$BIN/python" "$ROOT/packaging/english_plurals.py" "$DIR/poems_tracker_en.ts"
"$BIN/pyside6-lrelease" -silent "$DIR/poems_tracker_en.ts" -qm "$DIR/poems_tracker_en.qm"
for lang in $LANGS; do
    "$BIN/pyside6-lrelease" -silent "$DIR/poems_tracker_$lang.ts" -qm "$DIR/poems_tracker_$lang.qm"
done
