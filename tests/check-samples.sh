#!/usr/bin/env bash
# The generated sample library holds every format the README promises, and each file decodes.
set -euo pipefail
dir=${1:?usage: check-samples.sh SAMPLES_DIR}
for f in landscape.jpg portrait-exif-rotated.jpg sunset.heic sunset.avif dusk.webp bouncing.gif logo-alpha.png; do
  vipsheader "$dir/$f" >/dev/null
done
[ "$(vipsheader -f n-pages "$dir/bouncing.gif")" -gt 1 ]
[ "$(exiv2 -q -K Exif.Image.Orientation -Pv "$dir/portrait-exif-rotated.jpg")" = 6 ]
[ "$(exiv2 -q -K Exif.Image.Make -Pv "$dir/landscape.jpg")" = AssetDesk ]
[ "$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of csv=p=0 "$dir/clip.mp4")" = h264 ]
[ "$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name -of csv=p=0 "$dir/clip.mp4")" = aac ]
[ "$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name -of csv=p=0 "$dir/clip.webm")" = vp9 ]
[ "$(pdfinfo "$dir/report.pdf" | awk '/^Pages:/ {print $2}')" -ge 3 ]
for f in report.docx budget.xlsx deck.pptx; do
  unzip -tq "$dir/$f" >/dev/null
done
echo "samples: all formats present and readable"
