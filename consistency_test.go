package diplograph_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/diplograph/diplograph"
)

func TestReadAfter(t *testing.T) {
	ctx := context.Background()
	if got := diplograph.ReadAfter(ctx); got != nil {
		t.Errorf("ReadAfter of a bare context: %v", got)
	}
	if diplograph.WithReadAfter(ctx, nil) != ctx {
		t.Error("WithReadAfter without bookmarks made a new context")
	}
	in := []string{"FB:a", "FB:b"}
	got := diplograph.ReadAfter(diplograph.WithReadAfter(ctx, in))
	in[0] = "changed"
	if !slices.Equal(got, []string{"FB:a", "FB:b"}) {
		t.Errorf("ReadAfter = %v (the caller's slice must not be shared)", got)
	}
}

func TestWriteBookmarks(t *testing.T) {
	diplograph.RecordBookmarks(context.Background(), []string{"FB:x"}) // no recorder: nothing happens
	var w diplograph.WriteBookmarks
	ctx := diplograph.WithWriteBookmarks(context.Background(), &w)
	var wg sync.WaitGroup
	for _, b := range []string{"FB:c", "FB:a", "FB:c", "", "FB:b"} {
		wg.Add(1)
		go func() { defer wg.Done(); diplograph.RecordBookmarks(ctx, []string{b}) }()
	}
	wg.Wait()
	if got := w.List(); !slices.Equal(got, []string{"FB:a", "FB:b", "FB:c"}) {
		t.Errorf("List = %v, want each bookmark once, sorted", got)
	}
}
