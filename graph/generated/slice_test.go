package generated

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

func TestMarshalSliceKeepsOrderAndIndexes(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	var got []int
	arr := marshalSlice(ctx, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		got = append(got, *graphql.GetFieldContext(ctx).Index)
		return graphql.MarshalInt(i * 10)
	})
	var buf bytes.Buffer
	arr.MarshalGQL(&buf)
	if buf.String() != "[0,10,20]" {
		t.Errorf("marshalled %s, want [0,10,20]", buf.String())
	}
	if len(got) != 3 || got[0] != 0 || got[1] != 1 || got[2] != 2 {
		t.Errorf("indexes %v, want [0 1 2]", got)
	}
	if empty := marshalSlice(ctx, 0, 0, false, nil); empty == nil || len(empty) != 0 {
		t.Errorf("an empty list marshals to %v, want []", empty)
	}
}

func TestMarshalSliceRecoversAndNullsTheList(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	arr := marshalSlice(ctx, 2, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		if i == 1 {
			panic("broken element")
		}
		return graphql.MarshalInt(i)
	})
	if arr != nil {
		t.Errorf("a panicking element left the list %v, want nil", arr)
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || !strings.Contains(errs[0].Message, "internal system error") {
		t.Errorf("errors %v, want one internal system error", errs)
	}
}

// TestGeneratedListsAreSequential fails when generated.go was regenerated
// without `make generate`'s rewrite (graph/internal/seqlists).
func TestGeneratedListsAreSequential(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(src, []byte("graphql.MarshalSliceConcurrently(")) {
		t.Error("generated.go marshals lists concurrently: run `make generate`, which rewrites them (graph/internal/seqlists)")
	}
	if !bytes.Contains(src, []byte("marshalSlice(")) {
		t.Error("generated.go has no call of marshalSlice")
	}
}
