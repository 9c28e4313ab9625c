package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// enterList is a widget.List that also opens the item under focus with
// Enter, as a reader expects; widget.List only selects with Space.
type enterList struct {
	widget.List
	// OnOtherKey receives the keys the list does not use, such as F1.
	OnOtherKey func(*fyne.KeyEvent)
	focused    bool
}

// CreateRenderer implements fyne.Widget: the list with a focus ring.
func (l *enterList) CreateRenderer() fyne.WidgetRenderer {
	r := withRing(l.List.CreateRenderer(), &l.focused)
	r.Refresh()
	return r
}

// FocusGained implements fyne.Focusable.
func (l *enterList) FocusGained() { l.focused = true; l.List.FocusGained(); l.Refresh() }

// FocusLost implements fyne.Focusable.
func (l *enterList) FocusLost() { l.focused = false; l.List.FocusLost(); l.Refresh() }

// TypedKey implements fyne.Focusable.
func (l *enterList) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.UnselectAll() // so that Enter on the selected item acts again
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace:
		l.List.TypedKey(e)
	default:
		if l.OnOtherKey != nil {
			l.OnOtherKey(e)
		}
	}
}

// outlineView lists the headings of a brief; choosing one jumps to it.
type outlineView struct {
	enterList
	titles  []string
	current int // the marked heading, or -1
	// OnJump is called with the index of the chosen heading.
	OnJump func(i int)
}

func newOutlineView() *outlineView {
	o := &outlineView{current: -1}
	o.Length = func() int { return len(o.titles) }
	o.CreateItem = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	o.UpdateItem = func(id widget.ListItemID, c fyne.CanvasObject) { c.(*widget.Label).SetText(o.titles[id]) }
	o.OnSelected = func(id widget.ListItemID) {
		o.current = id
		if o.OnJump != nil {
			o.OnJump(id)
		}
	}
	o.ExtendBaseWidget(o)
	return o
}

// SetTitles shows a new list of headings.
func (o *outlineView) SetTitles(titles []string) {
	o.titles = titles
	o.current = -1
	o.UnselectAll()
	o.Refresh()
}

// Mark highlights heading i, the section being read, without jumping to
// it; -1 highlights none.
func (o *outlineView) Mark(i int) {
	if i == o.current {
		return
	}
	o.current = i
	onSel := o.OnSelected
	o.OnSelected = nil
	defer func() { o.OnSelected = onSel }()
	if i < 0 {
		o.UnselectAll()
		return
	}
	o.Select(i)
}
