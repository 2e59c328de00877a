// Command diplograph turns news articles about diplomacy into a knowledge
// graph in Neo4j and serves it over GraphQL.
//
//	diplograph migrate               create the schema and load reference data
//	diplograph extract PATH...       print the facts of articles (JSON Lines), no Neo4j
//	diplograph ingest PATH...        extract articles and write them into the graph
//	diplograph delete ID...          remove articles and what only they support
//	diplograph serve                 serve GraphQL (and GraphiQL) over HTTP
//	diplograph gen --n N --out DIR   write a synthetic corpus
//	diplograph version               print the version
//
// Run `diplograph COMMAND --help` for the flags of a command.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// version is set at build time: -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// The first signal stops the command cleanly; a second one ends
		// the process at once.
		<-ctx.Done()
		stop()
	}()
	m := NewMain()
	code := m.Exec(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1 // the command failed, or some inputs failed
	ExitUsage   = 2 // bad command line
)

// Main is the program: its inputs and outputs, the command line parsed by
// ParseFlags and the resources Run opens, released by Close. End-to-end
// tests drive it directly.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (NEO4J_*, DIPLOGRAPH_*).
	Getenv func(string) string
	// Now is the clock.
	Now func() time.Time
	// StderrIsTerminal enables the progress line of ingest.
	StderrIsTerminal bool

	cmd     command
	logger  *slog.Logger
	closers []func() error
}

// NewMain returns a Main on the process's standard streams and
// environment.
func NewMain() *Main {
	tty := false
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		tty = true
	}
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now,
		StderrIsTerminal: tty}
}

// command is one subcommand.
type command interface {
	// flags declares the command's flags on fs.
	flags(fs *flag.FlagSet)
	// args checks the positional arguments.
	args(args []string) error
	// run runs the command.
	run(ctx context.Context, m *Main) error
}

// usageError is a bad command line (exit code 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// errFailed says that some inputs failed; they have been reported already.
var errFailed = errors.New("some inputs failed")

type commandInfo struct {
	name, args, summary, help string
	env                       []string
	new                       func() command
}

var neo4jEnv = []string{
	"NEO4J_URI        URI of Neo4j: bolt://host:port for one server, neo4j://host:port\n                   (neo4j+s:// with TLS) for a cluster (default bolt://127.0.0.1:7687)",
	"NEO4J_USER       user (default neo4j)",
	"NEO4J_PASSWORD   password (default diplograph)",
	"NEO4J_DATABASE   database (default neo4j)",
}

const logEnv = "DIPLOGRAPH_LOG_LEVEL  debug, info (default), warn or error"

func commands() []commandInfo {
	return []commandInfo{
		{"migrate", "", "create the schema and load countries and topics",
			"Creates the constraints and indexes of the graph (idempotently) and loads the\nreference data: every country (names in en, ru, kk) and every topic.",
			append(neo4jEnv, logEnv), func() command { return &migrateCmd{} }},
		{"extract", "PATH...", "print the facts of articles as JSON Lines (no Neo4j)",
			"Reads articles (.txt with an optional `date YYYY-MM-DD` header, .jsonl one\narticle a line, .html; directories recursively; - for JSON Lines on stdin) and\nprints one JSON object per article: the facts in the gold format, with ids and\nevidence, and `file` naming the input. A bad input is reported on stderr with\nits file and line and the others are still printed; the exit code is 1 then.",
			[]string{logEnv}, func() command { return &extractCmd{} }},
		{"ingest", "PATH...", "extract articles and write them into the graph",
			"Reads articles as `extract` does, extracts them in parallel, merges what\nseveral articles say about one event, and writes them in batches, one\ntransaction per batch. Unchanged articles (same id, same text) are skipped, so\nrunning the same command again is safe and finishes an interrupted run. Bad\ninputs are reported with file and line and skipped; the exit code is 1 then.\nShows progress on a terminal and a summary at the end.",
			append(neo4jEnv, logEnv), func() command { return &ingestCmd{} }},
		{"delete", "ID...", "delete articles and every fact only they support",
			"Removes each article (by id, as `ingest` and the GraphQL API give it) and\nevery event, agreement, person and organisation no other article supports.",
			append(neo4jEnv, logEnv), func() command { return &deleteCmd{} }},
		{"serve", "", "serve the graph over GraphQL",
			"Runs the schema migration, then serves GraphQL at /graphql, GraphiQL and the\nbilateral-relations dashboard at /, /healthz, /readyz and /metrics, until\nSIGINT or SIGTERM, then shuts down gracefully (in-flight requests finish).\nA mutation's response carries the bookmarks of its writes in the header\nX-Diplograph-Bookmark; a request that sends them back reads after those\nwrites on any copy of the service.",
			append(append(neo4jEnv, "DIPLOGRAPH_API_KEY  key required by the ingest and delete mutations (Authorization: Bearer KEY); unset disables them"), logEnv),
			func() command { return &serveCmd{} }},
		{"gen", "", "write a synthetic corpus of press releases (ru, kk, en)",
			"Writes N invented but realistic articles about ministerial meetings, visits,\ncalls, commission sessions and signings, in Russian, Kazakh and English, with\nsome events reported several times (in two languages, by two outlets).\nDeterministic for a given seed. --out DIR writes one .txt per article;\n--out FILE.jsonl writes JSON Lines with url, source and published.",
			nil, func() command { return &genCmd{} }},
		{"version", "", "print the version", "Prints the version of the binary.", nil,
			func() command { return &versionCmd{} }},
	}
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintf(w, "diplograph: news about diplomacy as a knowledge graph (version %s)\n\nUsage:\n  diplograph COMMAND [flags] [args]\n\nCommands:\n", version)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun `diplograph COMMAND --help` for the flags and environment of a command.\n")
}

// ParseFlags parses the command line (without the program name). It
// returns flag.ErrHelp when help was asked for (and printed), a
// *usageError for a bad command line.
func (m *Main) ParseFlags(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage(m.Stderr)
		return &usageError{"no command"}
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "help" {
		m.usage(m.Stdout)
		return flag.ErrHelp
	}
	var info *commandInfo
	for _, c := range commands() {
		if c.name == name {
			info = &c
			break
		}
	}
	if info == nil {
		m.usage(m.Stderr)
		return &usageError{fmt.Sprintf("unknown command %q", name)}
	}
	cmd := info.new()
	fs := flag.NewFlagSet("diplograph "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	cmd.flags(fs)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: diplograph %s [flags] %s\n\n%s\n", name, info.args, info.help)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintf(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
		if len(info.env) > 0 {
			fmt.Fprintf(w, "\nEnvironment:\n")
			for _, e := range info.env {
				fmt.Fprintf(w, "  %s\n", e)
			}
		}
	}
	for _, a := range args[1:] {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(m.Stdout)
			fs.Usage()
			return flag.ErrHelp
		}
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{err.Error()}
	}
	if err := cmd.args(fs.Args()); err != nil {
		fmt.Fprintf(m.Stderr, "diplograph %s: %v\n", name, err)
		fs.Usage()
		return &usageError{err.Error()}
	}
	m.cmd = cmd
	m.logger = newLogger(m.Stderr, m.Getenv("DIPLOGRAPH_LOG_LEVEL"))
	return nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	switch strings.ToLower(strings.TrimSpace(level)) {
	case "debug":
		l = slog.LevelDebug
	case "warn", "warning":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

// Run runs the parsed command.
func (m *Main) Run(ctx context.Context) error {
	if m.cmd == nil {
		return &usageError{"no command"}
	}
	return m.cmd.run(ctx, m)
}

// Close releases what Run opened (the Neo4j driver).
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}

// Exec parses args, runs the command, closes, and returns the exit code;
// errors go to Stderr.
func (m *Main) Exec(ctx context.Context, args []string) int {
	defer m.Close()
	if err := m.ParseFlags(ctx, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		fmt.Fprintf(m.Stderr, "diplograph: %v\n", err)
		return ExitUsage
	}
	err := m.Run(ctx)
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFailed):
		return ExitFailure
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(m.Stderr, "diplograph: %v\n", err)
		return ExitUsage
	}
	fmt.Fprintf(m.Stderr, "diplograph: %v\n", err)
	return ExitFailure
}

type versionCmd struct{}

func (c *versionCmd) flags(fs *flag.FlagSet) {}
func (c *versionCmd) args(a []string) error {
	if len(a) > 0 {
		return errors.New("version takes no arguments")
	}
	return nil
}
func (c *versionCmd) run(ctx context.Context, m *Main) error {
	_, err := fmt.Fprintf(m.Stdout, "diplograph %s\n", version)
	return err
}
