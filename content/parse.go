package content

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The kinds of error the parser reports; test for them with errors.Is.
var (
	ErrUTF8          = errors.New("invalid UTF-8")
	ErrFrontMatter   = errors.New("bad front matter")
	ErrMissing       = errors.New("missing field")
	ErrUnknownField  = errors.New("unknown field")
	ErrBadValue      = errors.New("bad value")
	ErrBadDate       = errors.New("bad date")
	ErrUnknownLang   = errors.New("unknown language")
	ErrUnknownSeries = errors.New("unknown series")
	ErrEmptyBody     = errors.New("empty body")
	ErrDuplicateID   = errors.New("duplicate id")
	ErrNoOriginal    = errors.New("original not found")
)

// Error is a problem found in one file, at one line, in one field.
type Error struct {
	File   string
	Line   int    // 1-based; 0 when the problem has no line
	Field  string // front-matter field, "body", or "" for the whole file
	Kind   error  // one of the Err values of this package
	Detail string // what exactly is wrong, for people
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		b.WriteString(": " + e.Field)
	}
	b.WriteString(": " + e.Kind.Error())
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Unwrap returns the kind of the error.
func (e *Error) Unwrap() error { return e.Kind }

// maxFileSize bounds what Parse accepts; the longest PISM report is far
// below it.
const maxFileSize = 4 << 20

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// frontMatter mirrors the YAML fields. Strings rather than time.Time and
// Lang so that validation, not the decoder, reports bad values.
// The omitempty and flow options only shape what Marshal writes.
type frontMatter struct {
	ID            string   `yaml:"id"`
	Series        string   `yaml:"series"`
	SeriesPath    []string `yaml:"series_path,omitempty,flow"`
	Number        string   `yaml:"number,omitempty"`
	Title         string   `yaml:"title"`
	Authors       []string `yaml:"authors,flow"`
	Date          string   `yaml:"date"`
	Lang          string   `yaml:"lang"`
	TranslationOf string   `yaml:"translation_of,omitempty"`
	Translation   string   `yaml:"translation,omitempty"`
	Translator    string   `yaml:"translator,omitempty"`
	Source        string   `yaml:"source,omitempty"`
	Tags          []string `yaml:"tags,omitempty,flow"`
	Lead          string   `yaml:"lead,omitempty"`
}

// Parse reads one brief from data; name is used in error messages. All the
// problems found are returned, joined, each as an *Error.
func Parse(name string, data []byte) (*Brief, error) {
	fail := func(line int, field string, kind error, detail string) error {
		return &Error{File: name, Line: line, Field: field, Kind: kind, Detail: detail}
	}
	if len(data) > maxFileSize {
		return nil, fail(0, "", ErrBadValue, fmt.Sprintf("file is %d bytes, more than %d", len(data), maxFileSize))
	}
	if !utf8.Valid(data) {
		return nil, fail(badUTF8Line(data), "", ErrUTF8, "")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return nil, fail(1, "", ErrFrontMatter, `the file must start with a line "---"`)
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, fail(1, "", ErrFrontMatter, `no closing line "---"`)
	}

	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(lines[1:end], "\n")), &doc); err != nil {
		return nil, fail(yamlErrorLine(err)+1, "", ErrFrontMatter, err.Error())
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fail(2, "", ErrFrontMatter, "the front matter must be a mapping of fields")
	}
	m := doc.Content[0]
	lineOf := map[string]int{}
	var errs []error
	known := knownFields()
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		// +1: the front matter starts on the second line of the file.
		lineOf[k.Value] = k.Line + 1
		if !known[k.Value] {
			errs = append(errs, fail(k.Line+1, k.Value, ErrUnknownField, ""))
		}
	}
	var fm frontMatter
	if err := m.Decode(&fm); err != nil {
		errs = append(errs, fail(yamlErrorLine(err)+1, "", ErrFrontMatter, err.Error()))
		return nil, errors.Join(errs...)
	}

	line := func(field string) int {
		if l, ok := lineOf[field]; ok {
			return l
		}
		return 1 // a missing field: point at the start of the front matter
	}
	bad := func(field string, kind error, detail string) {
		errs = append(errs, fail(line(field), field, kind, detail))
	}
	required := func(field, v string) {
		if strings.TrimSpace(v) == "" {
			bad(field, ErrMissing, "")
		}
	}

	b := &Brief{
		ID: fm.ID, Series: fm.Series, SeriesPath: trimAll(fm.SeriesPath), Number: strings.TrimSpace(fm.Number),
		Title: strings.TrimSpace(fm.Title), Authors: trimAll(fm.Authors), Lang: Lang(fm.Lang),
		TranslationOf: fm.TranslationOf, Translation: strings.TrimSpace(fm.Translation),
		Translator: strings.TrimSpace(fm.Translator), Source: strings.TrimSpace(fm.Source),
		Tags: trimAll(fm.Tags), Lead: normalizeSpace(fm.Lead), File: name,
	}

	required("id", fm.ID)
	if fm.ID != "" && (!idPattern.MatchString(fm.ID) || len(fm.ID) > 80) {
		bad("id", ErrBadValue, fmt.Sprintf("%q: use lower-case letters, digits and single hyphens, at most 80 characters", fm.ID))
	}
	required("series", fm.Series)
	if fm.Series != "" && SeriesRank(fm.Series) == len(KnownSeries) {
		bad("series", ErrUnknownSeries, fmt.Sprintf("%q (known: %s)", fm.Series, strings.Join(KnownSeries, ", ")))
	}
	required("title", fm.Title)
	if len(b.Authors) == 0 {
		bad("authors", ErrMissing, "at least one author")
	}
	for _, a := range fm.Authors {
		if strings.TrimSpace(a) == "" {
			bad("authors", ErrBadValue, "an empty author")
		}
	}
	required("date", fm.Date)
	if fm.Date != "" {
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(fm.Date))
		if err != nil {
			bad("date", ErrBadDate, fmt.Sprintf("%q (want YYYY-MM-DD)", fm.Date))
		}
		b.Date = d
	}
	required("lang", fm.Lang)
	if fm.Lang != "" && !b.Lang.Valid() {
		bad("lang", ErrUnknownLang, fmt.Sprintf("%q (want en, pl or ru)", fm.Lang))
	}
	if fm.TranslationOf != "" {
		if !idPattern.MatchString(fm.TranslationOf) {
			bad("translation_of", ErrBadValue, fmt.Sprintf("%q is not an id", fm.TranslationOf))
		}
		if fm.TranslationOf == fm.ID {
			bad("translation_of", ErrBadValue, "a brief cannot be a translation of itself")
		}
		required("translation", fm.Translation)
		required("translator", fm.Translator)
	} else if fm.Translation != "" || fm.Translator != "" {
		bad("translation_of", ErrMissing, "translation and translator are given, but not the original")
	}
	if fm.Source != "" {
		u, err := url.Parse(b.Source)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("source", ErrBadValue, fmt.Sprintf("%q is not an http or https URL", fm.Source))
		}
	}
	for _, t := range fm.Tags {
		if strings.TrimSpace(t) == "" {
			bad("tags", ErrBadValue, "an empty tag")
		}
	}
	for _, p := range fm.SeriesPath {
		if strings.TrimSpace(p) == "" {
			bad("series_path", ErrBadValue, "an empty step")
		}
	}

	b.Body = parseBody(lines[end+1:], end+2)
	if len(b.Body) == 0 {
		errs = append(errs, fail(end+2, "body", ErrEmptyBody, "the brief has no text after the front matter"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}

func knownFields() map[string]bool {
	return map[string]bool{
		"id": true, "series": true, "series_path": true, "number": true, "title": true, "authors": true,
		"date": true, "lang": true, "translation_of": true, "translation": true, "translator": true,
		"source": true, "tags": true, "lead": true,
	}
}

// parseBody turns the Markdown subset described in the package doc into
// blocks; first is the file line of lines[0].
func parseBody(lines []string, first int) []Block {
	var (
		blocks []Block
		open   []string // lines of the open paragraph, quotation or list item
		kind   BlockKind
		start  int
		inList bool // the open lines are a list item
	)
	// flush closes what is open. Lines are joined only here, so that a long
	// paragraph or list item costs linear time.
	flush := func() {
		if len(open) == 0 {
			return
		}
		text := normalizeSpace(strings.Join(open, " "))
		if inList {
			items := blocks[len(blocks)-1].Items
			items[len(items)-1] = text
		} else {
			blocks = append(blocks, Block{Kind: kind, Text: text, Line: start})
		}
		open = nil
	}
	begin := func(k BlockKind, line int) {
		if len(open) > 0 && (inList || kind != k) {
			flush()
		}
		if inList {
			inList = false
		}
		if len(open) == 0 {
			kind, start = k, line
		}
	}
	for i, raw := range lines {
		line := first + i
		s := strings.TrimSpace(raw)
		item, ordered, isItem := listItem(s)
		switch {
		case s == "":
			flush()
			inList = false
		case strings.HasPrefix(s, `\`) && !inList:
			// An escaped line is paragraph text even when it looks like
			// markup: Marshal writes one for a paragraph starting "# ".
			begin(Paragraph, line)
			open = append(open, s[1:])
		case headingLevel(s) > 0:
			flush()
			inList = false
			lvl := headingLevel(s)
			blocks = append(blocks, Block{Kind: Heading, Level: lvl, Text: normalizeSpace(s[lvl:]), Line: line})
		case isItem:
			wasList := inList
			flush()
			if last := len(blocks) - 1; wasList && blocks[last].Ordered == ordered {
				blocks[last].Items = append(blocks[last].Items, "")
			} else {
				blocks = append(blocks, Block{Kind: List, Items: []string{""}, Ordered: ordered, Line: line})
			}
			inList = true
			open = []string{item}
		case inList:
			open = append(open, s) // a continuation line of the list item
		case strings.HasPrefix(s, ">"):
			begin(Quote, line)
			open = append(open, strings.TrimSpace(s[1:]))
		default:
			begin(Paragraph, line)
			open = append(open, s)
		}
	}
	flush()
	return blocks
}

// listItem recognises "- text", "* text" and "12. text".
func listItem(s string) (item string, ordered, ok bool) {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") {
		return normalizeSpace(s[2:]), false, true
	}
	n := 0
	for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n+1 >= len(s) || s[n] != '.' || s[n+1] != ' ' {
		return "", false, false
	}
	return normalizeSpace(s[n+2:]), true, true
}

func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func trimAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if t := strings.TrimSpace(s); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// badUTF8Line returns the 1-based line of the first invalid UTF-8 sequence.
func badUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlErrorLine extracts the line a YAML error names, 1 when it names none.
func yamlErrorLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return n
	}
	return 1
}
