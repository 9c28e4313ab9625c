package i18n

import (
	"bytes"
	"slices"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A collate.Collator is not safe for concurrent use, so each language
// keeps a pool of them, each with a buffer for collation keys: a
// Localizer takes one for each call and puts it back.
var (
	collatorsMu sync.Mutex
	collators   = map[language.Tag]*sync.Pool{}
)

type collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

func collatorPool(tag language.Tag) *sync.Pool {
	collatorsMu.Lock()
	defer collatorsMu.Unlock()
	p := collators[tag]
	if p == nil {
		p = &sync.Pool{New: func() any { return &collator{c: collate.New(tag)} }}
		collators[tag] = p
	}
	return p
}

// Compare compares a and b in the alphabetical order of l's language,
// by the CLDR collation rules: in Polish "Ł" comes after "L" and before
// "M"; in Russian "ё" sorts with "е". It returns -1, 0 or +1.
func (l *Localizer) Compare(a, b string) int {
	c := l.collators.Get().(*collator)
	defer l.collators.Put(c)
	return c.c.CompareString(a, b)
}

// SortStrings sorts s in place in the alphabetical order of l's language.
func (l *Localizer) SortStrings(s []string) {
	SortFunc(l, s, func(x string) string { return x })
}

// SortFunc sorts s in place, stably, in the alphabetical order of l's
// language of the strings that key returns for its elements, such as
// titles. It computes each element's collation key once, so sorting a
// few hundred titles takes a fraction of a millisecond.
func SortFunc[T any](l *Localizer, s []T, key func(T) string) {
	type keyed struct {
		key []byte
		v   T
	}
	c := l.collators.Get().(*collator)
	defer l.collators.Put(c)
	defer c.buf.Reset()
	ks := make([]keyed, len(s))
	for i, v := range s {
		ks[i] = keyed{c.c.KeyFromString(&c.buf, key(v)), v}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int { return bytes.Compare(a.key, b.key) })
	for i := range ks {
		s[i] = ks[i].v
	}
}
