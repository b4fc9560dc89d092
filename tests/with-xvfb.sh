#!/usr/bin/env bash
# Runs a widget test on a private X server (the xcb platform, as on a desktop) instead of the
# offscreen platform, for behaviour that only shows there, such as the video sink's first frame.
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$@"
