package content

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// seedParagraphs returns the article paragraphs of the page as published:
// what stands between the publication number and the cookie banner.
func seedParagraphs(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/pism-spotlight-74-2018.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	s = s[strings.Index(s, "no. 74/2018")+len("no. 74/2018"):]
	s = s[:strings.Index(s, "Portal PISM wykorzystuje")]
	var ps []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

func TestBundledLibrary(t *testing.T) {
	lib, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if lib.Len() < 15 {
		t.Errorf("%d briefs, want at least 15", lib.Len())
	}
	langs := map[Lang]int{}
	companions := map[Lang]int{}
	for _, b := range lib.All() {
		langs[b.Lang]++
		if b.Series == SeriesCompanion {
			companions[b.Lang]++
			for _, a := range b.Authors {
				if a == "Artur Kacprzyk" {
					t.Errorf("%s: a companion note is credited to a PISM author", b.ID)
				}
			}
		}
		if b.IsTranslation() && (b.Translation == "" || b.Translator == "") {
			t.Errorf("%s: a translation without its label", b.ID)
		}
	}
	for _, l := range Langs {
		if companions[l] < 4 {
			t.Errorf("%d companion notes in %s, want at least 4", companions[l], l)
		}
	}

	spot, ok := lib.ByID("pism-spotlight-74-2018")
	if !ok {
		t.Fatal("the Spotlight is missing")
	}
	if spot.Number != "74/2018" || spot.Date.Format("2006-01-02") != "2018-10-23" ||
		len(spot.Authors) != 1 || spot.Authors[0] != "Artur Kacprzyk" || spot.Series != SeriesSpotlight {
		t.Errorf("Spotlight metadata: %q %v %v %q", spot.Number, spot.Date, spot.Authors, spot.Series)
	}
	if strings.Join(spot.SeriesPath, " > ") != "Home > Publications > PISM Spotlights" {
		t.Errorf("series path = %v", spot.SeriesPath)
	}
	vs := lib.Versions(spot)
	if len(vs) != 3 {
		t.Fatalf("the Spotlight has %d versions, want en, pl, ru", len(vs))
	}
	for i, v := range vs {
		if v.Lang != Langs[i] {
			t.Errorf("version %d is %s, want %s", i, v.Lang, Langs[i])
		}
		if hs := v.Headings(); len(hs) != 5 {
			t.Errorf("%s: %d headings, want the five questions", v.ID, len(hs))
		}
		if v.Number != spot.Number || !v.Date.Equal(spot.Date) || strings.Join(v.Authors, ",") != "Artur Kacprzyk" {
			t.Errorf("%s: metadata differs from the original", v.ID)
		}
		if v.Lang != English && v.TranslationOf != spot.ID {
			t.Errorf("%s: not linked to the original", v.ID)
		}
		if got := lib.InLang(spot, v.Lang); got != v {
			t.Errorf("InLang(%s) = %s", v.Lang, got.ID)
		}
	}
}

// TestSpotlightVerbatim checks that the bundled Spotlight has every
// paragraph of the published page, in order, word for word.
func TestSpotlightVerbatim(t *testing.T) {
	lib, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	spot, _ := lib.ByID("pism-spotlight-74-2018")
	got := []string{spot.Lead}
	for _, b := range spot.Body {
		got = append(got, b.Words())
	}
	want := seedParagraphs(t)
	if len(got) != len(want) {
		t.Fatalf("%d paragraphs and headings, the page has %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d differs:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
	for _, h := range spot.Headings() {
		if !strings.HasSuffix(spot.Body[h].Text, "?") {
			t.Errorf("heading %q is not one of the questions", spot.Body[h].Text)
		}
	}
}

func TestLoadFSCrossChecks(t *testing.T) {
	brief := func(id, extra string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\nseries: PISM Spotlight\ntitle: T\nauthors: [A]\ndate: 2020-01-01\nlang: en\n" + extra + "---\ntext\n")}
	}
	fsys := fstest.MapFS{
		"lib/a.md":     brief("a", ""),
		"lib/b.md":     brief("a", ""),
		"lib/c.md":     brief("c", "translation_of: missing\ntranslation: T\ntranslator: X\n"),
		"lib/note.txt": &fstest.MapFile{Data: []byte("ignored")},
	}
	lib, err := LoadFS(fsys, "lib")
	if !errors.Is(err, ErrDuplicateID) || !errors.Is(err, ErrNoOriginal) {
		t.Errorf("err = %v, want a duplicate id and a missing original", err)
	}
	if lib.Len() != 2 {
		t.Errorf("%d briefs loaded, want the 2 distinct ones", lib.Len())
	}
	if !strings.Contains(err.Error(), "lib/b.md") {
		t.Errorf("err %q does not name the file", err)
	}
}
