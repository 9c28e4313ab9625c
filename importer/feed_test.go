package importer

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

func TestRSSFeed(t *testing.T) {
	briefs, err := File("testdata/feed-3.rss", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	if len(briefs) != 3 {
		t.Fatalf("%d briefs, want 3", len(briefs))
	}
	for _, b := range briefs {
		checkBrief(t, b)
		if b.Series != content.SeriesOther || b.Lang != content.English {
			t.Errorf("%s: series, lang = %q %q", b.ID, b.Series, b.Lang)
		}
	}
	first := briefs[0]
	want := []content.Block{
		{Kind: content.Paragraph, Text: "The full text of the first item starts here and is long enough to be an article."},
		{Kind: content.Heading, Level: 2, Text: "A heading inside the item"},
		{Kind: content.Paragraph, Text: "Its second paragraph follows the heading."},
		{Kind: content.List, Items: []string{"one point", "another point"}},
	}
	if !reflect.DeepEqual(first.Body, want) {
		t.Errorf("content:encoded body = %+v", first.Body)
	}
	if first.ID != "first-item-grid-reserves" || first.Source != "https://example.org/analysis/grid-reserves" ||
		!reflect.DeepEqual(first.Authors, []string{"Anna Testowa"}) || !reflect.DeepEqual(first.Tags, []string{"energy"}) ||
		!first.Date.Equal(time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first item = %+v", first)
	}
	second := briefs[1]
	want = []content.Block{
		{Kind: content.Paragraph, Text: "Only a summary, with markup."},
		{Kind: content.Paragraph, Text: "https://example.org/analysis/ports"},
	}
	if !reflect.DeepEqual(second.Body, want) || second.Authors[0] != "Example Analysis Feed" {
		t.Errorf("second item = %+v", second)
	}
	if third := briefs[2]; !third.Date.Equal(time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("third item takes the feed's date, got %v", third.Date)
	}
	if strings.Contains(allText(first), "alert") {
		t.Error("script text in the brief")
	}
}

func TestAtomFeed(t *testing.T) {
	briefs, err := File("testdata/feed.atom", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	if len(briefs) != 2 {
		t.Fatalf("%d briefs, want 2", len(briefs))
	}
	a, b := briefs[0], briefs[1]
	checkBrief(t, a)
	checkBrief(t, b)
	if a.ID != "lacznosc-energetyczna-w-regionie" || a.Lang != content.Polish || a.Authors[0] != "Jan Przykładowy" ||
		!a.Date.Equal(time.Date(2019, 4, 30, 0, 0, 0, 0, time.UTC)) || len(a.Headings()) != 1 {
		t.Errorf("first entry = %+v", a)
	}
	if b.Authors[0] != "Redakcja Przykładowa" || b.Source != "https://example.org/pl/drugi" || len(b.Body) != 2 {
		t.Errorf("second entry = %+v", b)
	}
}

func TestBadFeeds(t *testing.T) {
	tests := []struct {
		file string
		kind error
	}{
		{"empty-feed.rss", ErrNoItems},
		{"broken.rss", ErrBadXML},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			briefs, err := File("testdata/"+tt.file, testOpt)
			if briefs != nil {
				t.Error("briefs returned with an error")
			}
			e := wantKind(t, err, tt.kind)
			if tt.kind == ErrBadXML && e.Line == 0 {
				t.Errorf("no line in %v", err)
			}
		})
	}
}

func TestFeedCases(t *testing.T) {
	tests := []struct {
		name, feed string
		check      func([]*content.Brief) bool
	}{
		{"spotlight feed numbers", `<rss version="2.0"><channel><title>PISM Spotlight</title><item><title>PISM Spotlight no. 3/2020: A</title><description>Text.</description></item></channel></rss>`,
			func(bs []*content.Brief) bool {
				return bs[0].Series == content.SeriesSpotlight && bs[0].ID == "pism-spotlight-3-2020"
			}},
		{"item without title", `<rss version="2.0"><channel><title>F</title><item><description>Words of an item without a title.</description></item></channel></rss>`,
			func(bs []*content.Brief) bool { return bs[0].Title == "Words of an item without a title." }},
		{"empty item skipped", `<rss version="2.0"><channel><title>F</title><item></item><item><title>B</title></item></channel></rss>`,
			func(bs []*content.Brief) bool { return len(bs) == 1 && bs[0].Body[0].Text == "B" }},
		{"russian language", `<rss version="2.0"><channel><title>Лента</title><language>ru</language><item><title>Заголовок</title></item></channel></rss>`,
			func(bs []*content.Brief) bool {
				return bs[0].Lang == content.Russian && bs[0].Authors[0] == "Лента"
			}},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item><title>One</title><link>https://example.org/1</link></item></rdf:RDF>`,
			func(bs []*content.Brief) bool { return len(bs) == 1 && bs[0].Source == "https://example.org/1" }},
		{"windows-1250", "<?xml version=\"1.0\" encoding=\"windows-1250\"?><rss version=\"2.0\"><channel><title>F</title><item><title>Za\xbf\xf3\xb3\xe6</title></item></channel></rss>",
			func(bs []*content.Brief) bool { return bs[0].Title == "Zażółć" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			briefs, err := Bytes("feed.xml", []byte(tt.feed), testOpt)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range briefs {
				checkBrief(t, b)
			}
			if !tt.check(briefs) {
				t.Errorf("unexpected briefs %+v", briefs[0])
			}
		})
	}
}
