#!/bin/sh
# What Dossier needs from the system on Debian/Ubuntu, checked and (as root)
# installed. Elsewhere it does nothing: pip brings everything else.
#
#   system-deps.sh venv PYTHON   a Python 3.11+ that can make a virtual environment
#   system-deps.sh test          the libraries Qt needs to run offscreen, poppler-utils and qpdf
#   system-deps.sh gui           the same, plus the X11/xcb libraries a real window needs
set -eu

mode=${1:-test}

# Which library file each package brings: checking files works across
# Debian and Ubuntu releases whatever the package is called there.
base_libs="libGL.so.1:libgl1 libEGL.so.1:libegl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3"
gui_libs="libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 libX11-xcb.so.1:libx11-xcb1"

is_debian() { command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; }

have_lib() {
    for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$ldconfig" >/dev/null 2>&1; then
            "$ldconfig" -p 2>/dev/null | grep -q "[[:space:]]$1 " && return 0
            return 1
        fi
    done
    return 1
}

install_or_explain() {
    # $1: why, then the packages
    why=$1; shift
    [ $# -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "Installing $why: $*"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
    else
        echo "Dossier needs $why. Install them with:" >&2
        echo "  sudo apt-get install -y $*" >&2
        exit 1
    fi
}

missing_packages() {
    missing=""
    for pair in $1; do
        lib=${pair%%:*}
        pkg=${pair#*:}
        have_lib "$lib" || missing="$missing $pkg"
    done
    echo "$missing"
}

case "$mode" in
venv)
    python=${2:-python3}
    if ! command -v "$python" >/dev/null 2>&1; then
        if is_debian; then install_or_explain "Python 3" python3 python3-venv; else
            echo "Dossier needs Python 3.11 or newer: $python was not found." >&2; exit 1; fi
    fi
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "Dossier needs Python 3.11 or newer; $python is $("$python" --version 2>&1)." >&2
        echo "Run with another one, e.g.: make PYTHON=python3.12 run" >&2
        exit 1
    fi
    if [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        if is_debian; then
            version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            install_or_explain "Python's venv module" "python$version-venv"
        else
            echo "$python cannot create virtual environments (no ensurepip/venv)." >&2; exit 1
        fi
    fi
    ;;
test|gui)
    is_debian || exit 0
    libs=$base_libs
    [ "$mode" = gui ] && libs="$libs $gui_libs"
    # shellcheck disable=SC2046
    install_or_explain "the system libraries Qt needs" $(missing_packages "$libs")
    if [ "$mode" = test ]; then
        # The tests read packs with independent PDF tools, not only with the library that wrote them.
        tools=""
        command -v pdftotext >/dev/null 2>&1 || tools="$tools poppler-utils"
        command -v qpdf >/dev/null 2>&1 || tools="$tools qpdf"
        # shellcheck disable=SC2086
        install_or_explain "independent PDF readers for the tests" $tools
    fi
    ;;
*)
    echo "usage: $0 venv PYTHON | test | gui" >&2
    exit 2
    ;;
esac
