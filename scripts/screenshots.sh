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

shot() { # name width height [keys=xdotool commands separated by ;] args...
	name=$1 w=$2 h=$3
	shift 3
	keys=
	case "${1:-}" in keys=*) keys=${1#keys=}; shift ;; esac
	display=:$((90 + $(date +%N | cut -c1-2) % 9))
	Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
	xpid=$!
	sleep 1
	DISPLAY=$display "$bin" --size "${w}x${h}" "$@" 2>/dev/null &
	apid=$!
	sleep 4
	if [ -n "$keys" ]; then
		echo "$keys" | tr ';' '\n' | while read -r cmd; do
			if [ -n "$cmd" ]; then DISPLAY=$display xdotool $cmd; sleep 0.5; fi
		done
		sleep 1
	fi
	DISPLAY=$display import -window root "$out/$name.png"
	kill "$apid"; wait "$apid" 2>/dev/null || true
	kill "$xpid"; wait "$xpid" 2>/dev/null || true
	echo "wrote $out/$name.png"
}
shot reader 1024 768 --open pism-spotlight-74-2018
shot reader-pl 1024 768 --lang pl --open pism-spotlight-74-2018-pl
shot phone 400 760 --open pism-spotlight-74-2018-ru
shot yellow-300 1024 768 --theme yellow-on-black --text-scale 300 --open pism-spotlight-74-2018
shot search-pl 1024 768 "keys=key ctrl+k;type --delay 60 traktaty;key Return" --lang pl --theme white-on-black --open pism-spotlight-74-2018-pl
shot reader-ru-sepia 1024 768 --lang ru --theme sepia --font atkinson-hyperlegible --open pism-spotlight-74-2018-ru
rm -rf "$home"
