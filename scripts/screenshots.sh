#!/bin/sh
# Regenerates the README screenshots from the real app in a virtual X
# server: the Spotlight open in a 1024×768 window, in Polish, and in a
# phone-sized window.
set -eu
bin=${1:-./pismreader}
out=${2:-docs}
mkdir -p "$out"
home=$(mktemp -d)
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" LANG=en_US.UTF-8

shot() { # name width height args...
	name=$1 w=$2 h=$3
	shift 3
	display=:$((90 + $(date +%N | cut -c1-2) % 9))
	Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
	xpid=$!
	sleep 1
	DISPLAY=$display "$bin" --size "${w}x${h}" "$@" 2>/dev/null &
	apid=$!
	sleep 4
	DISPLAY=$display import -window root "$out/$name.png"
	kill "$apid"; wait "$apid" 2>/dev/null || true
	kill "$xpid"; wait "$xpid" 2>/dev/null || true
	echo "wrote $out/$name.png"
}
shot reader 1024 768 --open pism-spotlight-74-2018
shot reader-pl 1024 768 --lang pl --open pism-spotlight-74-2018-pl
shot phone 400 760 --open pism-spotlight-74-2018-ru
shot yellow-300 1024 768 --theme yellow-on-black --text-scale 300 --open pism-spotlight-74-2018
shot reader-ru-sepia 1024 768 --lang ru --theme sepia --font atkinson-hyperlegible --open pism-spotlight-74-2018-ru
rm -rf "$home"
