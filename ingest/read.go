package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph"
)

// Item is one article read from a source, or the error that kept it from
// being read. A bad item carries a *diplograph.Error that names the file
// and, for JSON Lines, the line.
type Item struct {
	Article diplograph.Article
	Err     error
}

// ReadOptions says how to read sources.
type ReadOptions struct {
	// Source and Published fill in the metadata that an input lacks
	// (--source, --published).
	Source    string
	Published string
	// MaxBytes bounds the text of one article; zero means
	// diplograph.MaxArticleBytes.
	MaxBytes int
	// Stdin is read, as JSON Lines, for the path "-".
	Stdin io.Reader
}

func (o ReadOptions) maxBytes() int {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return diplograph.MaxArticleBytes
}

// Input formats, by file name extension.
const (
	formatTXT   = "txt"
	formatJSONL = "jsonl"
	formatHTML  = "html"
)

// formatOf returns the format of a file found in a directory, or "" when
// the file is not an input.
func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt":
		return formatTXT
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return ""
}

// Walk reads the articles under paths, in order, and calls emit for each
// article and for each input that could not be read. A path is a file, a
// directory (read recursively: *.txt, *.jsonl, *.ndjson, *.html, *.htm;
// hidden files and directories are skipped) or "-" for JSON Lines on
// opt.Stdin. A file named explicitly with another extension is read as
// text. Walk holds one article at a time in memory. It stops at the first
// error of emit, which it returns, or when ctx is done.
func Walk(ctx context.Context, paths []string, opt ReadOptions, emit func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if opt.Stdin == nil {
				if err := emit(Item{Err: &diplograph.Error{Op: "ingest.Walk", Code: diplograph.EINVALID, File: "-", Message: "no standard input"}}); err != nil {
					return err
				}
				continue
			}
			if err := readJSONL(ctx, opt.Stdin, "-", opt, emit); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if err := emit(Item{Err: fileError("ingest.Walk", p, 0, "cannot read", err)}); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			f := formatOf(p)
			if f == "" {
				f = formatTXT
			}
			if err := readFile(ctx, p, f, opt, emit); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, werr error) error {
			if werr != nil {
				return emit(Item{Err: fileError("ingest.Walk", path, 0, "cannot read", werr)})
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			f := formatOf(name)
			if f == "" {
				return nil
			}
			return readFile(ctx, path, f, opt, emit)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Count returns how many articles Walk would read from paths, cheaply
// (file names and newlines only), for progress reports. It returns -1
// when the total cannot be known (standard input).
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		fi, err := os.Stat(p)
		if err != nil {
			n++
			continue
		}
		if !fi.IsDir() {
			n += countFile(p, formatOf(p))
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() {
				if f := formatOf(d.Name()); f != "" {
					n += countFile(path, f)
				}
			}
			return nil
		})
	}
	return n
}

func countFile(path, format string) int {
	if format != formatJSONL {
		return 1
	}
	f, err := openRegular(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	buf := make([]byte, 64<<10)
	last := byte('\n')
	for {
		k, err := f.Read(buf)
		if k > 0 {
			n += bytes.Count(buf[:k], []byte{'\n'})
			last = buf[k-1]
		}
		if err != nil {
			break
		}
	}
	if last != '\n' {
		n++
	}
	return n
}

func fileError(op, file string, line int, msg string, err error) *diplograph.Error {
	return &diplograph.Error{Op: op, Code: diplograph.EINVALID, File: file, Line: line, Message: msg, Err: err}
}

// openRegular opens path for reading if it is a regular file (or a
// symbolic link to one). Anything else (a named pipe, a socket, a
// device, a directory) is an EINVALID error naming path: opening a named
// pipe would block until a writer comes, and reading a device may never
// end. The mode is checked before opening, so that nothing else is
// opened, and again on the open descriptor, in case path was replaced
// in between; O_NONBLOCK keeps that open of a named pipe from blocking.
func openRegular(path string) (*os.File, error) {
	const op = "ingest.ReadFile"
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileError(op, path, 0, "cannot read", err)
	}
	if !fi.Mode().IsRegular() {
		link := false
		if li, err := os.Lstat(path); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			link = true
		}
		return nil, notRegular(op, path, fi.Mode(), link)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fileError(op, path, 0, "cannot open", err)
	}
	fi, err = f.Stat()
	if err != nil {
		f.Close()
		return nil, fileError(op, path, 0, "cannot read", err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, notRegular(op, path, fi.Mode(), false)
	}
	return f, nil
}

// notRegular is the error for a path that is not a regular file; link
// says that path is a symbolic link to what m describes.
func notRegular(op, path string, m fs.FileMode, link bool) error {
	kind := "not a regular file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	case m.IsDir():
		kind = "a directory"
	}
	if link {
		kind = "a symbolic link to " + strings.TrimPrefix(kind, "a ")
	}
	return &diplograph.Error{Op: op, Code: diplograph.EINVALID, File: path,
		Message: "skipped: " + kind + ", not a regular file"}
}

func readFile(ctx context.Context, path, format string, opt ReadOptions, emit func(Item) error) error {
	f, err := openRegular(path)
	if err != nil {
		return emit(Item{Err: err})
	}
	defer f.Close()
	switch format {
	case formatJSONL:
		return readJSONL(ctx, f, path, opt, emit)
	case formatHTML:
		a, err := ReadHTML(f, path, opt)
		return emit(Item{Article: a, Err: err})
	default:
		a, err := ReadTXT(f, path, opt)
		return emit(Item{Article: a, Err: err})
	}
}

// readAll reads at most max bytes of r; more is an error.
func readAll(r io.Reader, file string, max int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, fileError("ingest.Read", file, 0, "cannot read", err)
	}
	if len(b) > max {
		return nil, &diplograph.Error{Op: "ingest.Read", Code: diplograph.EINVALID, File: file,
			Message: fmt.Sprintf("article larger than %d bytes", max)}
	}
	return b, nil
}

// checkText rejects text that is not UTF-8 or is empty; it strips a byte
// order mark.
func checkText(text, file string, line int) (string, error) {
	if !utf8.ValidString(text) {
		return "", &diplograph.Error{Op: "ingest.Read", Code: diplograph.EINVALID, File: file, Line: line, Message: "text is not valid UTF-8"}
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.TrimSpace(text) == "" {
		return "", &diplograph.Error{Op: "ingest.Read", Code: diplograph.EINVALID, File: file, Line: line, Message: "empty article"}
	}
	return text, nil
}

// ReadTXT reads one article from a text file: an optional header line
// `date YYYY-MM-DD` (which sets Published; it stays in Text, where the
// extractor reads it too), then the text. The file's path is in File.
func ReadTXT(r io.Reader, file string, opt ReadOptions) (diplograph.Article, error) {
	b, err := readAll(r, file, opt.maxBytes())
	if err != nil {
		return diplograph.Article{}, err
	}
	text, err := checkText(string(b), file, 0)
	if err != nil {
		return diplograph.Article{}, err
	}
	a := diplograph.Article{Text: text, File: file, Source: opt.Source, Published: opt.Published}
	if d := headerDate(text); d != "" {
		a.Published = d
	}
	return a, nil
}

// headerDate returns the date of a `date YYYY-MM-DD` header on the first
// non-blank line of text, or "".
func headerDate(text string) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) == 2 && strings.EqualFold(strings.TrimSuffix(f[0], ":"), "date") && isFullDate(f[1]) {
			return f[1]
		}
		return ""
	}
	return ""
}

func isFullDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// normaliseDate turns a date or timestamp (2024-03-05, 2024-03-05T10:00:00Z,
// 2024-03) into an ISO date, or "" when it is not one.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && isFullDate(s[:10]) {
		return s[:10]
	}
	if diplograph.ValidDate(s) {
		return s
	}
	return ""
}

// jsonArticle is one line of a JSON Lines input.
type jsonArticle struct {
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	Language  string  `json:"language"`
	Published string  `json:"published"`
}

// ReadJSONL reads JSON Lines from r, one article a line (`text`, and
// optional `url`, `source`, `title`, `language`, `published`), and calls
// emit for each article and each bad line (malformed JSON, invalid UTF-8,
// no text, oversized), which names file and line. Blank lines are
// skipped. It returns the first error of emit or of reading r.
func ReadJSONL(ctx context.Context, r io.Reader, file string, opt ReadOptions, emit func(Item) error) error {
	return readJSONL(ctx, r, file, opt, emit)
}

func readJSONL(ctx context.Context, r io.Reader, file string, opt ReadOptions, emit func(Item) error) error {
	// A line holds the text JSON-escaped, so allow for escapes.
	maxLine := 2*opt.maxBytes() + 64<<10
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line = line[:0]
		oversized := false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !oversized {
				if len(line)+len(chunk) > maxLine {
					oversized = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			rerr = err
			break
		}
		if rerr != nil && rerr != io.EOF {
			return emit(Item{Err: fileError("ingest.ReadJSONL", file, n, "cannot read", rerr)})
		}
		if rerr == io.EOF && len(line) == 0 && !oversized {
			return nil
		}
		var it Item
		switch {
		case oversized:
			it.Err = &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n,
				Message: fmt.Sprintf("line longer than %d bytes", maxLine)}
		case len(bytes.TrimSpace(line)) == 0:
			if rerr == io.EOF {
				return nil
			}
			continue
		default:
			it = parseJSONLine(line, file, n, opt)
		}
		if err := emit(it); err != nil {
			return err
		}
		if rerr == io.EOF {
			return nil
		}
	}
}

func parseJSONLine(line []byte, file string, n int, opt ReadOptions) Item {
	if !utf8.Valid(line) {
		return Item{Err: &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n, Message: "line is not valid UTF-8"}}
	}
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&j); err != nil {
		var se *json.SyntaxError
		msg := "malformed JSON"
		if errors.As(err, &se) {
			msg = fmt.Sprintf("malformed JSON at byte %d", se.Offset)
		}
		return Item{Err: fileError("ingest.ReadJSONL", file, n, msg, err)}
	}
	if dec.More() {
		return Item{Err: &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n, Message: "malformed JSON: more than one value on the line"}}
	}
	if j.Text == nil {
		return Item{Err: &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n, Message: `no "text" field`}}
	}
	if len(*j.Text) > opt.maxBytes() {
		return Item{Err: &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n,
			Message: fmt.Sprintf("article larger than %d bytes", opt.maxBytes())}}
	}
	text, err := checkText(*j.Text, file, n)
	if err != nil {
		return Item{Err: err}
	}
	a := diplograph.Article{
		URL: strings.TrimSpace(j.URL), Source: j.Source, Title: j.Title,
		Language: strings.ToLower(strings.TrimSpace(j.Language)), Text: text, File: file, Line: n,
	}
	if j.Published != "" {
		a.Published = normaliseDate(j.Published)
		if a.Published == "" {
			return Item{Err: &diplograph.Error{Op: "ingest.ReadJSONL", Code: diplograph.EINVALID, File: file, Line: n,
				Message: fmt.Sprintf("published %q is not a date", j.Published)}}
		}
	} else if d := headerDate(text); d != "" {
		a.Published = d
	} else {
		a.Published = opt.Published
	}
	if a.Source == "" {
		a.Source = opt.Source
	}
	return Item{Article: a}
}

// sortedCopy returns a sorted copy of ss.
func sortedCopy(ss []string) []string {
	c := append([]string(nil), ss...)
	sort.Strings(c)
	return c
}
