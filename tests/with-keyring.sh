#!/usr/bin/env bash
# Runs a command in a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# so connection secrets go through the real keyring path, as on a desktop.
set -euo pipefail
exec dbus-run-session -- bash -c '
  home=$(mktemp -d)
  trap "rm -rf \"$home\"" EXIT
  # A private runtime folder: the daemon'"'"'s control socket must not meet another run'"'"'s.
  export XDG_RUNTIME_DIR=$home/run
  mkdir -m 700 "$XDG_RUNTIME_DIR"
  # A fresh "login" keyring, created and unlocked with a throwaway password. The daemon
  # leaves with the session bus; its output must not hold the caller'"'"'s pipes open.
  printf assetdesk-test | XDG_DATA_HOME=$home gnome-keyring-daemon --unlock --components=secrets \
    >/dev/null 2>&1
  "$@"' bash "$@"
