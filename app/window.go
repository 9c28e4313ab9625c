package app

import (
	"fmt"
	"log"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
	"pismreader/search"
	"pismreader/settings"
	"pismreader/state"
)

// mainWindow is the library, the reader and the outline side by side, or
// one at a time in a narrow window.
type mainWindow struct {
	app   fyne.App
	win   fyne.Window
	lib   *content.Library
	shelf *library.Library // lib with the user's store and the search index
	loc   *i18n.Localizer
	store *state.Store
	saved state.State

	library      *libraryView
	search       *searchView
	reader       *readerView
	outline      *outlineView
	speaker      *speaker
	outlineTitle *widget.Label
	libraryTitle *widget.Label
	panes        *fyne.Container
	layout       *paneLayout

	history  []*content.Brief // briefs opened before the current one
	saveWait *time.Timer
	// later runs UI work from a timer's goroutine: fyne.Do. (Fyne's test
	// driver runs it on the calling goroutine, so tests replace it.)
	later func(func())

	smallerBtn, defaultBtn, biggerBtn, settingsBtn, langBtn *ringButton

	settings      settings.Settings
	settingsStore *settings.Store // nil: the settings are not saved
	onSettings    func()          // called after the settings changed
}

func newMainWindow(a fyne.App, w fyne.Window, shelf *library.Library, loc *i18n.Localizer, store *state.Store, setStore *settings.Store, set settings.Settings) *mainWindow {
	m := &mainWindow{app: a, win: w, shelf: shelf, lib: shelf.Briefs, loc: loc, store: store, settingsStore: setStore, later: fyne.Do}
	m.applySettings(set)
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
		m.speaker.stop()
		m.search.close()
	})
	w.SetOnDropped(m.dropped)
	return m
}

func (m *mainWindow) buildUI() {
	m.library = newLibraryView(m.lib, m.loc)
	m.library.OnOpen = func(b *content.Brief) { m.open(b, true) }
	m.reader = newReaderView(m.lib, m.loc)
	m.reader.OnBack = m.back
	m.reader.OnLang = m.switchVersion
	m.reader.OnLink = func(u string) { m.openLink(u) }
	m.speaker = newSpeaker(m)
	m.reader.blocks.OnScrolled = m.positionChanged
	m.reader.blocks.OnOtherKey = m.otherKey
	m.smallerBtn = newButton("A−", nil, m.smaller)
	m.defaultBtn = newButton("A", nil, m.defaultSize)
	m.biggerBtn = newButton("A+", nil, m.bigger)
	m.settingsBtn = newButton("", theme.SettingsIcon(), m.showSettings)
	m.langBtn = newButton("", nil, m.showLanguageMenu)
	for _, b := range []*ringButton{m.speaker.playBtn, m.speaker.stopBtn, m.smallerBtn, m.defaultBtn, m.biggerBtn, m.langBtn, m.settingsBtn} {
		b.OnOtherKey = m.otherKey
	}
	m.reader.SetTools(m.speaker.playBtn, m.speaker.stopBtn, m.smallerBtn, m.defaultBtn, m.biggerBtn, m.langBtn, m.settingsBtn)
	m.outline = newOutlineView()
	m.library.OnOtherKey = m.otherKey
	m.outline.OnOtherKey = m.otherKey
	m.outline.OnJump = func(i int) {
		if m.reader.brief != nil {
			m.reader.jumpToBodyBlock(m.reader.headings[i])
		}
	}
	m.libraryTitle = widget.NewLabel("")
	m.libraryTitle.TextStyle.Bold = true
	m.outlineTitle = widget.NewLabel("")
	m.outlineTitle.TextStyle.Bold = true

	m.search = newSearchView(m)
	m.search.OnOpen = m.openHit
	m.reader.OnOtherKey = m.otherKey
	libraryPane := m.search.buildUI(m.libraryTitle, m.library)
	m.search.filters.OnReflow = func() { fyne.Do(libraryPane.Refresh) }
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
	m.search.relabel()
	m.speaker.relabel()
	m.settingsBtn.SetText(m.loc.T("Settings"))
	for _, l := range uiLangs {
		if l.code == m.loc.Code() {
			m.langBtn.SetText(l.name)
		}
	}
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
	if b != m.reader.brief {
		m.speaker.briefChanged()
	}
	m.reader.show(b)
	m.library.Mark(b)
	m.outline.SetTitles(m.reader.headingTitles())
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
	if m.reader.brief != nil {
		m.outline.Mark(slices.Index(m.reader.headings, m.reader.section()))
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
	m.saveWait = time.AfterFunc(time.Second, func() { m.later(m.save) })
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

// openHit opens the brief of a search hit with every matching word
// highlighted, at the first one; F3 moves on.
func (m *mainWindow) openHit(hit search.Hit, query string) {
	b, ok := m.lib.ByID(hit.ID)
	if !ok {
		return
	}
	m.open(b, true)
	if m.reader.highlight(search.NewHighlighter(query, b.Lang, true)) > 0 {
		m.reader.gotoHit(0)
	}
}

// focusSearch shows the library pane and puts the focus in the search
// field.
func (m *mainWindow) focusSearch() {
	if m.layout.narrow {
		m.layout.showReader = false
		m.panes.Refresh()
	}
	m.focus(m.search.entry)
}
