package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// jsonPOST is the API's POST transport: gqlgen's transport.POST, except
// that it writes a successful operation's response itself. gqlgen's writes
// it with json.Marshal, which re-validates and compacts the data that the
// executor has just encoded as compact JSON, and copies it: a sixth of the
// CPU time of a large dashboard response. Every other case (a body that
// cannot be read or decoded, an operation that does not parse or
// validate) is left to transport.POST, with the body restored, so that
// errors, status codes and headers are gqlgen's own.
type jsonPOST struct {
	transport.POST
}

// Do implements graphql.Transport.
func (t jsonPOST) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	// gqlgen's transport answers every case but an operation that runs,
	// reading the body again.
	fallback := func() {
		r.Body = io.NopCloser(bytes.NewReader(body))
		t.POST.Do(w, r, exec)
	}
	if err != nil {
		fallback()
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&params); err != nil {
		fallback()
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	rc, opErr := exec.CreateOperationContext(ctx, &params)
	if opErr != nil {
		fallback()
		return
	}
	w.Header().Set("Content-Type", responseContentType(r.Header.Get("Accept")))
	responses, ctx := exec.DispatchOperation(ctx, rc)
	_, _ = w.Write(encodeResponse(responses(ctx)))
}

// Content types of a GraphQL response over HTTP.
const (
	contentJSON            = "application/json"
	contentGraphQLResponse = "application/graphql-response+json"
)

// responseContentType chooses the response's media type from the Accept
// header as transport.POST does: the first of JSON or GraphQL-response
// JSON that the client accepts, JSON when it names neither.
func responseContentType(accept string) string {
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", contentJSON:
			return contentJSON
		case contentGraphQLResponse:
			return contentGraphQLResponse
		}
	}
	return contentJSON
}

// encodeResponse writes resp as graphql.Response's JSON encoding, with
// its data (already compact JSON from the executor) copied as it is.
func encodeResponse(resp *graphql.Response) []byte {
	var b bytes.Buffer
	b.Grow(len(resp.Data) + 64)
	b.WriteByte('{')
	if len(resp.Errors) > 0 {
		errs, err := json.Marshal(resp.Errors)
		if err != nil {
			errs = []byte(`[{"message":"the errors of the response could not be encoded"}]`)
		}
		b.WriteString(`"errors":`)
		b.Write(errs)
		b.WriteByte(',')
	}
	b.WriteString(`"data":`)
	if len(resp.Data) == 0 {
		b.WriteString("null")
	} else {
		b.Write(resp.Data)
	}
	if len(resp.Extensions) > 0 {
		if ext, err := json.Marshal(resp.Extensions); err == nil {
			b.WriteString(`,"extensions":`)
			b.Write(ext)
		}
	}
	b.WriteByte('}')
	return b.Bytes()
}
