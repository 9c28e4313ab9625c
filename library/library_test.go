package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/importer"
	"pismreader/search"
	"pismreader/speech"
)

const fixtures = "../importer/testdata"

// openWithIndex opens the bundled library, an empty store and an index,
// all in temporary folders.
func openWithIndex(t *testing.T) *Library {
	t.Helper()
	l, err := Open(&content.Store{Dir: filepath.Join(t.TempDir(), "briefs")})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.Open(context.Background(), t.TempDir(), l.Briefs, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	l.Index = ix
	return l
}

func find(t *testing.T, l *Library, q string) []string {
	t.Helper()
	res, err := l.Index.Search(context.Background(), search.Request{Query: q, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestImportIndexRemove(t *testing.T) {
	l := openWithIndex(t)
	n := l.Briefs.Len()
	res, err := l.Import(context.Background(), []string{filepath.Join(fixtures, "feed-3.rss")}, importer.Options{})
	if err != nil || len(res.Added) != 3 || res.IndexErr != nil {
		t.Fatalf("import: %+v, %v", res, err)
	}
	if l.Briefs.Len() != n+3 {
		t.Errorf("library has %d briefs, want %d", l.Briefs.Len(), n+3)
	}
	id := res.Added[0].ID
	if ids := find(t, l, "grid reserves"); len(ids) == 0 || ids[0] != id {
		t.Errorf("the index does not find the new brief first: %v", ids)
	}
	// Again: all three are duplicates, nothing is written.
	res, err = l.Import(context.Background(), []string{filepath.Join(fixtures, "feed-3.rss")}, importer.Options{})
	if err != nil || len(res.Added) != 0 || len(res.Duplicates) != 3 {
		t.Errorf("second import: %+v, %v", res, err)
	}
	if got := Summary(i18n.ForCode("ru"), res); got != "Ничего нового: все (3) уже есть в библиотеке." {
		t.Errorf("Russian summary %q", got)
	}

	if err := l.Remove("pism-spotlight-74-2018"); !errors.Is(err, ErrBundled) {
		t.Errorf("removing a bundled brief: %v", err)
	}
	if err := l.Remove("no-such-brief"); !errors.Is(err, ErrNoBrief) {
		t.Errorf("removing a missing brief: %v", err)
	}
	if err := l.Remove(id); err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Briefs.ByID(id); ok || l.Briefs.Len() != n+2 {
		t.Error("the removed brief is still in the library")
	}
	for _, got := range find(t, l, "grid reserves") {
		if got == id {
			t.Error("the index still finds the removed brief")
		}
	}
	if _, err := os.Stat(filepath.Join(l.Store.Dir, id+".md")); !os.IsNotExist(err) {
		t.Errorf("the removed brief's file: %v", err)
	}
}

func TestBadImportChangesNothing(t *testing.T) {
	l := openWithIndex(t)
	n := l.Briefs.Len()
	total := func() int {
		res, err := l.Index.Search(context.Background(), search.Request{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	docs := total()
	for _, name := range []string{"broken.rss", "empty-feed.rss", "missing.html"} {
		_, err := l.Import(context.Background(), []string{filepath.Join(fixtures, name)}, importer.Options{})
		var ie *importer.Error
		if !errors.As(err, &ie) {
			t.Errorf("%s: %v is not an import error", name, err)
		}
		if msg := Message(i18n.ForCode("en"), err); !strings.Contains(msg, name) {
			t.Errorf("%s: message %q does not name the file", name, msg)
		}
	}
	if l.Briefs.Len() != n || total() != docs {
		t.Errorf("library %d (was %d), index %d (was %d)", l.Briefs.Len(), n, total(), docs)
	}
	if entries, _ := os.ReadDir(l.Store.Dir); len(entries) != 0 {
		t.Errorf("%d files written", len(entries))
	}
}

// TestMessagesTranslated checks that every kind of error gets a message of
// its own in each language, naming the input.
func TestMessagesTranslated(t *testing.T) {
	kinds := []error{importer.ErrEmpty, importer.ErrBinary, importer.ErrTooLarge, importer.ErrEncoding,
		importer.ErrBadXML, importer.ErrBadHTML, importer.ErrNoItems, importer.ErrFrontMatter, importer.ErrUnreachable,
		importer.ErrHTTPStatus, importer.ErrScheme, importer.ErrTooManyRedirects, importer.ErrUnknownFormat, importer.ErrNotFound, importer.ErrUnreadable}
	speechErrs := []error{
		&speech.MissingError{Install: []string{"espeak-ng", "speech-dispatcher"}, GOOS: "linux"},
		&speech.MissingError{Name: "say", GOOS: "darwin"},
		&speech.MissingError{GOOS: "windows"},
		fmt.Errorf("x: %w", speech.ErrNoRecorder),
		fmt.Errorf("x: %w: %w", speech.ErrEngineFailed, speech.ErrNoAudio),
		fmt.Errorf("x: %w", speech.ErrEngineFailed),
	}
	for _, code := range []string{"en", "pl", "ru"} {
		l := i18n.ForCode(code)
		seen := map[string]bool{}
		for _, k := range kinds {
			msg := Message(l, &importer.Error{Name: "feed.xml", Kind: k})
			if !strings.HasPrefix(msg, "feed.xml: ") || seen[msg] {
				t.Errorf("%s %v: %q", code, k, msg)
			}
			seen[msg] = true
		}
		for _, err := range speechErrs {
			msg := SpeechMessage(l, err)
			if seen[msg] {
				t.Errorf("%s: %v shares its message %q", code, err, msg)
			}
			seen[msg] = true
			if en := SpeechMessage(i18n.ForCode("en"), err); code != "en" && msg[:10] == en[:10] {
				t.Errorf("%s: untranslated %q", code, msg)
			}
		}
	}
}

func TestAuthorsUnknownTranslated(t *testing.T) {
	b := &content.Brief{Authors: []string{importer.UnknownAuthor}}
	for code, want := range map[string]string{"en": "Unknown author", "pl": "Autor nieznany", "ru": "Автор неизвестен"} {
		if got := Authors(i18n.ForCode(code), b); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
	b.Authors = []string{"Artur Kacprzyk", "Jan Przykładowy"}
	if got := Authors(i18n.ForCode("ru"), b); got != "Artur Kacprzyk, Jan Przykładowy" {
		t.Errorf("names changed: %q", got)
	}
}
