#!/usr/bin/env bash
# The .deb builds, carries the binaries and desktop integration, and its dependencies resolve
# on this system (apt's simulation: nothing is installed).
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
cmake --build "$build" --target package >/dev/null
deb=$(realpath "$(ls -t "$build"/assetdesk_*.deb | head -n 1)")
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/assetdesk ./usr/bin/assetdesk-cli ./usr/share/applications/assetdesk.desktop \
  ./usr/share/metainfo/io.github.assetdesk.AssetDesk.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/assetdesk.svg ./usr/share/icons/hicolor/48x48/apps/assetdesk.png \
  ./usr/lib/assetdesk/libassetdesk_media.so ./usr/lib/assetdesk/libassetdesk_document.so \
  ./usr/share/assetdesk/uno_convert.py; do
  grep -q " $f\$" <<<"$contents" || { echo "package: $f missing from $deb"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libvips42 <<<"$depends" || { echo "package: Depends lacks libvips42: $depends"; exit 1; }
apt-get install -s -q "$deb" >/dev/null
# Unpacked, the installed CLI finds its plugins (../lib/assetdesk) and renders a page.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
XDG_CACHE_HOME=$root/cache "$root/usr/bin/assetdesk-cli" docpreview \
  "$root/usr/share/assetdesk/samples/report.pdf" --page 1 -o "$root/page.jpg" >/dev/null
[ -s "$root/page.jpg" ] || { echo "package: the installed CLI did not render a page"; exit 1; }
echo "package: $(basename "$deb") builds and its dependencies resolve"
