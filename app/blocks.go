package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// blockView shows a long text as a vertical run of blocks inside a scroll
// area and puts only the blocks in view on the canvas. A text-size or
// width change then re-wraps each block on its own instead of re-laying out
// one giant widget, and drawing costs what is on screen, not the whole
// brief. It is focusable and scrolls with the keyboard, which Fyne's
// ScrollContainer cannot do.
type blockView struct {
	widget.BaseWidget

	blocks  []fyne.CanvasObject // one widget per block, created by the caller
	heights []float32           // measured at width
	tops    []float32           // the y of each block in the content
	width   float32             // the width the blocks were measured at
	tsize   float32             // and the theme's text size then
	gen     int                 // and the generation of the reading prefs
	total   float32

	scroll  *container.Scroll
	content *fyne.Container
	focused bool
	picked  int // the block clicked last, or -1

	// OnScrolled is called after the view scrolled, by the user or not.
	OnScrolled func()
	// OnOtherKey receives the keys the view does not use, such as F1.
	OnOtherKey func(*fyne.KeyEvent)
}

// extentLayout gives the scroll content the height of all blocks; the
// blocks themselves are placed by placeVisible.
type extentLayout struct{ v *blockView }

func (l *extentLayout) Layout([]fyne.CanvasObject, fyne.Size) {}

func (l *extentLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(1, l.v.total) }

func newBlockView() *blockView {
	v := &blockView{picked: -1}
	v.content = container.New(&extentLayout{v})
	v.scroll = container.NewVScroll(v.content)
	v.scroll.OnScrolled = func(fyne.Position) {
		v.placeVisible()
		if v.OnScrolled != nil {
			v.OnScrolled()
		}
	}
	v.ExtendBaseWidget(v)
	return v
}

// SetBlocks replaces the blocks and scrolls to the top.
func (v *blockView) SetBlocks(blocks []fyne.CanvasObject) {
	v.blocks = blocks
	v.picked = -1
	v.width = -1
	v.content.Objects = nil
	v.scroll.Offset = fyne.Position{}
	v.Refresh()
}

// gap is the space between two blocks: paragraph spacing.
func (v *blockView) gap() float32 {
	return theme.TextSize() * prefs.line * prefs.paragraph
}

// top is the space above the first block.
func (v *blockView) top() float32 { return theme.Padding() * 2 }

// columnWidth is the width of the text column inside a view this wide.
func (v *blockView) columnWidth(viewWidth float32) float32 {
	pad := theme.Padding() * 4
	w := viewWidth - 2*pad
	// About 70 characters is the most an eye follows comfortably back to
	// the start of the next line; the reader may choose 40 to 120.
	if prefs.chars > 0 {
		if limit := measurer.avgChar(theme.TextSize()) * float32(prefs.chars); w > limit {
			w = limit
		}
	}
	return max(w, 1)
}

// measure wraps every block at width w and records its height.
func (v *blockView) measure(w float32) {
	v.width, v.tsize, v.gen = w, theme.TextSize(), prefs.gen
	v.heights = v.heights[:0]
	v.tops = v.tops[:0]
	y := v.top()
	for _, b := range v.blocks {
		h := heightAt(b, w)
		v.heights = append(v.heights, h)
		v.tops = append(v.tops, y)
		y += h + v.gap()
	}
	v.total = y + v.gap()
}

// placeVisible puts on the canvas the blocks that intersect the viewport,
// and takes off the others.
func (v *blockView) placeVisible() {
	if len(v.blocks) == 0 {
		v.content.Objects = nil
		v.content.Refresh()
		return
	}
	x := (v.scroll.Size().Width - v.width) / 2
	top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
	objs := v.content.Objects[:0]
	for i, b := range v.blocks {
		if v.tops[i]+v.heights[i] < top || v.tops[i] > bottom {
			continue
		}
		b.Move(fyne.NewPos(x, v.tops[i]))
		b.Resize(fyne.NewSize(v.width, v.heights[i]))
		objs = append(objs, b)
	}
	v.content.Objects = objs
	v.content.Refresh()
}

// relayout measures again when the width changed and places the blocks.
func (v *blockView) relayout(size fyne.Size) {
	if size.Width <= 0 || size.Height <= 0 {
		return // not on screen yet: wrapping at no width is wasted work
	}
	if w := v.columnWidth(size.Width); w != v.width || theme.TextSize() != v.tsize || prefs.gen != v.gen || len(v.heights) != len(v.blocks) {
		// Keep the place: the block at the top stays at the top.
		top, f := v.TopBlock()
		kept := len(v.heights) == len(v.blocks) && len(v.blocks) > 0
		v.measure(w)
		if kept {
			v.scroll.Offset.Y = v.offsetOf(top, f, size.Height)
		}
	}
	v.content.Resize(fyne.NewSize(size.Width, v.total))
	v.scroll.Resize(size)
	v.placeVisible()
}

// TopBlock returns the block at the top of the view and the fraction of it
// scrolled past.
func (v *blockView) TopBlock() (int, float32) {
	y := v.scroll.Offset.Y
	for i := range v.tops {
		if v.tops[i]+v.heights[i] > y {
			if v.heights[i] <= 0 || y <= v.tops[i] {
				return i, 0
			}
			return i, (y - v.tops[i]) / v.heights[i]
		}
	}
	return max(len(v.tops)-1, 0), 0
}

// blockAt returns the block at height y of the content, or -1 between
// blocks.
func (v *blockView) blockAt(y float32) int {
	for i := range v.tops {
		if y >= v.tops[i] && y < v.tops[i]+v.heights[i] {
			return i
		}
	}
	return -1
}

// inView reports whether any of block i is in the viewport.
func (v *blockView) inView(i int) bool {
	if i < 0 || i >= len(v.tops) {
		return false
	}
	top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
	return v.tops[i]+v.heights[i] > top && v.tops[i] < bottom
}

// offsetOf is the scroll offset that puts block i, fraction f, at the
// top of a view viewH high.
func (v *blockView) offsetOf(i int, f, viewH float32) float32 {
	if i < 0 || i >= len(v.tops) {
		return 0
	}
	y := v.tops[i] - min(v.gap(), v.top())
	if f > 0 {
		y = v.tops[i] + f*v.heights[i]
	}
	return min(max(y, 0), max(v.total-viewH, 0))
}

// ScrollToBlock scrolls so that block i, fraction f scrolled past, is at
// the top.
func (v *blockView) ScrollToBlock(i int, f float32) {
	if i < 0 || i >= len(v.tops) {
		return
	}
	v.scrollTo(v.offsetOf(i, f, v.scroll.Size().Height))
}

func (v *blockView) scrollTo(y float32) {
	maxY := max(v.total-v.scroll.Size().Height, 0)
	v.scroll.ScrollToOffset(fyne.NewPos(0, min(max(y, 0), maxY)))
	v.placeVisible()
	if v.OnScrolled != nil {
		v.OnScrolled()
	}
}

// lineHeight is the distance one press of an arrow key scrolls.
func (v *blockView) lineHeight() float32 {
	return theme.TextSize() * prefs.line
}

// ScrollPage scrolls by a screenful less one line, so that the reader
// keeps the last line seen as context.
func (v *blockView) ScrollPage(dir int) {
	step := max(v.scroll.Size().Height-v.lineHeight(), v.lineHeight())
	v.scrollTo(v.scroll.Offset.Y + float32(dir)*step)
}

// FocusGained implements fyne.Focusable.
func (v *blockView) FocusGained() { v.focused = true; v.Refresh() }

// FocusLost implements fyne.Focusable.
func (v *blockView) FocusLost() { v.focused = false; v.Refresh() }

// TypedRune implements fyne.Focusable; Space pages down.
func (v *blockView) TypedRune(r rune) {
	if r == ' ' {
		v.ScrollPage(1)
	}
}

// TypedKey implements fyne.Focusable.
func (v *blockView) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDown:
		v.scrollTo(v.scroll.Offset.Y + v.lineHeight())
	case fyne.KeyUp:
		v.scrollTo(v.scroll.Offset.Y - v.lineHeight())
	case fyne.KeyPageDown:
		v.ScrollPage(1)
	case fyne.KeyPageUp:
		v.ScrollPage(-1)
	case fyne.KeyHome:
		v.scrollTo(0)
	case fyne.KeyEnd:
		v.scrollTo(v.total)
	default:
		if v.OnOtherKey != nil {
			v.OnOtherKey(e)
		}
	}
}

// Tapped focuses the view so that the keys scroll it, and remembers the
// block clicked: reading aloud starts there.
func (v *blockView) Tapped(e *fyne.PointEvent) {
	if e != nil {
		v.picked = v.blockAt(e.Position.Y + v.scroll.Offset.Y)
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
}

var _ desktop.Mouseable = (*blockView)(nil)

// MouseDown and MouseUp make a click anywhere on the text focus the view,
// even where a block would take the tap.
func (v *blockView) MouseDown(e *desktop.MouseEvent) { v.Tapped(&e.PointEvent) }

// MouseUp implements desktop.Mouseable.
func (v *blockView) MouseUp(*desktop.MouseEvent) {}

// CreateRenderer implements fyne.Widget.
func (v *blockView) CreateRenderer() fyne.WidgetRenderer {
	return &blockViewRenderer{v: v, border: newFocusFrame()}
}

type blockViewRenderer struct {
	v      *blockView
	border *focusFrame
}

func (r *blockViewRenderer) Layout(size fyne.Size) {
	r.v.relayout(size)
	r.border.layout(size)
}

func (r *blockViewRenderer) MinSize() fyne.Size {
	return fyne.NewSize(theme.TextSize()*10, theme.TextSize()*4)
}

func (r *blockViewRenderer) Refresh() {
	r.border.show(r.v.focused, r.v.Size())
	r.v.relayout(r.v.Size())
}

func (r *blockViewRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.v.scroll}, r.border.objects()...)
}

func (r *blockViewRenderer) Destroy() {}

// heightAt returns the height of o at width w, cheaply for a textBlock and
// through a layout pass for anything else.
func heightAt(o fyne.CanvasObject, w float32) float32 {
	if t, ok := o.(*textBlock); ok {
		return t.heightFor(w)
	}
	o.Resize(fyne.NewSize(w, o.MinSize().Height))
	return o.MinSize().Height
}
