#!/usr/bin/env bash
# Installs code-server 4.100.3 (a real VS Code 1.100.3 for the browser; the last
# release that runs on Node 20) into a cache folder outside node_modules, and the
# Debian packages the editor tests need. Idempotent: does nothing when present.
#
#   GOVREPORT_CACHE   cache root (default: $HOME/.cache/govreport)
#
# Prints the install directory's entry script path on its last line.
set -euo pipefail

CS_VERSION=4.100.3
RG_VERSION=v13.0.0-10          # the ripgrep build @vscode/ripgrep 1.15.11 downloads
RG_TARGET=x86_64-unknown-linux-musl
CACHE="${GOVREPORT_CACHE:-$HOME/.cache/govreport}"
DIR="$CACHE/code-server-$CS_VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
MARKER="$DIR/.govreport-installed" # written after a complete install (postinstall ran)

log() { echo "[install-code-server] $*" >&2; }

is_root() { [ "$(id -u)" = 0 ]; }

APT_UPDATED=0
apt_install() { # apt_install PKG... (only the missing ones)
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    log "missing Debian packages: ${missing[*]} (run as root: apt-get install ${missing[*]})"
    return 1
  fi
  if [ "$APT_UPDATED" = 0 ] && [ "${GOVREPORT_APT_UPDATED:-0}" != 1 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

[ -x /usr/bin/chromium ] || apt_install chromium
# CJK glyphs for the Problems-panel screenshot (the text check works without them).
apt_install fonts-wqy-microhei || true

if [ -f "$ENTRY" ] && [ -f "$MARKER" ]; then
  log "code-server $CS_VERSION already installed in $DIR"
  echo "$ENTRY"
  exit 0
fi
if [ -e "$DIR" ]; then
  log "removing incomplete install in $DIR"
  rm -rf "$DIR"
fi

apt_install libkrb5-dev ripgrep build-essential python3

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub (unreachable here):
# pre-seed its download cache with Debian's binary, packed the way it expects.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TGZ="$RG_CACHE/ripgrep-$RG_VERSION-$RG_TARGET.tar.gz"
if [ ! -s "$RG_TGZ" ]; then
  mkdir -p "$RG_CACHE"
  tmp=$(mktemp -d)
  cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$RG_TGZ" rg
  rm -rf "$tmp"
  log "seeded $RG_TGZ from $(command -v rg)"
fi

mkdir -p "$DIR"
LOG="$CACHE/install-code-server-$CS_VERSION.log"
log "npm install code-server@$CS_VERSION into $DIR (log: $LOG; takes several minutes)"
start=$(date +%s)
extra=()
if is_root; then extra+=(--unsafe-perm); fi
[ -f "$DIR/package.json" ] || echo '{"name":"govreport-code-server","private":true}' >"$DIR/package.json"
# node-pty fetches node-gyp through npx: npm_config_yes answers its prompt.
# npm >= 11.1x blocks dependency install scripts unless allowed; code-server's
# postinstall (and the nested npm installs it runs in lib/vscode) need them all.
export npm_config_yes=true npm_config_dangerously_allow_all_scripts=true
if ! npm install --prefix "$DIR" --no-audit --no-fund --loglevel=http \
      "${extra[@]}" "code-server@$CS_VERSION" >"$LOG" 2>&1; then
  log "npm install failed; last lines of $LOG:"
  tail -n 60 "$LOG" >&2
  exit 1
fi
if [ ! -f "$ENTRY" ] || [ ! -e "$DIR/node_modules/code-server/lib/vscode/node_modules.asar" ] \
   || grep -q 'install scripts not yet covered' "$LOG"; then
  log "install finished but is incomplete (entry script, lib/vscode postinstall or skipped install scripts); last lines of $LOG:"
  tail -n 60 "$LOG" >&2
  exit 1
fi
date -u +%FT%TZ >"$MARKER"
log "installed in $(( $(date +%s) - start ))s"
echo "$ENTRY"
