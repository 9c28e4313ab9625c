package importer

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

// furniture is text of the saved pages that must not reach a brief.
var furniture = []string{
	"visually impaired", "Mobile version", "e-Bookstore", "RSS", "Follow us", "Watch us", "Polish version",
	"Российская", "font lower", "font default", "font bigger", "cookies", "Polityce", "Akceptuję", "zamknij",
	"Share", "Tweet", "Print", "Search", "Related publications", "All rights reserved", "Warecka",
	"dataLayer", "gtag", "font-family", "About PISM", "Events", "analytics", "script text", "Type to search",
	"Copyright", "fixture-tracker",
}

func TestSpotlightPageMatchesBundled(t *testing.T) {
	briefs, err := File("testdata/pism-spotlight-74-2018.html", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	if len(briefs) != 1 {
		t.Fatalf("%d briefs, want 1", len(briefs))
	}
	b := briefs[0]
	checkBrief(t, b)
	lib, err := content.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	want, ok := lib.ByID("pism-spotlight-74-2018")
	if !ok {
		t.Fatal("bundled brief pism-spotlight-74-2018 missing")
	}
	if b.Lead != want.Lead {
		t.Errorf("lead = %q\nwant %q", b.Lead, want.Lead)
	}
	if len(b.Body) != len(want.Body) {
		t.Fatalf("%d body blocks, want %d: %+v", len(b.Body), len(want.Body), b.Body)
	}
	for i := range want.Body {
		g, w := b.Body[i], want.Body[i]
		if g.Kind != w.Kind || g.Level != w.Level || g.Text != w.Text {
			t.Errorf("block %d = %d/%d %q\nwant %d/%d %q", i, g.Kind, g.Level, g.Text, w.Kind, w.Level, w.Text)
		}
	}
	// The store recognises a duplicate of a bundled brief by this key.
	if got, _ := content.TextKey(b); got != must(content.TextKey(want)) {
		t.Error("TextKey differs from the bundled brief's")
	}
	if b.ID != want.ID || b.Title != want.Title || b.Series != content.SeriesSpotlight || b.Number != "74/2018" {
		t.Errorf("id, title, series, number = %q %q %q %q", b.ID, b.Title, b.Series, b.Number)
	}
	if !b.Date.Equal(time.Date(2018, 10, 23, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("date = %v", b.Date)
	}
	if !reflect.DeepEqual(b.Authors, []string{"Artur Kacprzyk"}) {
		t.Errorf("authors = %q", b.Authors)
	}
	if !reflect.DeepEqual(b.SeriesPath, want.SeriesPath) || b.Lang != content.English {
		t.Errorf("series path, lang = %q %q", b.SeriesPath, b.Lang)
	}
	if !strings.HasPrefix(b.Source, "https://pism.pl/publications/") {
		t.Errorf("source = %q", b.Source)
	}
	text := allText(b)
	for _, f := range furniture {
		if strings.Contains(text, f) {
			t.Errorf("furniture %q in the brief", f)
		}
	}
}

func TestOtherPage(t *testing.T) {
	briefs, err := File("testdata/pism-other-page.html", testOpt)
	if err != nil {
		t.Fatal(err)
	}
	b := briefs[0]
	checkBrief(t, b)
	if b.Title != "Test Fixture: Baltic Energy Links" || b.ID != "pism-bulletin-12-2019" || b.Number != "12/2019" || b.Series != content.SeriesBulletin {
		t.Errorf("title, id, number, series = %q %q %q %q", b.Title, b.ID, b.Number, b.Series)
	}
	if !b.Date.Equal(time.Date(2019, 2, 3, 0, 0, 0, 0, time.UTC)) || !reflect.DeepEqual(b.Authors, []string{"Jan Przykładowy"}) {
		t.Errorf("date, authors = %v %q", b.Date, b.Authors)
	}
	var heads []string
	for _, i := range b.Headings() {
		heads = append(heads, b.Body[i].Text)
	}
	if want := []string{"Why links matter", "What is planned", "Risks to the plan", "Conclusions"}; !reflect.DeepEqual(heads, want) {
		t.Errorf("headings = %q, want %q", heads, want)
	}
	if !strings.HasPrefix(b.Lead, "This paragraph is invented") {
		t.Errorf("lead = %q", b.Lead)
	}
	kinds := map[content.BlockKind]int{}
	for _, bl := range b.Body {
		kinds[bl.Kind]++
	}
	if kinds[content.List] != 1 || kinds[content.Quote] != 1 {
		t.Errorf("block kinds = %v, want a list and a quotation", kinds)
	}
	text := allText(b)
	for _, f := range append(furniture, "cookies", "Accept", "Go") {
		if strings.Contains(text, f) {
			t.Errorf("furniture %q in the brief", f)
		}
	}
}

func TestPageLanguage(t *testing.T) {
	tests := []struct {
		file   string
		lang   content.Lang
		author string
	}{
		{"polish.html", content.Polish, "Jan Przykładowy"},
		{"russian.html", content.Russian, "Иван Примеров"},
		{"pism-spotlight-74-2018.html", content.English, "Artur Kacprzyk"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			briefs, err := File("testdata/"+tt.file, testOpt)
			if err != nil {
				t.Fatal(err)
			}
			b := briefs[0]
			checkBrief(t, b)
			if b.Lang != tt.lang || b.Authors[0] != tt.author {
				t.Errorf("lang, author = %q %q, want %q %q", b.Lang, b.Authors[0], tt.lang, tt.author)
			}
		})
	}
}

func TestPageMetadata(t *testing.T) {
	const body = `<p>` + longText + `</p>`
	tests := []struct {
		name, html string
		check      func(*content.Brief) bool
	}{
		{"og title and site suffix", `<html><head><title>A Page | PISM</title></head><body><article>` + body + `</article></body></html>`,
			func(b *content.Brief) bool { return b.Title == "A Page" }},
		{"published time", `<html><head><title>T</title><meta property="article:published_time" content="2021-03-04T10:00:00+01:00"></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Date.Format(time.DateOnly) == "2021-03-04" }},
		{"time element", `<html><head><title>T</title></head><body><time datetime="2020-07-08">8 July</time>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Date.Format(time.DateOnly) == "2020-07-08" }},
		{"polish date", `<html><head><title>T</title></head><body><p>23 października 2018</p>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Date.Format(time.DateOnly) == "2018-10-23" }},
		{"russian date and number", `<html><head><title>T</title></head><body><p>23 октября 2018 № 5/2018</p>` + body + `</body></html>`,
			func(b *content.Brief) bool {
				return b.Date.Format(time.DateOnly) == "2018-10-23" && b.Number == "5/2018"
			}},
		{"no date", `<html><head><title>T</title></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Date.Equal(time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)) }},
		{"site name as author", `<html><head><title>T</title><meta property="og:site_name" content="Example Site"></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Authors[0] == "Example Site" }},
		{"meta authors", `<html><head><title>T</title><meta name="author" content="Anna Nowak, Jan Kowalski"></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool {
				return reflect.DeepEqual(b.Authors, []string{"Anna Nowak", "Jan Kowalski"})
			}},
		{"rel author", `<html><head><title>T</title></head><body><a rel="author" href="/a">Ewa Test</a>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Authors[0] == "Ewa Test" }},
		{"no author", `<html><head><title>T</title></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Authors[0] == UnknownAuthor }},
		{"polish breadcrumb", `<html lang="pl"><head><title>T</title></head><body><div class="breadcrumb"><a>Strona główna</a> › <a>Biuletyn PISM</a> › <span>T</span></div>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Series == content.SeriesBulletin && b.Lang == content.Polish }},
		{"unknown breadcrumb", `<html><head><title>T</title></head><body><ul class="breadcrumbs"><li>Home</li><li>Blog</li><li>T</li></ul>` + body + `</body></html>`,
			func(b *content.Brief) bool {
				return b.Series == content.SeriesOther && reflect.DeepEqual(b.SeriesPath, []string{"Home", "Blog"})
			}},
		{"title prefix names series", `<html><head><title>PISM Strategic File: Things</title></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Series == content.SeriesStrategic && b.Title == "Things" }},
		{"javascript canonical dropped", `<html><head><title>T</title><link rel="canonical" href="javascript:alert(1)"></head><body>` + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Source == "" }},
		{"windows-1250 page", "<html><head><meta charset=\"windows-1250\"><title>Za\xbf\xf3\xb3\xe6</title></head><body>" + body + `</body></html>`,
			func(b *content.Brief) bool { return b.Title == "Zażółć" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			briefs, err := Bytes("page.html", []byte(tt.html), testOpt)
			if err != nil {
				t.Fatal(err)
			}
			checkBrief(t, briefs[0])
			if !tt.check(briefs[0]) {
				t.Errorf("unexpected brief %+v", briefs[0])
			}
		})
	}
}

const longText = "This is a sentence of an article that is long enough to be read as one, and it goes on for a while. " +
	"A second sentence makes sure that the paragraph has the length of real text."

func must(key [32]byte, ok bool) [32]byte {
	if !ok {
		panic("no text")
	}
	return key
}
