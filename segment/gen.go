package segment

// s2t.txt is read off the t2s.txt the generator is built with, so it is
// written by a second command, built after the first wrote t2s.txt: one
// `go generate ./segment` brings all three files up to date.
//
//go:generate go run ./internal/gen -out data -t2s script/t2s.txt
//go:generate go run ./internal/gen -out "" -t2s "" -s2t script/s2t.txt
