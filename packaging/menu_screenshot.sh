#!/usr/bin/env bash
# Pictures Grindstone's menu entry as a desktop launcher shows it (rofi's application menu, with
# the installed icons and the entry's English and Japanese names) for the documentation.
# Usage: packaging/menu_screenshot.sh OUT.png [--preset NAME]
# Installs rofi, Xvfb and the package built by packaging/check_package.sh (build/NAME/package)
# when they are missing; removes the package again if it was not installed before.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: packaging/menu_screenshot.sh OUT.png [--preset NAME]}"
preset=ci
[ "${2:-}" = --preset ] && preset="${3:?--preset needs a name}"
deb="$(ls "$here/build/$preset"/package/grindstone_*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || { echo "menu_screenshot.sh: no package in build/$preset/package (run packaging/check_package.sh)" >&2; exit 2; }

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
for tool in rofi xvfb imagemagick; do
  dpkg-query -W -f='${Status}' "$tool" 2>/dev/null | grep -q "install ok installed" ||
    $sudo_cmd apt-get install -y -qq --no-install-recommends "$tool" >/dev/null
done
was_installed=0
dpkg-query -W -f='${Status}' grindstone 2>/dev/null | grep -q "install ok installed" && was_installed=1
$sudo_cmd apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
work="$(mktemp -d)"
cleanup() {
  rm -rf "$work"
  if [ "$was_installed" -eq 0 ]; then $sudo_cmd apt-get remove -y -qq grindstone >/dev/null || true; fi
}
trap cleanup EXIT

# One picture per language: the launcher lists the installed applications, Grindstone first.
cat >"$work/shoot.sh" <<'SHOOT'
export LANGUAGE="$1"
rofi -show drun -show-icons -theme-str \
  'window {width: 560px; height: 260px;} element-icon {size: 48px;} * {font: "Noto Sans CJK JP 14";}' &
sleep 4
import -window root "$2"
kill %1
SHOOT
for lang in en ja; do
  xvfb-run -a -s "-screen 0 700x320x24" bash "$work/shoot.sh" "$lang" "$work/$lang.png"
done
convert "$work/en.png" "$work/ja.png" -append "$out"
echo "wrote $out"
