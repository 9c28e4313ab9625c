package app

import (
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pismreader/cli"
	"pismreader/i18n"
	"pismreader/settings"
)

// readingPrefs is how the reader lays out text, from the settings. It is
// read by every text block, so it lives in one place; gen changes with
// every change, so that views know to measure again.
type readingPrefs struct {
	line      float32 // line height, in text sizes
	paragraph float32 // space between paragraphs, in line heights
	chars     int     // the most characters in a line; 0 for the full width
	gen       int
}

var prefs = readingPrefs{line: 1.5, paragraph: 1.5, chars: 70}

// loadSettings reads the saved settings and lays the command line's
// overrides over them.
func loadSettings(store *settings.Store, o cli.Options, loc *i18n.Localizer) settings.Settings {
	s := settings.Defaults()
	if store != nil {
		var err error
		if s, err = store.Load(); err != nil {
			// One line: the defaults are in use, the broken file is kept.
			log.Printf("pismreader: %s", loc.T("the settings could not be read, so the defaults are used: %v", err))
		}
	}
	if o.Theme != "" {
		s.Theme = o.Theme
	}
	if o.TextScale != 0 {
		s.TextScale = o.TextScale
	}
	if o.Font != "" {
		s.Font = o.Font
	}
	return s
}

// applySettings makes s the look of the whole app: theme, text size, font
// and spacing change at once.
func (m *mainWindow) applySettings(s settings.Settings) {
	m.settings = s
	prefs = readingPrefs{line: float32(s.LineSpacing), paragraph: float32(s.ParagraphSpacing), chars: s.LineLength, gen: prefs.gen + 1}
	setReducedMotion(s.ReduceMotion)
	m.app.Settings().SetTheme(newReaderTheme(s))
	if m.library != nil {
		m.library.Remeasure()
	}
}

// changeSettings applies s and saves it.
func (m *mainWindow) changeSettings(s settings.Settings) {
	if s == m.settings {
		return
	}
	look, now := s, m.settings
	look.SpeechEngine, look.SpeechRate = now.SpeechEngine, now.SpeechRate
	if look == now {
		// Only reading aloud changed: nothing to lay out again.
		m.settings = s
		m.speaker.setRate(s.SpeechRate)
	} else {
		m.applySettings(s)
	}
	if m.settingsStore != nil {
		if err := m.settingsStore.Save(s); err != nil {
			log.Printf("pismreader: %s", m.loc.T("the settings could not be saved: %v", err))
		}
	}
	if m.onSettings != nil {
		m.onSettings()
	}
}

// setTextScale changes the text size to percent.
func (m *mainWindow) setTextScale(percent int) {
	s := m.settings
	s.TextScale = min(max(percent, settings.MinScale), settings.MaxScale)
	m.changeSettings(s)
}

func (m *mainWindow) bigger()      { m.setTextScale(m.settings.Bigger()) }
func (m *mainWindow) smaller()     { m.setTextScale(m.settings.Smaller()) }
func (m *mainWindow) defaultSize() { m.setTextScale(100) }

// setTheme changes the colour theme.
func (m *mainWindow) setTheme(name string) {
	s := m.settings
	s.Theme = name
	m.changeSettings(s)
}

// canvasOf returns the canvas o is on, or nil before it is shown.
func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	if a := fyne.CurrentApp(); a != nil {
		return a.Driver().CanvasForObject(o)
	}
	return nil
}

// setLanguage changes the interface language at once, without a restart;
// "" follows the system.
func (m *mainWindow) setLanguage(code string) {
	s := m.settings
	s.Lang = code
	m.changeSettings(s)
	loc := i18n.ForCode(code)
	if code == "" {
		loc = i18n.New(i18n.FromEnv(os.Getenv))
	}
	m.loc = loc
	m.reader.loc = loc
	m.library.Relabel(loc)
	if b := m.reader.brief; b != nil {
		m.library.Mark(b)
	}
	followLanguage(loc.Code())
	m.relabel()
}

// uiLangs are the interface languages, each named in itself, as a reader
// looking for their own language expects to find it.
var uiLangs = []struct{ code, name string }{{"en", "English"}, {"pl", "Polski"}, {"ru", "Русский"}}

// cycleLanguage switches to the next interface language.
func (m *mainWindow) cycleLanguage() {
	for i, l := range uiLangs {
		if l.code == m.loc.Code() {
			m.setLanguage(uiLangs[(i+1)%len(uiLangs)].code)
			return
		}
	}
	m.setLanguage("en")
}

// languageMenu lists the interface languages, the current one checked.
func (m *mainWindow) languageMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, l := range uiLangs {
		it := fyne.NewMenuItem(l.name, func() { m.setLanguage(l.code) })
		it.Checked = m.loc.Code() == l.code
		items = append(items, it)
	}
	sys := fyne.NewMenuItem(m.loc.T("Follow the system"), func() { m.setLanguage("") })
	sys.Checked = m.settings.Lang == ""
	return fyne.NewMenu(m.loc.T("Interface language"), append(items, fyne.NewMenuItemSeparator(), sys)...)
}

// showLanguageMenu pops the language menu up under the toolbar's button.
func (m *mainWindow) showLanguageMenu() {
	c := canvasOf(m.langBtn)
	if c == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	pos := d.AbsolutePositionForObject(m.langBtn).AddXY(0, m.langBtn.Size().Height)
	widget.ShowPopUpMenuAtPosition(m.languageMenu(), c, pos)
}

// followLanguage makes Fyne's own texts (the entries' menus, its dialogs)
// follow the interface language. Fyne picks its language from the
// environment, and looks again whenever translations are added.
func followLanguage(code string) {
	locales := map[string]string{"en": "en_GB.UTF-8", "pl": "pl_PL.UTF-8", "ru": "ru_RU.UTF-8"}
	os.Setenv("LANGUAGE", code)
	os.Setenv("LC_ALL", locales[code])
	lang.AddTranslationsForLocale([]byte("{}"), fyne.Locale(code))
}
