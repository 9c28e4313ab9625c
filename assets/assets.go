// Package assets holds the files the app ships besides its code: the icon,
// and for installation the desktop entry and the AppStream metadata.
package assets

import (
	"embed"
)

// IconPNG is the app icon, 512×512 pixels.
//
//go:embed icon.png
var IconPNG []byte

// Fonts holds the fonts the reader can choose besides Fyne's Noto Sans:
// Atkinson Hyperlegible (SIL OFL 1.1, OFL-AtkinsonHyperlegible.txt) in four
// styles, and DejaVu Sans Mono in four styles (LICENSE-DejaVu.txt), whose
// bold and oblique Fyne's own monospace font lacks.
//
//go:embed fonts/*.ttf
var Fonts embed.FS
