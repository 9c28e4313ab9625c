package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Pane widths, in text sizes so that large text gets the room it needs:
// below narrowWidth one pane shows at a time, as on a phone; from
// wideWidth the outline has a pane of its own. At the default size they
// are 640 and 1100 px.
const (
	narrowWidth = 640.0 / 14
	wideWidth   = 1100.0 / 14
)

// paneLayout places the panes: library | reader | outline on a wide
// window, library | reader on a middling one, and one of library or reader
// on a narrow one.
type paneLayout struct {
	m          *mainWindow
	narrow     bool
	showReader bool // in a narrow window: the reader rather than the library
}

func (l *paneLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(theme.TextSize()*12, theme.TextSize()*10)
}

func (l *paneLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	library, sep1, reader, sep2, outline, probe := objs[0], objs[1], objs[2], objs[3], objs[4], objs[5]
	probe.Resize(fyne.NewSize(1, 1))
	em := theme.TextSize()
	l.narrow = size.Width < narrowWidth*em
	l.m.reader.back.Hidden = !l.narrow && len(l.m.history) == 0
	show := func(o fyne.CanvasObject, x, w float32) {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		o.Show()
	}
	if l.narrow {
		sep1.Hide()
		sep2.Hide()
		outline.Hide()
		if l.showReader && l.m.reader.brief != nil {
			library.Hide()
			show(reader, 0, size.Width)
		} else {
			reader.Hide()
			show(library, 0, size.Width)
		}
		return
	}
	sepW := theme.SeparatorThicknessSize()
	libW := min(max(theme.TextSize()*20, size.Width*0.25), size.Width*0.4)
	outW := float32(0)
	if size.Width >= wideWidth*em && len(l.m.reader.headings) > 0 {
		outW = min(max(theme.TextSize()*16, size.Width*0.18), size.Width*0.25)
	}
	show(library, 0, libW)
	show(sep1, libW, sepW)
	readerW := size.Width - libW - sepW
	if outW > 0 {
		readerW -= outW + sepW
		show(sep2, libW+sepW+readerW, sepW)
		show(outline, size.Width-outW, outW)
	} else {
		sep2.Hide()
		outline.Hide()
	}
	show(reader, libW+sepW, readerW)
}

// onFirstFrame is called once, from the painter, when set.
var onFirstFrame func()

// newFirstFrameProbe returns a one-pixel raster. The GL painter calls a
// raster's generator only while it draws a frame, so the first call tells
// that the first frame is being drawn.
func newFirstFrameProbe() fyne.CanvasObject {
	fired := false
	r := canvas.NewRasterWithPixels(func(_, _, _, _ int) color.Color {
		if !fired && onFirstFrame != nil {
			fired = true
			go onFirstFrame()
		}
		return color.Transparent
	})
	return r
}
