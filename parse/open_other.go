//go:build !unix

package parse

// openFlags are the flags File opens with besides O_RDONLY: none here.
const openFlags = 0

// lookBeforeOpen: File must stat a path and refuse what is not a regular
// file before opening it (opening a named pipe may wait for a writer).
const lookBeforeOpen = true
