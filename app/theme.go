package app

import (
	"image/color"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pismreader/assets"
	"pismreader/settings"
)

// readerTheme is Fyne's default theme with the reader's colours, text
// size and font. The text size scales the whole interface, not only the
// brief: text, icons and the room around them.
type readerTheme struct {
	s      settings.Settings
	custom palette
}

func newReaderTheme(s settings.Settings) *readerTheme {
	t := &readerTheme{s: s}
	fg, _ := settings.ParseColor(s.TextColor)
	bg, _ := settings.ParseColor(s.BackgroundColor)
	t.custom = customPalette(fg, bg)
	return t
}

// palette returns the colours for the variant the system asks for; the
// system theme follows it, the others do not.
func (t *readerTheme) palette(v fyne.ThemeVariant) palette {
	switch t.s.Theme {
	case settings.Custom:
		return t.custom
	case settings.System, "":
		if v == theme.VariantDark {
			return palettes[settings.Dark]
		}
		return palettes[settings.Light]
	}
	return palettes[t.s.Theme]
}

// Color implements fyne.Theme.
func (t *readerTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	p := t.palette(v)
	translucent := func(c color.NRGBA, a uint8) color.NRGBA { c.A = a; return c }
	switch n {
	case theme.ColorNameBackground, theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground,
		theme.ColorNameHeaderBackground:
		return p.bg
	case theme.ColorNameForeground, theme.ColorNameForegroundOnSuccess, theme.ColorNameForegroundOnWarning:
		return p.fg
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return p.muted
	case theme.ColorNameHyperlink:
		return p.link
	case theme.ColorNameButton:
		return p.control
	case theme.ColorNameDisabledButton:
		return mix(p.control, p.bg, 0.5)
	case theme.ColorNameInputBackground:
		return p.input
	case theme.ColorNameInputBorder, theme.ColorNameSeparator, theme.ColorNameScrollBar:
		return p.border
	case theme.ColorNameScrollBarBackground:
		return translucent(p.fg, 0x10)
	case theme.ColorNamePrimary:
		return p.ring
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnError:
		return p.onPrimary
	case theme.ColorNameFocus:
		// Fyne fills focused buttons, menu items and selects with this and
		// keeps their label colour on it: it must be a background the text
		// stays readable on. The ring around the control marks the focus.
		return p.selection
	case theme.ColorNameSelection:
		return p.selection
	case theme.ColorNameHover, theme.ColorNamePressed:
		return translucent(p.fg, 0x14)
	case theme.ColorNameShadow:
		return translucent(color.NRGBA{}, 0x40)
	case theme.ColorNameError:
		return p.errorColour
	case theme.ColorNameSuccess, theme.ColorNameWarning:
		return p.control
	case colorNameRing:
		return p.ring
	case colorNameHitBackground:
		return p.hitBG
	case colorNameHitForeground:
		return p.hitFG
	}
	return theme.DefaultTheme().Color(n, t.variant(v))
}

// Colours of our own widgets.
const (
	colorNameRing          fyne.ThemeColorName = "pismreader-ring"
	colorNameHitBackground fyne.ThemeColorName = "pismreader-hit-background"
	colorNameHitForeground fyne.ThemeColorName = "pismreader-hit-foreground"
)

func (t *readerTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	if t.palette(v).dark {
		return theme.VariantDark
	}
	return theme.VariantLight
}

// Size implements fyne.Theme. Text and icons grow with the text size;
// padding grows half as fast, so that large text keeps the room it needs
// without the controls swallowing the window.
func (t *readerTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.s.Scale()
	base := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return base * (1 + s) / 2
	case theme.SizeNameInputBorder, theme.SizeNameSeparatorThickness:
		return max(2, base*min(s, 2)) // a border of at least 2 px
	case theme.SizeNameScrollBar, theme.SizeNameScrollBarSmall:
		return base * max(1, min(s, 2))
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius, theme.SizeNameScrollBarRadius:
		// Square corners: crisper edges for magnified reading, and a
		// rounded corner costs a software renderer a rasteriser pass.
		return 0
	}
	return base * s
}

// Icon implements fyne.Theme.
func (t *readerTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Font implements fyne.Theme. Glyphs a font lacks (Cyrillic, in
// Atkinson Hyperlegible) are drawn by Fyne from its default Noto Sans.
func (t *readerTheme) Font(st fyne.TextStyle) fyne.Resource {
	if st.Symbol {
		return theme.DefaultTheme().Font(st)
	}
	name := t.s.Font
	if st.Monospace {
		name = settings.Mono
	}
	switch name {
	case settings.AtkinsonHyperlegible:
		return fontFile("AtkinsonHyperlegible", st, "Italic", "BoldItalic")
	case settings.Mono:
		return fontFile("DejaVuSansMono", st, "Oblique", "BoldOblique")
	}
	return theme.DefaultTheme().Font(st)
}

var fontCache = map[string]fyne.Resource{}

// fontFile returns the bundled font of family in the style st.
func fontFile(family string, st fyne.TextStyle, italic, boldItalic string) fyne.Resource {
	name := family + "-Regular.ttf"
	switch {
	case st.Bold && st.Italic:
		name = family + "-" + boldItalic + ".ttf"
	case st.Bold:
		name = family + "-Bold.ttf"
	case st.Italic:
		name = family + "-" + italic + ".ttf"
	}
	if family == "DejaVuSansMono" && name == family+"-Regular.ttf" {
		name = family + ".ttf"
	}
	if r, ok := fontCache[name]; ok {
		return r
	}
	data, err := fs.ReadFile(assets.Fonts, "fonts/"+name)
	if err != nil {
		fyne.LogError("font "+name, err)
		return theme.DefaultTheme().Font(st)
	}
	r := fyne.NewStaticResource(name, data)
	fontCache[name] = r
	return r
}
