package export

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"pismreader/content"
)

// Citation formats a reference to b for pasting into a paper, following
// the conventions of b's language: the authors (surname and initials), the
// title, the series and number, the publisher, the date and the URL of the
// source, each part only when b has it.
//
// English follows APA: "Kacprzyk, A. (2018). U.S. to Withdraw from the INF
// Treaty. PISM Spotlight, no. 74/2018. Polish Institute of International
// Affairs, 23 October 2018. https://pism.pl/publications". Polish and
// Russian list the parts after commas, as Polish bibliographies do:
// "Kacprzyk A., USA wycofają się z traktatu INF, PISM Spotlight nr 74/2018,
// Polski Instytut Spraw Międzynarodowych, 23 października 2018,
// https://pism.pl/publications". Names are kept in the script they are
// written in; only given names become initials. A name that does not look
// like a person's, such as "PISM Reader editors", is kept whole.
//
// The publisher is PISM for PISM's series, the PISM Reader editors for the
// companion notes (never PISM, which did not publish them), and for other
// publications the host name of the source. A translation keeps its
// original's authors and adds, in brackets after its title, its
// translation label and translator.
func Citation(b *content.Brief) string {
	if b == nil {
		return ""
	}
	lang := b.Lang
	if !lang.Valid() {
		lang = content.English
	}
	wd := wordsFor(lang)
	authors := citeAuthors(b.Authors, lang)
	title := clean(b.Title)
	if b.IsTranslation() {
		var note []string
		if s := clean(b.Translation); s != "" {
			note = append(note, s)
		}
		if s := clean(b.Translator); s != "" {
			note = append(note, wd.translator+s)
		}
		if len(note) > 0 {
			title = strings.TrimSpace(title + " [" + strings.Join(note, "; ") + "]")
		}
	}
	series := seriesLine(&content.Brief{Series: b.Series, Number: b.Number, Lang: lang})
	var date string
	if !b.Date.IsZero() {
		date = localizer(lang).Date(b.Date)
	}
	pubDate := joinNonEmpty(", ", clean(publisher(b, lang)), date)
	link := httpURL(b.Source)

	if lang == content.English {
		year := wd.noDate
		if !b.Date.IsZero() {
			year = strconv.Itoa(b.Date.Year())
		}
		head := sentence(title)
		if authors != "" {
			head = authors + " (" + year + "). " + head
		} else {
			head += " (" + year + ")."
		}
		return joinNonEmpty(" ", head, sentence(series), sentence(pubDate), link)
	}
	c := joinNonEmpty(", ", authors, title, series, pubDate, link)
	if link == "" {
		c = sentence(c)
	}
	return c
}

// sentence ends s with a full stop unless it ends with a punctuation mark
// already; "" stays "".
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// joinNonEmpty joins the parts that are not empty with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// citeAuthors lists names as a citation in lang does: "Kacprzyk, A.,
// Nowak, J., and Smith, J." in English, "Kacprzyk A., Nowak J. i Smith J."
// in Polish, with "и" in Russian.
func citeAuthors(names []string, lang content.Lang) string {
	var cited []string
	for _, n := range names {
		if s := citeName(n, lang); s != "" {
			cited = append(cited, s)
		}
	}
	and := " " + wordsFor(lang).and + " "
	switch n := len(cited); {
	case n == 0:
		return ""
	case n == 1:
		return cited[0]
	case n == 2:
		return cited[0] + and + cited[1]
	case lang == content.English:
		// The serial comma keeps the last inverted name apart.
		return strings.Join(cited[:n-1], ", ") + "," + and + cited[n-1]
	default:
		return strings.Join(cited[:n-1], ", ") + and + cited[n-1]
	}
}

// particles are the lower-case words that belong to a surname: "Ludwig
// van Beethoven" is cited as "van Beethoven, L.".
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true,
	"della": true, "di": true, "da": true, "du": true, "la": true, "le": true, "ter": true, "ten": true,
}

// citeName returns name as surname and initials, "Kacprzyk, A." in English
// and "Kacprzyk A." in Polish and Russian, or name unchanged when it does
// not look like a person's name.
func citeName(name string, lang content.Lang) string {
	name = clean(name)
	var surname string
	var given []string
	if before, after, ok := strings.Cut(name, ","); ok {
		// Written surname first already: "Kacprzyk, Artur".
		surname, given = strings.TrimSpace(before), strings.Fields(after)
		if !personal(append(slices.Clone(given), strings.Fields(before)...)) {
			return name
		}
	} else {
		words := strings.Fields(name)
		if !personal(words) {
			return name
		}
		j := len(words) - 1
		for j > 1 && particles[words[j-1]] {
			j--
		}
		surname, given = strings.Join(words[j:], " "), words[:j]
	}
	inits := make([]string, len(given))
	for i, g := range given {
		inits[i] = initials(g)
	}
	sep := " "
	if lang == content.English {
		sep = ", "
	}
	return surname + sep + strings.Join(inits, " ")
}

// personal reports whether words look like a person's name: two to five
// capitalised words of letters, with particles inside. Anything else, such
// as "PISM Reader editors" or "Redakcja PISM Reader", is an organisation,
// whose name must not be inverted.
func personal(words []string) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		if particles[w] && i > 0 && i < len(words)-1 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		letters, upper := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			case r == '-' || r == '\'' || r == '’' || r == '.':
			default:
				return false
			}
		}
		if letters > 1 && upper == letters {
			return false // an acronym: "PISM", "NATO"
		}
	}
	return true
}

// initials returns the initial of a given name: "A." for "Artur", "J.-L."
// for "Jean-Luc"; an initial stays as it is.
func initials(given string) string {
	parts := strings.Split(given, "-")
	for i, p := range parts {
		if r, _ := utf8.DecodeRuneInString(p); r != utf8.RuneError {
			parts[i] = string(r) + "."
		}
	}
	return strings.Join(parts, "-")
}
