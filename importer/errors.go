package importer

import (
	"errors"
	"fmt"
	"strings"
)

// The kinds of problem an import reports; test for them with errors.Is.
var (
	ErrEmpty            = errors.New("empty input")
	ErrBinary           = errors.New("binary data, not text")
	ErrTooLarge         = errors.New("input too large")
	ErrEncoding         = errors.New("invalid UTF-8")
	ErrBadXML           = errors.New("malformed XML")
	ErrBadHTML          = errors.New("no article text found in the HTML")
	ErrNoItems          = errors.New("feed without items")
	ErrFrontMatter      = errors.New("bad library Markdown front matter")
	ErrUnreachable      = errors.New("server unreachable")
	ErrHTTPStatus       = errors.New("unexpected HTTP status")
	ErrScheme           = errors.New("not an http or https URL")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrUnknownFormat    = errors.New("unknown format")
	ErrNotFound         = errors.New("no such file")
	ErrUnreadable       = errors.New("file cannot be read") // a directory, no permission, an I/O error
)

// Error names the input and what is wrong with it. The app localises the
// message by Kind; Detail is English for logs.
type Error struct {
	Name   string // file path or URL
	Kind   error  // one of the Err values of this package
	Detail string // specifics: parser message, HTTP status, size; may be ""
	Line   int    // 1-based; 0 when unknown
	err    error  // the underlying error, such as a *content.Error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	b.WriteString(e.Kind.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

// Unwrap returns the kind of the error. When the error has a cause, such as
// the *content.Error of a bad front matter, it returns an error wrapping both,
// so that errors.Is finds the kind and errors.As the cause with its file,
// line and field.
func (e *Error) Unwrap() error {
	if e.err != nil {
		return fmt.Errorf("%w: %w", e.Kind, e.err)
	}
	return e.Kind
}

func newError(name string, kind error, detail string) *Error {
	return &Error{Name: name, Kind: kind, Detail: detail}
}

// wrapError is newError keeping cause reachable through errors.As.
func wrapError(name string, kind error, cause error) *Error {
	return &Error{Name: name, Kind: kind, Detail: cause.Error(), err: cause}
}
