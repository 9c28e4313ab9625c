package app

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/content"
	"pismreader/i18n"
)

// libraryRow is a line of the library pane: a series heading or a brief.
type libraryRow struct {
	series   string         // set on heading rows
	brief    *content.Brief // set on brief rows
	original bool           // the brief is shown in its original language though it has translations
}

// libraryView lists the briefs grouped by series, newest first. Up and
// Down move through it, Enter or Space opens the brief under focus.
type libraryView struct {
	enterList

	rows    []libraryRow
	lib     *content.Library
	loc     *i18n.Localizer
	width   float32
	scratch fyne.CanvasObject // measures row heights for wrapped titles
	sel     int               // the row of the open brief, or -1

	// OnOpen is called when the reader chooses a brief.
	OnOpen func(*content.Brief)
}

func newLibraryView(lib *content.Library, loc *i18n.Localizer) *libraryView {
	v := &libraryView{lib: lib, loc: loc, width: -1, sel: -1}
	v.fillRows()
	v.Length = func() int { return len(v.rows) }
	v.CreateItem = newLibraryItem
	v.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) { v.fill(o, v.rows[id]) }
	v.OnSelected = func(id widget.ListItemID) {
		if v.rows[id].brief != nil {
			v.sel = id
		}
		if b := v.rows[id].brief; b != nil && v.OnOpen != nil {
			v.OnOpen(b)
		}
		if v.rows[id].brief == nil {
			v.Unselect(id) // a series heading is not a brief
		}
	}
	v.scratch = newLibraryItem()
	v.ExtendBaseWidget(v)
	return v
}

func newLibraryItem() fyne.CanvasObject {
	title := newTextBlock("", textStyle{size: theme.SizeNameText, bold: true})
	meta := newTextBlock("", bodyStyle)
	return container.New(&stackLayout{}, title, meta)
}

func (v *libraryView) fill(o fyne.CanvasObject, row libraryRow) {
	box := o.(*fyne.Container)
	title, meta := box.Objects[0].(*textBlock), box.Objects[1].(*textBlock)
	if row.brief == nil {
		title.SetText(strings.ToUpper(v.loc.T(row.series)))
		meta.Hide()
		box.Layout.Layout(box.Objects, box.Size())
		return
	}
	b := row.brief
	title.SetText(b.Title)
	parts := []string{v.loc.Date(b.Date), strings.ToUpper(string(b.Lang))}
	if b.IsTranslation() {
		parts = append(parts, v.loc.T("Translation"))
	} else if row.original {
		parts = append(parts, v.loc.T("Original"))
	}
	meta.SetText(strings.Join(parts, " · "))
	meta.Show()
	box.Layout.Layout(box.Objects, box.Size()) // the title may wrap to more lines than before
}

// Resize measures each row again when the width changes: titles wrap, so
// their heights depend on it.
func (v *libraryView) Resize(s fyne.Size) {
	if s.Width != v.width && s.Width > 0 {
		v.width = s.Width
		measureRows(&v.List, len(v.rows), s.Width, v.scratch, func(i int) { v.fill(v.scratch, v.rows[i]) })
		v.List.Resize(s)
		// Any scrolling done before the heights were known was wrong.
		v.ScrollToTop()
		if v.sel >= 0 {
			v.ScrollTo(v.sel)
		}
		return
	}
	v.List.Resize(s)
}

// measureRows gives each of the n rows of l its height at width w: fill
// puts row i into scratch, a stack of text blocks, which is measured.
func measureRows(l *widget.List, n int, w float32, scratch fyne.CanvasObject, fill func(i int)) {
	for i := range n {
		fill(i)
		l.SetItemHeight(i, stackHeight(scratch.(*fyne.Container).Objects, w))
	}
}

// stackLayout stacks wrapped text blocks inside a padding, each as tall as
// its text at the width it gets.
type stackLayout struct{}

func (stackLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	p := theme.InnerPadding()
	y := p
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := heightAt(o, size.Width-2*p)
		o.Move(fyne.NewPos(p, y))
		o.Resize(fyne.NewSize(size.Width-2*p, h))
		y += h
	}
}

func (stackLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := theme.TextSize() * 8
	return fyne.NewSize(w, stackHeight(objs, w))
}

// stackHeight is the height of objs stacked at width w.
func stackHeight(objs []fyne.CanvasObject, w float32) float32 {
	p := theme.InnerPadding()
	h := 2 * p
	for _, o := range objs {
		if o.Visible() {
			h += heightAt(o, w-2*p)
		}
	}
	return h
}

// fillRows lists each brief once, in the interface language where it has
// a version in it and in its original language otherwise, grouped by
// series, newest first, and titles of the same day in the interface
// language's alphabetical order.
func (v *libraryView) fillRows() {
	lang := content.Lang(v.loc.Code())
	var briefs []*content.Brief
	for _, b := range v.lib.All() {
		if b.IsTranslation() {
			continue
		}
		briefs = append(briefs, v.lib.InLang(b, lang))
	}
	slices.SortStableFunc(briefs, func(a, b *content.Brief) int {
		if c := cmp.Compare(content.SeriesRank(a.Series), content.SeriesRank(b.Series)); c != 0 {
			return c
		}
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return v.loc.Compare(a.Title, b.Title)
	})
	v.rows = v.rows[:0]
	series := ""
	for _, b := range briefs {
		if b.Series != series {
			series = b.Series
			v.rows = append(v.rows, libraryRow{series: series})
		}
		original := string(b.Lang) != v.loc.Code() && len(v.lib.Versions(b)) > 1
		v.rows = append(v.rows, libraryRow{brief: b, original: original})
	}
}

// Remeasure lays the rows out again after the text size, font or spacing
// changed.
func (v *libraryView) Remeasure() {
	v.width = -1
	v.Resize(v.Size())
}

// Relabel shows the rows in another interface language.
func (v *libraryView) Relabel(loc *i18n.Localizer) {
	v.loc = loc
	v.fillRows()
	v.sel = -1
	v.width = -1
	v.Resize(v.Size())
	v.Refresh()
}

// Mark selects the row of b, or of its version shown in the library,
// without opening it again.
func (v *libraryView) Mark(b *content.Brief) {
	for i, row := range v.rows {
		if row.brief != nil && row.brief.OriginalID() == b.OriginalID() {
			onSel := v.OnSelected
			v.OnSelected = nil
			v.Select(i)
			v.OnSelected = onSel
			v.sel = i
			return
		}
	}
}
