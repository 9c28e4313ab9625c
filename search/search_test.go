package search

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pismreader/content"
)

// openBundled opens an index of the bundled library in a temporary
// directory of the test.
func openBundled(t *testing.T) (*Index, *content.Library) {
	t.Helper()
	lib, err := content.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(context.Background(), filepath.Join(t.TempDir(), "index"), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, lib
}

func search(t *testing.T, ix *Index, req Request) *Result {
	t.Helper()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("search %q: %v", req.Query, err)
	}
	return res
}

func ids(res *Result) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestKnownQueries(t *testing.T) {
	ix, _ := openBundled(t)
	for _, tc := range []struct {
		query string
		req   Request
		first string   // the first hit, if not ""
		want  []string // among the hits
		not   []string // not among the hits
	}{
		{query: "missiles", first: "pism-spotlight-74-2018"},
		{query: "traktat", want: []string{"pism-spotlight-74-2018-pl"}},
		{query: "traktaty", want: []string{"pism-spotlight-74-2018-pl"}},
		{query: "договор", want: []string{"pism-spotlight-74-2018-ru"}},
		{query: "9M729", want: []string{"pism-spotlight-74-2018", "inf-glossary"}},
		{query: "9m729", want: []string{"pism-spotlight-74-2018", "inf-glossary"}},
		{query: "zbrojen", want: []string{"pism-spotlight-74-2018-pl"}},
		{query: "Kacprzyk", want: []string{"pism-spotlight-74-2018", "pism-spotlight-74-2018-pl", "pism-spotlight-74-2018-ru"}},
		{query: `"withdraw from the INF"`, want: []string{"pism-spotlight-74-2018"}},
		{query: "missiles -glossary -Reagan", not: []string{"inf-glossary", "inf-timeline"}},
		{query: "Pershing OR Tomahawk", want: []string{"inf-timeline", "inf-glossary"}},
		{query: "misiles", want: []string{"pism-spotlight-74-2018"}},
		{query: "missi", req: Request{AsYouType: true}, want: []string{"pism-spotlight-74-2018"}},
		{query: "missiles", req: Request{Langs: []content.Lang{content.Polish}}, not: []string{"pism-spotlight-74-2018"}},
		{query: "the", want: nil},
		{query: `"unterminated phrase OR -`, want: nil},
	} {
		req := tc.req
		req.Query = tc.query
		res := search(t, ix, req)
		got := ids(res)
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("%q: first hit %v, want %s", tc.query, got, tc.first)
		}
		for _, id := range tc.want {
			if !slices.Contains(got, id) {
				t.Errorf("%q: hits %v lack %s", tc.query, got, id)
			}
		}
		for _, id := range tc.not {
			if slices.Contains(got, id) {
				t.Errorf("%q: hits %v have %s", tc.query, got, id)
			}
		}
		t.Logf("%q: %d hits %v", tc.query, res.Total, got)
	}
}

func TestStopWordsOnly(t *testing.T) {
	ix, _ := openBundled(t)
	if res := search(t, ix, Request{Query: "the of and"}); res.Total != 0 {
		t.Errorf("stop words matched %d briefs", res.Total)
	}
}

func TestEmptyQueryListsAll(t *testing.T) {
	ix, lib := openBundled(t)
	res := search(t, ix, Request{Limit: 100})
	if res.Total != lib.Len() {
		t.Errorf("empty query: %d briefs, want %d", res.Total, lib.Len())
	}
	res = search(t, ix, Request{Langs: []content.Lang{content.Russian}, Limit: 100})
	for _, h := range res.Hits {
		if h.Lang != content.Russian || !strings.HasSuffix(h.ID, "-ru") {
			t.Errorf("lang filter: hit %s in %s", h.ID, h.Lang)
		}
	}
	if res.Total != 5 {
		t.Errorf("lang filter: %d briefs, want 5", res.Total)
	}
}
