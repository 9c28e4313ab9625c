package app

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pismreader/settings"
)

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func TestTextSizeKeys(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	c := w.Canvas().(desktopShortcutCanvas)
	steps := []struct {
		s    fyne.Shortcut
		want int
	}{
		{ctrl(fyne.KeyEqual), 110},
		{&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, 125},
		{ctrl(fyne.KeyPlus), 150}, // the keypad's +
		{ctrl(fyne.KeyMinus), 125},
		{ctrl(fyne.Key0), 100},
		{ctrl(fyne.KeyMinus), 90},
	}
	for _, st := range steps {
		c.TypedShortcut(st.s)
		if m.settings.TextScale != st.want {
			t.Fatalf("after %s: text size %d, want %d", st.s.ShortcutName(), m.settings.TextScale, st.want)
		}
		want := 14 * float32(st.want) / 100
		if got := fyne.CurrentApp().Settings().Theme().Size("text"); got < want-0.01 || got > want+0.01 {
			t.Errorf("after %s: theme text size %v, want %v", st.s.ShortcutName(), got, want)
		}
	}
	for range 20 {
		c.TypedShortcut(ctrl(fyne.KeyEqual))
	}
	if m.settings.TextScale != 400 {
		t.Errorf("Bigger stops at %d, want 400", m.settings.TextScale)
	}
	// The toolbar buttons do the same.
	test.Tap(m.smallerBtn)
	test.Tap(m.smallerBtn)
	if m.settings.TextScale != 300 {
		t.Errorf("two taps on A−: %d, want 300", m.settings.TextScale)
	}
	test.Tap(m.defaultBtn)
	if m.settings.TextScale != 100 {
		t.Errorf("A: %d, want 100", m.settings.TextScale)
	}
}

func TestTextSizeKeepsPlace(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	m.reader.jumpToBodyBlock(spot.Headings()[1])
	before, _ := m.reader.blocks.TopBlock()
	m.setTextScale(300)
	if after, _ := m.reader.blocks.TopBlock(); after != before {
		t.Errorf("top block %d at 100 %%, %d at 300 %%", before, after)
	}
}

func TestThemeSwitching(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	c := w.Canvas().(desktopShortcutCanvas)
	seen := map[string]bool{}
	for range len(settings.Themes) - 1 {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyT, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
		seen[m.settings.Theme] = true
	}
	for _, name := range settings.Themes {
		if name != settings.Custom && !seen[name] {
			t.Errorf("Ctrl+Shift+T never reached %s", name)
		}
	}
	m.setTheme(settings.YellowOnBlack)
	th := fyne.CurrentApp().Settings().Theme()
	if got := th.Color("foreground", 0); got != rgb(0xffff00) {
		t.Errorf("yellow on black: foreground %v", got)
	}
	// The View menu lists the themes with the current one checked.
	var themeItem *fyne.MenuItem
	for _, menu := range m.mainMenu().Items {
		for _, it := range menu.Items {
			if it.ChildMenu != nil && it.Label == "Theme" {
				themeItem = it
			}
		}
	}
	if themeItem == nil || len(themeItem.ChildMenu.Items) != len(settings.Themes) {
		t.Fatal("no theme menu")
	}
	for i, it := range themeItem.ChildMenu.Items {
		if it.Checked != (settings.Themes[i] == settings.YellowOnBlack) {
			t.Errorf("theme menu: %s checked = %v", it.Label, it.Checked)
		}
	}
}

// TestSettingsByKeyboard opens the settings with Ctrl+, and changes the
// text size and the line spacing with Tab and the arrow keys alone.
func TestSettingsByKeyboard(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	st := &settings.Store{Path: t.TempDir() + "/settings.json"}
	m.settingsStore = st
	c := w.Canvas()
	c.(desktopShortcutCanvas).TypedShortcut(ctrl(fyne.KeyComma))
	if c.Focused() == nil {
		t.Fatal("settings: nothing focused")
	}
	// Tab to the first slider: the text size.
	var slider *ringSlider
	for range 30 {
		c.FocusNext()
		if s, ok := c.Focused().(*ringSlider); ok {
			slider = s
			break
		}
	}
	if slider == nil {
		t.Fatal("no slider reached with Tab")
	}
	if !slider.focused {
		t.Error("focused slider shows no ring")
	}
	slider.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if m.settings.TextScale != 110 {
		t.Errorf("Right on the text-size slider: %d, want 110", m.settings.TextScale)
	}
	saved, err := st.Load()
	if err != nil || saved.TextScale != 110 {
		t.Errorf("saved: %+v, %v", saved, err)
	}
	c.FocusNext() // font
	c.FocusNext() // line spacing
	if s, ok := c.Focused().(*ringSlider); ok {
		s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	if m.settings.LineSpacing != 1.6 {
		t.Errorf("line spacing %v, want 1.6", m.settings.LineSpacing)
	}
	// Tab goes round the dialog and never leaves it stuck: within a few
	// dozen presses focus comes back to where it started.
	start := c.Focused()
	back := false
	for range 40 {
		c.FocusNext()
		if c.Focused() == start {
			back = true
			break
		}
	}
	if !back {
		t.Error("Tab does not cycle through the settings")
	}
}

func TestToolbarButtonsLargeEnough(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1024, 768))
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	for _, o := range m.reader.bar.Objects {
		if b, ok := o.(*ringButton); ok && b.Visible() {
			if s := b.Size(); s.Width < 44 || s.Height < 44 {
				t.Errorf("button %q is %v, want at least 44×44", b.Text, s)
			}
		}
	}
}

func TestFontsHaveFourStyles(t *testing.T) {
	for _, f := range settings.Fonts {
		s := settings.Defaults()
		s.Font = f
		th := newReaderTheme(s)
		seen := map[string]bool{}
		for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}} {
			r := th.Font(st)
			if len(r.Content()) < 10000 {
				t.Errorf("%s %+v: font %s has %d bytes", f, st, r.Name(), len(r.Content()))
			}
			seen[r.Name()] = true
		}
		if len(seen) != 4 {
			t.Errorf("%s: %d distinct files for four styles: %v", f, len(seen), seen)
		}
	}
}

// TestReflowAt400 opens the Spotlight at 400 % in a 1024×768 window and
// pages through it: nothing is wider than the window, no line of text is
// wider than its box, and the window need not grow.
func TestReflowAt400(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	s := settings.Defaults()
	s.TextScale = 400
	m.applySettings(s)
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	if min := w.Content().MinSize(); min.Width > 1024 || min.Height > 768 {
		t.Fatalf("content needs %v, more than the window", min)
	}
	screens := 0
	for {
		checkInside(t, w, fmt.Sprintf("screen %d", screens))
		top := m.reader.blocks.scroll.Offset.Y
		m.reader.blocks.ScrollPage(1)
		if m.reader.blocks.scroll.Offset.Y == top || t.Failed() {
			break
		}
		screens++
	}
	if screens < 10 {
		t.Errorf("only %d screens at 400 %%", screens)
	}
	m.focusLibrary()
	checkInside(t, w, "library")
	m.showSettings()
	checkInside(t, w, "settings")
}

// checkInside walks what is drawn and fails for anything outside the
// window's width or text wider than the box it is drawn in.
func checkInside(t *testing.T, w fyne.Window, where string) {
	t.Helper()
	win := w.Canvas().Size()
	d := fyne.CurrentApp().Driver()
	check := func(o fyne.CanvasObject) {
		if o.Size().IsZero() {
			return
		}
		pos := d.AbsolutePositionForObject(o)
		// Shadows and the shade of a modal dialog may spill over by a few
		// pixels; nothing else may.
		slack := float32(1)
		switch o.(type) {
		case *widget.PopUp, *canvas.Rectangle, *canvas.LinearGradient, *canvas.RadialGradient:
			slack = 3
		}
		if pos.X < -slack || pos.X+o.Size().Width > win.Width+slack {
			t.Errorf("%s: %T at x %v, %v wide, outside the window's %v", where, o, pos.X, o.Size().Width, win.Width)
		}
		if x, ok := o.(*canvas.Text); ok && x.Text != "" {
			if need := fyne.MeasureText(x.Text, x.TextSize, x.TextStyle).Width; need > x.Size().Width+1 {
				t.Errorf("%s: %q needs %v px, has %v: clipped", where, x.Text, need, x.Size().Width)
			}
		}
	}
	walkDrawn(w.Content(), check)
	for _, o := range w.Canvas().Overlays().List() {
		walkDrawn(o, check)
	}
}

// TestGoldenThemes compares the reader with the Spotlight in every theme
// at 100 % and 300 % with the images in testdata.
func TestGoldenThemes(t *testing.T) {
	for _, name := range settings.Themes {
		for _, scale := range []int{100, 300} {
			t.Run(fmt.Sprintf("%s-%d", name, scale), func(t *testing.T) {
				m, w := newTestWindow(t, fyne.NewSize(800, 600))
				s := settings.Defaults()
				s.Theme, s.TextScale = name, scale
				if name == settings.Custom {
					s.TextColor, s.BackgroundColor = "#1b2a49", "#f0e68c"
				}
				m.applySettings(s)
				spot, _ := m.lib.ByID(spotlightID)
				m.open(spot, false)
				m.reader.jumpToBodyBlock(1)
				m.focus(m.reader.blocks)
				test.AssertImageMatches(t, fmt.Sprintf("theme-%s-%d.png", name, scale), w.Canvas().Capture())
			})
		}
	}
}

// TestGoldenLineSpacing proves the line spacing: one paragraph at 1.0 and
// at 2.0, which Fyne's RichText cannot do.
func TestGoldenLineSpacing(t *testing.T) {
	for _, ls := range []float64{1.0, 2.0} {
		m, w := newTestWindow(t, fyne.NewSize(420, 260))
		s := settings.Defaults()
		s.Theme, s.LineSpacing = settings.BlackOnWhite, ls
		m.applySettings(s)
		spot, _ := m.lib.ByID(spotlightID)
		para := newTextBlock(spot.Body[1].Text, bodyStyle)
		w.SetContent(para)
		w.Resize(fyne.NewSize(420, 260))
		lh := para.lineHeight()
		if want := float32(14 * ls); lh != want {
			t.Errorf("line height %v at %v, want %v", lh, ls, want)
		}
		test.AssertImageMatches(t, fmt.Sprintf("line-spacing-%.1f.png", ls), w.Canvas().Capture())
	}
}

// TestGoldenFontStyles shows the three fonts in four styles, Polish and
// Russian letters included: bold and italic must look so.
func TestGoldenFontStyles(t *testing.T) {
	for _, f := range settings.Fonts {
		m, w := newTestWindow(t, fyne.NewSize(600, 130))
		s := settings.Defaults()
		s.Theme, s.Font = settings.BlackOnWhite, f
		m.applySettings(s)
		seg := func(text string, st fyne.TextStyle) widget.RichTextSegment {
			return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{TextStyle: st}}
		}
		box := widget.NewRichText(
			seg("Regular: Traktat INF — zażółć gęślą jaźń — Договор о РСМД", fyne.TextStyle{}),
			seg("Bold: Traktat INF — zażółć gęślą jaźń — Договор о РСМД", fyne.TextStyle{Bold: true}),
			seg("Italic: Traktat INF — zażółć gęślą jaźń — Договор о РСМД", fyne.TextStyle{Italic: true}),
			seg("Bold italic: Traktat INF — zażółć gęślą jaźń — Договор о РСМД", fyne.TextStyle{Bold: true, Italic: true}),
		)
		w.SetContent(box)
		w.Resize(fyne.NewSize(600, 130))
		test.AssertImageMatches(t, "font-"+f+".png", w.Canvas().Capture())
	}
}

// BenchmarkTextSizeStep changes the text size one step, with the Spotlight
// open in a 1024×768 window, and draws the frame with Fyne's software
// painter: theme change, re-wrapping, layout and rendering. Each
// sub-benchmark alternates between a size and the step below it. Target:
// ≤ 100 ms per step at every size.
//
// Besides ns/op it reports layout-ms/op, the change without the frame;
// harness-ms/op, what the test canvas spends on its own besides painting
// (it composites every frame twice over the whole window, pixel by pixel,
// which no real painter does: measured by capturing an empty window of the
// same size); and step-ms/op, the step without that overhead, the figure
// the target is for.
func BenchmarkTextSizeStep(b *testing.B) {
	harness := captureOverhead(b)
	for i, to := range settings.ScaleSteps[1:] {
		from := settings.ScaleSteps[i]
		b.Run(fmt.Sprint(to), func(b *testing.B) {
			m, w := newTestWindow(b, fyne.NewSize(1024, 768))
			spot, _ := m.lib.ByID(spotlightID)
			m.open(spot, false)
			m.reader.jumpToBodyBlock(spot.Headings()[1])
			c := w.Canvas().(test.WindowlessCanvas)
			n := 0
			var layout, total time.Duration
			for b.Loop() {
				start := time.Now()
				if n%2 == 0 {
					m.setTextScale(to)
				} else {
					m.setTextScale(from)
				}
				layout += time.Since(start)
				c.Capture()
				total += time.Since(start)
				n++
			}
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(n) }
			b.ReportMetric(ms(layout), "layout-ms/op")
			perCapture := float64(harness.Microseconds()) / 1000
			b.ReportMetric(perCapture, "harness-ms/op")
			b.ReportMetric(ms(total)-perCapture, "step-ms/op")
		})
	}
}

// captureOverhead is the time the test canvas takes to capture an empty
// 1024×768 window, per capture: its full-window fill and composite.
func captureOverhead(b *testing.B) time.Duration {
	a := test.NewTempApp(b)
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(1024, 768))
	defer w.Close()
	c := w.Canvas().(test.WindowlessCanvas)
	c.Capture()
	const n = 10
	start := time.Now()
	for range n {
		c.Capture()
	}
	return time.Since(start) / n
}

func TestResetSettings(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(1024, 768))
	s := settings.Defaults()
	s.Theme, s.TextScale, s.Font, s.LineSpacing, s.Lang = settings.YellowOnBlack, 300, settings.Mono, 2, "pl"
	m.applySettings(s)
	v := &settingsView{m: m}
	v.buildUI()
	v.reset()
	want := settings.Defaults()
	want.Lang = "pl"
	if m.settings != want {
		t.Errorf("after reset: %+v\nwant %+v", m.settings, want)
	}
}
