#!/usr/bin/env bash
# Hearth set-up on Debian 12: installs what the build needs, builds, then
#   run    creates the demo database from the bundled sample orders and starts the desktop app
#          (or, without a display, runs the main job headless and prints its summary)
#   test   runs the whole test suite through CTest
#   bench  builds optimised and runs the benchmarks under tests/bench
# Each command is idempotent and quick the second time.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command=${1:-}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libglx-dev libxkbcommon-dev
    libsqlite3-dev libminizip-dev zlib1g-dev libsodium-dev libxlsxwriter-dev libbenchmark-dev
    libzint-dev libzxing-dev libssl-dev
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql postgresql qt6-serialport-dev
    fonts-noto-cjk fonts-wqy-microhei poppler-utils xvfb xauth sqlite3
)

usage() {
    echo "usage: installer/quickstart.sh run|test|bench" >&2
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "quickstart: installing packages needs root or sudo: $*" >&2
        exit 1
    fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "quickstart: installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            "${missing[@]}"
    fi
}

# configure_and_build DIR TYPE [TARGET...]: every target when none is named.
configure_and_build() {
    local dir=$1 type=$2
    shift 2
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DHEARTH_WERROR=$werror
    fi
    cmake --build "$dir" --parallel "$jobs" "${targets[@]}"
}

has_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

run_demo() {
    local build=$root/build
    local db=${HEARTH_DEMO_DB:-$build/demo/hearth-demo.db}
    mkdir -p "$(dirname "$db")"
    echo "== Hearth demo database: $db"
    # In Chinese, the desktop's first language: the engine writes its reasons on the tasks.
    HEARTH_LANG=${HEARTH_LANG:-zh_CN} "$build/app/cli/hearthctl" demo --db "$db"
    echo
    echo "== What is in it"
    "$build/app/cli/hearthctl" stats --db "$db"
    echo
    echo "== The ten newest orders"
    "$build/app/cli/hearthctl" orders list --db "$db" --limit 10
    echo
    echo "== Tasks the process engine made (review, split)"
    "$build/app/cli/hearthctl" tasks --db "$db" --limit 20
    if has_display && [ "${HEARTH_HEADLESS:-}" != "1" ]; then
        echo
        echo "== Starting the desktop app"
        exec "$build/app/desktop/hearth" --db "$db"
    fi
    echo
    echo "No display here, so the desktop app was not started. To open it on a desktop:"
    echo "  $build/app/desktop/hearth --db $db"
    echo "To look at a page without a display:"
    echo "  $build/app/desktop/hearth --render orders.list --db $db --out orders.png"
}

case "$command" in
run)
    install_packages
    # The programs only: the tests are built by `test`.
    configure_and_build "$root/build" RelWithDebInfo hearth hearthctl hearth-server
    run_demo
    ;;
test)
    install_packages
    configure_and_build "$root/build" RelWithDebInfo
    cd "$root/build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 1200
    ;;
bench)
    install_packages
    configure_and_build "$root/build-bench" Release
    for b in "$root"/build-bench/tests/bench/bench_*; do
        [ -f "$b" ] && [ -x "$b" ] || continue
        echo "== $(basename "$b")"
        QT_QPA_PLATFORM=offscreen "$b"
    done
    ;;
*)
    usage
    ;;
esac
