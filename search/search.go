package search

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"pismreader/content"
)

// Request is a search.
type Request struct {
	// Query is what the user typed; see the syntax in query.go. An empty
	// query matches every brief that the filters allow, newest first.
	Query string
	// Filters: a brief must match one of the values of each non-empty
	// filter.
	Langs   []content.Lang
	Series  []string
	Years   []int
	Authors []string
	// Limit is the number of hits to return, 20 when 0; Offset the number
	// to skip, for paging.
	Limit  int
	Offset int
	// AsYouType also matches the last word as a prefix, from three letters
	// on, unless the query ends with a space.
	AsYouType bool
	// Highlight fills Hit.Fragments.
	Highlight bool
	// Facets fills Result.Facets. Counting them visits every brief that
	// matches, which makes a search of a common word several times slower,
	// so ask for them only where they are shown.
	Facets bool
}

// Hit is a brief found by a search.
type Hit struct {
	ID, Title      string
	Lang           content.Lang
	Series, Number string
	Date           time.Time
	Score          float64
	// Fragments are up to three passages of the lead and body with the
	// words that match the query wrapped in <mark> and </mark>. The text is
	// not HTML-escaped: see ParseFragment.
	Fragments []string
}

// Facet is one value of a facet and the number of hits that have it.
type Facet struct {
	Value string
	Count int
}

// Result is the answer to a search.
type Result struct {
	// Total is the number of briefs that match, of which Hits are the
	// ones from Offset to Offset+Limit, best first.
	Total int
	Hits  []Hit
	// Facets count the matching briefs by "lang", "series", "year" and
	// "author", most frequent first; nil unless Request.Facets.
	Facets map[string][]Facet
	Took   time.Duration
}

// facetFields maps facet names to the fields they count.
var facetFields = map[string]string{"lang": fieldLang, "series": fieldSeries, "year": fieldYear, "author": fieldAuthors}

const (
	defaultLimit = 20
	maxLimit     = 1000
	facetSize    = 50
)

// Search runs req. A query in any form is accepted: see Request.Query.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return nil, ErrClosed
	}
	limit := req.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)

	pq := parseQuery(req.Query)
	c := compiler{langs: req.Langs, asYouType: req.AsYouType}
	if len(c.langs) == 0 {
		c.langs = content.Langs
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}
	reader, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}
	defer reader.Close()
	c.reader = reader
	q := c.compile(pq, filterQueries(req))
	if q == nil {
		q = query.NewMatchNoneQuery()
	}
	sreq := bleve.NewSearchRequestOptions(q, limit, max(req.Offset, 0), false)
	if len(pq.Groups) == 0 {
		sreq.SortBy([]string{"-" + fieldDate, "_id"})
	}
	if req.Facets {
		for name, field := range facetFields {
			sreq.AddFacet(name, bleve.NewFacetRequest(field, facetSize))
		}
	}
	sres, err := ix.bi.SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}

	res := &Result{Total: int(sres.Total)}
	if req.Facets {
		res.Facets = make(map[string][]Facet, len(facetFields))
	}
	stored := storedFields(reader)
	texts := make([]string, len(sres.Hits))
	for i, h := range sres.Hits {
		hit := Hit{ID: h.ID, Score: h.Score}
		err := stored(h, func(field string, value []byte) {
			switch field {
			case fieldTitle:
				hit.Title = string(value)
			case fieldLang:
				hit.Lang = content.Lang(value)
			case fieldSeries:
				hit.Series = string(value)
			case fieldNumber:
				hit.Number = string(value)
			case fieldDate:
				hit.Date, _ = time.Parse(dateLayout, string(value))
			case fieldText:
				if req.Highlight {
					texts[i] = string(value)
				}
			}
		})
		if err != nil {
			return nil, fmt.Errorf("search %q: read hit %s: %w", req.Query, h.ID, err)
		}
		res.Hits = append(res.Hits, hit)
	}
	if req.Highlight {
		fragments(pq, req.AsYouType, res.Hits, texts)
	}
	for name, fr := range sres.Facets {
		var fs []Facet
		if fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				fs = append(fs, Facet{Value: t.Term, Count: t.Count})
			}
		}
		slices.SortStableFunc(fs, func(a, b Facet) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		res.Facets[name] = fs
	}
	res.Took = time.Since(start)
	return res, nil
}

// storedFields returns a function that visits the stored fields of a hit
// of a search of reader. With Bleve's index it reads the hit's segment
// directly, which costs a tenth of loading the document through
// IndexReader.Document: no lookup of the ID, no copy of every field.
func storedFields(reader index.IndexReader) func(h *bsearch.DocumentMatch, fn func(field string, value []byte)) error {
	snap, ok := reader.(*scorch.IndexSnapshot)
	if !ok {
		return func(h *bsearch.DocumentMatch, fn func(string, []byte)) error {
			doc, err := reader.Document(h.ID)
			if err != nil || doc == nil {
				return err
			}
			doc.VisitFields(func(f index.Field) { fn(f.Name(), f.Value()) })
			return nil
		}
	}
	segs := snap.Segments()
	// Global document numbers count the documents of the segments in
	// order, deleted ones included, as Bleve's snapshot does.
	offsets := make([]uint64, len(segs))
	var running uint64
	for i, ss := range segs {
		offsets[i] = running
		running += ss.Segment().Count()
	}
	return func(h *bsearch.DocumentMatch, fn func(string, []byte)) error {
		num := h.IndexInternalID.Value()
		i := sort.Search(len(offsets), func(i int) bool { return offsets[i] > num }) - 1
		if i < 0 {
			return fmt.Errorf("no segment for document %d", num)
		}
		return segs[i].Segment().VisitStoredFields(num-offsets[i], func(field string, _ byte, value []byte, _ []uint64) bool {
			fn(field, value)
			return true
		})
	}
}

// fragments fills the fragments of hits from their texts, on two cores if
// the machine has them: a highlighter is not safe for concurrent use, so
// each goroutine has its own.
func fragments(pq parsedQuery, asYouType bool, hits []Hit, texts []string) {
	workers := min(runtime.GOMAXPROCS(0), 2, len(hits))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			hls := map[content.Lang]*Highlighter{}
			for i := w; i < len(hits); i += workers {
				hl := hls[hits[i].Lang]
				if hl == nil {
					hl = newHighlighter(pq, hits[i].Lang, asYouType)
					hl.borrow = true
					hls[hits[i].Lang] = hl
				}
				hits[i].Fragments = hl.fragments(texts[i], maxFragments)
			}
		})
	}
	wg.Wait()
}
