//go:build unix

package parse

import "syscall"

// openFlags are the flags File opens with besides O_RDONLY. O_NONBLOCK
// spares the runtime putting the descriptor into non-blocking mode and
// back (four fcntl calls per file, a few per cent of a batch of small
// notices); reads of a regular file never block anyway, and a file
// replaced by a named pipe after File looked at it opens at once rather
// than waiting for a writer (File then refuses it).
const openFlags = syscall.O_NONBLOCK
