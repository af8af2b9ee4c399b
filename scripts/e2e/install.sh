#!/usr/bin/env bash
# Installs what the real-VS-Code suite needs on a fresh Debian 12 machine (Node 20, root, reaching only
# the npm registry and Debian's apt repositories): code-server (VS Code server + web workbench, from npm),
# Debian chromium to host the workbench headless, playwright-core to drive it, @vscode/vsce to pack.
# Everything lands in a cache outside git; a second run checks versions and returns in about a second.
#
# Usage: bash scripts/e2e/install.sh      (cache: $IMR_E2E_CACHE, default ~/.cache/imr-real-vscode)
set -euo pipefail
CACHE="${IMR_E2E_CACHE:-$HOME/.cache/imr-real-vscode}"
# 4.100.x is the newest code-server line that runs on Node 20; it carries VS Code 1.100.3.
CS_VERSION="${IMR_CODE_SERVER_VERSION:-4.100.3}"
export DEBIAN_FRONTEND=noninteractive
timed() { local s=$SECONDS; "$@"; echo "  [e2e install] $(( SECONDS - s ))s: $1 $2" >&2; }

case "$(node -v)" in v20.*) ;; *) echo "code-server $CS_VERSION needs Node 20, found $(node -v)" >&2; exit 1;; esac

# libkrb5-dev: headers for code-server's `kerberos` native module. ripgrep: fed to @vscode/ripgrep below,
# whose postinstall would otherwise download from GitHub. chromium: the browser that hosts the workbench.
# neovim: an independent LSP client for test/lsp/neovim.test.ts.
need=()
for p in libkrb5-dev ripgrep chromium pkg-config neovim; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  timed "${sudo_cmd[@]}" apt-get update -qq
  timed "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# @vscode/ripgrep 1.15.11 looks for a cached release archive in $TMPDIR before asking GitHub; Debian's
# rg 13.0.0 is the version VS Code pins.
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_archive" ]; then
  mkdir -p "$rg_cache"
  staging="$(mktemp -d)"; cp "$(command -v rg)" "$staging/rg"
  tar czf "$rg_archive" -C "$staging" rg; rm -rf "$staging"
fi

mkdir -p "$CACHE/code-server" "$CACHE/tools"
# code-server writes logs under $XDG_DATA_HOME even for --version; keep them in the cache.
export XDG_DATA_HOME="$CACHE/xdg-data" XDG_CONFIG_HOME="$CACHE/xdg-config"
cs_bin="$CACHE/code-server/node_modules/.bin/code-server"
installed_version() { "$cs_bin" --config /dev/null --version 2>/dev/null | awk 'NR==1{print $1}'; }
if [ ! -x "$cs_bin" ] || [ "$(installed_version)" != "$CS_VERSION" ]; then
  cd "$CACHE/code-server"
  [ -f package.json ] || echo '{"name":"imr-e2e-code-server","private":true}' > package.json
  # --unsafe-perm: its postinstall refuses to run as root otherwise; npm_config_yes: node-pty's
  # postinstall runs `npx node-gyp`, which must not stop to ask.
  timed env npm_config_yes=true npm install "code-server@$CS_VERSION" --unsafe-perm=true --no-audit --no-fund --loglevel=error
fi

# playwright-core drives the headless browser (no browser download: Debian's chromium); @vscode/vsce
# packs the .vsix (`npm run package`).
if [ ! -d "$CACHE/tools/node_modules/playwright-core" ] || [ ! -d "$CACHE/tools/node_modules/@vscode/vsce" ]; then
  cd "$CACHE/tools"
  [ -f package.json ] || echo '{"name":"imr-e2e-tools","private":true}' > package.json
  timed npm install --no-audit --no-fund --loglevel=error playwright-core@1 @vscode/vsce@3
fi
echo "e2e install ready: code-server $(installed_version), $(chromium --version 2>/dev/null | head -1)"
