package ingest_test

import (
	"os"
	"path/filepath"
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

// writeTexts writes each text of texts (by file name) into a new temporary
// directory and returns the path of each file by its name.
func writeTexts(t testing.TB, texts map[string]string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	path := map[string]string{}
	for name, text := range texts {
		path[name] = filepath.Join(dir, name)
		if err := writeFile(path[name], []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	return path
}
