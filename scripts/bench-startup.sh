#!/bin/sh
# Starts the app N times (default 5) in a virtual X server with the
# Spotlight open and reports the median time to the first frame, measured
# by the app from its start.
set -eu
bin=${1:-./pismreader}
runs=${2:-5}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG=en_US.UTF-8
times=""
i=0
while [ "$i" -lt "$runs" ]; do
	ms=$(xvfb-run -a -s "-screen 0 1280x900x24" "$bin" --exit-after-start --open pism-spotlight-74-2018 2>&1 |
		sed -n 's/^first frame: \([0-9]*\) ms$/\1/p')
	[ -n "$ms" ] || { echo "bench-startup: run $i drew no frame" >&2; exit 1; }
	echo "run $((i + 1)): $ms ms"
	times="$times $ms"
	i=$((i + 1))
done
median=$(echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "first frame, median of $runs: $median ms (target: 400 ms)"
