package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowLayout places its objects (groups of controls) left to right and
// starts a new row where the next one does not fit, so that at a large
// text size the toolbar grows down rather than the window growing wide.
type flowLayout struct{}

// rows returns the position of every visible object at width w and the
// total height.
func (flowLayout) place(objs []fyne.CanvasObject, w float32) ([]fyne.Position, float32) {
	gap := theme.Padding() * 2
	pos := make([]fyne.Position, len(objs))
	x, y, rowH := float32(0), float32(0), float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if x > 0 && x+s.Width > w {
			x, y, rowH = 0, y+rowH+theme.Padding(), 0
		}
		pos[i] = fyne.NewPos(x, y)
		x += s.Width + gap
		rowH = max(rowH, s.Height)
	}
	return pos, y + rowH
}

// Layout implements fyne.Layout.
func (l flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pos, _ := l.place(objs, size.Width)
	for i, o := range objs {
		o.Move(pos[i])
		o.Resize(o.MinSize())
	}
}

// MinSize implements fyne.Layout: as wide as the widest object, one row
// high; heightFor gives the height at a given width.
func (flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}

func (l flowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	_, h := l.place(objs, w)
	return h
}

// readerLayout puts the toolbar, as high as its rows need at the reader's
// width, above the brief.
type readerLayout struct{ bar, find *fyne.Container }

// Layout implements fyne.Layout.
func (l readerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	p := theme.Padding()
	barH := flowLayout{}.heightFor(l.bar.Objects, size.Width-2*p)
	l.bar.Move(fyne.NewPos(p, p))
	l.bar.Resize(fyne.NewSize(size.Width-2*p, barH))
	top := barH + 2*p
	if l.find.Visible() && slices.Contains(objs, fyne.CanvasObject(l.find)) {
		h := l.find.MinSize().Height
		l.find.Move(fyne.NewPos(p, top))
		l.find.Resize(fyne.NewSize(size.Width-2*p, h))
		top += h + p
	}
	for _, o := range objs {
		if o == fyne.CanvasObject(l.bar) || o == fyne.CanvasObject(l.find) {
			continue
		}
		o.Move(fyne.NewPos(0, top))
		o.Resize(fyne.NewSize(size.Width, size.Height-top))
	}
}

// MinSize implements fyne.Layout.
func (l readerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := l.bar.MinSize().AddWidthHeight(2*theme.Padding(), 2*theme.Padding())
	for _, o := range objs {
		if o != fyne.CanvasObject(l.bar) && o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
		}
	}
	return s
}

// flowBox is a flowLayout as a widget whose minimum height is that of its
// rows at its current width, for use in boxes that stack by minimum size.
// When a new width changes its height, OnReflow lets the owner lay out
// again.
type flowBox struct {
	widget.BaseWidget
	objs     []fyne.CanvasObject
	width    float32
	OnReflow func()
}

func newFlowBox(objs ...fyne.CanvasObject) *flowBox {
	f := &flowBox{objs: objs}
	f.ExtendBaseWidget(f)
	return f
}

// MinSize implements fyne.Widget.
func (f *flowBox) MinSize() fyne.Size {
	s := flowLayout{}.MinSize(f.objs)
	if f.width > 0 {
		s.Height = flowLayout{}.heightFor(f.objs, f.width)
	}
	return s
}

// Resize implements fyne.Widget.
func (f *flowBox) Resize(s fyne.Size) {
	if s.Width != f.width {
		before := f.MinSize().Height
		f.width = s.Width
		if f.MinSize().Height != before && f.OnReflow != nil {
			defer f.OnReflow()
		}
	}
	f.BaseWidget.Resize(s)
}

// CreateRenderer implements fyne.Widget.
func (f *flowBox) CreateRenderer() fyne.WidgetRenderer {
	return &flowBoxRenderer{f: f}
}

type flowBoxRenderer struct{ f *flowBox }

func (r *flowBoxRenderer) Layout(s fyne.Size)           { flowLayout{}.Layout(r.f.objs, s) }
func (r *flowBoxRenderer) MinSize() fyne.Size           { return r.f.MinSize() }
func (r *flowBoxRenderer) Refresh()                     { r.Layout(r.f.Size()) }
func (r *flowBoxRenderer) Objects() []fyne.CanvasObject { return r.f.objs }
func (r *flowBoxRenderer) Destroy()                     {}
