package search

import (
	"strings"
	"sync"

	porter "github.com/blevesearch/go-porterstemmer"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"

	"pismreader/content"
)

// Analysis, shared by the index, the query and the highlighter so that the
// three always agree:
//
//   - words: runs of letters and digits (see words);
//   - folding: lower case, Latin diacritics removed, ё as е (see fold);
//   - English: the possessive 's is removed;
//   - apostrophes are removed ("o'neill" → "oneill");
//   - stop words are dropped (see stopLists), keeping their positions;
//   - in the stemmed version, words without digits are stemmed: English
//     with Porter's algorithm after a table of irregular verbs, Russian
//     with the Snowball stemmer, Polish with stemPolish.

// normalize returns the index term of the raw word w in lang, stemmed or
// exact, or "" for a stop word or a word with no letters or digits left.
func normalize(lang content.Lang, w string, stem bool) string {
	t := wordTerms(lang, w)
	if stem {
		return t.stem
	}
	return t.exact
}

// terms are the index terms of a word.
type terms struct{ exact, stem string }

// termCaches hold the terms of the words analysed lately, so that the
// frequent words of a text are folded and stemmed once, not every time. A
// cache serves one goroutine at a time and is small enough to stay in the
// processor's cache: a large shared one is slower than stemming again.
var termCaches = sync.Pool{New: func() any {
	return &termCache{m: make(map[string]cachedTerms, termCacheSize), seen: map[string]bool{}}
}}

// termCacheSize bounds the words a cache holds.
const termCacheSize = 4096

type termCache struct {
	lang content.Lang
	m    map[string]cachedTerms
	seen map[string]bool // scratch space for pair.analyze
}

// cachedTerms are the terms of a word, and the same as bytes for the
// tokens of the index, which share them: Bleve does not change the term of
// a token once analysed, and converting each token's term again cost two
// allocations per word indexed.
type cachedTerms struct {
	terms
	exactBytes, stemBytes []byte
}

// get returns the terms of the raw word w of lang.
func (c *termCache) get(lang content.Lang, w string) cachedTerms {
	if c.lang != lang {
		clear(c.m)
		c.lang = lang
	}
	if t, ok := c.m[w]; ok {
		return t
	}
	t := cachedTerms{terms: wordTerms(lang, w)}
	if t.exact != "" {
		t.exactBytes = []byte(t.exact)
		t.stemBytes = t.exactBytes
		if t.stem != t.exact {
			t.stemBytes = []byte(t.stem)
		}
	}
	if len(c.m) >= termCacheSize {
		clear(c.m)
	}
	c.m[strings.Clone(w)] = t
	return t
}

// wordTerms analyses the raw word w of lang.
func wordTerms(lang content.Lang, w string) terms {
	f := exactTerm(lang, w)
	t := terms{exact: f, stem: f}
	if f != "" && !hasDigit(f) {
		t.stem = stemWord(lang, f)
	}
	return t
}

// exactTerm returns the exact term of the raw word w of lang: folded,
// without the English possessive and apostrophes, or "" for a stop word.
func exactTerm(lang content.Lang, w string) string {
	f := fold(w)
	if strings.IndexByte(f, '\'') >= 0 {
		if lang == content.English {
			f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
		}
		f = strings.ReplaceAll(f, "'", "")
	}
	if f == "" || isStop(lang, f) {
		return ""
	}
	return f
}

// stemWord stems a folded word of lang.
func stemWord(lang content.Lang, f string) string {
	switch lang {
	case content.Polish:
		return stemPolish(f)
	case content.Russian:
		if len(f) < 6 { // under three Cyrillic letters
			return f
		}
		env := snowballstem.NewEnv(f)
		russian.Stem(env)
		return env.Current()
	default:
		if base, ok := englishIrregular[f]; ok {
			f = base
		}
		if len(f) <= 2 {
			return f
		}
		return string(porter.StemWithoutLowerCasing([]rune(f)))
	}
}

// analyze calls fn with the term, the 1-based position and the byte range
// of every word of text in lang that is not a stop word.
func analyze(lang content.Lang, text string, stem bool, fn func(term string, pos int, s span)) {
	pos := 0
	words(text, func(s span) {
		pos++
		if t := normalize(lang, text[s.start:s.end], stem); t != "" {
			fn(t, pos, s)
		}
	})
}

// englishIrregular maps irregular English verb and noun forms, folded, to
// their base form, which Porter's algorithm cannot do.
var englishIrregular = func() map[string]string {
	m := make(map[string]string)
	for base, forms := range map[string]string{
		"withdraw": "withdrew withdrawn", "take": "took taken", "make": "made",
		"say": "said", "begin": "began begun", "write": "wrote written",
		"bring": "brought", "seek": "sought", "fight": "fought", "hold": "held",
		"lead": "led", "meet": "met", "see": "saw seen", "go": "went gone",
		"come": "came", "give": "gave given", "know": "knew known", "tell": "told",
		"think": "thought", "find": "found", "keep": "kept", "build": "built",
		"send": "sent", "spend": "spent", "strike": "struck stricken",
		"break": "broke broken", "choose": "chose chosen", "draw": "drew drawn",
		"fall": "fell fallen", "fly": "flew flown", "grow": "grew grown",
		"rise": "rose risen", "shoot": "shot", "speak": "spoke spoken",
		"stand": "stood", "understand": "understood", "win": "won", "pay": "paid",
		"lose": "lost", "deal": "dealt", "mean": "meant", "run": "ran", "sell": "sold",
		"teach": "taught", "buy": "bought", "catch": "caught", "feel": "felt",
		"man": "men", "woman": "women", "child": "children",
	} {
		for _, f := range strings.Fields(forms) {
			m[f] = base
		}
	}
	return m
}()
