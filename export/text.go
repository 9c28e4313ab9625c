package export

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"pismreader/content"
	"pismreader/i18n"
)

// clean returns s without the characters that may not appear in an XML 1.0
// document or that HTML treats as parse errors (C0 and C1 controls, DEL,
// surrogates, noncharacters, invalid UTF-8), with tabs and line breaks
// turned into spaces and runs of spaces collapsed, and trimmed. Dropping,
// not replacing, keeps a stray control character from showing up as a
// replacement box in the reader's text.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			continue
		case r == '\t' || r == '\n' || r == '\r' || r == ' ':
			space = b.Len() > 0
			continue
		case !allowedRune(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// allowedRune reports whether r may appear in the text of an export: XML
// 1.0's Char production less the controls and noncharacters.
func allowedRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return false
	case r >= 0xd800 && r <= 0xdfff:
		return false
	case r >= 0xfdd0 && r <= 0xfdef:
		return false
	case r&0xfffe == 0xfffe: // U+FFFE, U+FFFF and their kin in every plane
		return false
	}
	return r <= utf8.MaxRune
}

// escaper escapes text for both XML and HTML, in element content and in
// attribute values quoted with double quotes. ">" is escaped too, so that
// "]]>" never appears in the output.
var escaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&#34;", // not &quot;: EPUB prefers no named entities
	"'", "&#39;",
)

// esc cleans and escapes s for XML or HTML.
func esc(s string) string { return escaper.Replace(clean(s)) }

// langCode returns the language code of l for lang attributes and
// dc:language: "und" (undetermined) when l is not one of the supported
// languages, since an unchecked value could break the markup.
func langCode(l content.Lang) string {
	if l.Valid() {
		return string(l)
	}
	return "und"
}

// localizer returns the localizer for the brief language l; English for an
// unknown one.
func localizer(l content.Lang) *i18n.Localizer { return i18n.ForCode(string(l)) }

// httpURL returns s when it is an absolute http or https URL, which is all
// a brief's source may be, and "" otherwise, so that an export never links
// to a javascript: or file: address.
func httpURL(s string) string {
	s = clean(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}

// words holds the few labels of an export that the interface catalog
// (locales/*/messages.gotext.json) does not have. They live here rather
// than in the catalog because they appear only in exported files, which
// must not change with the interface language.
type words struct {
	pism        string // the full name of PISM
	editors     string // the authors of the companion notes
	landmarks   string // the heading of the landmarks navigation
	start       string // the landmark of the first chapter
	library     string // the default title of a book of several briefs
	translator  string // a translator in a citation, before the name
	and         string // the last separator of a list of authors
	noDate      string // a citation's year when the brief has no date
	a11ySummary string // schema:accessibilitySummary
}

var wordsByLang = map[content.Lang]words{
	content.English: {
		pism:        "Polish Institute of International Affairs",
		editors:     "PISM Reader editors",
		landmarks:   "Landmarks",
		start:       "Start of content",
		library:     "PISM Reader library",
		translator:  "translated by ",
		and:         "and",
		noDate:      "n.d.",
		a11ySummary: "This publication is text only, with structured navigation by headings and a table of contents. It meets WCAG 2.1 Level AA: each section declares its language, headings are nested in order, and the text can be resized and recoloured.",
	},
	content.Polish: {
		pism:        "Polski Instytut Spraw Międzynarodowych",
		editors:     "Redakcja PISM Reader",
		landmarks:   "Punkty orientacyjne",
		start:       "Początek treści",
		library:     "Biblioteka PISM Reader",
		translator:  "tłum. ",
		and:         "i",
		noDate:      "b.d.",
		a11ySummary: "Publikacja zawiera wyłącznie tekst ze strukturalną nawigacją po nagłówkach i spisem treści. Spełnia WCAG 2.1 na poziomie AA: każda część deklaruje swój język, nagłówki są uporządkowane, a wielkość i kolory tekstu można zmieniać.",
	},
	content.Russian: {
		pism:        "Польский институт международных дел",
		editors:     "Редакция PISM Reader",
		landmarks:   "Ориентиры",
		start:       "Начало текста",
		library:     "Библиотека PISM Reader",
		translator:  "пер. ",
		and:         "и",
		noDate:      "б. г.",
		a11ySummary: "Издание содержит только текст со структурной навигацией по заголовкам и оглавлением. Оно соответствует WCAG 2.1 уровня AA: каждая часть указывает свой язык, заголовки упорядочены, размер и цвета текста можно изменять.",
	},
}

// wordsFor returns the labels for l; English for an unknown language.
func wordsFor(l content.Lang) words {
	if w, ok := wordsByLang[l]; ok {
		return w
	}
	return wordsByLang[content.English]
}

// pismSeries reports whether series is one of PISM's own.
func pismSeries(series string) bool {
	switch series {
	case content.SeriesSpotlight, content.SeriesBulletin, content.SeriesPolicy,
		content.SeriesStrategic, content.SeriesReport:
		return true
	}
	return false
}

// publisher names who published b, in the language lang: PISM for its own
// series, the app's editors for the companion notes (which PISM did not
// publish), and otherwise the host of the source, if any.
func publisher(b *content.Brief, lang content.Lang) string {
	switch {
	case pismSeries(b.Series):
		return wordsFor(lang).pism
	case b.Series == content.SeriesCompanion:
		return wordsFor(lang).editors
	}
	src := httpURL(b.Source)
	if src == "" {
		return ""
	}
	u, _ := url.Parse(src) // httpURL has parsed it already
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// seriesName returns b's series in lang as the interface shows it, or ""
// for the catch-all of imported publications, which is no series at all.
func seriesName(b *content.Brief, lang content.Lang) string {
	series := clean(b.Series)
	switch {
	case series == content.SeriesOther:
		return ""
	case content.SeriesRank(series) < len(content.KnownSeries):
		// Only known names go through the catalog: T formats its key, so
		// an unknown name containing "%" would come out mangled.
		return localizer(lang).T(series)
	}
	return series
}

// seriesLine returns "PISM Spotlight, no. 74/2018" in b's language ("PISM
// Spotlight nr 74/2018", "PISM Spotlight № 74/2018"), or the parts of it
// that b has.
func seriesLine(b *content.Brief) string {
	l := localizer(b.Lang)
	series, number := seriesName(b, b.Lang), clean(b.Number)
	switch {
	case number == "":
		return series
	case series == "":
		return l.T("no. %s", number)
	case b.Lang == content.English:
		return series + ", " + l.T("no. %s", number)
	}
	// Polish and Russian put no comma before "nr" and "№".
	return series + " " + l.T("no. %s", number)
}
