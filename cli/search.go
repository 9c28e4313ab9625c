package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/search"
)

// searchHit is one line of "search --json".
type searchHit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Lang      string   `json:"lang"`
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`
}

// runSearch prints the hits of a query under the rules of the app's search
// field: the last word also as a prefix, typo tolerance, title hits first.
func runSearch(o Options, lib *content.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	dir, err := search.DefaultDir()
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", err)
		return 1
	}
	told := false
	ix, err := search.Open(context.Background(), dir, lib, search.Options{
		Progress: func(done, total int) {
			if !told {
				told = true
				fmt.Fprintln(stderr, l.T("Building the search index…"))
			}
		},
	})
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", l.T("the search index cannot be opened: %v", err))
		return 1
	}
	defer ix.Close()
	req := search.Request{Query: strings.Join(o.Args, " "), AsYouType: true, Highlight: true, Limit: o.Limit}
	if req.Limit == 0 {
		req.Limit = 20
	}
	if o.LangSet {
		req.Langs = []content.Lang{content.Lang(l.Code())}
	}
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", l.T("The search failed: %v", err))
		return 1
	}
	fmt.Fprintln(stderr, l.T("Found: %d results", res.Total))
	if o.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			frags := h.Fragments
			if frags == nil {
				frags = []string{}
			}
			if err := enc.Encode(searchHit{ID: h.ID, Title: h.Title, Lang: string(h.Lang), Score: h.Score, Fragments: frags}); err != nil {
				return 1
			}
		}
		return 0
	}
	bold := isTerminal(stdout)
	for _, h := range res.Hits {
		series := l.T(h.Series)
		if h.Number != "" {
			series += " " + l.T("no. %s", h.Number)
		}
		fmt.Fprintf(stdout, "%s\n  %s · %s · %s · %s\n", h.Title, h.ID, series, l.Date(h.Date), l.LangName(string(h.Lang)))
		for _, f := range h.Fragments {
			fmt.Fprintf(stdout, "  %s\n", plainFragment(f, bold))
		}
		fmt.Fprintln(stdout)
	}
	return 0
}

// plainFragment writes a fragment for a terminal: the hits in reverse
// video where the output is one, else as plain text, which a screen reader
// reads without stumbling on markup.
func plainFragment(f string, reverse bool) string {
	text, marks := search.ParseFragment(f)
	if !reverse {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range marks {
		b.WriteString(text[last:m[0]])
		b.WriteString("\x1b[7m" + text[m[0]:m[1]] + "\x1b[0m")
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
