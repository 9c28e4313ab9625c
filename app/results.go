package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/search"
)

// resultsView lists search hits: title, series and number, date and
// language, and a passage with the matching words highlighted. Up and Down
// move, Enter opens.
type resultsView struct {
	enterList
	m       *mainWindow
	hits    []search.Hit
	width   float32
	scratch fyne.CanvasObject

	// OnOpen is called with the chosen hit.
	OnOpen func(search.Hit)
}

func newResultsView(m *mainWindow) *resultsView {
	v := &resultsView{m: m, width: -1}
	v.Length = func() int { return len(v.hits) }
	v.CreateItem = newResultItem
	v.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { v.fill(o, v.hits[id]) }
	v.OnSelected = func(id widget.ListItemID) {
		v.open(id)
		v.Unselect(id) // so that Enter on it acts again
	}
	v.OnOtherKey = m.otherKey
	v.scratch = newResultItem()
	v.ExtendBaseWidget(v)
	return v
}

func (v *resultsView) open(i int) {
	if i >= 0 && i < len(v.hits) && v.OnOpen != nil {
		v.OnOpen(v.hits[i])
	}
}

func newResultItem() fyne.CanvasObject {
	title := newTextBlock("", textStyle{size: theme.SizeNameText, bold: true})
	meta := newTextBlock("", bodyStyle)
	frag := newTextBlock("", bodyStyle)
	return container.New(&stackLayout{}, title, meta, frag)
}

func (v *resultsView) fill(o fyne.CanvasObject, h search.Hit) {
	objs := o.(*fyne.Container).Objects
	title, meta, frag := objs[0].(*textBlock), objs[1].(*textBlock), objs[2].(*textBlock)
	l := v.m.loc
	title.SetText(h.Title)
	series := l.T(h.Series)
	if h.Number != "" {
		series += " " + l.T("no. %s", h.Number)
	}
	meta.SetText(strings.Join([]string{series, l.Date(h.Date), l.LangName(string(h.Lang))}, " · "))
	text, marks := "", [][2]int(nil)
	if len(h.Fragments) > 0 {
		text, marks = search.ParseFragment(h.Fragments[0])
	}
	frag.SetText(text)
	frag.SetMarks(marks, -1)
	frag.Hidden = text == ""
	o.(*fyne.Container).Layout.Layout(objs, o.Size()) // the texts may wrap otherwise than before
}

// SetHits shows new hits from the top.
func (v *resultsView) SetHits(hits []search.Hit) {
	v.hits = hits
	v.width = -1
	v.Resize(v.Size())
	v.ScrollToTop()
	v.Refresh()
}

// Relabel shows the rows in the interface language.
func (v *resultsView) Relabel() {
	v.width = -1
	v.Resize(v.Size())
	v.Refresh()
}

// Resize measures each row again when the width changes.
func (v *resultsView) Resize(s fyne.Size) {
	if s.Width != v.width && s.Width > 0 {
		v.width = s.Width
		measureRows(&v.List, len(v.hits), s.Width, v.scratch, func(i int) { v.fill(v.scratch, v.hits[i]) })
	}
	v.List.Resize(s)
}
