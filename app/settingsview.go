package app

import (
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"pismreader/i18n"
	"pismreader/settings"
	"pismreader/speech"
)

// themeLabels are the message keys of the theme names.
var themeLabels = map[string]string{
	settings.System: "Follow the system", settings.Light: "Light", settings.Dark: "Dark", settings.Sepia: "Sepia",
	settings.WhiteOnBlack: "White on black", settings.YellowOnBlack: "Yellow on black",
	settings.BlackOnYellow: "Black on yellow", settings.BlackOnWhite: "Black on white", settings.Custom: "Custom colours",
}

// fontLabels are the message keys of the font names.
var fontLabels = map[string]string{
	settings.NotoSans: "Noto Sans", settings.AtkinsonHyperlegible: "Atkinson Hyperlegible", settings.Mono: "Monospace",
}

// themeMenu is the View menu's list of themes, the current one checked.
func (m *mainWindow) themeMenu() *fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, name := range settings.Themes {
		it := fyne.NewMenuItem(m.loc.T(themeLabels[name]), func() { m.setTheme(name) })
		it.Checked = m.settings.Theme == name
		items = append(items, it)
	}
	item := fyne.NewMenuItem(m.loc.T("Theme"), nil)
	item.ChildMenu = fyne.NewMenu("", items...)
	return item
}

// nextTheme cycles through the preset themes, for the keyboard.
func (m *mainWindow) nextTheme() {
	i := slices.Index(settings.Themes, m.settings.Theme)
	next := settings.Themes[(i+1)%len(settings.Themes)]
	if next == settings.Custom {
		next = settings.Themes[0]
	}
	m.setTheme(next)
}

// settingsView is the settings dialog's content: every choice applies at
// once, so that the reader sees its effect.
type settingsView struct {
	m *mainWindow

	theme, font, lang                *ringSelect
	scale, line, para, length        *ringSlider
	scaleLabel, lineLabel            *widget.Label
	paraLabel, lengthLabel           *widget.Label
	fullWidth, motion                *ringCheck
	engine                           *ringSelect
	rate                             *ringSlider
	rateLabel                        *widget.Label
	engines, engineNames             []string // names as settings and as shown
	fg, bg                           *ringEntry
	contrast                         *widget.Label
	warning                          *widget.Label
	swatchText, swatchBG             *canvas.Rectangle
	themeNames, fontNames, langNames []string
	quiet                            bool // set while the view sets its own fields
}

func (m *mainWindow) showSettings() {
	v := &settingsView{m: m}
	scroll := container.NewVScroll(v.buildUI())
	for _, r := range []*ringState{&v.theme.ringState, &v.font.ringState, &v.lang.ringState, &v.scale.ringState,
		&v.line.ringState, &v.para.ringState, &v.length.ringState, &v.fullWidth.ringState, &v.motion.ringState,
		&v.fg.ringState, &v.bg.ringState, &v.engine.ringState, &v.rate.ringState} {
		r.into = scroll
	}
	d := m.showDialog(m.loc.T("Settings"), scroll)
	d.Resize(m.win.Canvas().Size().Subtract(fyne.NewSize(40, 40)))
}

// change applies a change made with the dialog's controls.
func (v *settingsView) change(edit func(*settings.Settings)) {
	s := v.m.settings
	edit(&s)
	v.m.changeSettings(s)
	v.update()
}

func (v *settingsView) buildUI() fyne.CanvasObject {
	l := v.m.loc
	for _, n := range settings.Themes {
		v.themeNames = append(v.themeNames, l.T(themeLabels[n]))
	}
	for _, n := range settings.Fonts {
		v.fontNames = append(v.fontNames, l.T(fontLabels[n]))
	}
	v.langNames = []string{l.T("Follow the system"), "English", "Polski", "Русский"}
	v.theme = newSelect(v.themeNames, func(label string) {
		if i := slices.Index(v.themeNames, label); i >= 0 {
			v.change(func(s *settings.Settings) { s.Theme = settings.Themes[i] })
		}
	})
	v.font = newSelect(v.fontNames, func(label string) {
		if i := slices.Index(v.fontNames, label); i >= 0 {
			v.change(func(s *settings.Settings) { s.Font = settings.Fonts[i] })
		}
	})
	v.lang = newSelect(v.langNames, func(label string) {
		if i := slices.Index(v.langNames, label); i >= 0 {
			v.m.setLanguage([]string{"", "en", "pl", "ru"}[i])
		}
	})
	// The slider steps through the text sizes of the Smaller and Bigger
	// commands, one arrow key a step.
	v.scale = newSlider(0, float64(len(settings.ScaleSteps)-1), 1, func(f float64) {
		v.change(func(s *settings.Settings) { s.TextScale = settings.ScaleSteps[int(f)] })
	})
	v.line = newSlider(settings.MinLineSpacing, settings.MaxLineSpacing, 0.1, func(f float64) {
		v.change(func(s *settings.Settings) { s.LineSpacing = roundTo(f, 0.1) })
	})
	v.para = newSlider(settings.MinParagraph, settings.MaxParagraph, 0.25, func(f float64) {
		v.change(func(s *settings.Settings) { s.ParagraphSpacing = roundTo(f, 0.25) })
	})
	v.length = newSlider(settings.MinLineLength, settings.MaxLineLength, 5, func(f float64) {
		v.change(func(s *settings.Settings) { s.LineLength = int(f) })
	})
	v.fullWidth = newCheck("", func(on bool) {
		v.change(func(s *settings.Settings) {
			if on {
				s.LineLength = 0
			} else if s.LineLength == 0 {
				s.LineLength = int(v.length.Value)
			}
		})
	})
	v.motion = newCheck("", func(on bool) {
		v.change(func(s *settings.Settings) { s.ReduceMotion = on })
	})
	v.engines = speechEngineNames()
	for _, n := range v.engines {
		if n == settings.SpeechAuto {
			// Say which engine "automatic" is, so that the reader knows.
			if best := speech.Available(speech.Host()); len(best) > 0 {
				n = l.T("Automatic (%s)", best[0].Name())
			} else {
				n = l.T("Automatic (none installed)")
			}
		}
		v.engineNames = append(v.engineNames, n)
	}
	v.engine = newSelect(v.engineNames, func(label string) {
		if i := slices.Index(v.engineNames, label); i >= 0 {
			v.change(func(s *settings.Settings) { s.SpeechEngine = v.engines[i] })
		}
	})
	v.rate = newSlider(settings.MinSpeechRate, settings.MaxSpeechRate, 0.25, func(f float64) {
		v.change(func(s *settings.Settings) { s.SpeechRate = roundTo(f, 0.25) })
	})
	v.rateLabel = widget.NewLabel("")
	v.rateLabel.Wrapping = fyne.TextWrapWord
	v.fg, v.bg = newEntry(), newEntry()
	v.fg.SetPlaceHolder("#000000")
	v.bg.SetPlaceHolder("#ffffff")
	v.fg.SetText(v.m.settings.TextColor)
	v.bg.SetText(v.m.settings.BackgroundColor)
	v.fg.OnChanged = func(string) { v.colourChanged() }
	v.bg.OnChanged = func(string) { v.colourChanged() }
	v.swatchText, v.swatchBG = canvas.NewRectangle(color.Black), canvas.NewRectangle(color.White)
	v.contrast, v.warning = widget.NewLabel(""), widget.NewLabel("")
	v.contrast.Wrapping, v.warning.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	v.warning.Importance = widget.DangerImportance
	v.scaleLabel, v.lineLabel, v.paraLabel, v.lengthLabel = widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
	for _, lb := range []*widget.Label{v.scaleLabel, v.lineLabel, v.paraLabel, v.lengthLabel} {
		lb.Wrapping = fyne.TextWrapWord
	}
	v.update()

	heading := func(s string) fyne.CanvasObject {
		h := widget.NewLabel(s)
		h.TextStyle.Bold = true
		h.Wrapping = fyne.TextWrapWord
		return h
	}
	label := func(s string) fyne.CanvasObject {
		lb := widget.NewLabel(s)
		lb.Wrapping = fyne.TextWrapWord
		return lb
	}
	v.swatchText.SetMinSize(fyne.NewSquareSize(32))
	v.swatchBG.SetMinSize(fyne.NewSquareSize(32))
	// One column, label above control, in reading and Tab order: it fits
	// any width, at any text size.
	return container.NewVBox(
		heading(l.T("Text")),
		v.scaleLabel, v.scale,
		label(l.T("Font")), v.font,
		v.lineLabel, v.line,
		v.paraLabel, v.para,
		v.lengthLabel, v.length, checkRow(v.fullWidth, label(l.T("Full width"))),
		heading(l.T("Colours")),
		label(l.T("Theme")), v.theme,
		label(l.T("Custom text colour (#rrggbb)")), container.NewBorder(nil, nil, nil, v.swatchText, v.fg),
		label(l.T("Custom background colour (#rrggbb)")), container.NewBorder(nil, nil, nil, v.swatchBG, v.bg),
		v.contrast, v.warning,
		heading(l.T("Other")),
		checkRow(v.motion, label(l.T("Reduce motion: no animations"))),
		label(l.T("Interface language")), v.lang,
		heading(l.T("Read aloud")),
		label(l.T("Speech engine")), v.engine,
		v.rateLabel, v.rate,
		// A way back for a reader who has made the screen unreadable.
		container.NewHBox(newButton(l.T("Reset all settings"), nil, v.reset)),
	)
}

// reset returns every setting but the language to its default.
func (v *settingsView) reset() {
	d := settings.Defaults()
	d.Lang = v.m.settings.Lang
	v.quiet = true // the fields' echo is not the reader choosing colours
	v.fg.SetText(d.TextColor)
	v.bg.SetText(d.BackgroundColor)
	v.quiet = false
	v.m.changeSettings(d)
	v.update()
}

// checkRow puts a check box before its label, which wraps: a check box's
// own text does not, and at a large text size would widen the dialog.
func checkRow(c *ringCheck, label fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, c, nil, label)
}

// update shows the current settings in the controls, without firing them.
func (v *settingsView) update() {
	l, s := v.m.loc, v.m.settings
	{
		if i := slices.Index(settings.Themes, s.Theme); i >= 0 {
			setSelect(v.theme, v.themeNames[i])
		}
		if i := slices.Index(settings.Fonts, s.Font); i >= 0 {
			setSelect(v.font, v.fontNames[i])
		}
		if i := slices.Index([]string{"", "en", "pl", "ru"}, s.Lang); i >= 0 {
			setSelect(v.lang, v.langNames[i])
		}
	}
	if i := slices.Index(v.engines, s.SpeechEngine); i >= 0 {
		setSelect(v.engine, v.engineNames[i])
	}
	setSlider(v.rate, s.SpeechRate)
	v.rateLabel.SetText(l.T("Reading speed: %s×", decimal(l, s.SpeechRate, 2)))
	setSlider(v.scale, float64(max(slices.Index(settings.ScaleSteps, s.TextScale), nearestStep(s.TextScale))))
	setSlider(v.line, s.LineSpacing)
	setSlider(v.para, s.ParagraphSpacing)
	if s.LineLength > 0 {
		setSlider(v.length, float64(s.LineLength))
		v.length.Enable()
	} else {
		v.length.Disable()
	}
	setCheck(&v.fullWidth.Check, s.LineLength == 0)
	setCheck(&v.motion.Check, s.ReduceMotion)
	v.scaleLabel.SetText(l.T("Text size: %d %%", s.TextScale))
	v.lineLabel.SetText(l.T("Line spacing: %s", decimal(l, s.LineSpacing, 1)))
	v.paraLabel.SetText(l.T("Paragraph spacing: %s lines", decimal(l, s.ParagraphSpacing, 2)))
	if s.LineLength > 0 {
		v.lengthLabel.SetText(l.T("Line length: about %d characters", s.LineLength))
	} else {
		v.lengthLabel.SetText(l.T("Line length: full width"))
	}
	v.showContrast()
}

// colourChanged takes the custom colours once both are valid, and
// switches to the custom theme, so that the reader sees them.
func (v *settingsView) colourChanged() {
	if v.quiet {
		return
	}
	fg, err1 := settings.ParseColor(v.fg.Text)
	bg, err2 := settings.ParseColor(v.bg.Text)
	if err1 != nil || err2 != nil {
		v.contrast.SetText(v.m.loc.T("Write colours as #rrggbb, such as #ffff00."))
		v.warning.SetText("")
		return
	}
	v.change(func(s *settings.Settings) {
		s.TextColor, s.BackgroundColor, s.Theme = settings.FormatColor(fg), settings.FormatColor(bg), settings.Custom
	})
}

// showContrast shows the contrast ratio of the custom colours, live, with
// a warning below 7:1, the level low-vision readers need.
func (v *settingsView) showContrast() {
	fg, err1 := settings.ParseColor(v.m.settings.TextColor)
	bg, err2 := settings.ParseColor(v.m.settings.BackgroundColor)
	if err1 != nil || err2 != nil {
		return
	}
	v.swatchText.FillColor, v.swatchBG.FillColor = fg, bg
	v.swatchText.StrokeColor, v.swatchBG.StrokeColor = color.Gray{0x80}, color.Gray{0x80}
	v.swatchText.StrokeWidth, v.swatchBG.StrokeWidth = 2, 2
	v.swatchText.Refresh()
	v.swatchBG.Refresh()
	ratio := settings.Contrast(fg, bg)
	v.contrast.SetText(v.m.loc.T("Contrast of the custom colours: %s:1", decimal(v.m.loc, ratio, 1)))
	if ratio < 7 {
		v.warning.SetText(v.m.loc.T("Below 7:1: many readers with low vision will find this hard to read."))
	} else {
		v.warning.SetText("")
	}
}

// setSelect shows label in s without firing s.OnChanged.
func setSelect(s *ringSelect, label string) {
	if s.Selected == label {
		return
	}
	cb := s.OnChanged
	s.OnChanged = nil
	s.SetSelected(label)
	s.OnChanged = cb
}

func setSlider(s *ringSlider, f float64) {
	if s.Value == f {
		return
	}
	cb := s.OnChanged
	s.OnChanged = nil
	s.SetValue(f)
	s.OnChanged = cb
}

func setCheck(c *widget.Check, on bool) {
	if c.Checked == on {
		return
	}
	cb := c.OnChanged
	c.OnChanged = nil
	c.SetChecked(on)
	c.OnChanged = cb
}

// nearestStep is the index of the text-size step nearest to percent.
func nearestStep(percent int) int {
	best := 0
	for i, st := range settings.ScaleSteps {
		if abs(st-percent) < abs(settings.ScaleSteps[best]-percent) {
			best = i
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func roundTo(f, step float64) float64 {
	return float64(int(f/step+0.5)) * step
}

// decimal writes f with prec decimals, with the decimal comma of Polish
// and Russian.
func decimal(l *i18n.Localizer, f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if l.Code() != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
