#!/bin/sh
# land.sh lands the branch checked out in this worktree on main by fast-
# forward, after the checks every landing needs: a rebase on main, gofmt,
# go vet and go test ./... of the library's module and of the converter's
# (examples/noticeconv, a module of its own that a library change can
# break; the Beam module, slow to build, is left to .ci/run). Any
# failure stops it before the merge (set -e, and no pipe hides a test's
# exit status).
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
git rebase main
unformatted=$(gofmt -l .)
[ -z "$unformatted" ] || { echo "land.sh: not gofmt'ed:" >&2; echo "$unformatted" >&2; exit 1; }
go vet ./...
go test ./...
(cd examples/noticeconv && go vet ./... && go test ./...)
git -C "$main" merge --ff-only "$branch"
echo "land.sh: $branch landed on main at $(git -C "$main" rev-parse --short HEAD)"
