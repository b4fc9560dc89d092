#!/usr/bin/env bash
# Every visible string is in translations/assetdesk_zh_CN.ts and translated: lupdate run on a
# copy must find nothing new and nothing unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/assetdesk_zh_CN.ts" "$tmp/assetdesk_zh_CN.ts"
cd "$root"
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none ui app core -ts "$tmp/assetdesk_zh_CN.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$tmp/assetdesk_zh_CN.ts" || true)
total=$(grep -c '<source>' "$tmp/assetdesk_zh_CN.ts" || true)
if [ "$unfinished" != 0 ]; then
  echo "translations: $unfinished of $total strings lack a zh_CN translation:"
  grep -B3 'type="unfinished"' "$tmp/assetdesk_zh_CN.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
echo "translations: all $total strings translated"
