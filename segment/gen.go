package segment

//go:generate go run ./internal/gen -out data
