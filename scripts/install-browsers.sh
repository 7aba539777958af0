#!/usr/bin/env bash
# Installs the Debian browsers the demo, tests and benchmarks use, when missing. Never downloads a browser
# build of its own: Chromium and Firefox ESR come from Debian's packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# German UI strings in Chromium need its locale pack (the e2e tests check both languages).
[ -f /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "Browsers present: $(/usr/bin/chromium --version 2>/dev/null | head -1); $(/usr/bin/firefox-esr --version 2>/dev/null)"
  exit 0
fi
echo "Installing Debian packages: ${missing[*]} (about a minute)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" fonts-dejavu-core fonts-noto-color-emoji >/dev/null
