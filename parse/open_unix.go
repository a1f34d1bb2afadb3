//go:build unix

package parse

import "syscall"

// openFlags are the flags File opens with besides O_RDONLY, so that it
// may open a path before it knows what the path is. O_NONBLOCK: a named
// pipe opens at once rather than waiting for a writer, and the runtime
// leaves the descriptor's mode alone (four fcntl calls per file otherwise;
// reads of a regular file never block anyway). O_NOCTTY: a terminal is not
// taken as the process's controlling one. File refuses either after
// fstat says what it is.
const openFlags = syscall.O_NONBLOCK | syscall.O_NOCTTY

// lookBeforeOpen: File must stat a path and refuse what is not a regular
// file before opening it; not here, where openFlags make opening safe and
// the stat was 4 % of a batch of small notices.
const lookBeforeOpen = false
