#!/bin/sh
# Installs the Debian packages named in $DEB_DEPS that are missing: as root
# directly, otherwise through sudo when it needs no password; else prints
# the exact command and fails.
set -eu
missing=""
for p in $DEB_DEPS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if ! command -v go >/dev/null 2>&1; then
	echo "Go 1.26 or newer is needed: https://go.dev/doc/install" >&2
	exit 1
fi
[ -z "$missing" ] && exit 0
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
	echo "installing:$missing"
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing ||
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	echo "installing with sudo:$missing"
	sudo DEBIAN_FRONTEND=noninteractive $cmd ||
		{ sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive $cmd; }
else
	echo "Missing Debian packages:$missing" >&2
	echo "Install them with:" >&2
	echo "  sudo apt-get update && sudo $cmd" >&2
	exit 1
fi
