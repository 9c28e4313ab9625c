#!/bin/sh
# Starts the real binary in a virtual X server and checks that it draws its
# first frame and exits 0; checks the command line too.
set -eu
bin=${1:-./pismreader}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share" LANG=en_US.UTF-8

out=$(xvfb-run -a -s "-screen 0 1280x900x24" "$bin" --exit-after-start --open pism-spotlight-74-2018 2>&1) || {
	echo "smoke: the app failed to start:"; echo "$out"; exit 1; }
echo "$out" | grep -E '^first frame: [0-9]+ ms$' || { echo "smoke: no first frame reported:"; echo "$out"; exit 1; }

n=$("$bin" list --json | grep -c '"id"')
[ "$n" -ge 15 ] || { echo "smoke: list --json gave $n briefs"; exit 1; }
"$bin" show pism-spotlight-74-2018 | grep -q "What is the INF treaty?" || { echo "smoke: show lacks a heading"; exit 1; }
"$bin" --lang pl list | grep -q "23 października 2018" || { echo "smoke: Polish list lacks the Polish date"; exit 1; }
"$bin" --lang ru list | grep -q "23 октября 2018" || { echo "smoke: Russian list lacks the Russian date"; exit 1; }
if "$bin" show no-such-brief 2>/dev/null; then echo "smoke: an unknown ID succeeded"; exit 1; fi
"$bin" search --json missile 2>/dev/null | head -1 | grep -q '"id":"pism-spotlight-74-2018"' || { echo "smoke: search --json missile does not list the Spotlight first"; exit 1; }
"$bin" --lang ru search договор 2>&1 >/dev/null | grep -q "^Найдено: " || { echo "smoke: no Russian count line"; exit 1; }
out=$(xvfb-run -a -s "-screen 0 1280x900x24" "$bin" --exit-after-start --theme yellow-on-black --text-scale 300 --font atkinson-hyperlegible --open pism-spotlight-74-2018 2>&1) || {
	echo "smoke: the app failed to start in yellow on black at 300 %:"; echo "$out"; exit 1; }
# Read aloud to a file, import a feed twice, export a book.
"$bin" speak pism-spotlight-74-2018 --out "$home/spot.wav" 2>/dev/null
head -c 4 "$home/spot.wav" | grep -q RIFF || { echo "smoke: speak --out wrote no WAV file"; exit 1; }
n=$("$bin" import importer/testdata/feed-3.rss 2>/dev/null | wc -l)
[ "$n" -eq 3 ] || { echo "smoke: importing the feed added $n briefs, not 3"; exit 1; }
"$bin" import importer/testdata/feed-3.rss 2>&1 | grep -q "Nothing new" || { echo "smoke: a second import was not reported as known"; exit 1; }
"$bin" export --all --out "$home/library.epub" 2>/dev/null
unzip -p "$home/library.epub" mimetype 2>/dev/null | grep -q "application/epub+zip" || head -c 60 "$home/library.epub" | grep -q "application/epub+zip" || {
	echo "smoke: export wrote no EPUB"; exit 1; }
set +e
"$bin" import /dev/null >/dev/null 2>&1
[ $? -eq 1 ] || { echo "smoke: importing an empty file did not exit with 1"; exit 1; }
"$bin" --theme neon list >/dev/null 2>&1
[ $? -eq 2 ] || { echo "smoke: an unknown theme did not exit with 2"; exit 1; }
set -e
echo "smoke: ok"
