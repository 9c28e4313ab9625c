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
		var err error
		if dfa, err = cachedDFA(word); err != nil {
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

// dfaCache keeps the automata of the words searched lately: searching as
// you type runs the words before the last one again at every key, and an
// automaton costs a fifth of a millisecond to build. A DFA is read-only
// once built, so searches may share it.
var dfaCache struct {
	sync.Mutex
	m map[string]*levenshtein.DFA
}

// dfaCacheSize bounds the automata kept; the cache is emptied when full.
const dfaCacheSize = 64

// cachedDFA returns the automaton of the words one edit away from word.
func cachedDFA(word string) (*levenshtein.DFA, error) {
	dfaCache.Lock()
	dfa := dfaCache.m[word]
	dfaCache.Unlock()
	if dfa != nil {
		return dfa, nil
	}
	lb, err := levenshtein1()
	if err != nil {
		return nil, err
	}
	if dfa, err = lb.BuildDfa(word, 1); err != nil {
		return nil, err
	}
	dfaCache.Lock()
	if dfaCache.m == nil || len(dfaCache.m) >= dfaCacheSize {
		dfaCache.m = make(map[string]*levenshtein.DFA, dfaCacheSize)
	}
	dfaCache.m[word] = dfa
	dfaCache.Unlock()
	return dfa, nil
}
