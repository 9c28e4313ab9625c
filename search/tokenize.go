package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// span is a word of a text: the byte range [start, end) of the UTF-8 string.
type span struct{ start, end int }

// isApostrophe reports whether r joins the two halves of a word such as
// "Russia’s" or "O'Neill".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isWordRune reports whether r belongs to a word: letters, digits, combining
// marks, and the soft hyphen, which fold drops.
func isWordRune(r rune) bool {
	if r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u00ad'
}

// wordRunes tells isWordRune the answer for the runes up to U+04FF, the
// Latin and Cyrillic letters of the languages of the library.
var wordRunes = func() (t [0x500]bool) {
	for r := range t {
		t[r] = isWordRuneSlow(rune(r))
	}
	return t
}()

// words splits text into words: maximal runs of letters, digits and
// combining marks, with an apostrophe kept inside a word when letters stand
// on both sides of it. Hyphens, slashes and all other characters separate
// words, so "ground-launched" is two words and "9M729" one.
func words(text string, fn func(s span)) {
	start := -1
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && isApostrophe(r) && i+n < len(text):
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if !unicode.IsLetter(next) {
				fn(span{start, i})
				start = -1
			}
		default:
			if start >= 0 {
				fn(span{start, i})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		fn(span{start, len(text)})
	}
}

// latinFold maps the Latin letters that do not decompose under NFD, or that
// must fold to more than one letter.
var latinFold = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th",
	'ı': "i", 'ħ': "h", 'Ħ': "h",
}

// fold lowercases a word and removes the diacritics of Latin letters:
// "Zbrojeń" becomes "zbrojen", "Łódź" "lodz" and "Reykjavík" "reykjavik".
// Cyrillic keeps its letters except that ё becomes е, so "Соединённые"
// meets "Соединенные" while й stays й. Apostrophes become "'" and soft
// hyphens and other format characters are dropped.
func fold(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii {
		if !upper {
			return w
		}
		b := []byte(w)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for _, r := range w {
		if r >= 0x300 && (r < 0x370 || r >= 0x500 && unicode.Is(unicode.Mn, r)) {
			// A decomposed й or é: compose it first so that only marks
			// that cannot be composed are dropped.
			w = norm.NFC.String(w)
			break
		}
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if r < rune(len(foldTable)) && r >= utf8.RuneSelf {
			b.WriteString(foldTable[r])
			continue
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteString(foldSlow(r))
	}
	return b.String()
}

// appendFold appends fold(w) to dst, without allocating when dst has
// room: the highlighter folds every line it looks at.
func appendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if r >= 0x300 && (r < 0x370 || r >= 0x500 && unicode.Is(unicode.Mn, r)) {
					return append(dst, fold(w)...)
				}
			}
			break
		}
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r < rune(len(foldTable)) {
			dst = append(dst, foldTable[r]...)
		} else {
			dst = append(dst, foldSlow(r)...)
		}
		i += n
	}
	return dst
}

// foldTable holds the folded form of the runes from U+0080 to U+04FF
// (Latin-1, Latin Extended-A and B, Greek, Cyrillic), which fold looks up
// instead of decomposing them each time.
var foldTable = func() [0x500]string {
	var t [0x500]string
	for r := rune(utf8.RuneSelf); r < 0x500; r++ {
		t[r] = foldSlow(r)
	}
	return t
}()

// foldSlow folds one rune as fold does.
func foldSlow(r rune) string {
	switch {
	case r == 'ё' || r == 'Ё':
		return "е"
	case 0x0400 <= r && r <= 0x04ff:
		return string(unicode.ToLower(r))
	case isApostrophe(r):
		return "'"
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
		return ""
	}
	if s, ok := latinFold[r]; ok {
		return s
	}
	if unicode.Is(unicode.Latin, r) {
		var buf [utf8.UTFMax]byte
		d := norm.NFD.Bytes(buf[:utf8.EncodeRune(buf[:], r)])
		base, _ := utf8.DecodeRune(d)
		return string(unicode.ToLower(base))
	}
	return string(unicode.ToLower(r))
}

// hasDigit reports whether w has an ASCII digit; such words, like "9m729"
// or "2018", are not stemmed.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}
