package diplograph

import (
	"errors"
	"fmt"
)

// Error codes. Anything that is not a *Error, or carries ECONFLICT..EINTERNAL
// from deeper layers, is shown to users as an internal error while the
// details go to the log.
const (
	EINVALID      = "invalid"        // bad input: validation failed
	ENOTFOUND     = "not_found"      // no such entity
	ECONFLICT     = "conflict"       // the write conflicts with the state of the graph
	EUNAVAILABLE  = "unavailable"    // a dependency (Neo4j) cannot be reached
	EUNAUTHORIZED = "unauthorized"   // the caller may not do this
	EINTERNAL     = "internal"       // a bug or an unexpected failure
	ELIMIT        = "limit_exceeded" // the request asks for more work than one request may do
	ECANCELED     = "canceled"       // the caller went away before the answer
)

// Error is the one error type of the application. Op names the operation
// ("ingest.ReadFile", "neo4jstore.WriteBatch"); Code is one of the E*
// constants; Message is safe to show to a user; Err is the cause, for logs.
type Error struct {
	Op      string
	Code    string
	Message string
	// File and Line locate bad input, when the error is about input.
	File string
	Line int
	Err  error
}

// Error implements the error interface.
func (e *Error) Error() string {
	var s string
	if e.File != "" {
		if e.Line > 0 {
			s = fmt.Sprintf("%s:%d: ", e.File, e.Line)
		} else {
			s = e.File + ": "
		}
	}
	if e.Op != "" {
		s += e.Op + ": "
	}
	switch {
	case e.Message != "" && e.Err != nil:
		s += e.Message + ": " + e.Err.Error()
	case e.Message != "":
		s += e.Message
	case e.Err != nil:
		s += e.Err.Error()
	default:
		s += e.Code
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// E wraps err as an *Error of the given operation and code. A nil err gives nil.
func E(op, code string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Code: code, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err: the Message of the
// first *Error in the chain that has one, or "internal error".
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			break
		}
		if e.Message != "" {
			if e.File != "" {
				if e.Line > 0 {
					return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message)
				}
				return e.File + ": " + e.Message
			}
			return e.Message
		}
		err = e.Err
	}
	return "internal error"
}
