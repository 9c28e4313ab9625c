package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"pismreader/content"
)

// Highlighter finds the words of a text that match a query, under the same
// analysis as the index: a word matches when its stem is the stem of a word
// of the query, when it starts with the last word of the query (as you
// type, from three letters), or when it is one typo away from a word of the
// query of five letters or more. Phrases match as a whole. Excluded words
// are not highlighted. A Highlighter caches what it learns about words, so
// reuse one for many texts; it is not safe for concurrent use.
type Highlighter struct {
	lang    content.Lang
	words   []hlWord
	phrases [][]string // stems, "" for a stop word
	cache   map[string]hlToken
}

// hlWord is a single word of the query.
type hlWord struct {
	stem   string
	exact  string // folded, not stemmed
	prefix bool   // match words that start with exact
	fuzzy  bool   // match words one edit away from exact
}

// hlToken is what the highlighter knows about a word of a text.
type hlToken struct {
	stem  string // "" for a stop word
	match bool   // matches a single word of the query
}

// NewHighlighter returns a highlighter for query in texts of lang. With
// asYouType, the last word of the query also matches as a prefix, as in
// Search.
func NewHighlighter(query string, lang content.Lang, asYouType bool) *Highlighter {
	return newHighlighter(parseQuery(query), lang, asYouType)
}

func newHighlighter(pq parsedQuery, lang content.Lang, asYouType bool) *Highlighter {
	h := &Highlighter{lang: lang, cache: map[string]hlToken{}}
	for gi, g := range pq.Groups {
		for ci, cl := range g {
			text := strings.Join(cl.Words, " ")
			var stems []string
			last := 0
			analyze(lang, text, true, func(t string, pos int, _ span) {
				for last > 0 && pos > last+1 {
					stems = append(stems, "")
					last++
				}
				stems = append(stems, t)
				last = pos
			})
			switch {
			case len(stems) > 1:
				h.phrases = append(h.phrases, stems)
			case len(stems) == 1:
				w := hlWord{stem: stems[0], exact: normalize(lang, text, false)}
				if !cl.Phrase {
					n := utf8.RuneCountInString(w.exact)
					open := asYouType && pq.Open && gi == len(pq.Groups)-1 && ci == len(g)-1
					w.prefix = open && n >= minPrefix
					w.fuzzy = n >= minFuzzy && !hasDigit(w.exact)
				}
				h.words = append(h.words, w)
			}
		}
	}
	return h
}

// token analyses a word of a text, once.
func (h *Highlighter) token(raw string) hlToken {
	if t, ok := h.cache[raw]; ok {
		return t
	}
	exact := normalize(h.lang, raw, false)
	var t hlToken
	if exact != "" {
		t.stem = exact
		if !hasDigit(exact) {
			t.stem = stemWord(h.lang, exact)
		}
		for _, w := range h.words {
			if t.stem == w.stem || w.prefix && strings.HasPrefix(exact, w.exact) ||
				w.fuzzy && oneEditApart(exact, w.exact) {
				t.match = true
				break
			}
		}
	}
	if len(h.cache) < 1<<16 {
		h.cache[strings.Clone(raw)] = t
	}
	return t
}

// Find returns the byte ranges [start, end) of text that match the query,
// in order and not overlapping. A phrase gives one range from its first
// word to its last.
func (h *Highlighter) Find(text string) [][2]int {
	if len(h.words) == 0 && len(h.phrases) == 0 {
		return nil
	}
	type tok struct {
		s    span
		stem string
	}
	var toks []tok
	var out [][2]int
	words(text, func(s span) {
		t := h.token(text[s.start:s.end])
		if len(h.phrases) > 0 {
			toks = append(toks, tok{s, t.stem})
		}
		if t.match {
			out = append(out, [2]int{s.start, s.end})
		}
	})
	for _, ph := range h.phrases {
		for i := 0; i+len(ph) <= len(toks); i++ {
			ok := true
			for j, stem := range ph {
				if stem != "" && toks[i+j].stem != stem {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, [2]int{toks[i].s.start, toks[i+len(ph)-1].s.end})
			}
		}
	}
	if len(h.phrases) == 0 {
		return out
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	merged := out[:0]
	for _, r := range out {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], r[1])
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// oneEditApart reports whether a and b differ by exactly one inserted,
// deleted or replaced letter.
func oneEditApart(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	j, k := len(ra), len(rb)
	for j > i && k > i && ra[j-1] == rb[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
}
