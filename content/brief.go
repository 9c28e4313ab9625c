package content

import (
	"strings"
	"time"
	"unicode"
)

// Lang is a content language: one of "en", "pl" and "ru".
type Lang string

// The languages briefs may be written in.
const (
	English Lang = "en"
	Polish  Lang = "pl"
	Russian Lang = "ru"
)

// Langs lists the supported languages in the order the app offers them.
var Langs = []Lang{English, Polish, Russian}

// Valid reports whether l is a supported language.
func (l Lang) Valid() bool {
	for _, k := range Langs {
		if l == k {
			return true
		}
	}
	return false
}

// Series names a family of publications.
const (
	SeriesSpotlight = "PISM Spotlight"
	SeriesBulletin  = "PISM Bulletin"
	SeriesPolicy    = "PISM Policy Paper"
	SeriesStrategic = "PISM Strategic File"
	SeriesReport    = "PISM Report"
	SeriesOther     = "Other publications" // imported from elsewhere
	SeriesCompanion = "Companion notes"
)

// KnownSeries lists the series a brief may belong to, in the order the
// library shows them: PISM's own publications first, the app's notes last.
var KnownSeries = []string{
	SeriesSpotlight, SeriesBulletin, SeriesPolicy, SeriesStrategic, SeriesReport, SeriesOther, SeriesCompanion,
}

// SeriesRank returns the position of series in KnownSeries, or len(KnownSeries)
// for an unknown one.
func SeriesRank(series string) int {
	for i, s := range KnownSeries {
		if s == series {
			return i
		}
	}
	return len(KnownSeries)
}

// BlockKind tells how a block of a brief's body is shown.
type BlockKind int

// The kinds of block.
const (
	Paragraph BlockKind = iota
	Heading
	List
	Quote
)

// Block is one unit of a brief's body: a heading, a paragraph, a list or a
// quotation.
type Block struct {
	Kind    BlockKind
	Level   int      // heading level, 1 to 6; 0 for other kinds
	Text    string   // the text of a heading, paragraph or quotation
	Items   []string // the items of a list
	Ordered bool     // a numbered list
	Line    int      // the line of the source file where the block starts
}

// Words returns the text of the block, items included, for counting and
// searching.
func (b Block) Words() string {
	if b.Kind == List {
		return strings.Join(b.Items, " ")
	}
	return b.Text
}

// Brief is one publication: an original or a translation.
type Brief struct {
	ID            string
	Series        string
	SeriesPath    []string
	Number        string
	Title         string
	Authors       []string
	Date          time.Time
	Lang          Lang
	TranslationOf string // the original's ID when this is a translation
	Translation   string // the label shown on a translation
	Translator    string
	Source        string
	Tags          []string
	Lead          string
	Body          []Block
	File          string // where the brief was loaded from
	Imported      bool   // from the user's library, so it can be removed
}

// IsTranslation reports whether b is a translation of another brief.
func (b *Brief) IsTranslation() bool { return b.TranslationOf != "" }

// OriginalID returns the ID of the original of b: b's own ID when b is an
// original.
func (b *Brief) OriginalID() string {
	if b.TranslationOf != "" {
		return b.TranslationOf
	}
	return b.ID
}

// Headings returns the indexes in Body of the brief's headings.
func (b *Brief) Headings() []int {
	var hs []int
	for i, bl := range b.Body {
		if bl.Kind == Heading {
			hs = append(hs, i)
		}
	}
	return hs
}

// WordCount counts the words of the title, lead and body.
func (b *Brief) WordCount() int {
	n := countWords(b.Title) + countWords(b.Lead)
	for _, bl := range b.Body {
		n += countWords(bl.Words())
	}
	return n
}

// wordsPerMinute are silent-reading speeds for an adult reading
// non-fiction on a screen; Polish and Russian words are longer on average
// than English ones, so fewer of them are read in a minute.
var wordsPerMinute = map[Lang]int{English: 230, Polish: 190, Russian: 190}

// ReadingTime estimates how long reading the brief takes, rounded up to a
// whole minute and never less than one.
func (b *Brief) ReadingTime() time.Duration {
	wpm := wordsPerMinute[b.Lang]
	if wpm == 0 {
		wpm = 200
	}
	minutes := (b.WordCount() + wpm - 1) / wpm
	return time.Duration(max(minutes, 1)) * time.Minute
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && !in {
			n++
		}
		in = letter || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}
