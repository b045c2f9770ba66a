#!/usr/bin/env bash
# What the tests need beyond Node, on Debian or Ubuntu: Chromium (the browser test), LibreOffice (a
# second reader of the result files), poppler-utils (pages of the printed results) and CJK fonts
# (Chinese in screenshots and PDFs), and the npm packages. Installs only what is missing: system
# packages as root directly, else via sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages: a clean install when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have soffice || have libreoffice || need+=(libreoffice-calc-nogui)
have chromium || have chromium-browser || need+=(chromium)
have pdftoppm && have pdffonts || need+=(poppler-utils)
if ! { have fc-list && fc-list :lang=zh 2>/dev/null | grep -qi 'noto'; }; then need+=(fonts-noto-cjk); fi

if [ "${#need[@]}" -eq 0 ]; then
  echo "test-deps: Chromium, LibreOffice, poppler-utils and CJK fonts are installed"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! have sudo; then
    echo "test-deps: need ${need[*]}, and this is not root and has no sudo: install them as root (apt-get install ${need[*]})" >&2
    exit 1
  fi
  SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
# Ubuntu ships Chromium as chromium-browser.
if [[ " ${need[*]} " == *" chromium "* ]] && ! apt-cache show chromium >/dev/null 2>&1; then
  need=("${need[@]/#chromium/chromium-browser}")
fi
echo "test-deps: installing ${need[*]}"
"${SUDO[@]}" apt-get install -y --no-install-recommends "${need[@]}"
