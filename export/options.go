package export

import (
	"crypto/sha1"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"pismreader/content"
)

// Options for an export.
type Options struct {
	// Title is the book's title when several briefs are exported, such as
	// "PISM Reader library"; it is ignored for one brief, whose own title
	// is the book's. Empty means a default title in the book's language.
	Title string
	// Lang is the book's language ("en", "pl" or "ru") when several briefs
	// are exported; empty or unsupported means the first brief's. Each
	// brief keeps its own language inside the book.
	Lang string
	// Modified is the book's dcterms:modified and the time stamp of the
	// files in the EPUB; zero means time.Now().UTC(). Pass a fixed time
	// for reproducible output.
	Modified time.Time
	// ID is the EPUB's dc:identifier; empty means a urn:uuid derived from
	// the briefs' IDs, the same for the same briefs in the same order.
	ID string
}

// book is what EPUB and HTML need to know about the whole export.
type book struct {
	chapters []chapter
	lang     content.Lang // the book's language
	title    string       // cleaned, not escaped
	modified time.Time    // UTC, to the second
	id       string       // cleaned, not escaped
}

// newBook prepares briefs for an export with opt.
func newBook(briefs []*content.Brief, opt Options, idPrefix func(i int) string) (*book, error) {
	chs, err := prepare(briefs, idPrefix)
	if err != nil {
		return nil, err
	}
	bk := &book{chapters: chs, lang: briefs[0].Lang}
	if l := content.Lang(opt.Lang); len(briefs) > 1 && l.Valid() {
		bk.lang = l
	}
	switch {
	case len(chs) == 1:
		bk.title = chs[0].title
	case clean(opt.Title) != "":
		bk.title = clean(opt.Title)
	default:
		bk.title = wordsFor(bk.lang).library
	}
	bk.modified = opt.Modified
	if bk.modified.IsZero() {
		bk.modified = time.Now()
	}
	bk.modified = bk.modified.UTC().Truncate(time.Second)
	bk.id = clean(opt.ID)
	if bk.id == "" {
		bk.id = derivedID(briefs)
	}
	return bk, nil
}

// multi reports whether the book holds several briefs.
func (bk *book) multi() bool { return len(bk.chapters) > 1 }

// langs returns the languages of the book, its own first, then those of
// its briefs in the order they first appear.
func (bk *book) langs() []string {
	codes := []string{langCode(bk.lang)}
	for _, ch := range bk.chapters {
		if !slices.Contains(codes, ch.lang) {
			codes = append(codes, ch.lang)
		}
	}
	return codes
}

// urlNamespace is the RFC 9562 namespace for names that are URLs; the
// derived identifiers are name-based UUIDs (version 5) in it.
var urlNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// derivedID returns a urn:uuid that depends only on the briefs' IDs and
// their order, so that exporting the same selection again gives a book
// that reading systems recognise as the same one.
func derivedID(briefs []*content.Brief) string {
	ids := make([]string, len(briefs))
	for i, b := range briefs {
		ids[i] = b.ID
	}
	h := sha1.New()
	h.Write(urlNamespace[:])
	h.Write([]byte("pismreader:export:" + strings.Join(ids, "\n")))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// Write writes briefs to w in format, "epub" (see EPUB) or "html" (see
// HTML), the names the command line and the file dialogs use.
func Write(w io.Writer, format string, briefs []*content.Brief, opt Options) error {
	switch format {
	case "epub":
		return EPUB(w, briefs, opt)
	case "html":
		return HTML(w, briefs, opt)
	}
	return fmt.Errorf("export: unknown format %q", format)
}
