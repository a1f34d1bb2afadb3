package main

func writeDict(gseDir, out string) error { return nil }
