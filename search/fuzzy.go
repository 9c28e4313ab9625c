package search

import (
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/blevesearch/vellum/levenshtein"
)

// Typo tolerance looks up the words of the term dictionary one edit away
// from a word of the query (an inserted, deleted or replaced letter, or
// two neighbouring letters swapped) with a Levenshtein automaton. Building
// the automaton costs more than running it, so the compiler builds it once
// per word and runs it over every field and segment, where Bleve's own
// FieldDictFuzzy would build it again for each field.

var levenshtein1 = sync.OnceValues(func() (*levenshtein.LevenshteinAutomatonBuilder, error) {
	return levenshtein.NewLevenshteinAutomatonBuilder(1, true)
})

// fuzzyTerms lists the terms of field one edit away from word, with the
// number of documents that have each.
func (c *compiler) fuzzyTerms(field, word string) []index.DictEntry {
	snap, ok := c.reader.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	dfa, ok := c.automata[word]
	if !ok {
		lb, err := levenshtein1()
		if err != nil {
			return nil
		}
		if dfa, err = lb.BuildDfa(word, 1); err != nil {
			return nil
		}
		if c.automata == nil {
			c.automata = map[string]*levenshtein.DFA{}
		}
		c.automata[word] = dfa
	}
	counts := map[string]uint64{}
	for _, ss := range snap.Segments() {
		dict, err := ss.Segment().Dictionary(field)
		if err != nil {
			continue
		}
		it := dict.AutomatonIterator(dfa, nil, nil)
		for range maxWalk {
			e, err := it.Next()
			if err != nil || e == nil {
				break
			}
			counts[e.Term] += e.Count
		}
	}
	es := make([]index.DictEntry, 0, len(counts))
	for t, n := range counts {
		es = append(es, index.DictEntry{Term: t, Count: n})
	}
	return es
}
