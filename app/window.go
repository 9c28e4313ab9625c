package app

import (
	"fmt"
	"image/color"
	"log"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/state"
)

// Pane widths: below narrowWidth one pane shows at a time, as on a phone;
// from wideWidth the outline has a pane of its own.
const (
	narrowWidth = 640
	wideWidth   = 1100
)

// mainWindow is the library, the reader and the outline side by side, or
// one at a time in a narrow window.
type mainWindow struct {
	app   fyne.App
	win   fyne.Window
	lib   *content.Library
	loc   *i18n.Localizer
	store *state.Store
	saved state.State

	library      *libraryView
	reader       *readerView
	outline      *outlineView
	outlineTitle *widget.Label
	libraryTitle *widget.Label
	panes        *fyne.Container
	layout       *paneLayout

	history  []*content.Brief // briefs opened before the current one
	saveWait *time.Timer
}

func newMainWindow(a fyne.App, w fyne.Window, lib *content.Library, loc *i18n.Localizer, store *state.Store) *mainWindow {
	m := &mainWindow{app: a, win: w, lib: lib, loc: loc, store: store}
	if store != nil {
		st, err := store.Load()
		if err != nil { // the state starts afresh; a broken file is kept aside
			log.Printf("pismreader: %s", loc.T("the reading position could not be loaded: %v", err))
		}
		m.saved = st
	}
	m.buildUI()
	w.SetOnClosed(func() {
		if m.saveWait != nil {
			m.saveWait.Stop()
		}
	})
	return m
}

func (m *mainWindow) buildUI() {
	m.library = newLibraryView(m.lib, m.loc)
	m.library.OnOpen = func(b *content.Brief) { m.open(b, true) }
	m.reader = newReaderView(m.lib, m.loc)
	m.reader.OnBack = m.back
	m.reader.OnLang = m.switchVersion
	m.reader.blocks.OnScrolled = m.positionChanged
	m.reader.blocks.OnOtherKey = m.otherKey
	m.outline = newOutlineView()
	m.library.OnOtherKey = m.otherKey
	m.outline.OnOtherKey = m.otherKey
	m.outline.OnJump = func(i int) {
		if m.reader.brief != nil {
			m.reader.jumpToBodyBlock(m.reader.brief.Headings()[i])
		}
	}
	m.libraryTitle = widget.NewLabel("")
	m.libraryTitle.TextStyle.Bold = true
	m.outlineTitle = widget.NewLabel("")
	m.outlineTitle.TextStyle.Bold = true

	libraryPane := container.NewBorder(m.libraryTitle, nil, nil, nil, m.library)
	outlinePane := container.NewBorder(m.outlineTitle, nil, nil, nil, m.outline)
	sep1, sep2 := widget.NewSeparator(), widget.NewSeparator()
	m.layout = &paneLayout{m: m}
	// Child order is Tab order: library, reader, outline, as on screen.
	m.panes = container.New(m.layout, libraryPane, sep1, m.reader.buildUI(), sep2, outlinePane, newFirstFrameProbe())
	m.win.SetContent(m.panes)
	m.relabel()
	m.installShortcuts()
}

// relabel sets every label in the interface language.
func (m *mainWindow) relabel() {
	m.win.SetTitle(m.loc.T("PISM Reader"))
	m.libraryTitle.SetText(m.loc.T("Library"))
	m.outlineTitle.SetText(m.loc.T("Contents"))
	m.reader.relabel()
	m.win.SetMainMenu(m.mainMenu())
}

// open shows b in the reader, at the reader's last position in it.
func (m *mainWindow) open(b *content.Brief, remember bool) {
	if cur := m.reader.brief; cur != nil && cur != b {
		m.recordPosition()
		if remember {
			m.history = append(m.history, cur)
		}
	}
	m.reader.show(b)
	m.library.Mark(b)
	var titles []string
	for _, h := range b.Headings() {
		titles = append(titles, b.Body[h].Text)
	}
	m.outline.SetTitles(titles)
	m.layout.showReader = true
	m.panes.Refresh()
	if p, ok := m.saved.Positions[b.ID]; ok {
		m.reader.blocks.ScrollToBlock(p.Block, p.Fraction)
	}
	m.saved.LastBrief = b.ID
	m.scheduleSave()
	m.focus(m.reader.blocks)
}

// switchVersion opens another language version of the brief at the same
// place: translations keep the original's blocks in order.
func (m *mainWindow) switchVersion(b *content.Brief) {
	top, f := m.reader.blocks.TopBlock()
	body := top - m.reader.headerBlocks // header lengths differ: a translation has its notice
	m.open(b, true)
	if body >= 0 {
		m.reader.blocks.ScrollToBlock(m.reader.headerBlocks+body, f)
	}
}

// back returns to the library in a narrow window, and to the brief read
// before otherwise.
func (m *mainWindow) back() {
	if m.layout.narrow && m.layout.showReader {
		m.layout.showReader = false
		m.panes.Refresh()
		m.focus(m.library)
		return
	}
	if n := len(m.history); n > 0 {
		prev := m.history[n-1]
		m.history = m.history[:n-1]
		m.open(prev, false)
	}
}

func (m *mainWindow) focus(o fyne.Focusable) {
	if c := m.win.Canvas(); c != nil {
		c.Focus(o)
	}
}

// focusLibrary shows the library (in a narrow window) and focuses it.
func (m *mainWindow) focusLibrary() {
	if m.layout.narrow {
		m.layout.showReader = false
		m.panes.Refresh()
	}
	m.focus(m.library)
}

// focusReader shows the reader (in a narrow window) and focuses it.
func (m *mainWindow) focusReader() {
	if m.reader.brief == nil {
		return
	}
	if m.layout.narrow {
		m.layout.showReader = true
		m.panes.Refresh()
	}
	m.focus(m.reader.blocks)
}

// restore reopens the brief read last, or the given one.
func (m *mainWindow) restore(openID string) error {
	id := m.saved.LastBrief
	if openID != "" {
		id = openID
	}
	b, ok := m.lib.ByID(id)
	if !ok {
		if openID != "" {
			return fmt.Errorf("%s", m.loc.T("no brief with ID %q; %q lists the IDs", openID, "pismreader list"))
		}
		m.focus(m.library) // nothing to reopen: the keys move in the library
		return nil
	}
	m.open(b, false)
	return nil
}

func (m *mainWindow) recordPosition() {
	b := m.reader.brief
	if b == nil {
		return
	}
	block, f := m.reader.blocks.TopBlock()
	if m.saved.Positions == nil {
		m.saved.Positions = map[string]state.Position{}
	}
	m.saved.Positions[b.ID] = state.Position{Block: block, Fraction: f}
}

func (m *mainWindow) positionChanged() {
	m.recordPosition()
	m.scheduleSave()
	if b := m.reader.brief; b != nil {
		m.outline.Mark(slices.Index(b.Headings(), m.reader.section()))
	}
}

// scheduleSave writes the state a second after the last change, so that
// scrolling does not write the file at every step.
func (m *mainWindow) scheduleSave() {
	if m.store == nil {
		return
	}
	if m.saveWait != nil {
		m.saveWait.Stop()
	}
	m.saveWait = time.AfterFunc(time.Second, func() { fyne.Do(m.save) })
}

// save writes the state now.
func (m *mainWindow) save() {
	if m.store == nil {
		return
	}
	if m.saveWait != nil {
		m.saveWait.Stop()
	}
	m.recordPosition()
	if err := m.store.Save(m.saved); err != nil {
		log.Printf("pismreader: %s", m.loc.T("the reading position could not be saved: %v", err))
	}
}

// paneLayout places the panes: library | reader | outline on a wide
// window, library | reader on a middling one, and one of library or reader
// on a narrow one.
type paneLayout struct {
	m          *mainWindow
	narrow     bool
	showReader bool // in a narrow window: the reader rather than the library
}

func (l *paneLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(theme.TextSize()*12, theme.TextSize()*10)
}

func (l *paneLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	library, sep1, reader, sep2, outline, probe := objs[0], objs[1], objs[2], objs[3], objs[4], objs[5]
	probe.Resize(fyne.NewSize(1, 1))
	l.narrow = size.Width < narrowWidth
	l.m.reader.back.Hidden = !l.narrow && len(l.m.history) == 0
	show := func(o fyne.CanvasObject, x, w float32) {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		o.Show()
	}
	if l.narrow {
		sep1.Hide()
		sep2.Hide()
		outline.Hide()
		if l.showReader && l.m.reader.brief != nil {
			library.Hide()
			show(reader, 0, size.Width)
		} else {
			reader.Hide()
			show(library, 0, size.Width)
		}
		return
	}
	sepW := theme.SeparatorThicknessSize()
	libW := min(max(theme.TextSize()*20, size.Width*0.25), size.Width*0.4)
	outW := float32(0)
	if size.Width >= wideWidth && l.m.reader.brief != nil && len(l.m.reader.brief.Headings()) > 0 {
		outW = min(max(theme.TextSize()*16, size.Width*0.18), size.Width*0.25)
	}
	show(library, 0, libW)
	show(sep1, libW, sepW)
	readerW := size.Width - libW - sepW
	if outW > 0 {
		readerW -= outW + sepW
		show(sep2, libW+sepW+readerW, sepW)
		show(outline, size.Width-outW, outW)
	} else {
		sep2.Hide()
		outline.Hide()
	}
	show(reader, libW+sepW, readerW)
}

// firstFrameProbe is a one-pixel raster. The GL painter calls a raster's
// generator only while it draws a frame, so the first call tells that the
// first frame is being drawn.
type firstFrameProbe struct{ *canvas.Raster }

// onFirstFrame is called once, from the painter, when set.
var onFirstFrame func()

func newFirstFrameProbe() fyne.CanvasObject {
	fired := false
	r := canvas.NewRasterWithPixels(func(_, _, _, _ int) color.Color {
		if !fired && onFirstFrame != nil {
			fired = true
			go onFirstFrame()
		}
		return color.Transparent
	})
	return r
}
