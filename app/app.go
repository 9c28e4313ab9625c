// Package app is the window of PISM Reader: the library, the reader and
// the outline, their keyboard use and menus. It is the only package that
// imports Fyne.
package app

import (
	"fmt"
	"os"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"pismreader/assets"
	"pismreader/cli"
	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
	"pismreader/search"
	"pismreader/settings"
	"pismreader/state"
)

// ID is the application ID, as in FyneApp.toml.
const ID = "io.github.pismreader.PISMReader"

// processStart is taken while the program initialises, the nearest a Go
// program gets to its own start without platform calls.
var processStart = time.Now()

// sinceStart is the time since the process started: from the kernel's
// record where there is one, as it also counts loading and initialising.
func sinceStart() time.Duration {
	d := time.Since(processStart)
	if age, ok := processAge(); ok && age > d {
		return age
	}
	return d
}

// Run opens the main window and returns the process's exit code when the
// window closes.
func Run(o cli.Options) int {
	trace := func(what string) {
		if os.Getenv("PISMREADER_TRACE") != "" {
			fmt.Fprintf(os.Stderr, "%s: %d ms\n", what, sinceStart().Milliseconds())
		}
	}
	trace("main")
	// Parsing fonts takes tens of milliseconds each; on the second core it
	// overlaps with creating the app and the window. (Fyne's own fonts
	// cannot be loaded so: its text measuring is not safe for concurrent use.)
	go measurer.preparse()
	loc := i18n.New(o.Lang)
	userStore, err := content.DefaultStore()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pismreader:", err)
		userStore = nil // the bundled briefs only
	}
	shelf, err := library.Open(userStore)
	trace("library loaded")
	if shelf == nil {
		fmt.Fprintln(os.Stderr, "pismreader:", loc.T("the library cannot be loaded: %v", err))
		return 1
	}
	if err != nil {
		// The briefs that can be read are shown; the others are named.
		fmt.Fprintln(os.Stderr, "pismreader:", loc.T("some imported briefs cannot be read: %v", err))
	}
	store, err := state.DefaultStore()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pismreader:", err)
		store = nil // read without remembering the position
	}
	setStore, err := settings.DefaultStore()
	if err != nil {
		fmt.Fprintln(os.Stderr, "pismreader:", err)
		setStore = nil // the defaults, not saved
	}
	set := loadSettings(setStore, o, loc)
	if !o.LangSet && set.Lang != "" {
		loc = i18n.ForCode(set.Lang)
	}

	followLanguage(loc.Code())
	a := fyneapp.NewWithID(ID)
	if runtime.GOOS != "darwin" { // where Fyne's own settings type is asserted
		fyne.SetCurrentApp(&motionApp{App: a, settings: motionSettings{a.Settings()}})
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	w := a.NewWindow(loc.T("PISM Reader"))
	trace("app created")
	m := newMainWindow(a, w, shelf, loc, store, setStore, set)
	trace("window built")
	if err := m.restore(o.Open); err != nil {
		fmt.Fprintln(os.Stderr, "pismreader:", err)
		return 2
	}
	trace("brief opened")
	size := fyne.NewSize(1024, 768)
	if o.Width > 0 {
		size = fyne.NewSize(float32(o.Width), float32(o.Height))
	}
	w.Resize(size)
	w.SetCloseIntercept(func() {
		m.save()
		w.Close()
	})
	onFirstFrame = func() {
		if o.ExitAfterStart {
			fmt.Fprintf(os.Stderr, "first frame: %d ms\n", sinceStart().Milliseconds())
			os.Exit(0) // at once: quitting while GLFW delivers events can crash it
		}
		// The index opens once the window is up, so as not to compete with
		// drawing the first frame for the second core.
		dir, err := search.DefaultDir()
		if err != nil {
			fmt.Fprintln(os.Stderr, "pismreader:", err)
			return
		}
		fyne.Do(func() { m.search.start(dir) })
	}
	w.ShowAndRun()
	return 0
}
