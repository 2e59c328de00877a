package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// jsonPOST is the API's POST transport: gqlgen's transport.POST (whose
// Supports it keeps), except that it answers every case itself:
//
//   - a body over the limit is refused with 413 and a body that does not
//     decode with 400, and neither answer echoes the body back;
//   - an operation that does not parse or validate is answered from the
//     one attempt (transport.POST would not be asked to run it again);
//   - a successful operation's response is written as the executor
//     encoded it. gqlgen's writes it with json.Marshal, which re-validates
//     and compacts the data that the executor has just encoded as compact
//     JSON, and copies it: a sixth of the CPU time of a large dashboard
//     response.
type jsonPOST struct {
	transport.POST
}

// Do implements graphql.Transport.
func (t jsonPOST) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	ctx := r.Context()
	contentType := responseContentType(r.Header.Get("Accept"))
	w.Header().Set("Content-Type", contentType)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeTooLarge(w, tooLarge.Limit)
			return
		}
		writeRequestError(ctx, w, exec, http.StatusBadRequest, "the request body could not be read")
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&params); err != nil {
		writeRequestError(ctx, w, exec, http.StatusBadRequest, "the request body is not a JSON object of a GraphQL request")
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	rc, opErr := exec.CreateOperationContext(ctx, &params)
	if opErr != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
			if contentType == contentGraphQLResponse {
				status = http.StatusBadRequest
			}
		}
		w.WriteHeader(status)
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr)
		_, _ = w.Write(encodeResponse(resp))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	_, _ = w.Write(encodeResponse(responses(ctx)))
}

// writeRequestError answers a request that is not a GraphQL request, with
// status and msg, and nothing of the request.
func writeRequestError(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, status int, msg string) {
	e := gqlerror.Errorf("%s", msg)
	errcode.Set(e, "BAD_REQUEST")
	w.WriteHeader(status)
	_, _ = w.Write(encodeResponse(exec.DispatchError(ctx, gqlerror.List{e})))
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
