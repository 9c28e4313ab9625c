package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The query syntax, which every string parses in:
//
//	nuclear missiles      both words, in any language, stemmed
//	"withdraw from"       a phrase; „…”, “…” and «…» work too
//	-china                briefs without the word (or -"a phrase")
//	treaty OR accord      either word; OR binds tighter than the space
//
// A word that analysis splits, such as "U.S." or "ground-launched", is
// searched as a phrase. A quote left open runs to the end of the query, an
// OR without a word on both sides and a lone "-" are ignored, so no query
// is an error. Only the first maxClauses words and phrases count.

// maxClauses bounds the size of a query.
const maxClauses = 32

// clause is a word or a phrase of a query, as typed.
type clause struct {
	Words  []string // one word, or the words of a phrase
	Phrase bool     // quoted
}

// parsedQuery is a query: every group must match, and a group matches when
// one of its clauses does; no clause of Not may match.
type parsedQuery struct {
	Groups [][]clause
	Not    []clause
	// Open is true when the query ends in a word that is still being
	// typed: an unquoted word, not excluded, not followed by a space.
	Open bool
}

// isQuote reports whether r opens or closes a phrase.
func isQuote(r rune) bool {
	switch r {
	case '"', '„', '“', '”', '«', '»':
		return true
	}
	return false
}

// item is a word, a phrase or the operator OR, as the lexer finds them.
type item struct {
	text   string
	quoted bool
	neg    bool
}

// lex splits a query into items.
func lex(q string) []item {
	var items []item
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		neg := false
		if r == '-' && i+n < len(q) {
			if next, m := utf8.DecodeRuneInString(q[i+n:]); !unicode.IsSpace(next) {
				neg = true
				i += n
				r, n = next, m
			}
		}
		if isQuote(r) {
			i += n
			end := strings.IndexFunc(q[i:], isQuote)
			if end < 0 {
				end = len(q) - i
			}
			items = append(items, item{text: q[i : i+end], quoted: true, neg: neg})
			i += end
			if i < len(q) {
				_, n := utf8.DecodeRuneInString(q[i:])
				i += n
			}
			continue
		}
		end := strings.IndexFunc(q[i:], func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) })
		if end < 0 {
			end = len(q) - i
		}
		items = append(items, item{text: q[i : i+end], neg: neg})
		i += end
	}
	return items
}

// parseQuery reads a query in the syntax above. It never fails.
func parseQuery(q string) parsedQuery {
	items := lex(q)
	var pq parsedQuery
	clauses := 0
	joinNext := false
	for k, it := range items {
		isOr := !it.quoted && !it.neg && it.text == "OR"
		if isOr {
			// OR joins the group before it and the word after it.
			joinNext = len(pq.Groups) > 0 && k+1 < len(items) && !items[k+1].neg &&
				!(items[k+1].text == "OR" && !items[k+1].quoted)
			continue
		}
		c := clause{Words: strings.Fields(it.text), Phrase: it.quoted}
		if !it.quoted {
			c.Words = []string{it.text}
		}
		if len(c.Words) == 0 || clauses >= maxClauses {
			joinNext = false
			continue
		}
		clauses++
		switch {
		case it.neg:
			pq.Not = append(pq.Not, c)
		case joinNext:
			last := len(pq.Groups) - 1
			pq.Groups[last] = append(pq.Groups[last], c)
		default:
			pq.Groups = append(pq.Groups, []clause{c})
		}
		joinNext = false
	}
	if n := len(items); n > 0 && len(pq.Groups) > 0 {
		last := items[n-1]
		lastRune, _ := utf8.DecodeLastRuneInString(q)
		g := pq.Groups[len(pq.Groups)-1]
		c := g[len(g)-1]
		pq.Open = !last.quoted && !last.neg && !c.Phrase && c.Words[0] == last.text &&
			!unicode.IsSpace(lastRune) && !isQuote(lastRune)
	}
	return pq
}

// String writes the query back in the syntax above.
func (pq parsedQuery) String() string {
	var parts []string
	write := func(c clause) string {
		if c.Phrase {
			return `"` + strings.Join(c.Words, " ") + `"`
		}
		return c.Words[0]
	}
	for _, g := range pq.Groups {
		alts := make([]string, len(g))
		for i, c := range g {
			alts[i] = write(c)
		}
		parts = append(parts, strings.Join(alts, " OR "))
	}
	for _, c := range pq.Not {
		parts = append(parts, "-"+write(c))
	}
	return strings.Join(parts, " ")
}
