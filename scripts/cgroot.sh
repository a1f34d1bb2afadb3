#!/bin/sh
# cgroot.sh prints the measurement toolchain's GOROOT ($CGROOT, default
# $TMPDIR/gongwen-goroot-cg), making it first if it is not there: a copy
# of the Go toolchain whose runtime.cputicks always takes its fence path.
# valgrind 3.19 cannot run the RDTSCP instruction cputicks uses on hosts
# that have it (the run dies with SIGILL when a lock spins); nothing else
# differs. instr.sh and bench.sh batchinstr build with it.
set -eu
cgroot=${CGROOT:-${TMPDIR:-/tmp}/gongwen-goroot-cg}
if [ ! -x "$cgroot/bin/go" ]; then
	src=$(go env GOROOT)
	mkdir -p "$cgroot" && cp -a "$src/." "$cgroot/"
	asm=$cgroot/src/runtime/asm_amd64.s
	grep -q 'const_offsetX86HasRDTSCP(SB), $1' "$asm" || { echo "cgroot.sh: cputicks not found in $asm" >&2; exit 1; }
	sed -i 's|CMPB\tinternal∕cpu·X86+const_offsetX86HasRDTSCP(SB), \$1|JMP\tfences // instr.sh: no RDTSCP under valgrind|; /JMP\tfences \/\/ instr.sh/{n;/JNE\tfences/d}' "$asm"
fi
echo "$cgroot"
