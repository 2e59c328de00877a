package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/diplograph/diplograph"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// errorPresenter returns the error presenter of the server. A request
// the client gave up is CANCELED and not logged as an error. A
// *diplograph.Error is shown with its user-safe message and its code in
// extensions.code (INVALID, NOT_FOUND, UNAVAILABLE, ...); the errors of
// gqlgen itself (parse, validation, limits) are shown as they are; anything
// else is logged and shown as "internal error", so that no Cypher, driver
// message or stack reaches a client.
func errorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if errors.Is(err, context.Canceled) {
			// The client went away: not an error of the server.
			e := graphql.DefaultErrorPresenter(ctx, err)
			out := &gqlerror.Error{Message: "the request was cancelled", Path: e.Path, Locations: e.Locations, Err: err}
			errcode.Set(out, strings.ToUpper(diplograph.ECANCELED))
			return out
		}
		var de *diplograph.Error
		if errors.As(err, &de) {
			code := diplograph.ErrorCode(err)
			e := graphql.DefaultErrorPresenter(ctx, err)
			out := &gqlerror.Error{Path: e.Path, Locations: e.Locations, Err: err}
			if code == diplograph.EINTERNAL {
				log.ErrorContext(ctx, "graphql: internal error", "path", e.Path.String(), "err", err)
				out.Message = "internal error"
			} else {
				if code == diplograph.EUNAVAILABLE {
					log.WarnContext(ctx, "graphql: unavailable", "path", e.Path.String(), "err", err)
				}
				out.Message = diplograph.ErrorMessage(err)
			}
			errcode.Set(out, strings.ToUpper(code))
			return out
		}
		var ge *gqlerror.Error
		if errors.As(err, &ge) && ge.Err == nil {
			return ge // gqlgen's own: parse, validation, complexity, guard
		}
		e := graphql.DefaultErrorPresenter(ctx, err)
		log.ErrorContext(ctx, "graphql: internal error", "path", e.Path.String(), "err", err)
		out := &gqlerror.Error{Message: "internal error", Path: e.Path, Locations: e.Locations, Err: err}
		errcode.Set(out, "INTERNAL")
		return out
	}
}

// recoverFunc logs a panic in a resolver with its stack and turns it into
// an internal error.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		return &diplograph.Error{Op: "graph.recover", Code: diplograph.EINTERNAL, Err: fmt.Errorf("panic: %v", v)}
	}
}
