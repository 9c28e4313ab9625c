package app

import (
	"image/color"

	"pismreader/settings"
)

// palette is the handful of colours a theme is made of; every colour Fyne
// asks for is one of these or a blend of two.
type palette struct {
	bg, fg      color.NRGBA // the page and its text
	muted       color.NRGBA // placeholder and disabled text, ≥ the text threshold too
	link        color.NRGBA
	control     color.NRGBA // button face
	input       color.NRGBA // entry face
	border      color.NRGBA // entry border, separators, scroll bar: ≥ 3:1 on bg
	ring        color.NRGBA // focus indicator, ≥ 3:1 on bg and control
	selection   color.NRGBA // selected row, focused menu item: fg stays readable
	hitBG       color.NRGBA // search hit and sentence read aloud
	hitFG       color.NRGBA
	onPrimary   color.NRGBA // text on a primary (ring-coloured) button
	errorColour color.NRGBA
	dark        bool
}

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// palettes are the preset themes; "system" picks light or dark, "custom"
// is derived from two colours by customPalette.
var palettes = map[string]palette{
	settings.Light: {
		bg: rgb(0xffffff), fg: rgb(0x1a1a1a), muted: rgb(0x595959), link: rgb(0x0b4f9c),
		control: rgb(0xe8e8e8), input: rgb(0xffffff), border: rgb(0x6b6b6b), ring: rgb(0x0b4f9c),
		selection: rgb(0xcfe0f7), hitBG: rgb(0xffe14d), hitFG: rgb(0x000000), onPrimary: rgb(0xffffff),
		errorColour: rgb(0xb00020),
	},
	settings.Dark: {
		bg: rgb(0x121212), fg: rgb(0xececec), muted: rgb(0xa6a6a6), link: rgb(0x8cc4ff),
		control: rgb(0x2b2b2b), input: rgb(0x1e1e1e), border: rgb(0x8f8f8f), ring: rgb(0x8cc4ff),
		selection: rgb(0x254870), hitBG: rgb(0xffd54f), hitFG: rgb(0x000000), onPrimary: rgb(0x000000),
		errorColour: rgb(0xff8a80), dark: true,
	},
	settings.Sepia: {
		bg: rgb(0xf5ecd7), fg: rgb(0x3b2e1a), muted: rgb(0x5e4d33), link: rgb(0x7a3300),
		control: rgb(0xe6d9bb), input: rgb(0xfbf6ea), border: rgb(0x7d6a4c), ring: rgb(0x7a3300),
		selection: rgb(0xe3cfa0), hitBG: rgb(0x3b2e1a), hitFG: rgb(0xf5ecd7), onPrimary: rgb(0xffffff),
		errorColour: rgb(0x9b1c1c),
	},
	settings.WhiteOnBlack: {
		bg: rgb(0x000000), fg: rgb(0xffffff), muted: rgb(0xc8c8c8), link: rgb(0x9fd8ff),
		control: rgb(0x262626), input: rgb(0x000000), border: rgb(0xbdbdbd), ring: rgb(0xffd400),
		selection: rgb(0x1f3d73), hitBG: rgb(0xffffff), hitFG: rgb(0x000000), onPrimary: rgb(0x000000),
		errorColour: rgb(0xff9e9e), dark: true,
	},
	settings.YellowOnBlack: {
		bg: rgb(0x000000), fg: rgb(0xffff00), muted: rgb(0xd9d98c), link: rgb(0x7fffff),
		control: rgb(0x262626), input: rgb(0x000000), border: rgb(0xcccc00), ring: rgb(0xffffff),
		selection: rgb(0x002b80), hitBG: rgb(0xffff00), hitFG: rgb(0x000000), onPrimary: rgb(0x000000),
		errorColour: rgb(0xff9e9e), dark: true,
	},
	settings.BlackOnYellow: {
		bg: rgb(0xffff00), fg: rgb(0x000000), muted: rgb(0x3d3d00), link: rgb(0x00007a),
		control: rgb(0xe0e000), input: rgb(0xffffa0), border: rgb(0x4d4d00), ring: rgb(0x0000c0),
		selection: rgb(0xc2c200), hitBG: rgb(0x000000), hitFG: rgb(0xffff00), onPrimary: rgb(0xffffff),
		errorColour: rgb(0x8a0000),
	},
	settings.BlackOnWhite: {
		bg: rgb(0xffffff), fg: rgb(0x000000), muted: rgb(0x3b3b3b), link: rgb(0x0000b3),
		control: rgb(0xe6e6e6), input: rgb(0xffffff), border: rgb(0x4d4d4d), ring: rgb(0x0000c0),
		selection: rgb(0xbfd4ff), hitBG: rgb(0x000000), hitFG: rgb(0xffffff), onPrimary: rgb(0xffffff),
		errorColour: rgb(0x8a0000),
	},
}

// mix returns a, moved towards b by t (0..1).
func mix(a, b color.NRGBA, t float64) color.NRGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{R: m(a.R, b.R), G: m(a.G, b.G), B: m(a.B, b.B), A: 0xff}
}

// customPalette derives a theme from the reader's two colours. Every
// derived colour stays close to one of the two, so that it keeps most of
// their contrast; hits are drawn in reverse video, which keeps all of it.
func customPalette(fg, bg color.NRGBA) palette {
	dark := settings.Luminance(bg) < settings.Luminance(fg)
	return palette{
		bg: bg, fg: fg, muted: mix(fg, bg, 0.2), link: fg,
		control: mix(bg, fg, 0.1), input: bg, border: mix(fg, bg, 0.3), ring: fg,
		selection: mix(bg, fg, 0.12), hitBG: fg, hitFG: bg, onPrimary: bg,
		errorColour: fg, dark: dark,
	}
}
