package search

import (
	"sort"
	"strings"
)

// The Polish stemmer of this package. It works on folded words (see fold),
// so that "zbrojeń" and "zbrojen" are stemmed alike, and it aims at recall:
// every inflected form of a word should reach the same term, even at the
// price of joining a few unrelated words, which a search for policy texts
// can afford. The stem is not a dictionary form, only an index term.
//
// It works in five steps:
//
//  1. Irregular forms ("ludzie", "mieście", "lata") are replaced by a
//     regular form of their lemma from polishLemmas.
//  2. One inflectional ending is removed: the longest of polishEndings that
//     leaves at least three letters ("traktatami" → "traktat").
//  3. Up to two endings of polishThemes are removed: the ones left on a bare
//     noun when step 2 took a case ending from it ("systemu" → "system" →
//     "syst", the same as "system" → "syst") and the thematic parts of verbs
//     and participles ("negocjowali" → "negocjowal" → "negocjow" → "negocj").
//  4. A fleeting e before the last consonant is dropped, so that
//     "budynek" meets "budynku" and "wojen" meets "wojna".
//  5. The last consonant is replaced by the representative of its class of
//     alternation: t, c and k ("traktat", "traktacie"; "Polska", "Polsce";
//     "prezydent", "prezydenci"), d, dz and g ("rząd", "rządzie"; "drugi",
//     "drudzy"), r and rz ("teatr", "teatrze"), s, sz and ch ("Włochy",
//     "Włoszech"), and cz and szcz join the first class ("Niemcy",
//     "Niemczech"; "rozmieścić", "rozmieszczony"). Folding has already joined ł and l, ń and n, ś and s,
//     ó and o, so "szkoła" meets "szkole" and "wybór" "wyboru".
//
// Each step is applied to every word, inflected or not, so a step that
// removes too much removes it from all forms of a word alike.

// polishMinStem is the shortest stem an ending may leave.
const polishMinStem = 3

// polishEndings are the inflectional endings of nouns, adjectives and verbs,
// folded. Endings of the second person and of the first person plural are
// left out: they are rare in policy texts and clash with nouns ("życie").
var polishEndings = sortedLongestFirst(
	// adjectives and participles
	"iego", "iemu", "ego", "emu", "iej", "ej", "ymi", "imi", "ych", "ich", "ym", "im",
	// nouns
	"iami", "iach", "ami", "ach", "ech", "owi", "iom", "om", "iem", "em", "ow",
	"ie", "ia", "iu", "ii",
	// verbs: present, third person; infinitive
	"uje", "uja", "aja", "eja", "ac", "ic", "yc",
	// the vowels: nominative and other cases, past tense after ł
	"a", "e", "i", "o", "u", "y",
)

// polishThemes are removed after polishEndings, at most twice: the
// consonant-final endings of polishEndings (for bare nouns such as
// "system"; not -ac, -ic and -yc, which would cut "traktacie" and
// "sojusznicy" short), the thematic suffixes of verbs (-ow-, -yw-, -ał, -ił, -ył) and
// the participle suffixes (-an-, -on-, -ion-, -ując-).
var polishThemes = sortedLongestFirst(
	"ach", "ech", "em", "iem", "om", "iom", "ej", "iej", "ym", "im", "ych", "ich",
	"ujac", "ow", "yw", "iw", "al", "il", "yl", "an", "on", "ion", "anin",
)

func sortedLongestFirst(s ...string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// stemPolish returns the index term of a folded Polish word.
func stemPolish(w string) string {
	if len(w) <= polishMinStem || !isASCIILetters(w) {
		return w
	}
	if lemma, ok := polishLemmas[w]; ok {
		w = lemma
	}
	w = stripLongest(w, polishEndings)
	for range 2 {
		s := stripLongest(w, polishThemes)
		if s == w {
			break
		}
		w = s
	}
	w = dropFleetingE(w)
	return normalizeLastConsonant(w)
}

// stripLongest removes the longest of endings (sorted longest first) that
// leaves at least polishMinStem letters.
func stripLongest(w string, endings []string) string {
	for _, e := range endings {
		if len(w)-len(e) >= polishMinStem && strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// dropFleetingE removes the e (or the softening ie) between two final
// consonants: "budynek" → "budynk", "koniec" → "konc", "wrzesien" →
// "wrzesn".
func dropFleetingE(w string) string {
	n := len(w)
	if n < 4 || isVowel(w[n-1]) || w[n-2] != 'e' {
		return w
	}
	cut := n - 2
	if w[cut-1] == 'i' && cut >= 2 && !isVowel(w[cut-2]) {
		cut--
	}
	if cut < polishMinStem || isVowel(w[cut-1]) {
		return w
	}
	return w[:cut] + w[n-1:]
}

// normalizeLastConsonant replaces the last consonant by the representative
// of its class of alternation.
func normalizeLastConsonant(w string) string {
	n := len(w)
	if n < polishMinStem {
		return w
	}
	switch {
	case strings.HasSuffix(w, "szcz"): // rozmieścić, rozmieszczony
		return w[:n-4] + "sk"
	case strings.HasSuffix(w, "rz"):
		return w[:n-2] + "r"
	case strings.HasSuffix(w, "dz"):
		return w[:n-2] + "d"
	case strings.HasSuffix(w, "sz"), strings.HasSuffix(w, "ch"):
		return w[:n-2] + "s"
	case strings.HasSuffix(w, "cz"): // Niemcy, Niemczech
		return w[:n-2] + "k"
	}
	switch w[n-1] {
	case 'c', 't':
		return w[:n-1] + "k"
	case 'g':
		return w[:n-1] + "d"
	}
	return w
}
