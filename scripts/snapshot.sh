#!/bin/sh
# snapshot.sh writes the JSON Document of every input the project can
# reach -- testdata, the seeds, and (when beside the module) the corpus
# and the portal pages -- with and without keywords, into DIR, so that a
# change meant to keep the output (a speed change, a refactoring) can be
# checked byte for byte:
#
#   scripts/snapshot.sh /tmp/before          # on the old commit
#   scripts/snapshot.sh /tmp/after           # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
#
# Files noticeconv reports as failures (the deliberately broken inputs of
# testdata) leave their error in DIR/*/errors.jsonl, which is compared too.
set -eu
out=${1:?usage: scripts/snapshot.sh DIR}
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(mktemp -d)/noticeconv
(cd examples/noticeconv && go build -o "$bin" .)
shared=${GONGWEN_SHARED:-$root/../shared}
set -- testdata/inputs testdata/layouts testdata/pages testdata/reports testdata/seeds testdata/pdf
for d in "$shared/corpus" "$shared/portal-pages"; do
	[ -d "$d" ] && set -- "$@" "$d"
done
# DIR is replaced as a whole, so it must be a directory this script wrote
# before (it leaves a .snapshot mark) or not exist yet: never a device, a
# file or somebody's directory.
if [ -e "$out" ] || [ -L "$out" ]; then
	if [ ! -d "$out" ] || [ -L "$out" ] || [ ! -f "$out/.snapshot" ]; then
		echo "snapshot.sh: $out exists and is not a snapshot directory; give a new path" >&2
		exit 2
	fi
	rm -rf "$out"
fi
mkdir -p "$out"
: >"$out/.snapshot"
for input in "$@"; do
	name=$(basename "$input")
	for mode in plain keywords; do
		flag=
		[ "$mode" = keywords ] && flag=-keywords
		dir="$out/$mode/$name"
		mkdir -p "$dir"
		"$bin" -q -format json $flag -o "$dir" -errors "$dir/errors.jsonl" "$input" >/dev/null 2>&1 || true
	done
done
# The error log names absolute paths only through the inputs given, which
# are the same on both runs; nothing else in the output depends on time.
echo "$(find "$out" -type f | wc -l) files in $out"
