// Package assets holds the files the app ships besides its code: the icon,
// and for installation the desktop entry and the AppStream metadata.
package assets

import (
	_ "embed"
)

// IconPNG is the app icon, 512×512 pixels.
//
//go:embed icon.png
var IconPNG []byte
