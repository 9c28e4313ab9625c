package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/search"
)

// hitRef is one highlighted word in the open brief.
type hitRef struct {
	block int        // the block of the reader it is in
	tb    *textBlock // the text it is in: the block or an item of its list
	mark  int        // its index among tb's marks
}

// textBlocks calls fn with every text of the brief, in reading order.
func (r *readerView) textBlocks(fn func(block int, tb *textBlock)) {
	for i, o := range r.blocks.blocks {
		switch x := o.(type) {
		case *textBlock:
			fn(i, x)
		case *fyne.Container:
			for _, c := range x.Objects {
				if tb, ok := c.(*textBlock); ok {
					fn(i, tb)
				}
			}
		}
	}
}

// highlight marks every word of the brief that h finds, and returns how
// many; a nil h clears the marks.
func (r *readerView) highlight(h *search.Highlighter) int {
	r.hits, r.hit = nil, -1
	r.textBlocks(func(block int, tb *textBlock) {
		var marks [][2]int
		if h != nil {
			marks = h.Find(tb.text)
		}
		if len(marks) > 0 || len(tb.marks) > 0 {
			tb.SetMarks(marks, -1)
		}
		for i := range marks {
			r.hits = append(r.hits, hitRef{block: block, tb: tb, mark: i})
		}
	})
	r.showFindCount()
	return len(r.hits)
}

// gotoHit makes hit i the current one and scrolls it into view, a third
// of the way down, where the eye looks first.
func (r *readerView) gotoHit(i int) {
	if len(r.hits) == 0 {
		return
	}
	i = (i%len(r.hits) + len(r.hits)) % len(r.hits)
	if r.hit >= 0 && r.hit < len(r.hits) {
		old := r.hits[r.hit]
		old.tb.SetMarks(old.tb.marks, -1)
	}
	r.hit = i
	h := r.hits[i]
	h.tb.SetMarks(h.tb.marks, h.mark)
	if h.block < len(r.blocks.tops) {
		v := r.blocks
		v.scrollTo(r.lineTop(h.block, h.tb, h.tb.marks[h.mark][0]) - v.scroll.Size().Height/3)
	}
	r.showFindCount()
}

// lineTop is the y, in the reader's content, of the line of tb holding
// byte b; tb is reader block block, or an item of its list.
func (r *readerView) lineTop(block int, tb *textBlock, b int) float32 {
	v := r.blocks
	y := v.tops[block]
	if tb != v.blocks[block] {
		y += tb.Position().Y // an item of a list
	}
	return y + tb.lineOf(b)*tb.lineHeight()
}

// nextHit moves to the next hit, or with dir -1 to the previous one.
func (r *readerView) nextHit(dir int) {
	if len(r.hits) == 0 {
		return
	}
	if r.hit < 0 {
		r.gotoHit(r.firstHitInView(dir))
		return
	}
	r.gotoHit(r.hit + dir)
}

// firstHitInView is the first hit at or below the top of the view, or for
// dir -1 the last one above its bottom.
func (r *readerView) firstHitInView(dir int) int {
	top, _ := r.blocks.TopBlock()
	if dir > 0 {
		for i, h := range r.hits {
			if h.block >= top {
				return i
			}
		}
		return 0
	}
	for i := len(r.hits) - 1; i >= 0; i-- {
		if r.hits[i].block <= top {
			return i
		}
	}
	return len(r.hits) - 1
}

// lineOf returns the line (as a float, for scrolling) that byte offset b
// of the text is wrapped into.
func (t *textBlock) lineOf(b int) float32 {
	if b < 0 || b > len(t.text) {
		return 0
	}
	ri := byteToRune(t.text)[b]
	for i, r := range t.ranges {
		if ri < r[1] {
			return float32(i)
		}
	}
	return float32(max(len(t.ranges)-1, 0))
}

// findBar is the find-in-brief row under the toolbar: a field, an "n of
// m" counter, previous and next, and close.
type findBar struct {
	entry       *keyEntry
	count       *widget.Label
	prev, next  *ringButton
	closeButton *ringButton
	root        *fyne.Container
}

func (r *readerView) buildFind() {
	f := &findBar{}
	f.entry = newKeyEntry()
	f.count = widget.NewLabel("")
	f.prev = newButton("", theme.MoveUpIcon(), func() { r.nextHit(-1) })
	f.next = newButton("", theme.MoveDownIcon(), func() { r.nextHit(1) })
	f.closeButton = newButton("", theme.CancelIcon(), r.closeFind)
	f.entry.OnChanged = func(q string) {
		if q == "" || r.brief == nil {
			r.highlight(nil)
			return
		}
		r.highlight(search.NewHighlighter(q, r.brief.Lang, true))
		r.gotoHit(r.firstHitInView(1))
	}
	f.entry.OnKey = func(e *fyne.KeyEvent) bool {
		switch e.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			r.nextHit(shiftDir())
			return true
		case fyne.KeyEscape:
			r.closeFind()
			return true
		case fyne.KeyF1, fyne.KeyF3:
			if r.OnOtherKey != nil {
				r.OnOtherKey(e)
			}
			return true
		}
		return false
	}
	tools := container.NewHBox(f.count, f.prev, f.next, f.closeButton)
	f.root = container.NewBorder(nil, nil, nil, tools, f.entry)
	f.root.Hide()
	r.find = f
}

// openFind shows the find bar and puts the focus in it.
func (r *readerView) openFind() {
	if r.brief == nil {
		return
	}
	r.find.root.Show()
	if !slices.Contains(r.root.Objects, fyne.CanvasObject(r.find.root)) {
		r.root.Objects = slices.Insert(r.root.Objects, 1, fyne.CanvasObject(r.find.root))
	}
	r.root.Refresh()
	if c := canvasOf(r.find.entry); c != nil {
		c.Focus(r.find.entry)
	}
}

// closeFind hides the find bar, clears the highlights and gives the
// focus back to the brief.
func (r *readerView) closeFind() {
	r.find.entry.SetText("")
	r.find.root.Hide()
	r.root.Remove(r.find.root) // hidden widgets still cost every theme change
	r.highlight(nil)
	r.root.Refresh()
	if c := canvasOf(r.blocks); c != nil {
		c.Focus(r.blocks)
	}
}

// showFindCount writes "n of m" in the find bar.
func (r *readerView) showFindCount() {
	if r.find == nil {
		return
	}
	switch {
	case r.find.entry.Text == "":
		r.find.count.SetText("")
	case len(r.hits) == 0:
		r.find.count.SetText(r.loc.T("no matches"))
	default:
		r.find.count.SetText(r.loc.T("%d of %d", max(r.hit, 0)+1, len(r.hits)))
	}
	r.find.root.Refresh() // the counter's width changed
}

// shiftDir is -1 while Shift is held, else 1: Shift+F3 and Shift+Enter go
// back. Key events do not carry their modifiers; the driver knows them.
func shiftDir() int {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
		return -1
	}
	return 1
}
