package speech

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence: byte offsets into the text it came from, without
// surrounding spaces.
type Span struct{ Start, End int }

// Sentences splits text into sentences by the rules of lang ("en", "pl", "ru";
// anything else gets the English rules). A sentence ends at . ! ? or … (with any
// closing quotes and brackets after them) when space and a capital letter, digit
// or opening quote follow, or at the end of a line; abbreviations, initials and
// numbers such as "U.S.", "A. Kacprzyk", "m.in.", "т. е." and "2.5" do not end
// one. Every non-space rune of text is in exactly one span.
func Sentences(lang, text string) []Span {
	r := rulesFor(lang)
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		if isLineBreak(c) {
			out = r.splitLine(text, start, i, out)
			start = i + n
		}
		i += n
	}
	return r.splitLine(text, start, len(text), out)
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	return strings.ContainsRune("\"'”’»)]}", r)
}

func isOpener(r rune) bool {
	return strings.ContainsRune("\"'“„«‘‚([{", r)
}

// splitLine appends the sentences of text[start:end], a line without breaks.
func (r *rules) splitLine(text string, start, end int, out []Span) []Span {
	sent := start
	for i := start; i < end; {
		c, n := utf8.DecodeRuneInString(text[i:end])
		if !isTerminator(c) {
			i += n
			continue
		}
		dot := i
		j := i + n
		single := c == '.'
		for j < end {
			c, n := utf8.DecodeRuneInString(text[j:end])
			if !isTerminator(c) {
				break
			}
			single = false
			j += n
		}
		for j < end {
			c, n := utf8.DecodeRuneInString(text[j:end])
			if !isCloser(c) {
				break
			}
			j += n
		}
		i = j
		next, ok := nextWord(text[j:end])
		if !ok {
			continue
		}
		if single && !r.endsAfterPeriod(text[sent:dot], next) {
			continue
		}
		out = appendTrimmed(out, text, sent, j)
		sent = j
	}
	return appendTrimmed(out, text, sent, end)
}

// nextWord returns what follows a terminator if it can start a sentence: space,
// then a capital letter, digit or opening quote. Only space up to the end of the
// line also counts, with an empty word.
func nextWord(s string) (string, bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t == "" {
		return "", true
	}
	if len(t) == len(s) {
		return "", false // no space: "2.5", "U.S.A", "e.g.,"
	}
	c, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(c) && !unicode.IsTitle(c) && !unicode.IsDigit(c) && !isOpener(c) {
		return "", false
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		end = len(t)
	}
	if end == 0 {
		return t[:utf8.RuneLen(c)], true
	}
	return t[:end], true
}

// appendTrimmed appends text[start:end] without surrounding space, if anything
// is left.
func appendTrimmed(out []Span, text string, start, end int) []Span {
	s := text[start:end]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	start += len(s) - len(t)
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	if t == "" {
		return out
	}
	return append(out, Span{start, start + len(t)})
}

// endsAfterPeriod decides whether a single "." ends the sentence whose text so
// far is before (up to the period) when next (a capitalised word, a digit, an
// opening quote, or "" at the end of the line) follows.
func (r *rules) endsAfterPeriod(before, next string) bool {
	if next == "" {
		return true // an abbreviation at the end of a paragraph ends it
	}
	word := lastToken(before)
	if word == "" {
		return true
	}
	key := strings.ToLower(word)
	if prev, ok := spacedPrefix(before, word); ok {
		// "т. е." and "i. e.": the first letter was already kept; look at both.
		if r.never[strings.ToLower(prev)+"."+key] {
			return false
		}
	}
	switch {
	case r.year[key] && afterNumber(before, word):
		// "w 1987 r." ends a sentence about as often as it starts one ("W 2014 r.
		// Rosja…"), so only split when the sentence is long enough to be whole
		// and the next word is not an acronym like "USA" or "СССР".
		return r.starter[next] || (words(before) >= 4 && !isAcronym(next))
	case r.never[key]:
		return false // including "г. Москва", where "г." means "city"
	case isInitial(word):
		return false // "A. Kacprzyk", "В. В. Путин"
	case isDottedAcronym(word):
		// "U.S. President" is common; a new sentence after "U.S." usually
		// begins with a pronoun or article.
		return r.starter[next]
	}
	return true
}

// lastToken returns the letters and inner dots just before the period.
func lastToken(s string) string {
	i := len(s)
	for i > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(c) && c != '.' {
			break
		}
		i -= n
	}
	return strings.TrimLeft(s[i:], ".")
}

// spacedPrefix finds the one-letter abbreviation before word in "т. е", so
// that the pair can be looked up as "т.е".
func spacedPrefix(before, word string) (string, bool) {
	s := strings.TrimSuffix(before, word)
	t := strings.TrimRight(s, " ")
	if len(t) == len(s) || !strings.HasSuffix(t, ".") {
		return "", false
	}
	prev := lastToken(t[:len(t)-1])
	return prev, utf8.RuneCountInString(prev) == 1
}

func isInitial(w string) bool {
	c, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(c)
}

// isDottedAcronym matches "U.S" and "U.S.S.R": capitals separated by dots.
func isDottedAcronym(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if part == "" || !isAcronym(part) || utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// afterNumber says whether the token before word is a year, a range of years or
// a Roman numeral century: "1987 r.", "1987–1991 гг.", "XX w.".
func afterNumber(before, word string) bool {
	s := strings.TrimRight(strings.TrimSuffix(before, word), " \u00a0")
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for _, c := range last {
		if !unicode.IsDigit(c) && !strings.ContainsRune("IVXLC-–—", c) {
			return false
		}
	}
	return true
}

func words(s string) int { return len(strings.Fields(s)) }
