// Package pool keeps the arrays a document's stages use only while it is
// parsed (lines, blocks, offset runs: nothing the parser returns points
// into them), so that the next document reuses them instead of
// allocating its own. A stage takes an array with Arrays.Get and gives it
// back with Arrays.Put once nothing reads it; Put clears what it keeps, so
// that a pooled array holds no text alive.
package pool
