package content

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestMarshalRoundTrip(t *testing.T) {
	lib, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	tricky := &Brief{
		ID: "tricky", Series: SeriesOther, Title: "# not a heading: \"quoted\"", Authors: []string{"A: B", "- C"},
		Lang: Polish, Source: "https://example.org/a?b=1", Lead: "> lead",
		Body: []Block{
			{Kind: Paragraph, Text: "# looks like a heading"},
			{Kind: Paragraph, Text: "- looks like an item"},
			{Kind: Paragraph, Text: "12. looks numbered"},
			{Kind: Paragraph, Text: "> looks quoted"},
			{Kind: Paragraph, Text: `\ starts with a backslash`},
			{Kind: Paragraph, Text: "---"},
			{Kind: Heading, Level: 3, Text: "Real heading"},
			{Kind: List, Items: []string{"one", "# two"}, Ordered: true},
			{Kind: List, Items: []string{"a", "b"}},
			{Kind: Quote, Text: "quoted text"},
		},
	}
	tricky.Date = lib.All()[0].Date
	for _, b := range append(lib.All(), tricky) {
		data, err := Marshal(b)
		if err != nil {
			t.Fatalf("%s: %v", b.ID, err)
		}
		got, err := Parse(b.ID+".md", data)
		if err != nil {
			t.Fatalf("%s: %v\n%s", b.ID, err, data)
		}
		if !sameBrief(got, b) {
			t.Errorf("%s: round trip differs\n got %+v\nwant %+v\n%s", b.ID, got, b, data)
		}
	}
}

// sameBrief compares briefs apart from where they were read.
func sameBrief(a, b *Brief) bool {
	x, y := *a, *b
	x.File, y.File, x.Imported, y.Imported = "", "", false, false
	x.Body, y.Body = stripLines(x.Body), stripLines(y.Body)
	return reflect.DeepEqual(x, y)
}

func stripLines(bs []Block) []Block {
	out := make([]Block, len(bs))
	for i, b := range bs {
		b.Line = 0
		out[i] = b
	}
	return out
}

func newBrief(id, text, source string) *Brief {
	return &Brief{ID: id, Series: SeriesOther, Title: "Title " + id, Authors: []string{"example.org"},
		Date: time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), Lang: English, Source: source, Body: []Block{{Kind: Paragraph, Text: text}}}
}

func TestStoreAddRemove(t *testing.T) {
	lib, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{Dir: filepath.Join(t.TempDir(), "briefs")}
	spot, _ := lib.ByID("pism-spotlight-74-2018")

	// The Spotlight again, laid out differently and with another ID, is a
	// duplicate by its text.
	again := *spot
	again.ID = "copy"
	again.Lead = ""
	again.Body = append([]Block{{Kind: Paragraph, Text: strings.ToUpper(spot.Lead) + "  "}}, spot.Body...)
	a := newBrief("pism-spotlight-74-2018", "A new text.", "https://example.org/news/one")
	b := newBrief("b", "Another text.", "https://example.org/news/two")
	sameSource := newBrief("c", "Changed text.", "https://www.example.org/news/two/")
	sameText := newBrief("d", "another TEXT", "")

	r, err := s.Add(lib, []*Brief{&again, a, b, sameSource, sameText})
	if err != nil {
		t.Fatal(err)
	}
	added, dups := r.Added, r.Duplicates
	var ids []string
	for _, x := range added {
		ids = append(ids, x.ID)
	}
	if want := []string{"pism-spotlight-74-2018-2", "b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("added %v, want %v", ids, want)
	}
	wantDup := map[string]string{"copy": "pism-spotlight-74-2018", "c": "b", "d": "b"}
	if len(dups) != len(wantDup) {
		t.Errorf("duplicates %d, want %d", len(dups), len(wantDup))
	}
	for _, d := range dups {
		if wantDup[d.New.ID] != d.Existing.ID {
			t.Errorf("%s reported as a duplicate of %s, want %s", d.New.ID, d.Existing.ID, wantDup[d.New.ID])
		}
	}

	all, err := Open(s)
	if err != nil {
		t.Fatal(err)
	}
	if all.Len() != lib.Len()+2 {
		t.Fatalf("library has %d briefs, want %d", all.Len(), lib.Len()+2)
	}
	if got, _ := all.ByID("b"); got == nil || !got.Imported {
		t.Errorf("imported brief not marked imported: %+v", got)
	}
	if got, _ := all.ByID(spot.ID); got.Imported {
		t.Error("bundled brief marked imported")
	}

	// Importing the same again adds nothing.
	r, err = s.Add(all, []*Brief{a, b})
	added, dups = r.Added, r.Duplicates
	if err != nil || len(added) != 0 || len(dups) != 2 {
		t.Errorf("second import: added %d, duplicates %d, err %v", len(added), len(dups), err)
	}

	if err := s.Remove(spot.ID); !errors.Is(err, ErrNotImported) {
		t.Errorf("removing a bundled brief: %v, want ErrNotImported", err)
	}
	if err := s.Remove("../b"); !errors.Is(err, ErrNotImported) {
		t.Errorf("removing a path: %v", err)
	}
	if err := s.Remove("b"); err != nil {
		t.Fatal(err)
	}
	if all, _ = Open(s); all.Len() != lib.Len()+1 {
		t.Errorf("after remove: %d briefs", all.Len())
	}
}

func TestStoreAddAllOrNothing(t *testing.T) {
	lib, _ := Bundled()
	s := &Store{Dir: filepath.Join(t.TempDir(), "briefs")}
	orphan := newBrief("orphan", "Text.", "")
	orphan.TranslationOf, orphan.Translation, orphan.Translator = "missing", "Translation", "Someone"
	if _, err := s.Add(lib, []*Brief{newBrief("fine", "Fine text.", ""), orphan}); !errors.Is(err, ErrNoOriginal) {
		t.Fatalf("err %v, want ErrNoOriginal", err)
	}
	if entries, _ := os.ReadDir(s.Dir); len(entries) != 0 {
		t.Errorf("a failed import left %d files", len(entries))
	}

	// A file that cannot be read keeps its name.
	os.MkdirAll(s.Dir, 0o700)
	os.WriteFile(filepath.Join(s.Dir, "fine.md"), []byte("broken"), 0o600)
	r, err := s.Add(lib, []*Brief{newBrief("fine", "Fine text.", "")})
	added := r.Added
	if err != nil || len(added) != 1 || added[0].ID != "fine-2" {
		t.Fatalf("added %v, err %v", added, err)
	}
	if data, _ := os.ReadFile(filepath.Join(s.Dir, "fine.md")); string(data) != "broken" {
		t.Error("an unreadable file was overwritten")
	}
	if _, err := Open(s); err == nil {
		t.Error("the broken file is not reported")
	}
}

func TestUniqueID(t *testing.T) {
	long := strings.Repeat("a", 80)
	ids := map[string]bool{"x": true, "x-2": true, long: true}
	for in, want := range map[string]string{"y": "y", "x": "x-3", long: strings.Repeat("a", 78) + "-2"} {
		if got := uniqueID(in, ids); got != want {
			t.Errorf("uniqueID(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzMarshal(f *testing.F) {
	f.Add("Title", "Lead", "# para", "item")
	f.Add("Tytuł: ł", "", "\\x", "- y")
	f.Fuzz(func(t *testing.T, title, lead, para, item string) {
		b := newBrief("fuzz", para, "")
		b.Title, b.Lead = title, lead
		b.Body = append(b.Body, Block{Kind: List, Items: []string{item}})
		data, err := Marshal(b)
		if err != nil {
			return
		}
		got, err := Parse("fuzz.md", data)
		if err != nil {
			return // invalid input fields (an empty title, bad UTF-8) are Parse's to refuse
		}
		if got.Title != normalizeSpace(title) && got.Title != strings.TrimSpace(title) {
			t.Errorf("title %q became %q", title, got.Title)
		}
	})
}
