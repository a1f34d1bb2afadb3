#!/bin/sh
# land.sh lands the branch checked out in this worktree on main by fast-
# forward, after the checks every landing needs: a rebase on main, gofmt,
# go vet and go test ./... of the library's module and of the converter's
# (examples/noticeconv, a module of its own that a library change can
# break; the Beam module, slow to build, is left to .ci/run). Any
# failure stops it before the merge (set -e, and no pipe hides a test's
# exit status). It also stops when the branch deletes lines that main's
# last 40 commits added (a stale copy of a file written over a newer one
# undid other people's work twice in one session); after checking that
# each such deletion is meant, run it again with LAND_UNDO=1.
# Landings queue: from the rebase to the merge each holds a lock in the
# repository's common git directory, so a landing that waits starts from
# the main the one before it left, and its tests are never wasted on a
# fast-forward that main moved under (nine such lost landings in one
# session of seven helpers).
#
#   scripts/land.sh            # from a worktree of a branch based on main
#   MAIN=/work/main scripts/land.sh   # where main is checked out (default:
#                                     # the repository's main worktree)
set -eu
cd "$(dirname "$0")/.."
branch=$(git rev-parse --abbrev-ref HEAD)
[ "$branch" != main ] || { echo "land.sh: run it from a branch's worktree, not main" >&2; exit 1; }
main=${MAIN:-$(git worktree list --porcelain | awk '/^worktree /{w=$2} /^branch refs\/heads\/main$/{print w; exit}')}
[ -n "$main" ] || { echo "land.sh: no worktree has main checked out" >&2; exit 1; }
exec 9>"$(git rev-parse --git-common-dir)/land.lock"
flock 9 || { echo "land.sh: cannot take the landing lock" >&2; exit 1; }
git rebase main
if [ "${LAND_UNDO:-}" != 1 ]; then
	recent=$(mktemp) undone=$(mktemp)
	git log -40 -p --format= main | sed -n 's/^+\([^+].\{24,\}\)$/\1/p' | sort -u >"$recent"
	git diff main HEAD | sed -n 's/^-\([^-].\{24,\}\)$/\1/p' | sort -u | comm -12 - "$recent" >"$undone"
	if [ -s "$undone" ]; then
		echo "land.sh: this branch deletes $(wc -l <"$undone") lines that main's last 40 commits added, e.g.:" >&2
		head -5 "$undone" >&2
		echo "land.sh: if each is meant (not a stale copy of a file), run again with LAND_UNDO=1" >&2
		rm -f "$recent" "$undone"
		exit 1
	fi
	rm -f "$recent" "$undone"
fi
unformatted=$(gofmt -l .)
[ -z "$unformatted" ] || { echo "land.sh: not gofmt'ed:" >&2; echo "$unformatted" >&2; exit 1; }
go vet ./...
go test ./...
(cd examples/noticeconv && go vet ./... && go test ./...)
git -C "$main" merge --ff-only "$branch"
echo "land.sh: $branch landed on main at $(git -C "$main" rev-parse --short HEAD)"
