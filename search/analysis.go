package search

import (
	"strings"
	"sync"
	"sync/atomic"

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

// termCacheSize bounds the number of words whose terms are remembered, per
// language: enough for the vocabulary of a large library, about 10 MB.
const termCacheSize = 1 << 17

// termCache remembers the terms of words, per language, since stemming
// every word of every brief again would double the time indexing takes.
var termCache = map[content.Lang]*boundedCache{
	content.English: {}, content.Polish: {}, content.Russian: {},
}

type boundedCache struct {
	m sync.Map // raw word → terms
	n atomic.Int64
}

// wordTerms analyses the raw word w of lang.
func wordTerms(lang content.Lang, w string) terms {
	c := termCache[lang]
	if c != nil {
		if t, ok := c.m.Load(w); ok {
			return t.(terms)
		}
	}
	f := fold(w)
	if strings.IndexByte(f, '\'') >= 0 {
		if lang == content.English {
			f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
		}
		f = strings.ReplaceAll(f, "'", "")
	}
	var t terms
	if f != "" && !isStop(lang, f) {
		t = terms{exact: f, stem: f}
		if !hasDigit(f) {
			t.stem = stemWord(lang, f)
		}
	}
	if c != nil && c.n.Load() < termCacheSize {
		if _, loaded := c.m.LoadOrStore(strings.Clone(w), t); !loaded {
			c.n.Add(1)
		}
	}
	return t
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
