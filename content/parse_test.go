package content

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const validBrief = `---
id: sample-brief
series: PISM Bulletin
number: 1/2020
title: A Title
authors: [Anna Nowak, Jan Kowalski]
date: 2020-01-02
lang: pl
source: https://pism.pl/publications
tags: [one, two]
lead: The lead
  continues here.
---
## First heading

A paragraph
on two lines.

- item one
- item two
  continued
- item three

1. first
2. second

> A quotation
> on two lines.

### Sub heading
Last paragraph.
`

func TestParseValid(t *testing.T) {
	b, err := Parse("sample.md", []byte(validBrief))
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != "sample-brief" || b.Series != SeriesBulletin || b.Number != "1/2020" || b.Title != "A Title" {
		t.Errorf("metadata = %q %q %q %q", b.ID, b.Series, b.Number, b.Title)
	}
	if want := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC); !b.Date.Equal(want) {
		t.Errorf("date = %v", b.Date)
	}
	if b.Lang != Polish || len(b.Authors) != 2 || b.Authors[1] != "Jan Kowalski" || len(b.Tags) != 2 {
		t.Errorf("lang/authors/tags = %v %v %v", b.Lang, b.Authors, b.Tags)
	}
	if b.Lead != "The lead continues here." {
		t.Errorf("lead = %q", b.Lead)
	}
	want := []Block{
		{Kind: Heading, Level: 2, Text: "First heading", Line: 14},
		{Kind: Paragraph, Text: "A paragraph on two lines.", Line: 16},
		{Kind: List, Items: []string{"item one", "item two continued", "item three"}, Line: 19},
		{Kind: List, Items: []string{"first", "second"}, Ordered: true, Line: 24},
		{Kind: Quote, Text: "A quotation on two lines.", Line: 27},
		{Kind: Heading, Level: 3, Text: "Sub heading", Line: 30},
		{Kind: Paragraph, Text: "Last paragraph.", Line: 31},
	}
	if len(b.Body) != len(want) {
		t.Fatalf("got %d blocks, want %d: %+v", len(b.Body), len(want), b.Body)
	}
	for i, w := range want {
		g := b.Body[i]
		if g.Kind != w.Kind || g.Level != w.Level || g.Text != w.Text || g.Ordered != w.Ordered ||
			strings.Join(g.Items, "|") != strings.Join(w.Items, "|") || g.Line != w.Line {
			t.Errorf("block %d = %+v, want %+v", i, g, w)
		}
	}
	if hs := b.Headings(); len(hs) != 2 || hs[0] != 0 || hs[1] != 5 {
		t.Errorf("headings = %v", hs)
	}
}

func TestParseErrors(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(validBrief, old, new, 1) }
	tests := []struct {
		name, input string
		kind        error
		line        int
		field       string
	}{
		{"missing title", replace("title: A Title\n", ""), ErrMissing, 1, "title"},
		{"empty title", replace("title: A Title", "title: ' '"), ErrMissing, 5, "title"},
		{"bad date", replace("2020-01-02", "2020-13-02"), ErrBadDate, 7, "date"},
		{"date not a date", replace("2020-01-02", "yesterday"), ErrBadDate, 7, "date"},
		{"unknown language", replace("lang: pl", "lang: de"), ErrUnknownLang, 8, "lang"},
		{"unknown series", replace("PISM Bulletin", "PISM Gazette"), ErrUnknownSeries, 3, "series"},
		{"invalid UTF-8", replace("A paragraph", "A par\xffgraph"), ErrUTF8, 16, ""},
		{"unknown field", replace("tags:", "tgas:"), ErrUnknownField, 10, "tgas"},
		{"bad id", replace("id: sample-brief", "id: Sample Brief"), ErrBadValue, 2, "id"},
		{"no authors", replace("authors: [Anna Nowak, Jan Kowalski]", "authors: []"), ErrMissing, 6, "authors"},
		{"bad source", replace("https://pism.pl/publications", "javascript:alert(1)"), ErrBadValue, 9, "source"},
		{"translation without label", replace("lang: pl", "lang: pl\ntranslation_of: other"), ErrMissing, 1, "translation"},
		{"no front matter", "# Title\n\ntext\n", ErrFrontMatter, 1, ""},
		{"unclosed front matter", "---\nid: x\n", ErrFrontMatter, 1, ""},
		{"broken yaml", replace("title: A Title", "title: [A Title"), ErrFrontMatter, 0, ""},
		{"front matter not a mapping", "---\n- a\n- b\n---\ntext\n", ErrFrontMatter, 2, ""},
		{"wrong type", replace("authors: [Anna Nowak, Jan Kowalski]", "authors: {a: b}"), ErrFrontMatter, 0, ""},
		{"empty body", validBrief[:strings.Index(validBrief, "## First")], ErrEmptyBody, 14, "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("sample.md", []byte(tt.input))
			if !errors.Is(err, tt.kind) {
				t.Fatalf("err = %v, want kind %v", err, tt.kind)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err %v is not an *Error", err)
			}
			if e.File != "sample.md" || (tt.line != 0 && e.Line != tt.line) || e.Field != tt.field {
				t.Errorf("err = %+v, want line %d field %q", e, tt.line, tt.field)
			}
			if !strings.HasPrefix(err.Error(), "sample.md:") {
				t.Errorf("message %q does not name the file", err)
			}
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	in := strings.NewReplacer("lang: pl", "lang: xx", "2020-01-02", "2020-02-31").Replace(validBrief)
	_, err := Parse("sample.md", []byte(in))
	if !errors.Is(err, ErrUnknownLang) || !errors.Is(err, ErrBadDate) {
		t.Errorf("err = %v, want both the language and the date reported", err)
	}
}

func TestReadingTime(t *testing.T) {
	b := &Brief{Lang: English, Body: []Block{{Kind: Paragraph, Text: strings.Repeat("word ", 461)}}}
	if got := b.ReadingTime(); got != 3*time.Minute {
		t.Errorf("461 words: %v, want 3m", got)
	}
	b.Body = nil
	if got := b.ReadingTime(); got != time.Minute {
		t.Errorf("no words: %v, want 1m", got)
	}
}

func TestCountWords(t *testing.T) {
	for in, want := range map[string]int{
		"":                            0,
		"Russia’s 9M729 missile":      3,
		"air- and sea-launched (INF)": 4,
		"Договор о РСМД, 1987 г.":     5,
		"  łódź   żółć ":              2,
	} {
		if got := countWords(in); got != want {
			t.Errorf("countWords(%q) = %d, want %d", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(validBrief))
	f.Add([]byte("---\nid: a\n---\n"))
	f.Add([]byte("---\n---\n- a\n  b\n1. c\n> d\n#"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("fuzz.md", data)
		if err == nil {
			if b.ID == "" || b.Title == "" || !b.Lang.Valid() || len(b.Body) == 0 {
				t.Fatalf("accepted an invalid brief: %+v", b)
			}
			return
		}
		if b != nil {
			t.Fatal("returned a brief with an error")
		}
		var e *Error
		if !errors.As(err, &e) || e.File != "fuzz.md" {
			t.Fatalf("error %v does not name the file", err)
		}
	})
}

// TestParseLongInput parses long paragraphs and lists. Joining lines as
// they came made this quadratic (minutes for the list item); it now takes
// milliseconds. BenchmarkParseLong gives the figure.
func TestParseLongInput(t *testing.T) {
	for name, tt := range map[string]struct {
		body  string
		check func(*Brief) bool
	}{
		"list item continued": {"- a\n" + strings.Repeat("b\n", 100000), func(b *Brief) bool { return len(b.Body[0].Items) == 1 && len(b.Body[0].Items[0]) == 200001 }},
		"long paragraph":      {strings.Repeat("word\n", 100000), func(b *Brief) bool { return len(b.Body) == 1 && len(b.Body[0].Text) == 499999 }},
		"quotation":           {strings.Repeat("> a\n", 100000), func(b *Brief) bool { return len(b.Body) == 1 && b.Body[0].Kind == Quote }},
		"many items":          {strings.Repeat("- a\n", 100000), func(b *Brief) bool { return len(b.Body) == 1 && len(b.Body[0].Items) == 100000 }},
	} {
		b, err := Parse("big.md", []byte(longFrontMatter+tt.body))
		if err != nil || !tt.check(b) {
			t.Errorf("%s: wrong result (err %v)", name, err)
		}
	}
}

const longFrontMatter = "---\nid: a\nseries: PISM Spotlight\ntitle: t\nauthors: [a]\ndate: 2020-01-01\nlang: en\n---\n"

// BenchmarkParseLong parses a 1 MB list item; target: well under 100 ms.
func BenchmarkParseLong(b *testing.B) {
	in := []byte(longFrontMatter + "- a\n" + strings.Repeat("word word\n", 100000))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse("big.md", in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSpotlight(b *testing.B) {
	in, err := bundled.ReadFile("library/pism-spotlight-74-2018.en.md")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Parse("spotlight.md", in)
	}
}
