package search

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

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
	// "author", most frequent first.
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
	if adv, err := ix.bi.Advanced(); err == nil {
		if r, err := adv.Reader(); err == nil {
			defer r.Close()
			c.reader = r
		}
	}
	q := c.compile(pq, filterQueries(req))
	if q == nil {
		q = query.NewMatchNoneQuery()
	}
	sreq := bleve.NewSearchRequestOptions(q, limit, max(req.Offset, 0), false)
	sreq.Fields = []string{fieldTitle, fieldLang, fieldSeries, fieldNumber, fieldDate}
	if req.Highlight {
		sreq.Fields = append(sreq.Fields, fieldText)
	}
	if len(pq.Groups) == 0 {
		sreq.SortBy([]string{"-" + fieldDate, "_id"})
	}
	for name, field := range facetFields {
		sreq.AddFacet(name, bleve.NewFacetRequest(field, facetSize))
	}
	sres, err := ix.bi.SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}

	res := &Result{Total: int(sres.Total), Facets: make(map[string][]Facet, len(facetFields))}
	highlighters := map[content.Lang]*Highlighter{}
	for _, h := range sres.Hits {
		hit := Hit{ID: h.ID, Score: h.Score,
			Title: str(h.Fields[fieldTitle]), Lang: content.Lang(str(h.Fields[fieldLang])),
			Series: str(h.Fields[fieldSeries]), Number: str(h.Fields[fieldNumber])}
		hit.Date, _ = time.Parse(dateLayout, str(h.Fields[fieldDate]))
		if req.Highlight {
			hl := highlighters[hit.Lang]
			if hl == nil {
				hl = newHighlighter(pq, hit.Lang, req.AsYouType)
				highlighters[hit.Lang] = hl
			}
			hit.Fragments = hl.fragments(str(h.Fields[fieldText]), maxFragments)
		}
		res.Hits = append(res.Hits, hit)
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

// str returns a stored field as a string.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		if len(v) > 0 {
			return str(v[0])
		}
	}
	return ""
}

// Terms lists the terms of a field of the index with their document
// counts, for diagnostics and tests.
func (ix *Index) terms(field string) (map[string]uint64, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return nil, ErrClosed
	}
	d, err := ix.bi.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("terms of %s: %w", field, err)
	}
	defer d.Close()
	m := map[string]uint64{}
	for {
		e, err := d.Next()
		if err != nil || e == nil {
			return m, err
		}
		m[e.Term] = e.Count
	}
}
