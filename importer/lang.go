package importer

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"pismreader/content"
)

// polishLetters are the letters that only Polish, among the languages the
// app reads, writes.
const polishLetters = "ąćęłńśźżĄĆĘŁŃŚŹŻ"

// polishWords are frequent Polish words that English text rarely has, for
// Polish text typed without diacritics.
var polishWords = map[string]bool{
	"i": true, "w": true, "z": true, "na": true, "nie": true, "sie": true, "się": true, "jest": true,
	"oraz": true, "że": true, "ze": true, "do": true, "od": true, "jak": true, "przez": true, "dla": true,
	"po": true, "tym": true, "jego": true, "jej": true, "ich": true, "być": true,
}

// detectLang guesses the language of text among the three the app has:
// Cyrillic means Russian, Polish letters or frequent Polish words mean
// Polish, anything else English. It is meant for whole articles, where
// these signals are unmistakable, not for single words.
func detectLang(text string) content.Lang {
	var cyr, latin, pol int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			latin++
			if strings.ContainsRune(polishLetters, r) {
				pol++
			}
		}
	}
	if cyr > latin {
		return content.Russian
	}
	if latin == 0 {
		return content.English
	}
	if pol*200 >= latin && pol >= 2 {
		return content.Polish
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	hits := 0
	for _, w := range words {
		if polishWords[w] {
			hits++
		}
	}
	if len(words) >= 5 && hits*10 >= len(words) {
		return content.Polish
	}
	return content.English
}

// langOf maps a declared language tag such as "en-GB" or "pl_PL" to a
// supported language, and anything else to the guess from text.
func langOf(tag, text string) content.Lang {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if len(tag) >= 2 {
		if l := content.Lang(tag[:2]); l.Valid() && (len(tag) == 2 || tag[2] == '-' || tag[2] == '_') {
			return l
		}
	}
	return detectLang(text)
}

// translit spells the letters that Unicode decomposition does not strip
// down to ASCII: Polish ł, Russian Cyrillic (as in ICAO Doc 9303, the
// romanisation of Russian passports) and a few others.
var translit = map[rune]string{
	'ł': "l", 'Ł': "l", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'œ': "oe", 'Œ': "oe",
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "ie", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
}

// maxIDLen is the longest ID content.Parse accepts.
const maxIDLen = 80

// slug turns s into an ID: lower-case ASCII letters and digits joined by
// single hyphens, at most maxIDLen characters, cut at a hyphen when it can
// be. It returns "" when s has no letter or digit it can spell.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	put := func(t string) {
		for _, c := range t {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				if hyphen && b.Len() > 0 {
					b.WriteByte('-')
				}
				hyphen = false
				b.WriteRune(c)
			} else {
				hyphen = true
			}
		}
	}
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue // a combining accent: ą → a, é → e
		}
		if t, ok := translit[unicode.ToLower(r)]; ok {
			if t == "" {
				continue // the soft sign is not spelt, and does not split a word
			}
			put(t)
			continue
		}
		put(string(unicode.ToLower(r)))
		if b.Len() > 4*maxIDLen {
			break
		}
	}
	id := b.String()
	if len(id) > maxIDLen {
		id = id[:maxIDLen]
		if i := strings.LastIndexByte(id, '-'); i > maxIDLen/2 {
			id = id[:i]
		}
		id = strings.TrimRight(id, "-")
	}
	return id
}

// makeID names a brief: its PISM series and number when both are known, as
// in "pism-spotlight-74-2018", else the slug of its title.
func makeID(b *content.Brief) string {
	if b.Number != "" && b.Series != content.SeriesOther && b.Series != content.SeriesCompanion {
		if id := slug(b.Series + " " + b.Number); id != "" && id != slug(b.Series) {
			return id
		}
	}
	if id := slug(b.Title); id != "" {
		return id
	}
	return "brief-" + b.Date.Format("20060102")
}

// date returns the day of t at midnight UTC, as content.Parse gives dates.
func date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
