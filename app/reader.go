package app

import (
	"fmt"
	"image/color"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
)

// readerView shows one brief: a bar with the way back, the outline menu
// and the language switch, above the brief laid out as blocks.
type readerView struct {
	lib   *content.Library
	loc   *i18n.Localizer
	brief *content.Brief

	back     *ringButton
	contents *ringButton
	langs    []fyne.CanvasObject // the language switch's buttons
	lead     []fyne.CanvasObject // what comes before them on the bar
	tools    []fyne.CanvasObject // what comes after them: text size, settings
	bar      *fyne.Container
	blocks   *blockView
	empty    *widget.Label
	root     *fyne.Container

	headerBlocks int   // blocks before the body: title, metadata, lead
	titleBlock   int   // the title's block, or -1
	leadBlock    int   // the lead's block, or -1
	headings     []int // the body indexes of the brief's headings

	find *findBar
	hits []hitRef // the highlighted words, in reading order
	hit  int      // the current one, or -1

	// OnBack is called by the Back button; OnLang when the reader picks
	// another language version.
	OnBack func()
	OnLang func(*content.Brief)
	// OnLink opens a link of the brief.
	OnLink func(string)
	// OnOtherKey receives the keys the find bar does not use.
	OnOtherKey func(*fyne.KeyEvent)
}

func newReaderView(lib *content.Library, loc *i18n.Localizer) *readerView {
	r := &readerView{lib: lib, loc: loc}
	r.back = newButton("", theme.NavigateBackIcon(), func() {
		if r.OnBack != nil {
			r.OnBack()
		}
	})
	r.contents = newButton("", theme.MenuIcon(), r.showContentsMenu)
	r.lead = []fyne.CanvasObject{r.back, r.contents}
	if fyne.CurrentDevice().IsMobile() {
		// Fyne's mobile canvas floats its menu button over the top-left corner.
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSquareSize(theme.IconInlineSize() + 4*theme.Padding()))
		r.lead = append([]fyne.CanvasObject{gap}, r.lead...)
	}
	r.bar = container.New(flowLayout{})
	r.blocks = newBlockView()
	r.empty = widget.NewLabel("")
	r.empty.Wrapping = fyne.TextWrapWord
	r.empty.Alignment = fyne.TextAlignCenter
	// The bar first: Tab follows the order of the children.
	r.buildFind()
	// The find bar joins the tree when opened, after the toolbar.
	r.root = container.New(readerLayout{r.bar, r.find.root}, r.bar, r.blocks, r.empty)
	r.relabel()
	r.show(nil)
	return r
}

// buildUI returns the reader's root object.
func (r *readerView) buildUI() fyne.CanvasObject { return r.root }

func (r *readerView) relabel() {
	r.back.SetText(r.loc.T("Library"))
	r.contents.SetText(r.loc.T("Contents"))
	r.empty.SetText(r.loc.T("No brief is open. Choose one in the library."))
	if r.brief != nil {
		top, f := r.blocks.TopBlock()
		r.show(r.brief)
		r.blocks.ScrollToBlock(top, f)
	}
}

// show lays out b, or the empty state for nil, from the top.
func (r *readerView) show(b *content.Brief) {
	r.brief, r.headings = b, nil
	r.hits, r.hit = nil, -1
	if r.find != nil && r.find.root.Visible() {
		r.find.entry.SetText("")
		r.find.root.Hide()
		r.root.Remove(r.find.root)
	}
	r.titleBlock, r.leadBlock = -1, -1
	if b == nil {
		r.blocks.Hide()
		r.contents.Disable()
		r.langs = nil
		r.fillBar()
		r.empty.Show()
		return
	}
	r.empty.Hide()
	r.blocks.Show()
	r.headings = b.Headings()
	if len(r.headings) > 0 {
		r.contents.Enable()
	} else {
		r.contents.Disable()
	}
	r.showLangs()
	header := r.headerWidgets(b)
	r.headerBlocks = len(header)
	blocks := header
	for _, bl := range b.Body {
		blocks = append(blocks, bodyBlock(bl))
	}
	r.blocks.SetBlocks(blocks)
}

// showLangs fills the language switch, "EN · PL · RU", with the current
// version marked and the others as buttons.
func (r *readerView) showLangs() {
	r.langs = nil
	versions := r.lib.Versions(r.brief)
	if len(versions) > 1 {
		for _, v := range versions {
			v := v
			btn := newButton(strings.ToUpper(string(v.Lang)), nil, func() {
				if r.OnLang != nil && v != r.brief {
					r.OnLang(v)
				}
			})
			if v == r.brief {
				btn.Importance = widget.HighImportance
			}
			r.langs = append(r.langs, btn)
		}
	}
	r.fillBar()
}

// SetTools puts controls at the end of the bar.
func (r *readerView) SetTools(tools ...fyne.CanvasObject) {
	r.tools = tools
	r.fillBar()
}

// fillBar puts the bar's controls in their order, which is also the Tab
// order.
func (r *readerView) fillBar() {
	objs := append(append(append([]fyne.CanvasObject{}, r.lead...), r.langs...), r.tools...)
	r.bar.Objects = objs
	r.bar.Refresh()
	r.root.Refresh()
}

// headerWidgets builds the blocks above the body: where the brief sits on
// its publisher's site, its title, series and number, date, authors,
// reading time, the translation notice and the lead.
func (r *readerView) headerWidgets(b *content.Brief) []fyne.CanvasObject {
	l := r.loc
	var path []string
	for _, p := range b.SeriesPath {
		path = append(path, l.T(p))
	}
	if len(path) == 0 {
		path = []string{l.T("PISM Reader"), l.T(b.Series)}
	}
	series := l.T(b.Series)
	if b.Number != "" {
		series += " " + l.T("no. %s", b.Number)
	}
	meta := []string{l.Date(b.Date), library.Authors(l, b), l.T("%d min read", int(b.ReadingTime().Minutes()))}

	r.titleBlock, r.leadBlock = 1, -1
	blocks := []fyne.CanvasObject{
		newTextBlock(strings.Join(path, " › "), bodyStyle),
		newTextBlock(b.Title, titleStyle),
		newTextBlock(series, leadStyle),
		newTextBlock(strings.Join(meta, " · "), bodyStyle),
	}
	if b.IsTranslation() {
		notice := b.Translation + ". " + l.T("Translated by %s", b.Translator) + "."
		blocks = append(blocks, newTextBlock(notice, quoteStyle))
		if orig, ok := r.lib.ByID(b.TranslationOf); ok {
			blocks = append(blocks, linkButton(l.T("Read the original (%s)", l.LangName(string(orig.Lang))), theme.DocumentIcon(), func() {
				if r.OnLang != nil {
					r.OnLang(orig)
				}
			}))
		}
	}
	if b.Source != "" {
		src := b.Source
		blocks = append(blocks, linkButton(l.T("Source: %s", linkHost(src)), theme.ComputerIcon(), func() {
			if r.OnLink != nil {
				r.OnLink(src)
			}
		}))
	}
	if b.Lead != "" {
		r.leadBlock = len(blocks)
		blocks = append(blocks, newTextBlock(b.Lead, leadStyle))
	}
	return blocks
}

func (r *readerView) showContentsMenu() {
	if r.brief == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, h := range r.headings {
		items = append(items, fyne.NewMenuItem(r.brief.Body[h].Text, func() { r.jumpToBodyBlock(h) }))
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(r.contents)
	if c == nil || len(items) == 0 {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.contents).Add(fyne.NewPos(0, r.contents.Size().Height))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
}

// jumpToBodyBlock scrolls so that body block i is at the top.
func (r *readerView) jumpToBodyBlock(i int) {
	r.blocks.ScrollToBlock(r.headerBlocks+i, 0)
}

// section returns the index in the body of the heading the reader is in,
// or -1 above the first heading.
func (r *readerView) section() int {
	top, _ := r.blocks.TopBlock()
	cur := -1
	for _, h := range r.headings {
		if r.headerBlocks+h <= top {
			cur = h
		}
	}
	return cur
}

// jumpSection moves to the next (dir 1) or previous (dir -1) heading.
func (r *readerView) jumpSection(dir int) {
	if r.brief == nil {
		return
	}
	hs := r.headings
	cur := r.section()
	top, f := r.blocks.TopBlock()
	atHeading := f == 0 && cur >= 0 && r.headerBlocks+cur == top
	for i := range hs {
		h := hs[i]
		if dir < 0 {
			h = hs[len(hs)-1-i]
		}
		if (dir > 0 && h > cur) || (dir < 0 && (h < cur || (h == cur && !atHeading))) {
			r.jumpToBodyBlock(h)
			return
		}
	}
	if dir < 0 {
		r.blocks.scrollTo(0)
	}
}

func bodyBlock(b content.Block) fyne.CanvasObject {
	switch b.Kind {
	case content.Heading:
		if b.Level <= 2 {
			return newTextBlock(b.Text, headingStyle)
		}
		return newTextBlock(b.Text, leadStyle)
	case content.List:
		box := container.NewVBox()
		for i, it := range b.Items {
			item := newTextBlock(it, bodyStyle)
			item.marker = "•"
			if b.Ordered {
				item.marker = fmt.Sprintf("%d.", i+1)
			}
			box.Add(item)
		}
		return box
	case content.Quote:
		return newTextBlock(b.Text, quoteStyle)
	}
	return newTextBlock(b.Text, bodyStyle)
}

// linkButton is a link among the brief's header blocks: a quiet button,
// as wide as its text.
func linkButton(label string, icon fyne.Resource, tapped func()) fyne.CanvasObject {
	b := newButton(label, icon, tapped)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return container.NewHBox(b)
}

// linkHost is the short form of a link shown on its button: the host and
// path without the scheme.
func linkHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	return strings.TrimSuffix(u.Host+u.Path, "/")
}

// headingTitles returns the texts of the brief's headings, in order.
func (r *readerView) headingTitles() []string {
	titles := make([]string, len(r.headings))
	for i, h := range r.headings {
		titles[i] = r.brief.Body[h].Text
	}
	return titles
}
