#!/usr/bin/env bash
# bench/run_extract_bench.sh BUILD_DIR [CORPUS]: extraction speed on the 437 news articles, on one
# thread and on all cores, and the start-up time of `sitrep extract` on one short document.
# Prints one JSON object (needs jq).
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${2:-$root/../shared/data/news/gdelt_ukraine_articles.jsonl}
cores=$(nproc)
one=$("$build/sitrep_extract_bench" "$corpus" 1 5)
all=$("$build/sitrep_extract_bench" "$corpus" "$cores" 5)
# Start-up: median wall time of 11 runs of the whole binary on the bundled example.
times=()
for _ in $(seq 11); do
  s=$(date +%s%N)
  "$build/sitrep" extract --published 2022-03-10 "$root/examples/example_article.txt" >/dev/null
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
startup=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
jq -n --argjson one "$one" --argjson all "$all" --argjson startup "$startup" \
  --arg commit "$(git -C "$root" rev-parse --short HEAD)" --argjson cores "$cores" \
  '{commit: $commit, cores: $cores, one_thread: $one, all_cores: $all, startup_ms: $startup}'
