#!/bin/sh
# bench.sh runs the speed benchmarks of parse (issue 14) and prints, for
# each, MB per CPU-second, the ratio to gse's Cut on the same text in the
# same run, ns per byte and bytes allocated per input byte.
#
#   scripts/bench.sh              # mixed and 2 KB notices, sizes, HTML
#   scripts/bench.sh peak         # also peak memory for 100 MB inputs
#   BENCH='Mixed' scripts/bench.sh  # any -bench pattern
#
# CPU time (user + system of the test process, from getrusage) rather
# than wall time, because the machine is shared.
# The mixed and 2 KB notices include the corpus and the extraction
# benchmark the portal pages when ../shared/corpus is beside the module or
# $GONGWEN_CORPUS names it.
set -eu
cd "$(dirname "$0")/.."
pattern=${BENCH:-'Mixed|Small|Linear|Pathological|HTML|Extract'}
time=${BENCHTIME:-2s}
run() {
	go test -run '^$' -bench "$1" -benchtime "$2" ./parse
}
report() {
	awk '
	/^Benchmark/ {
		name = $1; sub(/-[0-9]+$/, "", name)
		group = name; sub(/\/[^\/]*$/, "", group)
		mb = ""; nsb = ""; ab = ""; peak = ""
		for (i = 2; i < NF; i++) {
			if ($(i+1) == "MB/cpu-s") mb = $i
			if ($(i+1) == "ns/byte") nsb = $i
			if ($(i+1) == "alloc-B/byte") ab = $i
			if ($(i+1) == "peak/input") peak = $i
		}
		if (name ~ /\/gse-Cut$/) gse[group] = mb
		ratio = (group in gse && gse[group] > 0 && mb != "") ? sprintf("%.2fx", mb / gse[group]) : "-"
		if (peak != "")
			printf "%-40s %10s MB/cpu-s  peak %6s x input\n", name, mb, peak
		else
			printf "%-40s %10s MB/cpu-s %7s gse-Cut %9s ns/B %7s alloc-B/B\n", name, mb, ratio, nsb, ab
	}'
}
run "$pattern" "$time" | tee /dev/stderr | report
if [ "${1:-}" = peak ]; then
	for in in text html mht; do
		run "Peak100MB/$in\$" 1x | report
	done
fi
