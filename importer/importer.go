package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"pismreader/content"
)

// Options tunes an import. The zero value gives the defaults.
type Options struct {
	Client   *http.Client     // nil: a client with the limits Fetch documents
	MaxBytes int64            // 0: 10 MB, for files and downloads alike
	Now      func() time.Time // nil: time.Now; the date of a brief that has none
}

// defaultMaxBytes bounds an input: ten times the longest PISM page, and
// small enough that a mistaken multi-gigabyte file is refused at once.
const defaultMaxBytes = 10 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return defaultMaxBytes
}

// today returns the date used for briefs that state none, as a date at
// midnight UTC like the dates content.Parse returns.
func (o Options) today() time.Time {
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	y, m, d := now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// File reads and converts the file at path. The format is sniffed from the
// content; the extension is only a hint.
func File(path string, opt Options) ([]*content.Brief, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, newError(path, ErrNotFound, "")
		}
		return nil, wrapError(path, ErrUnreadable, err)
	}
	defer f.Close()
	max := opt.maxBytes()
	// Stat first so that a huge file is refused without reading it; the
	// limited read below still guards files that grow or lie about size.
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, newError(path, ErrUnreadable, "a directory, not a file")
		}
		if st.Size() > max {
			return nil, newError(path, ErrTooLarge, sizeDetail(st.Size(), max))
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, wrapError(path, ErrUnreadable, err)
	}
	if int64(len(data)) > max {
		return nil, newError(path, ErrTooLarge, sizeDetail(int64(len(data)), max))
	}
	return Bytes(path, data, opt)
}

func sizeDetail(n, max int64) string {
	return fmt.Sprintf("%d bytes or more, the limit is %d", n, max)
}

// Bytes converts data. name is used in messages and as a hint: its extension
// breaks ties of sniffing, and a URL resolves relative links and names the
// site when a page names no author.
func Bytes(name string, data []byte, opt Options) ([]*content.Brief, error) {
	return convert(name, data, "", opt)
}

// convert is Bytes with the Content-Type of a download, which may declare
// the charset.
func convert(name string, data []byte, contentType string, opt Options) (briefs []*content.Brief, err error) {
	if max := opt.maxBytes(); int64(len(data)) > max {
		return nil, newError(name, ErrTooLarge, sizeDetail(int64(len(data)), max))
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, newError(name, ErrEmpty, "")
	}
	if looksBinary(data) {
		return nil, newError(name, ErrBinary, "")
	}
	kind := sniff(data, name)
	switch kind {
	case kindFeed:
		briefs, err = convertFeed(name, data, opt)
	case kindHTML:
		text, derr := decodeHTML(name, data, contentType)
		if derr != nil {
			return nil, derr
		}
		var b *content.Brief
		if b, err = convertPage(name, text, opt); err == nil {
			briefs = []*content.Brief{b}
		}
	case kindMarkdown, kindText:
		if !utf8.Valid(data) {
			return nil, &Error{Name: name, Kind: ErrEncoding, Line: badUTF8Line(data)}
		}
		if kind == kindMarkdown {
			briefs, err = convertMarkdown(name, data)
		} else {
			briefs, err = convertText(name, string(data), opt)
		}
	default:
		return nil, newError(name, ErrUnknownFormat, "XML that is neither a feed nor a web page")
	}
	if err != nil {
		return nil, err
	}
	return briefs, nil
}

func convertMarkdown(name string, data []byte) ([]*content.Brief, error) {
	b, err := content.Parse(name, data)
	if err != nil {
		e := wrapError(name, ErrFrontMatter, err)
		var ce *content.Error
		if errors.As(err, &ce) {
			e.Line = ce.Line
		}
		return nil, e
	}
	return []*content.Brief{b}, nil
}

// format is what sniff found.
type format int

const (
	kindText format = iota
	kindMarkdown
	kindHTML
	kindFeed
	kindUnknownXML
)

// sniff tells the format from the start of data; the extension of name
// decides only where the content does not.
func sniff(data []byte, name string) format {
	ext := strings.ToLower(path.Ext(stripQuery(name)))
	head := data[:min(len(data), 4096)]
	s := strings.TrimLeftFunc(string(head), unicode.IsSpace)
	if strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		return kindMarkdown
	}
	lower := strings.ToLower(s)
	// Skip the XML declaration, comments, processing instructions and the
	// doctype to reach the first element.
	isXML := strings.HasPrefix(lower, "<?xml")
	for {
		lower = strings.TrimLeftFunc(lower, unicode.IsSpace)
		var end string
		switch {
		case strings.HasPrefix(lower, "<?"):
			end = "?>"
		case strings.HasPrefix(lower, "<!--"):
			end = "-->"
		case strings.HasPrefix(lower, "<!doctype html"):
			return kindHTML
		case strings.HasPrefix(lower, "<!"):
			end = ">"
		}
		if end == "" {
			break
		}
		i := strings.Index(lower, end)
		if i < 0 {
			lower = ""
			break
		}
		lower = lower[i+len(end):]
	}
	for _, p := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if hasTag(lower, p) {
			return kindFeed
		}
	}
	for _, p := range []string{"<html", "<head", "<body", "<article", "<main", "<div", "<p", "<h1", "<section", "<meta", "<title"} {
		if hasTag(lower, p) {
			return kindHTML
		}
	}
	switch ext {
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".rss", ".atom", ".xml":
		if isXML {
			return kindUnknownXML // XML, but neither a feed nor a page
		}
		return kindFeed
	case ".md", ".markdown":
		if strings.HasPrefix(s, "---") {
			return kindMarkdown
		}
	}
	if isXML {
		return kindUnknownXML
	}
	return kindText
}

// hasTag reports whether s starts with the tag opening p followed by the end
// of the name, so that "<p" does not match "<pre" or "<param".
func hasTag(s, p string) bool {
	if !strings.HasPrefix(s, p) {
		return false
	}
	if len(s) == len(p) {
		return true
	}
	c := s[len(p)]
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func stripQuery(name string) string {
	if i := strings.IndexAny(name, "?#"); i >= 0 && IsURL(name) {
		return name[:i]
	}
	return name
}

// looksBinary reports data with a NUL byte, or whose start has more than a
// tenth of control characters, which no text format here has.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// badUTF8Line returns the 1-based line of the first invalid UTF-8 sequence.
func badUTF8Line(data []byte) int {
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	return bytes.Count(data[:i], []byte("\n")) + 1
}
