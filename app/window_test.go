package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
	"pismreader/settings"
	"pismreader/state"
)

const spotlightID = "pism-spotlight-74-2018"

// newTestWindow opens the main window on Fyne's test driver, which renders
// in software, with the state kept in a temporary folder.
func newTestWindow(t testing.TB, size fyne.Size) (*mainWindow, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	lib, err := content.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	w := a.NewWindow("test")
	store := &state.Store{Path: filepath.Join(t.TempDir(), "state.json")}
	shelf := &library.Library{Briefs: lib, Store: &content.Store{Dir: filepath.Join(t.TempDir(), "briefs")}}
	m := newMainWindow(a, w, shelf, i18n.ForCode("en"), store, nil, settings.Defaults())
	// The delayed save would run on its timer's goroutine under the test
	// driver; tests save explicitly.
	m.later = func(func()) {}
	w.Resize(size)
	t.Cleanup(w.Close)
	return m, w
}

// BenchmarkOpenSpotlight opens the Spotlight in a 1024×768 window: builds
// its blocks, shapes and wraps them and lays out what is in view. Target
// on the 2-core development machine: ≤ 20 ms.
func BenchmarkOpenSpotlight(b *testing.B) {
	m, _ := newTestWindow(b, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	for b.Loop() {
		m.open(spot, false)
	}
}

// BenchmarkOpenSpotlightFrame adds drawing the frame with Fyne's software
// painter, the test stand-in for the GL one. Target: ≤ 150 ms.
func BenchmarkOpenSpotlightFrame(b *testing.B) {
	m, w := newTestWindow(b, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	c := w.Canvas().(test.WindowlessCanvas)
	for b.Loop() {
		m.open(spot, false)
		c.Capture()
	}
}

// BenchmarkWrapSpotlight re-wraps every block of the open Spotlight at a
// new width, as a window resize does. Target: ≤ 2 ms.
func BenchmarkWrapSpotlight(b *testing.B) {
	m, _ := newTestWindow(b, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	v := m.reader.blocks
	widths := []float32{500, 600}
	i := 0
	for b.Loop() {
		v.measure(widths[i%2])
		i++
	}
}

// visibleTexts returns the text of every textBlock line and label drawn in
// the window, in tree order.
func visibleTexts(w fyne.Window) string {
	var sb strings.Builder
	walkDrawn(w.Content(), func(o fyne.CanvasObject) {
		if x, ok := o.(*canvas.Text); ok {
			sb.WriteString(x.Text + "\n")
		}
	})
	return strings.Join(strings.Fields(sb.String()), " ") // wrapped lines joined again
}

// walkDrawn calls fn with o and everything visible inside it, in the
// order Fyne draws them.
func walkDrawn(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if !o.Visible() {
		return
	}
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkDrawn(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkDrawn(c, fn)
		}
	}
}

func TestOpenShowsTitleAndHeadings(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	texts := visibleTexts(w)
	for _, want := range []string{"U.S. to Withdraw from the INF Treaty", "PISM Spotlight no. 74/2018", "23 October 2018 · Artur Kacprzyk", "What is the INF treaty?"} {
		if !strings.Contains(texts, want) {
			t.Errorf("%q not on screen:\n%s", want, texts)
		}
	}
	// The outline pane (wide window) lists all five questions.
	if len(m.outline.titles) != 5 || !m.outline.Visible() {
		t.Errorf("outline: %d headings, visible %v", len(m.outline.titles), m.outline.Visible())
	}
	for _, h := range spot.Headings() {
		m.reader.jumpToBodyBlock(h)
		if !strings.Contains(visibleTexts(w), spot.Body[h].Text) {
			t.Errorf("heading %q not on screen after jumping to it", spot.Body[h].Text)
		}
	}
}

func TestVirtualised(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	shown := len(m.reader.blocks.content.Objects)
	if shown == 0 || shown >= len(m.reader.blocks.blocks) {
		t.Errorf("%d of %d blocks on the canvas, want only those in view", shown, len(m.reader.blocks.blocks))
	}
	last := spot.Body[len(spot.Body)-1].Text
	if strings.Contains(visibleTexts(w), last[:40]) {
		t.Error("the last paragraph is drawn while the view is at the top")
	}
}

func TestOutlineJumps(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1280, 800))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	// Near the end the view cannot scroll a heading to the top: test the
	// first three.
	m.outline.Select(2)
	top, _ := m.reader.blocks.TopBlock()
	if want := m.reader.headerBlocks + spot.Headings()[2]; top != want {
		t.Errorf("top block %d after choosing heading 2, want %d", top, want)
	}
	// Scrolling marks the section being read.
	m.reader.jumpToBodyBlock(spot.Headings()[1] + 1)
	m.positionChanged()
	if sel := m.outline.current; sel != 1 {
		t.Errorf("outline marks heading %d while reading section 1", sel)
	}
	// The keyboard does the same: Down, Enter chooses the second.
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn} {
		m.outline.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if top, _ := m.reader.blocks.TopBlock(); top != m.reader.headerBlocks+spot.Headings()[1] {
		t.Errorf("top block %d after Down, Enter in the outline", top)
	}
}

func TestNarrowWindowShowsOnePane(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(400, 700))
	reader := m.panes.Objects[2]
	library := m.panes.Objects[0]
	if !library.Visible() || reader.Visible() {
		t.Fatalf("narrow, nothing open: library %v reader %v", library.Visible(), reader.Visible())
	}
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, true)
	if library.Visible() || !reader.Visible() || !m.reader.back.Visible() {
		t.Fatalf("narrow, brief open: library %v reader %v back %v", library.Visible(), reader.Visible(), m.reader.back.Visible())
	}
	if reader.Size().Width > 400 {
		t.Errorf("reader is %v wide in a 400 px window", reader.Size().Width)
	}
	test.Tap(m.reader.back)
	if !library.Visible() || reader.Visible() {
		t.Errorf("after Back: library %v reader %v", library.Visible(), reader.Visible())
	}
	// Alt+Left is Back as well.
	m.open(spot, true)
	w.Canvas().(desktopShortcutCanvas).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt})
	if !library.Visible() {
		t.Error("Alt+Left did not go back to the library")
	}
	w.Resize(fyne.NewSize(900, 700))
	if !library.Visible() || !reader.Visible() {
		t.Errorf("900 px: library %v reader %v, want both", library.Visible(), reader.Visible())
	}
}

type desktopShortcutCanvas interface{ TypedShortcut(fyne.Shortcut) }

func TestKeyboardLibraryAndReader(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	c := w.Canvas()
	if err := m.restore(""); err != nil || c.Focused() != m.library {
		t.Fatalf("first start: focus on %T (%v), want the library", c.Focused(), err)
	}
	// Row 0 is the series heading, 1 the Spotlight, 2 the next heading;
	// Down three times lands on the first companion note.
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn} {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if m.reader.brief == nil || m.reader.brief != m.library.rows[3].brief {
		t.Fatalf("Down ×3, Enter opened %v, want %s", m.reader.brief, m.library.rows[3].brief.ID)
	}
	if c.Focused() != m.reader.blocks {
		t.Fatalf("focus after opening: %T, want the reader", c.Focused())
	}
	v := m.reader.blocks
	step := func(k fyne.KeyName) float32 {
		before := v.scroll.Offset.Y
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
		return v.scroll.Offset.Y - before
	}
	if d := step(fyne.KeyPageDown); d < 400 {
		t.Errorf("Page Down scrolled %v px", d)
	}
	if d := step(fyne.KeyPageUp); d > -400 {
		t.Errorf("Page Up scrolled %v px", d)
	}
	if d := step(fyne.KeyDown); d <= 0 {
		t.Errorf("Down scrolled %v px", d)
	}
	c.Focused().TypedRune(' ')
	if v.scroll.Offset.Y < 400 {
		t.Errorf("Space did not page down: offset %v", v.scroll.Offset.Y)
	}
	step(fyne.KeyEnd)
	if maxY := v.total - v.scroll.Size().Height; v.scroll.Offset.Y < maxY-1 {
		t.Errorf("End: offset %v, want %v", v.scroll.Offset.Y, maxY)
	}
	step(fyne.KeyHome)
	if v.scroll.Offset.Y != 0 {
		t.Errorf("Home: offset %v", v.scroll.Offset.Y)
	}
}

func TestTabOrderFollowsLayout(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	c := w.Canvas()
	c.Focus(m.library)
	var order []string
	for range 16 {
		c.FocusNext()
		switch f := c.Focused().(type) {
		case *libraryView:
			order = append(order, "library")
		case *blockView:
			order = append(order, "reader")
		case *outlineView:
			order = append(order, "outline")
		case *ringButton:
			order = append(order, "button:"+f.Text)
		case *keyEntry:
			order = append(order, "search")
		}
	}
	got := strings.Join(order, " ")
	want := "button:Contents button:EN button:PL button:RU button:Read aloud button:A− button:A button:A+ button:English button:Settings reader button:Source: pism.pl/publications outline search library button:Contents"
	_ = m
	if got != want {
		t.Errorf("Tab order:\n got %s\nwant %s", got, want)
	}
}

func TestPositionRestored(t *testing.T) {
	dir := t.TempDir()
	store := &state.Store{Path: filepath.Join(dir, "state.json")}
	lib, _ := content.Bundled()
	spot, _ := lib.ByID(spotlightID)

	a := test.NewTempApp(t)
	w := a.NewWindow("first run")
	shelf := &library.Library{Briefs: lib, Store: &content.Store{Dir: filepath.Join(dir, "briefs")}}
	m := newMainWindow(a, w, shelf, i18n.ForCode("en"), store, nil, settings.Defaults())
	w.Resize(fyne.NewSize(1024, 768))
	m.open(spot, false)
	m.reader.jumpToBodyBlock(spot.Headings()[2])
	want, _ := m.reader.blocks.TopBlock()
	m.save()
	w.Close()

	w2 := a.NewWindow("second run")
	m2 := newMainWindow(a, w2, shelf, i18n.ForCode("en"), store, nil, settings.Defaults())
	w2.Resize(fyne.NewSize(1024, 768))
	if err := m2.restore(""); err != nil {
		t.Fatal(err)
	}
	if m2.reader.brief != spot {
		t.Fatalf("reopened %v, want the Spotlight", m2.reader.brief)
	}
	if got, _ := m2.reader.blocks.TopBlock(); got != want {
		t.Errorf("reopened at block %d, want %d", got, want)
	}
}

func TestLanguageSwitchKeepsPlace(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	m.reader.jumpToBodyBlock(spot.Headings()[1])
	top, _ := m.reader.blocks.TopBlock()
	var pl *ringButton
	for _, o := range m.reader.langs {
		if b := o.(*ringButton); b.Text == "PL" {
			pl = b
		}
	}
	if len(m.reader.langs) != 3 || pl == nil {
		t.Fatalf("language switch: %d buttons", len(m.reader.langs))
	}
	test.Tap(pl)
	if m.reader.brief.ID != spotlightID+"-pl" {
		t.Fatalf("after PL: %s", m.reader.brief.ID)
	}
	// The Polish header has one block more (the translation notice), so the
	// same heading sits at another block index.
	want := m.reader.headerBlocks + spot.Headings()[1]
	if got, _ := m.reader.blocks.TopBlock(); top == want || got != want {
		t.Errorf("Polish version opened at block %d, want %d (the same heading; English was at %d)", got, want, top)
	}
}

func TestShortcutsListed(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	w.Canvas().Focus(m.library)
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	overlay := w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("F1 showed nothing")
	}
	// The Close button has the focus; Escape closes, and focus returns.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the shortcuts list")
	}
	if w.Canvas().Focused() != m.library {
		t.Errorf("focus after closing: %T, want the library", w.Canvas().Focused())
	}
	rows := m.shortcutRows()
	for _, want := range []string{"Ctrl+Q", "Alt+←", "Page Down, Space"} {
		found := false
		for _, r := range rows {
			found = found || r.keys == want
		}
		if !found {
			t.Errorf("%q missing from the shortcuts list", want)
		}
	}
}
