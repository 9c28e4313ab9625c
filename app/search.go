package app

import (
	"context"
	"errors"
	"log"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/search"
)

// searchDelay is how long the search waits after a key for the next one,
// so that results follow the typing within 100 ms of the last key without
// searching at every key of a fast typist.
const searchDelay = 40 * time.Millisecond

// searchView is the search field at the top of the library pane, its
// filters and its results, which take the library's place while there is
// a query.
type searchView struct {
	m *mainWindow

	entry   *keyEntry
	filters *flowBox
	lang    *ringSelect
	series  *ringSelect
	// seriesValues are the series the series filter offers, in the order
	// of its options after "all".
	seriesValues []string
	year         *ringSelect
	author       *ringSelect
	count        *widget.Label
	status       *widget.Label
	progress     *widget.ProgressBar
	results      *resultsView

	// head and list are the library pane's top and middle, which the
	// view fills: only what is shown is in the tree, since hidden widgets
	// still cost every theme or text-size change a refresh.
	head, list *fyne.Container
	title      fyne.CanvasObject
	library    fyne.CanvasObject
	preparing  bool       // the index is being opened or built
	failed     bool       // and could not be
	shown      *paneState // what the pane shows, so that typing does not rebuild it

	// do runs UI work from a search goroutine: fyne.Do, or in tests a
	// queue the test drains on its own goroutine.
	do func(func())

	mu    sync.Mutex
	index *search.Index
	gen   int // counts queries, so that a late answer to an old one is dropped
	timer *time.Timer

	// OnOpen is called with the chosen hit and the query.
	OnOpen func(hit search.Hit, query string)
}

func newSearchView(m *mainWindow) *searchView {
	v := &searchView{m: m, do: fyne.Do}
	v.entry = newKeyEntry()
	v.entry.OnChanged = func(string) { v.schedule() }
	v.entry.OnKey = func(e *fyne.KeyEvent) bool {
		switch e.Name {
		case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
			if v.active() && len(v.results.hits) > 0 {
				m.focus(v.results)
				if e.Name != fyne.KeyDown {
					v.results.open(0)
				}
				return true
			}
		case fyne.KeyEscape:
			v.entry.SetText("")
			m.focus(m.library)
			return true
		case fyne.KeyF1, fyne.KeyF3:
			m.otherKey(e)
			return true
		}
		return false
	}
	any := func(changed func(string)) *ringSelect { return newSelect(nil, changed) }
	v.lang = any(func(string) { v.schedule() })
	v.series = any(func(string) { v.schedule() })
	v.year = any(func(string) { v.schedule() })
	v.author = any(func(string) { v.schedule() })
	v.filters = newFlowBox(v.lang, v.series, v.year, v.author)
	v.count = widget.NewLabel("")
	v.count.Wrapping = fyne.TextWrapWord
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.progress = widget.NewProgressBar()
	v.results = newResultsView(m)
	v.results.OnOpen = func(h search.Hit) {
		if v.OnOpen != nil {
			v.OnOpen(h, v.entry.Text)
		}
	}
	v.fillFilters()
	v.update()
	return v
}

// relabel puts the field's and filters' texts in the interface language.
func (v *searchView) relabel() {
	v.entry.SetPlaceHolder(v.m.loc.T("Search all briefs (Ctrl+K)"))
	v.fillFilters()
	v.results.Relabel()
	v.schedule()
}

// filter choices: the first is "any", the rest are values.
func (v *searchView) fillFilters() {
	l := v.m.loc
	set := func(s *ringSelect, anyLabel string, values []string) {
		opts := append([]string{anyLabel}, values...)
		i := max(slices.Index(s.Options, s.Selected), 0)
		s.Options = opts
		cb := s.OnChanged
		s.OnChanged = nil
		s.SetSelectedIndex(min(i, len(opts)-1))
		s.OnChanged = cb
	}
	var langs []string
	for _, c := range content.Langs {
		langs = append(langs, l.LangName(string(c)))
	}
	set(v.lang, l.T("All languages"), langs)
	var series, authors []string
	years := map[int]bool{}
	for _, b := range v.m.lib.All() {
		if !slices.Contains(series, b.Series) {
			series = append(series, b.Series)
		}
		for _, a := range b.Authors {
			if !slices.Contains(authors, a) {
				authors = append(authors, a)
			}
		}
		years[b.Date.Year()] = true
	}
	i18n.SortFunc(l, series, func(s string) string { return l.T(s) })
	v.seriesValues = series
	var seriesLabels []string
	for _, s := range series {
		seriesLabels = append(seriesLabels, l.T(s))
	}
	set(v.series, l.T("All series"), seriesLabels)
	var ys []string
	for y := range years {
		ys = append(ys, strconv.Itoa(y))
	}
	slices.Sort(ys)
	slices.Reverse(ys)
	set(v.year, l.T("All years"), ys)
	l.SortStrings(authors)
	set(v.author, l.T("All authors"), authors)
}

// request builds the search from the field and the filters.
func (v *searchView) request() search.Request {
	req := search.Request{Query: v.entry.Text, AsYouType: true, Highlight: true, Limit: 50}
	if i := v.lang.SelectedIndex(); i > 0 {
		req.Langs = []content.Lang{content.Langs[i-1]}
	}
	if i := v.series.SelectedIndex(); i > 0 {
		req.Series = []string{v.seriesValues[i-1]}
	}
	if i := v.year.SelectedIndex(); i > 0 {
		y, _ := strconv.Atoi(v.year.Options[i])
		req.Years = []int{y}
	}
	if i := v.author.SelectedIndex(); i > 0 {
		req.Authors = []string{v.author.Options[i]}
	}
	return req
}

// active tells whether the results show instead of the library.
func (v *searchView) active() bool { return strings.TrimSpace(v.entry.Text) != "" }

// schedule runs the search shortly, unless another key comes first.
func (v *searchView) schedule() {
	v.mu.Lock()
	v.gen++
	gen := v.gen
	if v.timer != nil {
		v.timer.Stop()
	}
	req := v.request()
	ix := v.index
	v.mu.Unlock()
	v.update()
	if !v.active() {
		return
	}
	if ix == nil {
		return // shown when the index is ready
	}
	v.timer = time.AfterFunc(searchDelay, func() {
		res, err := ix.Search(context.Background(), req)
		v.do(func() {
			v.mu.Lock()
			current := gen == v.gen
			v.mu.Unlock()
			if current {
				v.show(res, err)
			}
		})
	})
}

// show puts a result on screen.
func (v *searchView) show(res *search.Result, err error) {
	l := v.m.loc
	if err != nil {
		v.count.SetText(l.T("The search failed: %v", err))
		v.results.SetHits(nil)
		return
	}
	v.count.SetText(l.T("Found: %d results", res.Total))
	v.results.SetHits(res.Hits)
}

// buildUI returns the library pane: its title, the field and what the
// state of the search needs, above the library or the results.
func (v *searchView) buildUI(title fyne.CanvasObject, library fyne.CanvasObject) fyne.CanvasObject {
	v.title, v.library = title, library
	v.head = container.NewVBox()
	v.list = container.NewStack()
	v.update()
	// The field before the list, in Tab order as on screen.
	return container.New(layout.NewBorderLayout(v.head, nil, nil, nil), v.head, v.list)
}

// paneState is what decides the library pane's parts.
type paneState struct{ results, preparing, failed bool }

// update shows the results or the library, as the field asks.
func (v *searchView) update() {
	on := v.active()
	v.results.Hidden = !on
	v.m.library.Hidden = on
	if !on {
		v.count.SetText("")
	}
	state := paneState{on, v.preparing, v.failed}
	if v.head == nil || (v.shown != nil && *v.shown == state) {
		return
	}
	v.shown = &state
	objs := []fyne.CanvasObject{v.title, v.entry}
	if v.preparing || v.failed {
		objs = append(objs, v.status)
	}
	if v.preparing {
		objs = append(objs, v.progress)
	}
	if on {
		objs = append(objs, v.filters, v.count)
		v.list.Objects = []fyne.CanvasObject{v.results}
	} else {
		v.list.Objects = []fyne.CanvasObject{v.library}
	}
	v.head.Objects = objs
	v.head.Refresh()
	v.list.Refresh()
}

// start opens the index in dir, building it in the background with a
// progress bar when it must; the rest of the app is usable meanwhile.
func (v *searchView) start(dir string) {
	v.preparing = true
	v.status.SetText(v.m.loc.T("Preparing the search index…"))
	v.update()
	built := v.m.lib
	go func() {
		ix, err := search.Open(context.Background(), dir, built, search.Options{
			Progress: func(done, total int) {
				v.do(func() {
					v.progress.Max = float64(max(total, 1))
					v.progress.SetValue(float64(done))
				})
			},
		})
		v.do(func() {
			if err == nil {
				v.m.indexReady(ix, built)
			}
			v.ready(ix, err)
		})
	}()
}

// ready takes the opened index, or says why there is none.
func (v *searchView) ready(ix *search.Index, err error) {
	v.preparing = false
	defer v.update()
	l := v.m.loc
	v.failed = err != nil
	switch {
	case errors.Is(err, search.ErrBusy):
		v.status.SetText(l.T("Another PISM Reader window is updating the search index; search will work once it has finished."))
		return
	case err != nil:
		log.Printf("pismreader: search index: %v", err)
		v.status.SetText(l.T("Search is unavailable: %v", err))
		return
	}
	v.mu.Lock()
	v.index = ix
	v.mu.Unlock()
	v.schedule()
}

// close closes the index.
func (v *searchView) close() {
	v.mu.Lock()
	ix := v.index
	v.index = nil
	v.mu.Unlock()
	if ix != nil {
		ix.Close()
	}
}

// keyEntry is an entry that offers its keys to OnKey first: Escape, Down
// and Enter move between the field and what it controls, F1 and F3 reach
// the window.
type keyEntry struct {
	ringEntry
	OnKey func(*fyne.KeyEvent) bool
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if e.OnKey != nil && e.OnKey(k) {
		return
	}
	e.Entry.TypedKey(k)
}
