#!/bin/sh
# bench.sh runs the speed benchmarks of parse (issue 14) and prints, for
# each, MB per CPU-second, the ratio to gse's Cut on the same text in the
# same run, CPU nanoseconds per byte and bytes allocated per input byte.
#
#   scripts/bench.sh              # mixed and 2 KB notices, sizes, HTML
#   scripts/bench.sh peak         # also peak memory for 100 MB inputs
#   scripts/bench.sh batch        # only noticeconv -j 2 on 5,000 2 KB notices
#   scripts/bench.sh batchinstr   # the same batch's instructions (cachegrind)
#   BENCH='Mixed' scripts/bench.sh  # any -bench pattern
#   BENCHLOG=out.txt              # where the raw go test output goes (stderr)
#
# CPU time (user + system of the test process, from getrusage) rather
# than wall time, because the machine is shared.
# The mixed and 2 KB notices include the corpus and the extraction
# benchmark the portal pages when ../shared/corpus is beside the module or
# $GONGWEN_CORPUS names it. Without it (a worktree beside no shared
# directory) they are the five seeds alone, whose figures differ (fewer
# bytes allocated per byte, for one): the script says so, and the input-B
# column gives the bytes of one run (185,555 mixed and 88,116 in 2 KB
# notices with the corpus of session 17; 105,083 and 7,644 without).
set -eu
cd "$(dirname "$0")/.."
corpus=${GONGWEN_CORPUS:-../shared/corpus}
if [ ! -d "$corpus" ]; then
	echo "bench.sh: no corpus at $corpus (set GONGWEN_CORPUS): the mixed and 2 KB notices are the seeds alone" >&2
fi
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
		mb = ""; nsb = ""; ab = ""; peak = ""; inb = ""
		for (i = 2; i < NF; i++) {
			if ($(i+1) == "MB/cpu-s") mb = $i
			if ($(i+1) == "cpu-ns/byte") nsb = $i
			if ($(i+1) == "alloc-B/byte") ab = $i
			if ($(i+1) == "peak/input") peak = $i
			if ($(i+1) == "input-B/op") inb = $i
		}
		if (name ~ /\/gse-Cut$/) gse[group] = mb
		ratio = (group in gse && gse[group] > 0 && mb != "") ? sprintf("%.2fx", mb / gse[group]) : "-"
		if (peak != "")
			printf "%-40s %10s MB/cpu-s  peak %6s x input\n", name, mb, peak
		else
			printf "%-40s %10s MB/cpu-s %7s gse-Cut %9s cpu-ns/B %7s alloc-B/B %10s input-B\n", name, mb, ratio, nsb, ab, inb
	}'
}
# batchInputs writes into DIR/in 5,000 notices of at most 2 KB (the
# corpus notices and the heads of the seeds, cut at a line end).
batchInputs() {
	mkdir "$1/in"
	i=0
	while [ $i -lt 5000 ]; do
		for f in testdata/seeds/*.txt "$corpus"/*.txt; do
			[ -f "$f" ] || continue
			[ $i -lt 5000 ] || break
			if [ "$(wc -c < "$f")" -le 2000 ]; then
				cp "$f" "$1/in/$i.txt"
			else
				head -c 2000 "$f" | sed '$d' > "$1/in/$i.txt"
			fi
			i=$((i + 1))
		done
	done
}
# batch converts the 5,000 notices with noticeconv -j 2 to JSONL on
# /dev/null and prints notices per CPU-second (user + system).
batch() {
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	(cd examples/noticeconv && go build -o "$dir/noticeconv" .)
	batchInputs "$dir"
	/usr/bin/time -f '%U %S %e' -o "$dir/time" "$dir/noticeconv" -j 2 -format jsonl -q "$dir/in" > /dev/null || true
	awk -v n=5000 '{ printf "batch: %d notices, %.2f cpu-s (%.2f wall s), %.0f notices/cpu-s\n", n, $1 + $2, $3, n / ($1 + $2) }' "$dir/time"
}
# batchInstr counts the instructions of the same batch under cachegrind
# (user space only: the system calls' time is not in it), with GOGC=400
# as noticeconv sets it and the measurement toolchain of cgroot.sh;
# CGOUT keeps cachegrind's file for cg_annotate, BIN names a noticeconv
# built elsewhere (another commit). A run valgrind cannot finish
# (an unrecognised instruction) fails instead of printing nothing.
batchInstr() {
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	bin=${BIN:-$dir/noticeconv}
	if [ -z "${BIN:-}" ]; then
		cgroot=$(scripts/cgroot.sh)
		(cd examples/noticeconv && GOROOT=$cgroot "$cgroot/bin/go" build -o "$bin" .)
	fi
	batchInputs "$dir"
	GOGC=400 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="${CGOUT:-/dev/null}" "$bin" -j 2 -format jsonl -q "$dir/in" 2>&1 > /dev/null |
		awk '/Unrecognised instruction/ {bad=1} /I *refs/ {gsub(",","",$NF); n=$NF} END {if (bad || n == "") {print "bench.sh: valgrind failed on the batch" > "/dev/stderr"; exit 1}; printf "batch: 5000 notices, %.1f M instructions, %.3f M a notice\n", n / 1e6, n / 5e9}'
}
if [ "${1:-}" = batch ]; then
	batch
	exit
fi
if [ "${1:-}" = batchinstr ]; then
	batchInstr
	exit
fi
run "$pattern" "$time" | tee "${BENCHLOG:-/dev/stderr}" | report
if [ "${1:-}" = peak ]; then
	for in in text html mht; do
		run "Peak100MB/$in\$" 1x | report
	done
fi
