package graph

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestEncodeResponseMatchesJSON checks that the transport writes the
// responses that json.Marshal (gqlgen's transport) writes: the same bytes,
// except that it leaves <, > and & in strings as they are where
// json.Marshal escapes them, which means the same JSON.
func TestEncodeResponseMatchesJSON(t *testing.T) {
	for name, resp := range map[string]*graphql.Response{
		"data":       {Data: json.RawMessage(`{"bilateral":{"eventCount":3,"events":[{"title":"Talks \u00ab\u0412\u0441\u0442\u0440\u0435\u0447\u0430\u00bb"}]}}`)},
		"null":       {},
		"errors":     {Errors: gqlerror.List{{Message: "unknown country code \"XX\"", Path: ast.Path{ast.PathName("bilateral")}, Extensions: map[string]any{"code": "BAD_USER_INPUT"}}}, Data: json.RawMessage(`{"bilateral":null}`)},
		"html":       {Data: json.RawMessage(`{"search":[{"label":"R&D <summit>"}]}`)},
		"extensions": {Data: json.RawMessage(`{"stats":{"events":1}}`), Extensions: map[string]any{"complexity": 12}},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		got := encodeResponse(resp)
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", name, err, got)
		}
		_ = json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) || (name != "html" && string(got) != string(want)) {
			t.Errorf("%s: wrote\n%s\nwant\n%s", name, got, want)
		}
	}
}

func TestResponseContentType(t *testing.T) {
	for accept, want := range map[string]string{
		"":                                  "application/json",
		"*/*":                               "application/json",
		"application/json":                  "application/json",
		"application/graphql-response+json": "application/graphql-response+json",
		"application/graphql-response+json, application/json;q=0.9": "application/graphql-response+json",
		"text/html, application/json":                               "application/json",
		"text/html":                                                 "application/json",
	} {
		if got := responseContentType(accept); got != want {
			t.Errorf("Accept %q: %s, want %s", accept, got, want)
		}
	}
}
