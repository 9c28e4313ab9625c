package app

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pismreader/settings"
)

// pair is a colour drawn on another, as Fyne or our widgets draw them.
type pair struct {
	what   string
	fg, bg fyne.ThemeColorName
	on     fyne.ThemeColorName // set when bg is translucent and drawn over on
	text   bool                // text: 4.5:1 or 7:1; otherwise 3:1
}

// pairs lists every text colour against every background it is drawn on,
// and the non-text elements against what surrounds them.
var pairs = []pair{
	{"text / page", theme.ColorNameForeground, theme.ColorNameBackground, "", true},
	{"text / button", theme.ColorNameForeground, theme.ColorNameButton, "", true},
	{"text / entry", theme.ColorNameForeground, theme.ColorNameInputBackground, "", true},
	{"text / menu", theme.ColorNameForeground, theme.ColorNameMenuBackground, "", true},
	{"text / dialog", theme.ColorNameForeground, theme.ColorNameOverlayBackground, "", true},
	{"hyperlink / page", theme.ColorNameHyperlink, theme.ColorNameBackground, "", true},
	{"placeholder / entry", theme.ColorNamePlaceHolder, theme.ColorNameInputBackground, "", true},
	{"disabled / page", theme.ColorNameDisabled, theme.ColorNameBackground, "", true},
	{"disabled / disabled button", theme.ColorNameDisabled, theme.ColorNameDisabledButton, "", true},
	{"selected / selection", theme.ColorNameForeground, theme.ColorNameSelection, "", true},
	{"hovered / hover on page", theme.ColorNameForeground, theme.ColorNameHover, theme.ColorNameBackground, true},
	{"hovered / hover on button", theme.ColorNameForeground, theme.ColorNameHover, theme.ColorNameButton, true},
	{"focused / focus fill", theme.ColorNameForeground, theme.ColorNameFocus, "", true},
	{"on primary / primary", theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, "", true},
	{"search hit / hit", colorNameHitForeground, colorNameHitBackground, "", true},
	{"focus ring / page", colorNameRing, theme.ColorNameBackground, "", false},
	{"focus ring / button", colorNameRing, theme.ColorNameButton, "", false},
	{"focus ring / selection", colorNameRing, theme.ColorNameSelection, "", false},
	{"entry border / page", theme.ColorNameInputBorder, theme.ColorNameBackground, "", false},
	{"entry border / entry", theme.ColorNameInputBorder, theme.ColorNameInputBackground, "", false},
	{"focused entry border / entry", theme.ColorNamePrimary, theme.ColorNameInputBackground, "", false},
	{"scroll bar / page", theme.ColorNameScrollBar, theme.ColorNameBackground, "", false},
	{"separator / page", theme.ColorNameSeparator, theme.ColorNameBackground, "", false},
	{"icon / page", theme.ColorNameForeground, theme.ColorNameBackground, "", false},
	{"icon / button", theme.ColorNameForeground, theme.ColorNameButton, "", false},
}

// TestContrast checks every theme's colours against WCAG thresholds:
// text 4.5:1 (7:1 in the high-contrast themes), other elements 3:1, and
// prints the table of ratios.
func TestContrast(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "%-30s", "")
	var themes []string
	for _, name := range settings.Themes {
		themes = append(themes, name)
		fmt.Fprintf(&b, " %8.8s", name)
	}
	b.WriteString("\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "%-30s", p.what)
		for _, name := range themes {
			s := settings.Defaults()
			s.Theme = name
			th := newReaderTheme(s)
			variants := []fyne.ThemeVariant{theme.VariantLight}
			if name == settings.System {
				variants = append(variants, theme.VariantDark)
			}
			worst := 21.0
			for _, v := range variants {
				bg := th.Color(p.bg, v)
				if p.on != "" {
					bg = settings.Over(bg, th.Color(p.on, v))
				}
				r := settings.Contrast(th.Color(p.fg, v), bg)
				worst = min(worst, r)
			}
			need := 3.0
			if p.text {
				need = 4.5
				if settings.HighContrast(name) {
					need = 7
				}
			}
			mark := " "
			if worst < need {
				mark = "!"
				t.Errorf("%s, %s: %.2f:1, need %.1f:1", name, p.what, worst, need)
			}
			fmt.Fprintf(&b, " %7.2f%s", worst, mark)
		}
		b.WriteString("\n")
	}
	t.Logf("contrast ratios (worst of light and dark for system):\n%s", b.String())
}

func TestContrastFormula(t *testing.T) {
	for _, c := range []struct {
		fg, bg color.Color
		want   float64
	}{
		{color.Black, color.White, 21},
		{color.White, color.White, 1},
		{rgb(0x767676), color.White, 4.54},
		{rgb(0xffff00), rgb(0x000000), 19.56},
	} {
		if got := settings.Contrast(c.fg, c.bg); got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("Contrast(%v, %v) = %.3f, want %.2f", c.fg, c.bg, got, c.want)
		}
	}
}
