//go:build !unix

package parse

// openFlags are the flags File opens with besides O_RDONLY: none where
// O_NONBLOCK means nothing to opening a file.
const openFlags = 0
