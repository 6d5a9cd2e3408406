#!/usr/bin/env bash
# Builds the Debian package from a built preset, checks it as Debian's tools do, installs it and
# runs it from the installed paths as two users would, then removes it again if it was not
# installed before.
# Usage: packaging/check_package.sh [--preset NAME]   (default: ci; build the preset first)
#   1. cpack: build/NAME/package/grindstone_VERSION_ARCH.deb
#   2. lintian (no error or warning), desktop-file-validate, appstreamcli validate
#   3. apt-get install of the .deb on this machine (root or sudo; its dependencies must
#      resolve from the configured archives), then as two fresh users: grindstone --version,
#      grindstone-cli train --set steps=20 on the default data, then the window opening that
#      run (xvfb-run) and keeping its settings in ~/.config; the manual pages, the
#      completion, the icon and the run.json file type; nothing may be written under /usr
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset=ci
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset="$2"; shift ;;
    *) echo "check_package.sh: unknown argument '$1' (expected --preset NAME)" >&2; exit 2 ;;
  esac
  shift
done
build="$here/build/$preset"
[ -f "$build/CPackConfig.cmake" ] || { echo "check_package.sh: build the '$preset' preset first" >&2; exit 2; }
fail() { echo "check_package.sh: $*" >&2; exit 1; }

echo "== building the package"
rm -f "$build"/package/grindstone_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/package/grindstone_*.deb)"
echo "$deb ($(du -h "$deb" | cut -f1))"

echo "== lintian"
# An error or a warning fails the check; the informational tags are printed (docs/PACKAGING.md
# says why each one stays).
lintian_ok=1
lintian_out="$(lintian --fail-on error,warning --display-info "$deb" 2>&1)" || lintian_ok=0
echo "$lintian_out" | grep -v "running with root privileges" || true
[ "$lintian_ok" -eq 1 ] || fail "lintian reports errors or warnings (above)"

echo "== desktop entry and AppStream metadata"
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked"/usr/share/applications/*.desktop
appstreamcli validate --no-net --explain "$unpacked"/usr/share/metainfo/*.metainfo.xml

echo "== installing it on this machine"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
was_installed=0
dpkg-query -W -f='${Status}' grindstone 2>/dev/null | grep -q "install ok installed" && was_installed=1
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
cleanup() {
  rm -rf "$unpacked" "${users:-}"
  if [ "$was_installed" -eq 0 ]; then $sudo_cmd apt-get remove -y -qq grindstone >/dev/null || true; fi
}
trap cleanup EXIT
usr_before="$(find /usr -newer "$deb" -type f 2>/dev/null | sort)"

[ "$(command -v grindstone-cli)" = /usr/bin/grindstone-cli ] || fail "grindstone-cli is not /usr/bin/grindstone-cli"
[ "$(command -v grindstone)" = /usr/bin/grindstone ] || fail "grindstone is not /usr/bin/grindstone"
grindstone --version
grindstone-cli version
man -w grindstone grindstone-cli >/dev/null || fail "man does not find grindstone(1) or grindstone-cli(1)"
man grindstone-cli 2>/dev/null | grep -q "TRAINING OPTIONS" || fail "grindstone-cli(1) does not render"
[ -f /usr/share/bash-completion/completions/grindstone-cli ] || fail "no bash completion"
grep -q "application/x-grindstone-run" /usr/share/mime/globs2 ||
  fail "run.json's file type is not in the MIME database (update-mime-database trigger)"
[ -f /usr/share/icons/hicolor/48x48/apps/dev.grindstone.Grindstone.png ] || fail "no 48 px icon"

# Two users who never ran it: each gets the default dataset and a run in their own data folder.
users="$(mktemp -d)"
for user in first second; do
  home="$users/$user"
  mkdir -p "$home"
  echo "-- $user user: grindstone-cli train --set steps=20"
  (cd "$home" && env -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME HOME="$home" \
     grindstone-cli train --set steps=20) | tail -2
  runs="$home/.local/share/grindstone/runs"
  [ "$(ls "$runs" | wc -l)" -eq 1 ] || fail "$user user's run is not in $runs"
  run="$(ls -d "$runs"/*)"
  [ -f "$run/run.json" ] || fail "$user user's run has no run.json"
  # The window, as the menu entry starts it, opening the run as a double-click on its
  # run.json does; it saves its settings in the user's XDG config folder when it closes.
  echo "-- $user user: grindstone $run/run.json (under xvfb-run)"
  (cd "$home" && env -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_CONFIG_HOME HOME="$home" \
     xvfb-run -a -s "-screen 0 1400x900x24" grindstone "$run/run.json" \
       --screenshot "$home/window.png" --screenshot-delay 3) ||
    fail "$user user: grindstone did not open the run"
  size="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "none")' "$home/window.png")"
  echo "window: $size"
  [ "${size%%x*}" -ge 800 ] 2>/dev/null || fail "$user user: no window screenshot ($size)"
  # A first start fits the screen (1400 x 900 here), its edges all on it.
  [ "${size%%x*}" -le 1400 ] && [ "${size##*x}" -le 900 ] ||
    fail "$user user: the first window ($size) is larger than the screen (1400x900)"
  [ -f "$home/.config/Grindstone/grindstone.conf" ] || fail "$user user: no settings in ~/.config/Grindstone"
done
usr_after="$(find /usr -newer "$deb" -type f 2>/dev/null | sort)"
[ "$usr_before" = "$usr_after" ] || fail "running it wrote under /usr: $(comm -13 <(echo "$usr_before") <(echo "$usr_after"))"
echo "package check passed: $deb"
