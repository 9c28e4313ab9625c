package importer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pismreader/content"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		kind error
		line int
	}{
		{"empty.txt", nil, ErrEmpty, 0},
		{"spaces.txt", []byte(" \n\t\r\n "), ErrEmpty, 0},
		{"bom.txt", []byte("\ufeff\n"), ErrEmpty, 0},
		{"nul.txt", []byte("text\x00more"), ErrBinary, 0},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e"), ErrBinary, 0},
		{"latin1.txt", []byte("Title\n\nline two\nzaż\xf3\n"), ErrEncoding, 4},
		{"nohtml.html", []byte("<html><head><title>T</title><script>var x = 1;</script></head><body><nav><a>Home</a></nav></body></html>"), ErrBadHTML, 0},
		{"broken.html", []byte("<html><body><div><span></div></p></html"), ErrBadHTML, 0},
		{"latin1.html", []byte("<html><body><p>za\xbf\xf3</p></body></html>"), ErrEncoding, 1},
		{"bad.md", []byte("---\nid: x\ntitel: A\n---\nBody\n"), ErrFrontMatter, 3},
		{"bad-date.md", []byte("---\nid: x\nseries: PISM Bulletin\ntitle: A\nauthors: [B]\ndate: 2020-13-01\nlang: en\n---\nBody\n"), ErrFrontMatter, 6},
		{"thing.xml", []byte(`<?xml version="1.0"?><config><a>1</a></config>`), ErrUnknownFormat, 0},
		{"broken.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A`), ErrBadXML, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			briefs, err := Bytes(tt.name, tt.data, testOpt)
			if briefs != nil {
				t.Errorf("briefs = %v, want none", briefs)
			}
			e := wantKind(t, err, tt.kind)
			if tt.line != 0 && e.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", e.Line, tt.line, err)
			}
			if e.Name != tt.name || !strings.HasPrefix(err.Error(), tt.name) {
				t.Errorf("error %q does not name %q", err, tt.name)
			}
		})
	}
}

func TestFrontMatterErrorKeepsContentError(t *testing.T) {
	_, err := Bytes("bad.md", []byte("---\nid: x\ntitel: A\n---\nBody\n"), testOpt)
	var ce *content.Error
	if !errors.As(err, &ce) || !errors.Is(err, content.ErrUnknownField) {
		t.Fatalf("error %v does not wrap a *content.Error", err)
	}
	if ce.Line != 3 || ce.Field != "titel" || !strings.Contains(err.Error(), "bad.md:3: titel") {
		t.Errorf("content error = %v", ce)
	}
}

func TestTooLarge(t *testing.T) {
	opt := Options{MaxBytes: 100, Now: fixedNow}
	big := bytes.Repeat([]byte("word "), 100)
	_, err := Bytes("big.txt", big, opt)
	wantKind(t, err, ErrTooLarge)

	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = File(path, opt)
	wantKind(t, err, ErrTooLarge)
	if _, err := File(path, Options{}); err != nil {
		t.Errorf("with the default limit: %v", err)
	}
}

func TestFileNotFound(t *testing.T) {
	_, err := File(filepath.Join(t.TempDir(), "missing.html"), testOpt)
	wantKind(t, err, ErrNotFound)
	_, err = File(t.TempDir(), testOpt)
	wantKind(t, err, ErrUnreadable)
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, data string
		want       format
	}{
		{"a.txt", "Hello\n\nworld", kindText},
		{"a", "---\nid: x\n---\n", kindMarkdown},
		{"a", "\n\n<!DOCTYPE html><p>x", kindHTML},
		{"a", "<!-- saved --><html lang=en>", kindHTML},
		{"a", "<body>x</body>", kindHTML},
		{"a", "<article>x</article>", kindHTML},
		{"a", "<pre>x</pre>", kindText},
		{"a", `<?xml version="1.0"?><rss version="2.0">`, kindFeed},
		{"a", `<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">`, kindFeed},
		{"a", `<rdf:RDF xmlns:rdf="x">`, kindFeed},
		{"a", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, kindHTML},
		{"a", `<?xml version="1.0"?><config/>`, kindUnknownXML},
		{"page.html", "Just text in an html file", kindHTML},
		{"https://example.org/feed.xml?x=1", "text", kindFeed},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.data), tt.name); got != tt.want {
			t.Errorf("sniff(%q, %q) = %d, want %d", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	briefs, err := File("testdata/plain.txt", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	b := briefs[0]
	checkBrief(t, b)
	want := []content.Block{
		{Kind: content.Paragraph, Text: "This note is a synthetic plain-text file for the importer's tests. Its first line is the title."},
		{Kind: content.Heading, Level: 2, Text: "Background"},
		{Kind: content.Paragraph, Text: "The second paragraph follows a heading that is short and does not end with a full stop. It continues on a second line."},
		{Kind: content.List, Items: []string{"a first point", "a second point"}},
		{Kind: content.Heading, Level: 2, Text: "Is this a heading?"},
		{Kind: content.Paragraph, Text: "The last paragraph ends the note."},
	}
	if !reflect.DeepEqual(b.Body, want) {
		t.Errorf("body = %+v\nwant %+v", b.Body, want)
	}
	if b.Title != "Baltic Links: A Plain-Text Note" || b.ID != "baltic-links-a-plain-text-note" || b.Series != content.SeriesOther ||
		b.Authors[0] != UnknownAuthor || b.Lang != content.English || b.Date.Format("2006-01-02") != "2024-05-06" {
		t.Errorf("metadata = %+v", b)
	}
}

func TestTextCases(t *testing.T) {
	tests := []struct {
		name, text, title string
		body              []content.Block
	}{
		{"one line", "Only a title", "Only a title", []content.Block{{Kind: content.Paragraph, Text: "Only a title"}}},
		{"title and lines", "Title\nfirst line\nsecond line", "Title", []content.Block{{Kind: content.Paragraph, Text: "first line second line"}}},
		{"last short line is text", "T\n\nShort line", "T", []content.Block{{Kind: content.Paragraph, Text: "Short line"}}},
		{"sentence is no heading", "T\n\nA sentence.\n\nMore.", "T", []content.Block{{Kind: content.Paragraph, Text: "A sentence."}, {Kind: content.Paragraph, Text: "More."}}},
		{"russian", "Заголовок\n\nТекст статьи на русском языке.", "Заголовок", []content.Block{{Kind: content.Paragraph, Text: "Текст статьи на русском языке."}}},
		{"crlf", "T\r\n\r\nHeading\r\n\r\nText.", "T", []content.Block{{Kind: content.Heading, Level: 2, Text: "Heading"}, {Kind: content.Paragraph, Text: "Text."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			briefs, err := Bytes("note.txt", []byte(tt.text), testOpt)
			if err != nil {
				t.Fatal(err)
			}
			b := briefs[0]
			checkBrief(t, b)
			if b.Title != tt.title || !reflect.DeepEqual(b.Body, tt.body) {
				t.Errorf("title %q body %+v, want %q %+v", b.Title, b.Body, tt.title, tt.body)
			}
		})
	}
}

func TestLibraryMarkdown(t *testing.T) {
	briefs, err := File("testdata/library.md", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	if b := briefs[0]; b.ID != "test-library-brief" || b.Series != content.SeriesBulletin || len(b.Body) != 2 {
		t.Errorf("brief = %+v", b)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S. to Withdraw from the INF Treaty", "u-s-to-withdraw-from-the-inf-treaty"},
		{"Zażółć gęślą jaźń — Łódź", "zazolc-gesla-jazn-lodz"},
		{"США выйдут из ДРСМД", "ssha-vyidut-iz-drsmd"},
		{"Щука, жёлтый ёж и объём", "shchuka-zheltyi-ezh-i-obieem"},
		{"Мальчик", "malchik"},
		{"中文", ""},
		{"  --  ", ""},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
		{strings.Repeat("x", 100), strings.Repeat("x", 80)},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMakeID(t *testing.T) {
	tests := []struct {
		series, number, title, want string
	}{
		{content.SeriesSpotlight, "74/2018", "x", "pism-spotlight-74-2018"},
		{content.SeriesBulletin, "12/2019", "x", "pism-bulletin-12-2019"},
		{content.SeriesOther, "12/2019", "A Title", "a-title"},
		{content.SeriesBulletin, "", "A Title", "a-title"},
		{content.SeriesOther, "", "中文", "brief-20240506"},
	}
	for _, tt := range tests {
		b := &content.Brief{Series: tt.series, Number: tt.number, Title: tt.title, Date: fixedNow()}
		if got := makeID(b); got != tt.want {
			t.Errorf("makeID(%q, %q, %q) = %q, want %q", tt.series, tt.number, tt.title, got, tt.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		tag, text string
		want      content.Lang
	}{
		{"", "The treaty was signed in 1987 by the U.S. and USSR.", content.English},
		{"", "Traktat został podpisany w 1987 r. przez USA i ZSRR.", content.Polish},
		{"", "Traktat zostal podpisany w 1987 r. przez USA i ZSRR i jest to wazne.", content.Polish},
		{"", "Договор был подписан в 1987 г. США и СССР.", content.Russian},
		{"pl-PL", "English text", content.Polish},
		{"ru", "", content.Russian},
		{"de", "Договор был подписан", content.Russian},
		{"de", "Der Vertrag wurde unterzeichnet.", content.English},
		{"english", "Tekst po polsku, który się nie kończy.", content.Polish},
	}
	for _, tt := range tests {
		if got := langOf(tt.tag, tt.text); got != tt.want {
			t.Errorf("langOf(%q, %q) = %q, want %q", tt.tag, tt.text, got, tt.want)
		}
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		arg  string
		want bool
	}{
		{"https://pism.pl/x", true},
		{"http://localhost:8080", true},
		{"ftp://x", true},
		{"svn+ssh://x", true},
		{"file:///tmp/x.html", true},
		{"/tmp/x.html", false},
		{"x.html", false},
		{`C:\Users\x.html`, false},
		{"://x", false},
		{"1http://x", false},
		{"notes/http://x", false},
	}
	for _, tt := range tests {
		if got := IsURL(tt.arg); got != tt.want {
			t.Errorf("IsURL(%q) = %v, want %v", tt.arg, got, tt.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	e := &Error{Name: "a.rss", Kind: ErrBadXML, Detail: "unexpected EOF", Line: 7}
	if got := e.Error(); got != "a.rss:7: malformed XML: unexpected EOF" {
		t.Errorf("Error() = %q", got)
	}
	if got := (&Error{Name: "u", Kind: ErrEmpty}).Error(); got != "u: empty input" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(e, ErrBadXML) || e.Unwrap() != ErrBadXML {
		t.Error("Unwrap does not give the kind")
	}
}
