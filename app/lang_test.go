package app

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// untranslatable are English messages that are the same in every
// language, or do not exist in another form: proper names.
func englishOnly(t *testing.T) map[string]bool {
	t.Helper()
	read := func(lang string) map[string]string {
		data, err := os.ReadFile("../locales/" + lang + "/messages.gotext.json")
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Messages []struct {
				ID          string
				Translation json.RawMessage
			}
		}
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, msg := range f.Messages {
			var s string
			if json.Unmarshal(msg.Translation, &s) == nil {
				m[msg.ID] = s
			}
		}
		return m
	}
	pl, ru := read("pl"), read("ru")
	out := map[string]bool{}
	for id, p := range pl {
		if strings.Contains(id, "%") || p == id || ru[id] == id {
			continue // formats are checked through their output; names stay
		}
		out[id] = true
	}
	return out
}

// shownTexts is every text drawn in the window and its overlays, and the
// labels of the main menu.
func shownTexts(m *mainWindow, w fyne.Window) []string {
	var out []string
	text := func(o fyne.CanvasObject) {
		if x, ok := o.(*canvas.Text); ok {
			out = append(out, strings.TrimSpace(x.Text))
		}
	}
	walkDrawn(w.Content(), text)
	for _, o := range w.Canvas().Overlays().List() {
		walkDrawn(o, text)
	}
	var menu func(items []*fyne.MenuItem)
	menu = func(items []*fyne.MenuItem) {
		for _, it := range items {
			out = append(out, it.Label)
			if it.ChildMenu != nil {
				menu(it.ChildMenu.Items)
			}
		}
	}
	for _, mn := range m.mainMenu().Items {
		out = append(out, mn.Label)
		menu(mn.Items)
	}
	return out
}

// checkNoEnglish fails for any English interface string on screen.
func checkNoEnglish(t *testing.T, m *mainWindow, w fyne.Window, where string) {
	t.Helper()
	english := englishOnly(t)
	for _, s := range shownTexts(m, w) {
		// Languages are named in themselves in the language menu.
		if english[s] && s != "English" {
			t.Errorf("%s: %q is left in English", where, s)
		}
	}
}

// TestSwitchLanguageRelabels switches the running window to Polish and
// Russian with Ctrl+Shift+L, with the library, a brief, search results and
// the settings on screen, and finds no English string left.
func TestSwitchLanguageRelabels(t *testing.T) {
	m, w := newTestWindow(t, fyne.NewSize(1280, 800))
	drain := withIndex(t, m)
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	cycle := func() {
		w.Canvas().(desktopShortcutCanvas).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	}
	for _, want := range []string{"pl", "ru"} {
		cycle()
		if m.loc.Code() != want || m.settings.Lang != want {
			t.Fatalf("Ctrl+Shift+L: %s (saved %q), want %s", m.loc.Code(), m.settings.Lang, want)
		}
		checkNoEnglish(t, m, w, want+" library")
		m.search.entry.SetText("INF")
		drain()
		checkNoEnglish(t, m, w, want+" search")
		if !strings.Contains(m.search.count.Text, map[string]string{"pl": "Znaleziono", "ru": "Найдено"}[want]) {
			t.Errorf("%s count: %q", want, m.search.count.Text)
		}
		m.showSettings()
		checkNoEnglish(t, m, w, want+" settings")
		for _, o := range w.Canvas().Overlays().List() {
			w.Canvas().Overlays().Remove(o)
		}
		m.search.entry.SetText("")
	}
	// The library shows each brief in the interface language.
	for _, row := range m.library.rows {
		if row.brief != nil && row.brief.Lang != "ru" {
			t.Errorf("Russian library lists %s in %s", row.brief.ID, row.brief.Lang)
		}
	}
}

// TestGoldenLanguages shows the window, and the settings, in Polish and
// Russian.
func TestGoldenLanguages(t *testing.T) {
	for _, code := range []string{"pl", "ru"} {
		m, w := newTestWindow(t, fyne.NewSize(1024, 768))
		m.setLanguage(code)
		spot, _ := m.lib.ByID(spotlightID + "-" + code)
		m.open(spot, false)
		test.AssertImageMatches(t, "lang-"+code+".png", w.Canvas().Capture())
		m.showSettings()
		test.AssertImageMatches(t, "lang-"+code+"-settings.png", w.Canvas().Capture())
	}
}

// TestFyneFollowsLanguage checks that Fyne's own texts (its dialogs'
// buttons, the entries' menus) switch with the interface.
func TestFyneFollowsLanguage(t *testing.T) {
	m, _ := newTestWindow(t, fyne.NewSize(800, 600))
	for code, want := range map[string]string{"pl": "Anuluj", "ru": "Отмена", "en": "Cancel"} {
		m.setLanguage(code)
		if got := lang.L("Cancel"); got != want {
			t.Errorf("%s: Fyne's Cancel is %q, want %q", code, got, want)
		}
	}
}
