package search

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/blevesearch/vellum/levenshtein"

	"pismreader/content"
)

// Boosts: a word in the title counts more than one in the lead, and that
// more than one in the body; a word found only as the completion of a
// prefix or only with a typo counts less than the word itself.
const (
	boostTitle  = 3.0
	boostLead   = 1.5
	boostBody   = 1.0
	boostMeta   = 1.5
	boostPrefix = 0.5
	boostFuzzy  = 0.1
)

var partBoost = map[string]float64{partTitle: boostTitle, partLead: boostLead, partBody: boostBody}

// Bounds on the words a prefix or a typo expands to, per language and
// field: at most maxExpansions, the most frequent of the first maxWalk
// words of the term dictionary that fit.
const (
	minPrefix      = 3 // letters
	minFuzzy       = 5 // letters
	maxExpansions  = 12
	maxFuzzy       = 6
	maxWalk        = 600
	expansionField = partBody
)

// compiler turns a parsed query into a Bleve query for one request.
type compiler struct {
	langs     []content.Lang
	reader    index.IndexReader // for expansions; nil to skip them
	asYouType bool
	automata  map[string]*levenshtein.DFA
}

// compile returns the query for pq, or nil when pq has words but none
// that can match (only stop words, say). A query without words matches
// every brief that the exclusions and filters leave.
//
// Each language is searched on its own, as if the briefs of that language
// were the only ones: a brief matches when every word of the query that
// is not a stop word of its language is in its text or its metadata. So
// "the INF treaty" finds English briefs that have "INF" and "treaty",
// although "the" is not in their index.
func (c *compiler) compile(pq parsedQuery, filters []query.Query) query.Query {
	var branches []query.Query
	for _, lang := range c.langs {
		var must, mustNot []query.Query
		for gi, g := range pq.Groups {
			var alts []query.Query
			for ci, cl := range g {
				open := c.asYouType && pq.Open && gi == len(pq.Groups)-1 && ci == len(g)-1
				if q := c.clause(lang, cl, true, open); q != nil {
					alts = append(alts, q)
				}
			}
			if q := anyOf(alts); q != nil {
				must = append(must, q)
			}
		}
		if len(pq.Groups) > 0 && len(must) == 0 {
			continue // only stop words of lang
		}
		for _, cl := range pq.Not {
			if q := c.clause(lang, cl, false, false); q != nil {
				mustNot = append(mustNot, q)
			}
		}
		if len(pq.Groups) == 0 {
			// The text fields are those of lang, so only the meta field
			// (see clause) and a query without words need the filter.
			must = append(must, inLangQuery(lang))
		}
		// Without exclusions, a conjunction, or the only clause itself:
		// Bleve's boolean query wraps its clauses in one more
		// conjunction, which visits every match once more.
		switch {
		case len(mustNot) > 0:
			branches = append(branches, query.NewBooleanQuery(must, nil, mustNot))
		case len(must) == 1:
			branches = append(branches, must[0])
		default:
			branches = append(branches, query.NewConjunctionQuery(must))
		}
	}
	q := anyOf(branches)
	if q == nil {
		return nil
	}
	if len(filters) == 0 {
		return q
	}
	return query.NewConjunctionQuery(append([]query.Query{q}, filters...))
}

// inLangQuery matches the briefs of lang, without adding to the score.
func inLangQuery(lang content.Lang) query.Query {
	q := query.NewTermQuery(string(lang))
	q.SetField(fieldLang)
	q.SetBoost(0)
	return q
}

// anyOf returns the disjunction of qs, nil for none.
func anyOf(qs []query.Query) query.Query {
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

// clause returns the query of one word or phrase in the briefs of lang, or
// nil when it has no terms there. Loose allows typos; open makes the word
// a prefix too.
func (c *compiler) clause(lang content.Lang, cl clause, loose, open bool) query.Query {
	text := strings.Join(cl.Words, " ")
	var alts []query.Query
	{
		var terms [][]string
		last := 0
		analyze(lang, text, true, func(t string, pos int, _ span) {
			if last > 0 {
				for range pos - last - 1 {
					terms = append(terms, nil) // a stop word: any word fits
				}
			}
			terms = append(terms, []string{t})
			last = pos
		})
		switch {
		case len(terms) > 1:
			for _, part := range parts {
				q := query.NewMultiPhraseQuery(terms, textField(part, lang, false))
				q.SetBoost(partBoost[part])
				alts = append(alts, q)
			}
		case len(terms) == 1:
			for _, part := range parts {
				q := query.NewTermQuery(terms[0][0])
				q.SetField(textField(part, lang, false))
				q.SetBoost(partBoost[part])
				alts = append(alts, q)
			}
			if cl.Phrase {
				break
			}
			exact := normalize(lang, text, false)
			if open && utf8.RuneCountInString(exact) >= minPrefix {
				alts = append(alts, c.expand(lang, boostPrefix, func(field string) []string {
					return topTerms(c.prefixTerms(field, exact), maxExpansions, func(string) bool { return false })
				})...)
			}
			if loose && utf8.RuneCountInString(exact) >= minFuzzy && !hasDigit(exact) && sameScript(lang, exact) {
				stem := terms[0][0]
				alts = append(alts, c.expand(lang, boostFuzzy, func(field string) []string {
					return topTerms(c.fuzzyTerms(field, exact), maxFuzzy, func(t string) bool {
						return t == exact || stemWord(lang, t) == stem
					})
				})...)
			}
		}
	}
	if len(alts) > 0 && !cl.Phrase && len(cl.Words) == 1 {
		if f := strings.ReplaceAll(fold(text), "'", ""); f != "" {
			// authors, tags, series and number, when the word is one word
			if strings.IndexFunc(f, func(r rune) bool { return !isWordRune(r) }) < 0 {
				q := query.NewTermQuery(f)
				q.SetField(fieldMeta)
				q.SetBoost(boostMeta)
				// The meta field is the same in every language: keep
				// to the briefs of lang, as the text fields do.
				alts = append(alts, query.NewConjunctionQuery([]query.Query{q, inLangQuery(lang)}))
			}
		}
	}
	return anyOf(alts)
}

// expand looks up, in the exact body and title fields of lang, the words
// that candidates lists (the completions of a prefix or the words one typo
// away) and returns term queries for them in the exact title, lead and
// body fields.
func (c *compiler) expand(lang content.Lang, boost float64, candidates func(field string) []string) []query.Query {
	if c.reader == nil {
		return nil
	}
	seen := map[string]bool{}
	var terms []string
	for _, part := range []string{expansionField, partTitle} {
		for _, t := range candidates(textField(part, lang, true)) {
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
	}
	var qs []query.Query
	for _, t := range terms {
		for _, part := range parts {
			q := query.NewTermQuery(t)
			q.SetField(textField(part, lang, true))
			q.SetBoost(boost * partBoost[part])
			qs = append(qs, q)
		}
	}
	return qs
}

// prefixTerms reads at most maxWalk terms of field that start with prefix.
func (c *compiler) prefixTerms(field, prefix string) []index.DictEntry {
	d, err := c.reader.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil
	}
	defer d.Close()
	var es []index.DictEntry
	for range maxWalk {
		e, err := d.Next()
		if err != nil || e == nil {
			break
		}
		es = append(es, *e)
	}
	return es
}

// topTerms returns the n most frequent of es, leaving out those that skip
// selects, the most frequent first.
func topTerms(es []index.DictEntry, n int, skip func(string) bool) []string {
	slices.SortFunc(es, func(a, b index.DictEntry) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(len(a.Term), len(b.Term)), strings.Compare(a.Term, b.Term))
	})
	var out []string
	for _, e := range es {
		if len(out) == n {
			break
		}
		if !skip(e.Term) {
			out = append(out, e.Term)
		}
	}
	return out
}

// filterQueries returns the queries of the filters of req.
func filterQueries(req Request) []query.Query {
	var fs []query.Query
	anyOf := func(field string, values []string) {
		var qs []query.Query
		for _, v := range values {
			q := query.NewTermQuery(v)
			q.SetField(field)
			q.SetBoost(0)
			qs = append(qs, q)
		}
		switch len(qs) {
		case 0:
		case 1:
			fs = append(fs, qs[0])
		default:
			fs = append(fs, query.NewDisjunctionQuery(qs))
		}
	}
	langs := make([]string, len(req.Langs))
	for i, l := range req.Langs {
		langs[i] = string(l)
	}
	years := make([]string, len(req.Years))
	for i, y := range req.Years {
		years[i] = strconv.Itoa(y)
	}
	anyOf(fieldLang, langs)
	anyOf(fieldSeries, req.Series)
	anyOf(fieldYear, years)
	anyOf(fieldAuthors, req.Authors)
	return fs
}

// sameScript reports whether the folded word w is written in the script of
// lang: typos are looked for only there, so that a Russian word is not
// corrected into an English or a Polish one, nor the other way round.
func sameScript(lang content.Lang, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	cyrillic := r >= 0x400 && r < 0x530
	return cyrillic == (lang == content.Russian)
}
