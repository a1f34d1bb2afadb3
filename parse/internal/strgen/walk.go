package strgen

// Walk calls f on every concatenation of at most n pieces (repeats
// allowed, the empty string included), depth first: "", p0, p0p0, ….
// With k pieces it makes (k^(n+1)-1)/(k-1) calls, so keep k^n to a few
// hundred thousand.
func Walk(pieces []string, n int, f func(s string)) {
	var walk func(s string, depth int)
	walk = func(s string, depth int) {
		f(s)
		if depth == n {
			return
		}
		for _, p := range pieces {
			walk(s+p, depth+1)
		}
	}
	walk("", 0)
}
