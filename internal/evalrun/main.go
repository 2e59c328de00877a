// Command evalrun extracts facts from the .txt articles under the files
// and directories given as arguments and prints one JSON object per
// article (the gold format of the evaluation, with "file" set), for
// scoring with score.py before the diplograph extract command exists.
package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/extractor"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: evalrun FILE|DIR...")
		os.Exit(2)
	}
	var files []string
	for _, arg := range os.Args[1:] {
		err := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".txt") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalrun:", err)
			os.Exit(1)
		}
	}
	sort.Strings(files)
	x := extractor.New(extractor.Options{})
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	failed := false
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalrun:", err)
			failed = true
			continue
		}
		f, err := x.Extract(diplograph.Article{Text: string(b), File: path})
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalrun:", err)
			failed = true
			continue
		}
		if err := enc.Encode(f); err != nil {
			fmt.Fprintln(os.Stderr, "evalrun:", err)
			os.Exit(1)
		}
	}
	if failed {
		os.Exit(1)
	}
}
