#!/usr/bin/env bash
# Nadzor's one entry point for a Debian 12 machine:
#   tools/dev.sh run    install what is missing, build, open the app on the bundled Serbian data
#   tools/dev.sh test   install what is missing, build, run the whole test suite headless
#   tools/dev.sh bench  install what is missing, build, run the benchmarks
#   tools/dev.sh build  install what is missing and build
# Idempotent; works as root or as a user with sudo (sudo is used for apt-get only).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${NADZOR_BUILD_DIR:-$root/build}"
action="${1:-run}"
shift || true

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-positioning-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  libgdal-dev gdal-bin libproj-dev proj-bin libexiv2-dev libsqlite3-dev sqlite3
  libbenchmark-dev spatialite-bin
  clang libclang-rt-14-dev
  xvfb xauth poppler-utils fonts-dejavu-core
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "nadzor: installing ${missing[*]}" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

configure_and_build() {
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNADZOR_WERROR="$werror" >/dev/null
  cmake --build "$build" --parallel "$(nproc)"
}

case "$action" in
  build)
    install_missing
    configure_and_build
    ;;
  run)
    install_missing
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "nadzor: no display (DISPLAY and WAYLAND_DISPLAY are unset); built $build/nadzor" >&2
      exit 1
    fi
    exec "$build/nadzor" "$@"
    ;;
  test)
    install_missing
    configure_and_build
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
  bench)
    install_missing
    configure_and_build
    for b in "$build"/bench/bench_*; do
      [ -x "$b" ] && "$b" "$@"
    done
    ;;
  *)
    echo "usage: tools/dev.sh run|test|bench|build" >&2
    exit 2
    ;;
esac
