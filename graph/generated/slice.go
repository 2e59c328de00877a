package generated

// This file is written by hand; `make generate` leaves it alone and points
// the generated list marshallers at marshalSlice (see graph/internal/seqlists).

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals the length elements of a list in order, on the
// calling goroutine. It takes the place of graphql.MarshalSliceConcurrently
// (same parameters; the worker limit has no use here): the elements of this
// API's lists have no resolvers that wait on I/O, so a goroutine per
// element would only cost. As there, each element gets its own field
// context holding its index, and a panic while marshalling one is
// reported as an error of the request and nulls the list.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler) (ret graphql.Array) {
	ret = make(graphql.Array, length)
	if length == 0 {
		return ret
	}
	// One allocation for all the field contexts and indexes.
	fcs := make([]graphql.FieldContext, length)
	idx := make([]int, length)
	var childCtx context.Context
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(childCtx, graphql.Recover(childCtx, r))
				ret = nil
			}
		}()
	}
	for i := range length {
		idx[i] = i
		fcs[i].Index = &idx[i]
		childCtx = graphql.WithFieldContext(ctx, &fcs[i])
		ret[i] = marshalElement(childCtx, i)
	}
	return ret
}
