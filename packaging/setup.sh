#!/usr/bin/env bash
# Installs every Debian package Grindstone needs, then configures and builds it and draws the
# default dataset (the glyph benchmark) into the user's data folder if it is not there.
# Usage: packaging/setup.sh [--demo [--compare] | --test | --no-build] [--preset NAME]
#   --demo   build (release preset) and train the default method on the glyph benchmark (drawn
#            from the installed fonts into the user's data folder the first time), its final
#            figures beside nearest neighbours on raw pixels
#   --compare  with --demo: plain triplet too, same seed, and the paired difference
#   --test   build (ci preset: -Werror) and run the whole test suite with CTest, then the
#            file readers' fuzz targets (tests/fuzz, a minute in all), then build, lint,
#            install and run the Debian package (packaging/check_package.sh), then configure the
#            headless preset (core + CLI without Qt: its CMake needs no Qt; the suite's
#            `layering` test shows core and the CLI compile and link without it)
# Idempotent: re-running only installs what is missing and rebuilds what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset=""
build=1
action=""
demo_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --demo) action=demo ;;
    --compare) demo_args+=(--compare) ;;
    --test) action=test ;;
    --preset) preset="$2"; shift ;;
    *) echo "setup.sh: unknown argument '$1' (expected --demo, --compare, --test, --no-build or --preset NAME)" >&2
       exit 2 ;;
  esac
  shift
done
if [ ${#demo_args[@]} -gt 0 ] && [ "$action" != demo ]; then
  echo "setup.sh: --compare goes with --demo" >&2
  exit 2
fi

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # the readers' fuzz targets: clang with libFuzzer and the sanitizers' runtimes
  clang libclang-rt-14-dev
  # training core: LibTorch (CPU) on OpenBLAS (the reference BLAS is ~50x slower here)
  libtorch-dev libopenblas0-pthread libopenblas-dev
  # distributed training: the Gloo headers LibTorch's c10d process group includes
  libgloo-dev
  # k-NN / k-means, images, config files
  libfaiss-dev libopencv-dev nlohmann-json3-dev zlib1g-dev
  # Cars196's labels are a MATLAB file
  libmatio-dev
  # GUI: Qt 6 widgets, charts, tests, translations (lupdate / lrelease and their CMake
  # package); VTK (needs MPI headers to configure); the Japanese interface's typeface and Qt's
  # own Japanese texts
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-l10n-tools qt6-tools-dev
  fonts-noto-cjk qt6-translations-l10n
  libvtk9-dev libopenmpi-dev
  # Mesa's software OpenGL (llvmpipe): the 3D embedding view renders with it under Xvfb
  libgl1-mesa-dri
  # make-glyphs: FreeType draws the glyphs, fontconfig finds the installed font families
  libfreetype-dev libfontconfig-dev
  # the Debian package: icons drawn from the SVG, and the checks it must pass (man-db and its
  # groff render the manual pages)
  librsvg2-bin lintian desktop-file-utils appstream man-db
  # default data, headless display for GUI tests and screenshots
  dataset-fashion-mnist xvfb xauth imagemagick
  # Python's torch (same 1.13 as libtorch-dev): the export test loads the TorchScript module;
  # torchvision: the TorchScript-backbone test scripts a ResNet-18 (random weights)
  python3-torch python3-torchvision
  # reference t-SNE / UMAP for tests/bench/projection_quality.py (trustworthiness side by side)
  python3-sklearn umap-learn
)

# The typefaces the default dataset is drawn from (one list, shared with the Debian package).
mapfile -t glyph_fonts < <(grep -v '^#' "$here/packaging/glyph-fonts.txt")
packages+=("${glyph_fonts[@]}")

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Point libblas.so.3 at OpenBLAS (pthread variant) whatever was installed before.
if command -v update-alternatives >/dev/null; then
  arch_dir="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"
  for alt in libblas.so.3 liblapack.so.3; do
    cand="$arch_dir/openblas-pthread/$alt"
    name="$alt-$(basename "$arch_dir")"
    if [ -e "$cand" ] && update-alternatives --list "$name" >/dev/null 2>&1; then
      $sudo_cmd update-alternatives --quiet --set "$name" "$cand" || true
    fi
  done
fi

[ -n "$preset" ] || { [ "$action" = test ] && preset=ci || preset=release; }

if [ "$build" -eq 1 ]; then
  cd "$here"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
fi

# The default dataset, drawn once from the installed fonts into the user's data folder.
if [ "$build" -eq 1 ] && [ "$action" != test ]; then
  "$here/build/$preset/app/grindstone-cli" make-glyphs --default
fi

case "$action" in
  demo)
    # The main job: the default run on the glyph benchmark, against the raw-pixel floor.
    exec "$here/build/$preset/app/grindstone-cli" demo "${demo_args[@]}"
    ;;
  test)
    cd "$here/build/$preset"
    # GUI tests need a display: run under a virtual X server.
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --no-tests=error
    # Then every file reader under libFuzzer with ASan + UBSan, 6 s each on its corpus.
    "$here/tests/fuzz/run_fuzzers.sh" 6
    # The Debian package: built, linted, installed and run from its installed paths.
    "$here/packaging/check_package.sh" --preset "$preset"
    # And core + CLI configured without any Qt. Building them again would only repeat the
    # layering test's finding (no Qt include path or library in their compile and link lines)
    # at the cost of a second core build.
    cd "$here"
    exec cmake --preset headless >/dev/null
    ;;
esac
