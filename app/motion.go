package app

import "fyne.io/fyne/v2"

// reducedMotion is the reader's choice to turn animations off.
var reducedMotion bool

// motionApp is the running app with its settings' ShowAnimations answered
// by the reader's choice: Fyne reads that switch only from its own global
// settings file, which the app must not rewrite. Fyne's widgets ask
// fyne.CurrentApp() for it each time they would animate.
type motionApp struct {
	fyne.App
	settings motionSettings
}

// Settings implements fyne.App.
func (a *motionApp) Settings() fyne.Settings { return &a.settings }

type motionSettings struct{ fyne.Settings }

// ShowAnimations implements fyne.Settings.
func (s *motionSettings) ShowAnimations() bool {
	return !reducedMotion && s.Settings.ShowAnimations()
}

func setReducedMotion(on bool) { reducedMotion = on }
