#!/bin/sh
# instr.sh prints cachegrind's instructions per input byte for parse
# benchmarks: the one speed figure the load of a shared machine cannot
# move. It runs each benchmark 2 and 12 times under valgrind and divides
# the difference by ten times the bytes of one run, so set-up cancels.
#
#   scripts/instr.sh                       # Mixed/parse Small/parse Mixed/keywords Small/keywords
#   scripts/instr.sh 'Mixed/parse'         # any benchmarks of ./parse
#   BIN=/tmp/old.test scripts/instr.sh     # a test binary built elsewhere (another commit)
#
# GOGC=off makes a count repeat within about ±0.5 instr/B (with the
# collector on, runs differ by about ±10). The test binary is built with
# the measurement toolchain of cgroot.sh (valgrind cannot run RDTSCP).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -z "${BIN:-}" ]; then
	cgroot=$(scripts/cgroot.sh)
	BIN=$(mktemp -d)/parse.test
	GOROOT=$cgroot "$cgroot/bin/go" test -c -o "$BIN" ./parse
fi
[ $# -gt 0 ] || set -- 'Mixed/parse' 'Small/parse' 'Mixed/keywords' 'Small/keywords'
cd "$root/parse"
export GOGC=${GOGC:-off} GOMAXPROCS=1
for pat in "$@"; do
	line=$("$BIN" -test.run '^$' -test.bench "$pat\$" -test.benchtime 5x | grep '^Benchmark' | head -1)
	# the input's bytes as the benchmark reports them; from ns/op × MB/s
	# (MB/s has two decimals: under load, off by up to 0.5 %) when it
	# does not (a binary of an older commit)
	bytes=$(echo "$line" | awk '{for(i=1;i<NF;i++){if($(i+1)=="ns/op")ns=$i; if($(i+1)=="MB/s")mb=$i; if($(i+1)=="input-B/op")inb=$i}; printf "%.0f", inb ? inb : ns*mb/1000}')
	ir() {
		valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$BIN" -test.run '^$' -test.bench "$pat\$" -test.benchtime "$1"x 2>&1 |
			awk '/Unrecognised instruction/ {bad=1} /I *refs/ {gsub(",","",$NF); n=$NF} END {if (bad) exit 1; print n}'
	}
	a=$(ir 2) && b=$(ir 12) || { echo "instr.sh: valgrind failed on $pat" >&2; exit 1; }
	echo "$pat $(echo "$a $b $bytes" | awk '{printf "%.1f instr/B (%d bytes, %.0f instructions a run)", ($2-$1)/10/$3, $3, ($2-$1)/10}')"
done
