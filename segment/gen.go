package segment

//go:generate go run ./internal/gen -out data -t2s script/t2s.txt
