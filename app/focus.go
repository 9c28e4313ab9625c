package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne marks a focused control by tinting its face, which in a
// high-contrast theme can leave too little contrast with its label or its
// surroundings. The controls here draw a ring in the theme's ring colour
// around themselves instead, at least 2 px thick, as a reader with low
// vision needs to find the focus.

// ringWidth is the focus ring's thickness: 2 px, more for large text.
func ringWidth() float32 { return min(max(2, theme.TextSize()/7), 5) }

// focusFrame is a ring drawn as four filled bars rather than one stroked
// rectangle: a stroke is rasterised over the whole rectangle's area, which
// for a focused brief costs a software painter tens of milliseconds.
type focusFrame [4]*canvas.Rectangle

func newFocusFrame() *focusFrame {
	var f focusFrame
	for i := range f {
		f[i] = canvas.NewRectangle(color.Transparent)
		f[i].Hide()
	}
	return &f
}

// layout puts the bars along the edges of a box of size s.
func (f *focusFrame) layout(s fyne.Size) {
	w := ringWidth()
	f[0].Move(fyne.NewPos(0, 0))
	f[0].Resize(fyne.NewSize(s.Width, w))
	f[1].Move(fyne.NewPos(0, s.Height-w))
	f[1].Resize(fyne.NewSize(s.Width, w))
	f[2].Move(fyne.NewPos(0, 0))
	f[2].Resize(fyne.NewSize(w, s.Height))
	f[3].Move(fyne.NewPos(s.Width-w, 0))
	f[3].Resize(fyne.NewSize(w, s.Height))
}

// show shows the frame in the ring colour, or hides it.
func (f *focusFrame) show(on bool, s fyne.Size) {
	f.layout(s)
	for _, r := range f {
		r.FillColor = theme.Color(colorNameRing)
		r.Hidden = !on
		r.Refresh()
	}
}

func (f *focusFrame) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{f[0], f[1], f[2], f[3]}
}

// ringRenderer adds a focus ring to a widget's own renderer.
type ringRenderer struct {
	fyne.WidgetRenderer
	frame   *focusFrame
	focused *bool
	size    fyne.Size
	objs    []fyne.CanvasObject
}

func withRing(r fyne.WidgetRenderer, focused *bool) *ringRenderer {
	return &ringRenderer{WidgetRenderer: r, frame: newFocusFrame(), focused: focused}
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.size = s
	r.frame.layout(s)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.frame.show(*r.focused, r.size)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	r.objs = append(append(r.objs[:0], r.WidgetRenderer.Objects()...), r.frame.objects()...)
	return r.objs
}

// ringState is what the controls with a focus ring share: whether they
// have the focus, and the scroll area to keep them in view in.
type ringState struct {
	focused bool
	into    *container.Scroll
}

// gained marks the focus and scrolls o, the control, into view: Tab may
// move the focus to a control below the visible part of a dialog.
func (r *ringState) gained(o fyne.CanvasObject) {
	r.focused = true
	if r.into != nil {
		scrollIntoView(r.into, o)
	}
}

// scrollIntoView scrolls s, if need be, so that o, inside it, is seen.
func scrollIntoView(s *container.Scroll, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s).Y + s.Offset.Y
	h, view := o.Size().Height, s.Size().Height
	switch {
	case y < s.Offset.Y:
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
	case y+h > s.Offset.Y+view:
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, min(y, y+h-view)))
	}
}

// ringEntry is a widget.Entry kept in view when it gets the focus; its
// border, 2 px in the ring colour when focused, is its focus indicator.
type ringEntry struct {
	widget.Entry
	ringState
}

func newEntry() *ringEntry {
	e := &ringEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained implements fyne.Focusable.
func (e *ringEntry) FocusGained() { e.gained(e); e.Entry.FocusGained() }

// FocusLost implements fyne.Focusable.
func (e *ringEntry) FocusLost() { e.focused = false; e.Entry.FocusLost() }

// ringButton is a widget.Button with a focus ring.
type ringButton struct {
	widget.Button
	ringState
	// OnOtherKey receives the keys the button does not use.
	OnOtherKey func(*fyne.KeyEvent)
}

func newButton(label string, icon fyne.Resource, tapped func()) *ringButton {
	b := &ringButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable: the keys a button does not use go
// on to OnOtherKey, so that Escape stops reading aloud and F1 helps.
func (b *ringButton) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		b.Button.TypedKey(e)
	default:
		if b.OnOtherKey != nil {
			b.OnOtherKey(e)
		}
	}
}

// CreateRenderer implements fyne.Widget.
func (b *ringButton) CreateRenderer() fyne.WidgetRenderer {
	r := withRing(b.Button.CreateRenderer(), &b.focused)
	r.Refresh()
	return r
}

// FocusGained implements fyne.Focusable.
func (b *ringButton) FocusGained() { b.gained(b); b.Button.FocusGained() }

// FocusLost implements fyne.Focusable.
func (b *ringButton) FocusLost() { b.focused = false; b.Button.FocusLost() }

// MinSize keeps a button at least 44×44 px at the default text size, the
// target a shaky hand or a magnified pointer can hit.
func (b *ringButton) MinSize() fyne.Size {
	m := b.Button.MinSize()
	const side = 44
	return fyne.NewSize(max(m.Width, side), max(m.Height, side))
}

// ringSelect is a widget.Select with a focus ring.
type ringSelect struct {
	widget.Select
	ringState
}

func newSelect(options []string, changed func(string)) *ringSelect {
	s := &ringSelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer implements fyne.Widget.
func (s *ringSelect) CreateRenderer() fyne.WidgetRenderer {
	r := withRing(s.Select.CreateRenderer(), &s.focused)
	r.Refresh()
	return r
}

// FocusGained implements fyne.Focusable.
func (s *ringSelect) FocusGained() { s.gained(s); s.Select.FocusGained() }

// FocusLost implements fyne.Focusable.
func (s *ringSelect) FocusLost() { s.focused = false; s.Select.FocusLost() }

// ringSlider is a widget.Slider with a focus ring.
type ringSlider struct {
	widget.Slider
	ringState
}

func newSlider(minV, maxV, step float64, changed func(float64)) *ringSlider {
	s := &ringSlider{}
	s.Min, s.Max, s.Step, s.OnChanged = minV, maxV, step, changed
	s.Orientation = widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer implements fyne.Widget.
func (s *ringSlider) CreateRenderer() fyne.WidgetRenderer {
	r := &sliderRing{withRing(s.Slider.CreateRenderer(), &s.focused)}
	r.Refresh()
	return r
}

// sliderRing also draws the slider's track in the border colour: Fyne
// draws it in the entry colour, which on a white page is invisible.
type sliderRing struct{ *ringRenderer }

func (r *sliderRing) Refresh() {
	r.ringRenderer.Refresh()
	if objs := r.WidgetRenderer.Objects(); len(objs) > 0 {
		if track, ok := objs[0].(*canvas.Rectangle); ok {
			track.FillColor = theme.Color(theme.ColorNameInputBorder)
			track.Refresh()
		}
	}
}

// FocusGained implements fyne.Focusable.
func (s *ringSlider) FocusGained() { s.gained(s); s.Slider.FocusGained() }

// FocusLost implements fyne.Focusable.
func (s *ringSlider) FocusLost() { s.focused = false; s.Slider.FocusLost() }

// ringCheck is a widget.Check with a focus ring.
type ringCheck struct {
	widget.Check
	ringState
}

func newCheck(label string, changed func(bool)) *ringCheck {
	c := &ringCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *ringCheck) CreateRenderer() fyne.WidgetRenderer {
	r := withRing(c.Check.CreateRenderer(), &c.focused)
	r.Refresh()
	return r
}

// FocusGained implements fyne.Focusable.
func (c *ringCheck) FocusGained() { c.gained(c); c.Check.FocusGained() }

// FocusLost implements fyne.Focusable.
func (c *ringCheck) FocusLost() { c.focused = false; c.Check.FocusLost() }
