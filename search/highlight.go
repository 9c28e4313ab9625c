package search

import (
	"bytes"
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
	// heads holds the first one and two letters of every stem of the
	// query: stemming changes only the end of a word, so a word of the
	// text whose exact term starts otherwise cannot have one of these
	// stems, and is not stemmed at all, unless it is irregular.
	heads map[string]bool
	// probes are strings of which a line must contain one, once folded,
	// to have a match: the heads, the irregular forms of the stems, the
	// prefixes, and two pieces of each word for typos. Lines without any
	// are not split into words at all.
	probes []string
	// phraseProbes holds, for each phrase, the probes of each of its
	// words: a line may have the phrase only if it has one probe of each.
	phraseProbes [][][]string
	folded       []byte // scratch space for mayMatch
	// borrow keeps the words of the texts as keys of cache without
	// copying them: Search's highlighters live no longer than the texts.
	borrow bool
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
	h := &Highlighter{lang: lang, cache: make(map[string]hlToken, 1024), heads: map[string]bool{}}
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
	for _, w := range h.words {
		h.addHead(w.stem)
		if w.prefix {
			h.probes = append(h.probes, w.exact)
		}
		if w.fuzzy {
			// An edit (one or two neighbouring letters) lies in the
			// first k+1 letters or in the last n-k+1, so that the
			// first k-1 or the last n-k-1 are left intact.
			rs := []rune(w.exact)
			k := len(rs) / 2
			h.probes = append(h.probes, string(rs[:k-1]), string(rs[k+1:]))
		}
	}
	for _, ph := range h.phrases {
		for _, s := range ph {
			h.addHead(s)
		}
	}
	// Stemming changes at most the last two letters of a stem's word
	// (see stemPolish, Porter's and Snowball's algorithms), so the rest of
	// the stem is in the word; an irregular form starts with its head.
	stemProbes := func(stem string) []string {
		rs := []rune(stem)
		ps := []string{string(rs[:max(min(2, len(rs)), len(rs)-2)])}
		for _, f := range irregularForms(lang, stem) {
			ps = append(ps, head(f))
		}
		return ps
	}
	for _, w := range h.words {
		h.probes = append(h.probes, stemProbes(w.stem)...)
	}
	// A line has a phrase only if it has every word of it.
	for _, ph := range h.phrases {
		var all [][]string
		for _, s := range ph {
			if s != "" {
				all = append(all, stemProbes(s))
			}
		}
		h.phraseProbes = append(h.phraseProbes, all)
	}
	return h
}

// mayMatch reports whether a line of text may have a match.
func (h *Highlighter) mayMatch(line string) bool {
	h.folded = appendFold(h.folded[:0], line)
	has := func(probes []string) bool {
		for _, p := range probes {
			if bytes.Contains(h.folded, []byte(p)) {
				return true
			}
		}
		return false
	}
	if has(h.probes) {
		return true
	}
	for _, ph := range h.phraseProbes {
		if !slices.ContainsFunc(ph, func(ps []string) bool { return !has(ps) }) {
			return true
		}
	}
	return false
}

// addHead records the first two letters of stem, or its only letter.
func (h *Highlighter) addHead(stem string) {
	if stem != "" {
		h.heads[head(stem)] = true
	}
}

// head returns the first two letters of s, or all of it if shorter.
func head(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	if n < len(s) {
		_, m := utf8.DecodeRuneInString(s[n:])
		n += m
	}
	return s[:n]
}

// mayHaveStem reports whether the exact term of a word may stem to one of
// the stems of the query.
func (h *Highlighter) mayHaveStem(exact string) bool {
	if h.heads[head(exact)] {
		return true
	}
	if _, n := utf8.DecodeRuneInString(exact); n < len(exact) && h.heads[exact[:n]] {
		return true
	}
	switch h.lang {
	case content.Polish:
		_, ok := polishLemmas[exact]
		return ok
	case content.English:
		_, ok := englishIrregular[exact]
		return ok
	}
	return false
}

// noStem stands for the stem of a word that cannot match the query.
const noStem = "\x00"

// token analyses a word of a text, once.
func (h *Highlighter) token(raw string) hlToken {
	if t, ok := h.cache[raw]; ok {
		return t
	}
	exact := exactTerm(h.lang, raw)
	var t hlToken
	if exact != "" {
		t.stem = noStem
		if h.mayHaveStem(exact) {
			t.stem = exact
			if !hasDigit(exact) {
				t.stem = stemWord(h.lang, exact)
			}
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
		if !h.borrow {
			raw = strings.Clone(raw)
		}
		h.cache[raw] = t
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
	var toks []tok
	var out [][2]int
	for base := 0; base < len(text); {
		end := strings.IndexByte(text[base:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += base
		}
		// A phrase does not run over a line break.
		if line := text[base:end]; h.mayMatch(line) {
			toks = toks[:0]
			words(line, func(s span) {
				s.start += base
				s.end += base
				t := h.token(text[s.start:s.end])
				if len(h.phrases) > 0 {
					toks = append(toks, tok{s, t.stem})
				}
				if t.match {
					out = append(out, [2]int{s.start, s.end})
				}
			})
			out = h.findPhrases(toks, out)
		}
		base = end + 1
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

type tok struct {
	s    span
	stem string
}

// findPhrases appends the ranges of the phrases of the query in toks.
func (h *Highlighter) findPhrases(toks []tok, out [][2]int) [][2]int {
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
	return out
}

// oneEditApart reports whether a and b differ by exactly one inserted,
// deleted or replaced letter, or by two neighbouring letters swapped, as
// the Levenshtein automaton of the index search counts them.
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
	if j-i == 2 && k-i == 2 && ra[i] == rb[i+1] && ra[i+1] == rb[i] {
		return true
	}
	return j-i <= 1 && k-i <= 1
}
