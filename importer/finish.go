package importer

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"pismreader/content"
)

// maxBriefBytes is the most content.Parse accepts; a converted brief must
// stay below it so that the storage layer can read it back.
const maxBriefBytes = 4 << 20

// finish cleans a converted brief and checks it the way the library will:
// it writes b with content.Marshal, parses the result with content.Parse
// and returns what the parser read, so that storing and loading the brief
// changes nothing.
// kind is the error kind to report should the conversion have produced an
// invalid brief; today is the date of a brief without a usable one.
func finish(name string, b *content.Brief, kind error, today time.Time) (*content.Brief, error) {
	b.Title = clean(b.Title)
	b.Lead = clean(b.Lead)
	b.Number = clean(b.Number)
	b.Authors = cleanAll(b.Authors)
	b.Tags = cleanAll(b.Tags)
	b.SeriesPath = cleanAll(b.SeriesPath)
	if !validURL(b.Source) {
		b.Source = ""
	}
	var body []content.Block
	for _, bl := range b.Body {
		bl.Text = clean(bl.Text)
		bl.Items = cleanAll(bl.Items)
		bl.Line = 0
		if (bl.Kind == content.List && len(bl.Items) == 0) || (bl.Kind != content.List && bl.Text == "") {
			continue
		}
		if bl.Kind == content.Heading {
			bl.Level = min(max(bl.Level, 1), 6)
		} else {
			bl.Level = 0
		}
		body = append(body, bl)
	}
	b.Body = body
	if b.Title == "" {
		return nil, newError(name, kind, "no title found")
	}
	if len(b.Body) == 0 {
		if b.Lead == "" {
			return nil, newError(name, kind, "no text found")
		}
		// A brief needs a body; a lone paragraph is body, not lead.
		b.Body = []content.Block{{Kind: content.Paragraph, Text: b.Lead}}
		b.Lead = ""
	}
	if y := b.Date.Year(); b.Date.IsZero() || y < 1000 || y > 9999 {
		b.Date = today // the format has four-digit years only
	}
	b.Date = date(b.Date)
	if len(b.Authors) == 0 {
		b.Authors = []string{UnknownAuthor}
	}
	if !b.Lang.Valid() {
		b.Lang = detectLang(b.Title + " " + b.Lead + " " + bodyText(b.Body, 4000))
	}
	if content.SeriesRank(b.Series) == len(content.KnownSeries) {
		b.Series = content.SeriesOther
	}
	if b.ID == "" {
		b.ID = makeID(b)
	}
	md, err := content.Marshal(b)
	if err != nil {
		return nil, newError(name, kind, err.Error())
	}
	if len(md) > maxBriefBytes {
		return nil, newError(name, ErrTooLarge, fmt.Sprintf("the converted brief is %d bytes, a brief holds at most %d", len(md), maxBriefBytes))
	}
	out, err := content.Parse(name, md)
	if err != nil {
		return nil, wrapError(name, kind, fmt.Errorf("converted brief is invalid: %w", err))
	}
	out.File = ""
	for i := range out.Body {
		out.Body[i].Line = 0
	}
	return out, nil
}

// UnknownAuthor is the author of a brief whose source names neither a
// person nor a site, such as a plain-text file: a brief needs an author and
// the importer never invents a person. The app may show it localised.
const UnknownAuthor = "Unknown author"

// clean makes s one line of printable text: control characters and
// invalid UTF-8 would not survive the YAML front matter, and the library's
// format joins the lines of a paragraph with single spaces anyway.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), r == '\uFEFF', unicode.Is(unicode.Cs, r), unicode.Is(unicode.Co, r):
			return -1
		case r >= 0xFFFE && r <= 0xFFFF, r >= 0xFDD0 && r <= 0xFDEF:
			return -1 // noncharacters, which YAML rejects
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if c := clean(s); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// bodyText returns up to about max bytes of the body's text, for language
// detection.
func bodyText(body []content.Block, max int) string {
	var sb strings.Builder
	for _, bl := range body {
		if sb.Len() > max {
			break
		}
		sb.WriteString(bl.Words())
		sb.WriteString(" ")
	}
	return sb.String()
}

// errorKind returns the Kind of err when it is an *Error.
func errorKind(err error) error {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return nil
}
