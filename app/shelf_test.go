package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"

	"pismreader/export"
	"pismreader/importer"
)

const fixtures = "../importer/testdata"

// libraryTitles are the titles of the library pane's rows.
func libraryTitles(m *mainWindow) []string {
	var ts []string
	for _, r := range m.library.rows {
		if r.brief != nil {
			ts = append(ts, r.brief.Title)
		}
	}
	return ts
}

func TestDropFeedImportsOnceAndRemove(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	done := make(chan func(), 4)
	m.later = func(f func()) { done <- f }
	before := len(libraryTitles(m))

	// A feed dropped on the window: its three items join the library
	// and the first opens.
	feed := storage.NewFileURI(mustAbs(t, filepath.Join(fixtures, "feed-3.rss")))
	m.dropped(fyne.NewPos(10, 10), []fyne.URI{feed})
	(<-done)()
	if got := len(libraryTitles(m)); got != before+3 {
		t.Fatalf("library has %d briefs after the import, want %d", got, before+3)
	}
	if b := m.reader.brief; b == nil || !b.Imported || b.Title != "First Item: Grid Reserves" {
		t.Errorf("reader shows %+v, want the first imported item", m.reader.brief)
	}
	if got := dialogText(w); !strings.Contains(got, "Imported 3 briefs.") {
		t.Errorf("message %q", got)
	}
	// Search sees the new briefs' filters: "Other publications" is a series.
	if !strings.Contains(strings.Join(m.search.series.Options, "|"), "Other publications") {
		t.Errorf("series filter %v lacks the imported series", m.search.series.Options)
	}

	// Dropped again: nothing new, and it says so.
	m.dropped(fyne.NewPos(10, 10), []fyne.URI{feed})
	(<-done)()
	if got := len(libraryTitles(m)); got != before+3 {
		t.Errorf("a second drop changed the library: %d", got)
	}
	if got := dialogText(w); !strings.Contains(got, "Nothing new: the library already has all 3.") {
		t.Errorf("second message %q", got)
	}

	// A broken file changes nothing and names the file.
	m.importArgs([]string{filepath.Join(fixtures, "broken.rss")})
	(<-done)()
	if got := dialogText(w); !strings.Contains(got, "broken.rss: the feed is not well-formed XML.") || !strings.Contains(got, "Nothing was imported.") {
		t.Errorf("broken feed message %q", got)
	}

	// The imported brief can be removed; a bundled one cannot.
	imported := m.reader.brief
	m.remove(imported)
	if m.reader.brief != nil || len(libraryTitles(m)) != before+2 {
		t.Errorf("after remove: reader %v, %d briefs", m.reader.brief, len(libraryTitles(m)))
	}
	if _, ok := m.lib.ByID(imported.ID); ok {
		t.Error("the removed brief is still in the library")
	}
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	m.removeBrief()
	if got := dialogText(w); !strings.Contains(got, "Briefs that come with the app cannot be removed.") {
		t.Errorf("removing a bundled brief: %q", got)
	}
	if _, ok := m.lib.ByID(spotlightID); !ok {
		t.Error("the Spotlight was removed")
	}
}

func TestImportedBriefIsSearchable(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1280, 800))
	drain := withIndex(t, m)
	briefs, err := importer.File(filepath.Join(fixtures, "pism-other-page.html"), importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m.addBriefs(briefs)
	m.search.entry.SetText("baltic energy")
	drain()
	hits := m.search.results.hits
	if len(hits) == 0 || hits[0].ID != "pism-bulletin-12-2019" {
		t.Fatalf("search after the import: %v", hits)
	}
	m.remove(m.reader.brief) // which runs the search again
	drain()
	for _, h := range m.search.results.hits {
		if h.ID == "pism-bulletin-12-2019" {
			t.Error("the removed brief is still found")
		}
	}
}

func TestCopyCitation(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	w.Canvas().(desktopShortcutCanvas).TypedShortcut(ctrlShift(fyne.KeyC))
	got := m.app.Clipboard().Content()
	if got != export.Citation(spot) || !strings.Contains(got, "Kacprzyk, A.") || !strings.Contains(got, "no. 74/2018") {
		t.Errorf("clipboard %q", got)
	}
}

func TestSafeLink(t *testing.T) {
	for link, ok := range map[string]bool{
		"https://pism.pl/publications":  true,
		"http://example.org/a?b=c#d":    true,
		"mailto:pism@pism.pl":           true,
		"HTTPS://PISM.PL":               true,
		"javascript:alert(1)":           false,
		"file:///etc/passwd":            false,
		"data:text/html,<b>x</b>":       false,
		"ftp://example.org/x":           false,
		"http:///no-host":               false,
		"mailto:":                       false,
		"/relative/path":                false,
		"smb://server/share":            false,
		"vbscript:msgbox":               false,
		"x-scheme-handler://run?cmd=ls": false,
	} {
		_, err := safeLink(link)
		if (err == nil) != ok {
			t.Errorf("safeLink(%q) = %v, want allowed %v", link, err, ok)
		}
		if err != nil && !errors.Is(err, errScheme) {
			t.Errorf("safeLink(%q): %v is not errScheme", link, err)
		}
	}
}

func TestRefusedLinkSaysWhy(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	if err := m.openLink("file:///etc/passwd"); err == nil {
		t.Fatal("a file link was opened")
	}
	if got := dialogText(w); !strings.Contains(got, "This link is not opened: file:///etc/passwd.") {
		t.Errorf("message %q", got)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func ctrlShift(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}
