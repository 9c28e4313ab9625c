package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"pismreader/search"
	"pismreader/settings"
)

// withIndex gives the window a search index built in a temporary folder,
// and makes the search's UI work run on the test's goroutine: drain runs
// what the search goroutines queued.
func withIndex(t *testing.T, m *mainWindow) (drain func()) {
	t.Helper()
	ix, err := search.Open(context.Background(), t.TempDir(), m.lib, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	queue := make(chan func(), 16)
	m.search.do = func(f func()) { queue <- f }
	m.indexReady(ix, m.lib)
	m.search.ready(ix, nil)
	return func() {
		t.Helper()
		select {
		case f := <-queue:
			f()
		case <-time.After(10 * time.Second):
			t.Fatal("no search result")
		}
	}
}

func TestSearchAsYouType(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	drain := withIndex(t, m)
	w.Canvas().(desktopShortcutCanvas).TypedShortcut(ctrl(fyne.KeyK))
	if w.Canvas().Focused() != m.search.entry {
		t.Fatalf("Ctrl+K focused %T", w.Canvas().Focused())
	}
	// A burst of keys runs one search, for the last text.
	test.Type(m.search.entry, "missil")
	drain()
	if !m.library.Hidden || m.search.results.Hidden {
		t.Error("results do not replace the library")
	}
	hits := m.search.results.hits
	if len(hits) == 0 || hits[0].ID != spotlightID {
		t.Fatalf("missil: %v", hits)
	}
	if got := m.search.count.Text; !strings.HasPrefix(got, "Found: ") || !strings.HasSuffix(got, " results") {
		t.Errorf("count %q", got)
	}
	// The fragment shows the hit highlighted.
	item := newResultItem()
	m.search.results.fill(item, hits[0])
	frag := item.(*fyne.Container).Objects[2].(*textBlock)
	if len(frag.marks) == 0 || !strings.HasPrefix(strings.ToLower(frag.text[frag.marks[0][0]:frag.marks[0][1]]), "missil") {
		t.Errorf("fragment %q marks %v", frag.text, frag.marks)
	}
	// Escape clears the search and brings the library back.
	m.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.library.Hidden || !m.search.results.Hidden {
		t.Error("Escape leaves the results")
	}
}

func TestSearchFilterAndOpen(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	drain := withIndex(t, m)
	m.search.entry.SetText("traktat")
	drain()
	m.search.lang.SetSelectedIndex(2) // Polish
	drain()
	hits := m.search.results.hits
	if len(hits) == 0 {
		t.Fatal("traktat: no hits")
	}
	for _, h := range hits {
		if h.Lang != "pl" {
			t.Errorf("Polish filter let through %s (%s)", h.ID, h.Lang)
		}
	}
	found := false
	for _, h := range hits {
		found = found || h.ID == spotlightID+"-pl"
	}
	if !found {
		t.Errorf("traktat does not find the Polish Spotlight: %v", hits)
	}
	if !strings.Contains(m.search.count.Text, "Found: ") {
		t.Errorf("count %q", m.search.count.Text)
	}
	// Enter in the field opens the first hit, scrolled to its first match,
	// every match highlighted.
	m.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	r := m.reader
	if r.brief == nil || r.brief.ID != hits[0].ID {
		t.Fatalf("Enter opened %v", r.brief)
	}
	if len(r.hits) < 2 || r.hit != 0 {
		t.Fatalf("hits %d, current %d", len(r.hits), r.hit)
	}
	for _, h := range r.hits {
		word := strings.ToLower(h.tb.text[h.tb.marks[h.mark][0]:h.tb.marks[h.mark][1]])
		if !strings.HasPrefix(word, "trakta") {
			t.Errorf("marked %q", word)
		}
	}
	c := w.Canvas().(desktopShortcutCanvas)
	c.TypedShortcut(ctrl(fyne.KeyG))
	if r.hit != 1 {
		t.Errorf("Ctrl+G: hit %d, want 1", r.hit)
	}
	m.otherKey(&fyne.KeyEvent{Name: fyne.KeyF3})
	if r.hit != 2%len(r.hits) {
		t.Errorf("F3: hit %d, want 2", r.hit)
	}
	c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if r.hit != 1 {
		t.Errorf("Ctrl+Shift+G: hit %d, want 1", r.hit)
	}
	// The current match is in view.
	h := r.hits[r.hit]
	top := r.blocks.scroll.Offset.Y
	y := r.blocks.tops[h.block]
	if y+h.tb.heightFor(r.blocks.width) < top || y > top+r.blocks.scroll.Size().Height {
		t.Errorf("current match at y %v, view %v..%v", y, top, top+r.blocks.scroll.Size().Height)
	}
}

func TestFindInBrief(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID + "-ru")
	m.open(spot, false)
	w.Canvas().(desktopShortcutCanvas).TypedShortcut(ctrl(fyne.KeyF))
	f := m.reader.find
	if !f.root.Visible() || w.Canvas().Focused() != f.entry {
		t.Fatal("Ctrl+F does not open the find bar")
	}
	test.Type(f.entry, "договор")
	n := len(m.reader.hits)
	if n < 3 {
		t.Fatalf("договор: %d matches", n)
	}
	want := "1 of "
	if !strings.HasPrefix(f.count.Text, want) {
		t.Errorf("count %q", f.count.Text)
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !strings.HasPrefix(f.count.Text, "2 of ") {
		t.Errorf("after Enter: %q", f.count.Text)
	}
	// Every match is a form of the word, found through its stem, with
	// the right byte range around Cyrillic letters.
	for _, h := range m.reader.hits {
		mk := h.tb.marks[h.mark]
		if w := strings.ToLower(h.tb.text[mk[0]:mk[1]]); !strings.HasPrefix(w, "договор") {
			t.Errorf("marked %q", w)
		}
	}
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.root.Visible() || len(m.reader.hits) != 0 || w.Canvas().Focused() != m.reader.blocks {
		t.Error("Escape does not close the find bar")
	}
	m.reader.textBlocks(func(_ int, tb *textBlock) {
		if len(tb.marks) > 0 {
			t.Errorf("marks left in %q", tb.text)
		}
	})
}

// TestGoldenSearchHits shows highlighted matches in yellow on black,
// where hits are drawn black on yellow and the current one framed.
func TestGoldenSearchHits(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(800, 600))
	s := settings.Defaults()
	s.Theme = settings.YellowOnBlack
	m.applySettings(s)
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	m.reader.openFind()
	test.Type(m.reader.find.entry, "missile")
	test.AssertImageMatches(t, "search-hits-yellow-on-black.png", w.Canvas().Capture())
}
