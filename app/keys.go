package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pismreader/cli"
)

// command is an action with its place in the menus and its shortcut.
type command struct {
	menu   string // the menu it belongs to: "File", "View", "Find", "Go" or "Help"
	label  string // English message key
	key    fyne.KeyName
	mod    fyne.KeyModifier
	action func()
	quit   bool
	alt    []desktop.CustomShortcut // more keys for the same action, such as the keypad's
}

func (c command) shortcut() *desktop.CustomShortcut {
	if c.key == "" {
		return nil
	}
	return &desktop.CustomShortcut{KeyName: c.key, Modifier: c.mod}
}

// commands lists every action that has a shortcut. The same table builds
// the main menu, the canvas shortcuts and the shortcuts list of F1.
func (m *mainWindow) commands() []command {
	return []command{
		{menu: "File", label: "Import a file…", key: fyne.KeyO, mod: fyne.KeyModifierShortcutDefault, action: m.importFile},
		{menu: "File", label: "Import from an address…", key: fyne.KeyO, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.importAddress},
		{menu: "File", label: "Export brief as EPUB…", key: fyne.KeyE, mod: fyne.KeyModifierShortcutDefault, action: func() { m.exportBriefs(false, "epub") }},
		{menu: "File", label: "Export brief as HTML…", action: func() { m.exportBriefs(false, "html") }},
		{menu: "File", label: "Export library as EPUB…", action: func() { m.exportBriefs(true, "epub") }},
		{menu: "File", label: "Save as audio…", key: fyne.KeyS, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.saveAudio},
		{menu: "File", label: "Copy citation", key: fyne.KeyC, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.copyCitation},
		{menu: "File", label: "Remove from library", action: m.removeBrief},
		{menu: "File", label: "Quit", key: fyne.KeyQ, mod: fyne.KeyModifierShortcutDefault, action: m.quit, quit: true},
		{menu: "View", label: "Smaller text", key: fyne.KeyMinus, mod: fyne.KeyModifierShortcutDefault, action: m.smaller},
		{menu: "View", label: "Default text size", key: fyne.Key0, mod: fyne.KeyModifierShortcutDefault, action: m.defaultSize},
		{menu: "View", label: "Bigger text", key: fyne.KeyEqual, mod: fyne.KeyModifierShortcutDefault, action: m.bigger,
			alt: []desktop.CustomShortcut{
				{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault},
				{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
				{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
			}},
		{menu: "View", label: "Next theme", key: fyne.KeyT, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.nextTheme},
		{menu: "View", label: "Next interface language", key: fyne.KeyL, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.cycleLanguage},
		{menu: "View", label: "Settings…", key: fyne.KeyComma, mod: fyne.KeyModifierShortcutDefault, action: m.showSettings},
		{menu: "Find", label: "Search all briefs", key: fyne.KeyK, mod: fyne.KeyModifierShortcutDefault, action: m.focusSearch},
		{menu: "Find", label: "Find in this brief", key: fyne.KeyF, mod: fyne.KeyModifierShortcutDefault, action: func() { m.reader.openFind() }},
		{menu: "Find", label: "Next match", key: fyne.KeyG, mod: fyne.KeyModifierShortcutDefault, action: func() { m.reader.nextHit(1) }},
		{menu: "Find", label: "Previous match", key: fyne.KeyG, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: func() { m.reader.nextHit(-1) }},
		{menu: "Read aloud", label: "Read aloud or pause", key: fyne.KeyR, mod: fyne.KeyModifierShortcutDefault, action: m.speaker.toggle},
		{menu: "Read aloud", label: "Read from the start", key: fyne.KeyR, mod: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift, action: m.speaker.startFromTop},
		{menu: "Read aloud", label: "Stop reading", action: m.speaker.stop},
		{menu: "Read aloud", label: "Read faster", key: fyne.KeyRightBracket, mod: fyne.KeyModifierShortcutDefault, action: func() { m.stepSpeechRate(1) }},
		{menu: "Read aloud", label: "Read slower", key: fyne.KeyLeftBracket, mod: fyne.KeyModifierShortcutDefault, action: func() { m.stepSpeechRate(-1) }},
		{menu: "Go", label: "Back", key: fyne.KeyLeft, mod: fyne.KeyModifierAlt, action: m.back},
		{menu: "Go", label: "Library pane", key: fyne.Key1, mod: fyne.KeyModifierShortcutDefault, action: m.focusLibrary},
		{menu: "Go", label: "Reader pane", key: fyne.Key2, mod: fyne.KeyModifierShortcutDefault, action: m.focusReader},
		{menu: "Go", label: "Next section", key: fyne.KeyDown, mod: fyne.KeyModifierShortcutDefault, action: func() { m.reader.jumpSection(1) }},
		{menu: "Go", label: "Previous section", key: fyne.KeyUp, mod: fyne.KeyModifierShortcutDefault, action: func() { m.reader.jumpSection(-1) }},
		{menu: "Help", label: "Keyboard shortcuts", key: fyne.KeySlash, mod: fyne.KeyModifierShortcutDefault, action: m.showShortcuts},
		{menu: "Help", label: "About PISM Reader", action: m.showAbout},
	}
}

// installShortcuts puts the commands on the canvas too: the test driver and
// a window without a menu bar (mobile) see only those.
func (m *mainWindow) installShortcuts() {
	c := m.win.Canvas()
	for _, cmd := range m.commands() {
		action := cmd.action
		if s := cmd.shortcut(); s != nil {
			c.AddShortcut(s, func(fyne.Shortcut) { action() })
		}
		for _, s := range cmd.alt {
			c.AddShortcut(&s, func(fyne.Shortcut) { action() })
		}
	}
	// F1 has no modifier, so it is no shortcut to Fyne: it reaches the
	// canvas when nothing has focus, and the reader's widgets pass it on.
	c.SetOnTypedKey(m.typedKey)
}

// typedKey handles the keys of a canvas where nothing has focus: they
// scroll the brief, as the reader would expect.
func (m *mainWindow) typedKey(e *fyne.KeyEvent) {
	if e.Name != fyne.KeyF1 && e.Name != fyne.KeyF3 && m.reader.brief != nil && (!m.layout.narrow || m.layout.showReader) {
		m.reader.blocks.TypedKey(e)
		return
	}
	m.otherKey(e)
}

// otherKey handles the keys that the focused widget passed on.
func (m *mainWindow) otherKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyF1:
		m.showShortcuts()
	case fyne.KeyF3:
		m.reader.nextHit(shiftDir())
	case fyne.KeyEscape:
		m.speaker.stop()
	}
}

func (m *mainWindow) mainMenu() *fyne.MainMenu {
	menus := map[string]*fyne.Menu{}
	var order []*fyne.Menu
	for _, cmd := range m.commands() {
		menu, ok := menus[cmd.menu]
		if !ok {
			menu = fyne.NewMenu(m.loc.T(cmd.menu))
			menus[cmd.menu] = menu
			order = append(order, menu)
		}
		item := fyne.NewMenuItem(m.loc.T(cmd.label), cmd.action)
		item.IsQuit = cmd.quit
		if s := cmd.shortcut(); s != nil {
			item.Shortcut = s
		}
		menu.Items = append(menu.Items, item)
		switch cmd.label {
		case "Next theme":
			menu.Items = append(menu.Items, m.themeMenu())
		case "Next interface language":
			langs := fyne.NewMenuItem(m.loc.T("Interface language"), nil)
			langs.ChildMenu = m.languageMenu()
			menu.Items = append(menu.Items, langs)
		}
	}
	return fyne.NewMainMenu(order...)
}

// shortcutRow is a line of the shortcuts list.
type shortcutRow struct{ keys, what string }

// shortcutRows lists every key the app answers to.
func (m *mainWindow) shortcutRows() []shortcutRow {
	l := m.loc
	rows := []shortcutRow{
		{"↑ ↓", l.T("Move in the library")},
		{"Enter", l.T("Open the chosen brief")},
		{"Tab, Shift+Tab", l.T("Move focus")},
		{"↑ ↓", l.T("Scroll a line")},
		{"Page Down, Space", l.T("Page down")},
		{"Page Up", l.T("Page up")},
		{"Home", l.T("Start of the brief")},
		{"End", l.T("End of the brief")},
		{"F1", l.T("Keyboard shortcuts")},
		{"F3, Shift+F3", l.T("Next / previous match")},
		{"Enter, Shift+Enter", l.T("Next / previous match in the find bar")},
		{"Escape", l.T("Close the find bar or clear the search")},
		{"Escape", l.T("Stop reading aloud")},
	}
	for _, cmd := range m.commands() {
		if s := cmd.shortcut(); s != nil {
			rows = append(rows, shortcutRow{keyLabel(cmd.key, cmd.mod), l.T(cmd.label)})
		}
	}
	return rows
}

func (m *mainWindow) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, r := range m.shortcutRows() {
		k := widget.NewLabel(r.keys)
		k.TextStyle.Bold = true
		grid.Add(k)
		grid.Add(widget.NewLabel(r.what))
	}
	d := m.showDialog(m.loc.T("Keyboard shortcuts"), container.NewVScroll(grid))
	d.Resize(m.win.Canvas().Size().Subtract(fyne.NewSize(40, 40)))
}

func (m *mainWindow) showAbout() {
	text := widget.NewLabel(m.loc.T("A reader for the briefs of the Polish Institute of International Affairs, made for low-vision readers first.") +
		"\n\n" + m.loc.T("Version %s", cli.Version))
	text.Wrapping = fyne.TextWrapWord
	m.showDialog(m.loc.T("About PISM Reader"), text)
}

// showDialog shows content with a Close button that has the focus, so
// that Enter, Space or Escape closes the dialog and focus returns to where
// it was.
func (m *mainWindow) showDialog(title string, content fyne.CanvasObject) dialog.Dialog {
	c := m.win.Canvas()
	before := c.Focused()
	var d *dialog.CustomDialog
	closeBtn := newCloseButton(m.loc.T("Close"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(title, content, m.win)
	d.SetButtons([]fyne.CanvasObject{closeBtn})
	d.SetOnClosed(func() {
		if before != nil {
			c.Focus(before)
		}
	})
	d.Show()
	c.Focus(closeBtn)
	return d
}

// closeButton is a button that Escape presses too.
type closeButton struct{ widget.Button }

func newCloseButton(label string, tapped func()) *closeButton {
	b := &closeButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *closeButton) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape {
		b.OnTapped()
		return
	}
	b.Button.TypedKey(e)
}

func (m *mainWindow) quit() {
	m.save()
	m.app.Quit()
}

// keyLabel writes a shortcut as people read it: "Ctrl+Q", "Alt+←".
func keyLabel(key fyne.KeyName, mod fyne.KeyModifier) string {
	s := ""
	for _, m := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, "⌘"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
		if mod&m.mod != 0 {
			s += m.name + "+"
		}
	}
	names := map[fyne.KeyName]string{fyne.KeyLeft: "←", fyne.KeyRight: "→", fyne.KeyUp: "↑", fyne.KeyDown: "↓",
		fyne.KeyEqual: "+", fyne.KeyMinus: "−", fyne.KeyComma: ","}
	if n, ok := names[key]; ok {
		return s + n
	}
	return s + string(key)
}
