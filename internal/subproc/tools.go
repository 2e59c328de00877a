package subproc

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// WorkDir returns the work directory of a measuring tool: dir, created if
// need be and kept, or, when dir is "", a new temporary one (named after
// prefix) that remove deletes. remove is never nil.
func WorkDir(dir, prefix string) (work string, remove func(), err error) {
	if dir == "" {
		work, err := os.MkdirTemp("", prefix)
		if err != nil {
			return "", func() {}, fmt.Errorf("work directory: %w", err)
		}
		return work, func() { os.RemoveAll(work) }, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", func() {}, fmt.Errorf("work directory: %w", err)
	}
	return dir, func() {}, nil
}

// Levels parses a comma-separated list of concurrency levels ("1,8,32"),
// each a positive number, in their order.
func Levels(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}
