package ingest_test

import (
	"os"
	"testing"
)

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(path string, b []byte) error { return os.WriteFile(path, b, 0o644) }
