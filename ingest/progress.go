package ingest

import (
	"fmt"
	"io"
	"time"
)

// ProgressPrinter writes a one-line progress report to a terminal,
// rewriting it in place (carriage return), at most every Interval.
type ProgressPrinter struct {
	W        io.Writer
	Interval time.Duration // default 250ms
	Now      func() time.Time
	last     time.Time
	width    int
}

// Update writes p when the last report is older than Interval; it is a
// Config.Progress function.
func (pp *ProgressPrinter) Update(p Progress) {
	now := time.Now
	if pp.Now != nil {
		now = pp.Now
	}
	iv := pp.Interval
	if iv <= 0 {
		iv = 250 * time.Millisecond
	}
	t := now()
	if !pp.last.IsZero() && t.Sub(pp.last) < iv && (p.Total < 0 || p.Done < p.Total) {
		return
	}
	pp.last = t
	line := FormatProgress(p)
	pad := ""
	if n := pp.width - len(line); n > 0 {
		pad = fmt.Sprintf("%*s", n, "")
	}
	pp.width = len(line)
	fmt.Fprintf(pp.W, "\r%s%s", line, pad)
}

// Done ends the progress line.
func (pp *ProgressPrinter) Done() {
	if pp.width > 0 {
		fmt.Fprintln(pp.W)
		pp.width = 0
	}
}

// FormatProgress renders p: articles done (of the total when known), rate,
// ETA, skipped and failed.
func FormatProgress(p Progress) string {
	rate := 0.0
	if s := p.Elapsed.Seconds(); s > 0 {
		rate = float64(p.Done) / s
	}
	var s string
	if p.Total >= 0 {
		s = fmt.Sprintf("%d/%d articles", p.Done, p.Total)
	} else {
		s = fmt.Sprintf("%d articles", p.Done)
	}
	s += fmt.Sprintf(", %.0f/s", rate)
	if p.Total > 0 && rate > 0 && p.Done < p.Total {
		eta := time.Duration(float64(p.Total-p.Done) / rate * float64(time.Second))
		s += ", ETA " + eta.Round(time.Second).String()
	}
	if p.Skipped > 0 {
		s += fmt.Sprintf(", %d unchanged", p.Skipped)
	}
	if p.Failed > 0 {
		s += fmt.Sprintf(", %d failed", p.Failed)
	}
	return s
}
