package importer

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"pismreader/content"
)

// pageMeta is what a page tells about itself outside the article text.
type pageMeta struct {
	lang         string
	metas        map[string]string // <meta> by lower-case name or property; the first wins
	title        string            // <title>
	h1           string
	canonical    string
	relAuthors   []string
	classAuthors []string // from the first element classed as an author block
	timeAttr     string   // the first <time datetime>
	crumbs       []string
}

// collectMeta reads the metadata of a page from its whole document, before
// the furniture is removed: the breadcrumb and the author block are
// furniture too.
func collectMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{metas: map[string]string{}}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = attr(n, "lang")
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && m.metas[key] == "" {
					m.metas[key] = v
				}
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = textOf(n)
				}
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.A:
				if hasToken(attr(n, "rel"), "author") {
					if t := textOf(n); looksLikeName(t) {
						m.relAuthors = append(m.relAuthors, t)
					}
				}
			case atom.Time:
				if m.timeAttr == "" {
					m.timeAttr = attr(n, "datetime")
				}
			}
			ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
			if m.crumbs == nil && (strings.Contains(ci, "breadcrumb") || strings.Contains(strings.ToLower(attr(n, "aria-label")), "breadcrumb")) {
				m.crumbs = breadcrumb(n)
			}
			if m.classAuthors == nil && n.DataAtom != atom.Body && n.DataAtom != atom.Html &&
				(strings.Contains(ci, "author") || strings.Contains(ci, "autor") || strings.Contains(ci, "автор")) {
				m.classAuthors = authorBlock(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return m
}

// crumbSeparators split a breadcrumb written as plain text.
const crumbSeparators = ">›»/|→"

// breadcrumb returns the steps of a breadcrumb: the texts of its items or
// links, or its text split at the separators.
func breadcrumb(n *html.Node) []string {
	var items []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				for _, s := range strings.FieldsFunc(c.Data, func(r rune) bool { return strings.ContainsRune(crumbSeparators, r) }) {
					if t := clean(s); t != "" {
						items = append(items, t)
					}
				}
			case c.Type == html.ElementNode && !skipTags[c.DataAtom] && !isHidden(c):
				if c.DataAtom == atom.A || c.DataAtom == atom.Span && !hasBlockChild(c) && !hasChildTag(c, atom.A) {
					if t := strings.Trim(textOf(c), crumbSeparators+" "); t != "" {
						items = append(items, t)
					}
					continue
				}
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	if len(items) > 12 {
		return nil // not a breadcrumb but a menu
	}
	return items
}

// authorBlock returns the names in an author block: the texts of its links,
// or its own text split at commas and "and".
func authorBlock(n *html.Node) []string {
	var names []string
	var links func(n *html.Node, depth int)
	links = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && depth < maxDepth; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				if t := textOf(c); looksLikeName(t) {
					names = append(names, t)
				}
				continue
			}
			links(c, depth+1)
		}
	}
	links(n, 0)
	if len(names) == 0 {
		names = splitNames(textOf(n))
	}
	return names
}

var nameSeparators = regexp.MustCompile(`\s*(?:,|;|&|\band\b|\bi\b|\bи\b)\s*`)

// splitNames splits a list of authors such as "By Anna Nowak and Jan Kowalski".
func splitNames(s string) []string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "by ", "Autor:", "Autorzy:", "Author:", "Authors:", "Автор:", "Авторы:"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	var out []string
	for _, p := range nameSeparators.Split(s, -1) {
		if p = clean(p); looksLikeName(p) {
			out = append(out, p)
		}
	}
	return out
}

// looksLikeName accepts short texts of letters: an author's name, not a
// sentence, a date or a "More" link.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len(s) > 80 {
		return false
	}
	return strings.IndexFunc(s, unicode.IsDigit) < 0 && strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// seriesNames recognise a PISM series in a breadcrumb step or a title
// prefix, in English, Polish and Russian; the first match wins.
var seriesNames = []struct{ word, series string }{
	{"spotlight", content.SeriesSpotlight},
	{"bulletin", content.SeriesBulletin}, {"biuletyn", content.SeriesBulletin}, {"бюллетен", content.SeriesBulletin},
	{"policy paper", content.SeriesPolicy}, {"аналитическ", content.SeriesPolicy},
	{"strategic file", content.SeriesStrategic}, {"стратегическ", content.SeriesStrategic},
	{"report", content.SeriesReport}, {"raport", content.SeriesReport}, {"доклад", content.SeriesReport}, {"отчёт", content.SeriesReport}, {"отчет", content.SeriesReport},
}

func seriesOf(s string) string {
	s = strings.ToLower(s)
	for _, n := range seriesNames {
		if strings.Contains(s, n.word) {
			return n.series
		}
	}
	return ""
}

// seriesPrefix matches a title that starts with its series, such as
// "PISM Spotlight: " or "Biuletyn PISM nr 12/2019: ".
var seriesPrefix = regexp.MustCompile(`(?i)^(?:PISM\s+|ПИМД\s+)?(?:spotlight|bulletin|biuletyn|бюллетень|policy\s+paper|strategic\s+file|report|raport|доклад)(?:\s+PISM|\s+ПИМД)?(?:\s+(?:no\.?|nr\.?|№)\s*\d+(?:\s*/\s*\d+)?)?\s*[:–—-]\s+`)

// siteSuffix matches " - PISM", " | PISM" and the like at the end of a title.
var siteSuffix = regexp.MustCompile(`\s+[-|–—]\s+(?:PISM|ПИМД|Polski Instytut Spraw Międzynarodowych|The Polish Institute of International Affairs)\s*$`)

// cleanTitle strips the series prefix and the site suffix from a page's
// title, returning the series the prefix named.
func cleanTitle(t, site string) (title, series string) {
	t = clean(t)
	t = siteSuffix.ReplaceAllString(t, "")
	if site != "" {
		for _, sep := range []string{" - ", " | ", " – ", " — "} {
			if s := strings.TrimSuffix(t, sep+site); s != t && s != "" {
				t = s
				break
			}
		}
	}
	if p := seriesPrefix.FindString(t); p != "" && len(p) < len(t) {
		return strings.TrimSpace(t[len(p):]), seriesOf(p)
	}
	return t, ""
}

var months = map[string]time.Month{}

func init() {
	names := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	}
	for _, ns := range names {
		for i, n := range ns {
			months[n] = time.Month(i + 1)
		}
	}
}

// visibleDate matches a date as pages write it: "23 October 2018",
// "23 października 2018", "23 октября 2018 г.".
var visibleDate = regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s+([\p{L}]+)\s+(\d{4})\b`)

// findVisibleDate returns the first date written out in s.
func findVisibleDate(s string) (time.Time, string, bool) {
	for _, m := range visibleDate.FindAllStringSubmatch(s, 20) {
		mon, ok := months[strings.ToLower(m[2])]
		if !ok {
			continue
		}
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		if t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC); d >= 1 && t.Day() == d {
			return t, m[0], true
		}
	}
	return time.Time{}, "", false
}

// parseDate reads a machine-readable date such as "2018-10-23T10:00:00+02:00".
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", time.DateOnly, "2006/01/02", "02.01.2006", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// number matches a publication number: "no. 74/2018", "nr 74/2018", "№ 74/2018".
var number = regexp.MustCompile(`(?i)(?:\bno\.?|\bnr\.?|№)\s*(\d{1,4})\s*/\s*(\d{4})\b`)

func findNumber(s string) (string, string) {
	if m := number.FindStringSubmatch(s); m != nil {
		return m[1] + "/" + m[2], m[0]
	}
	return "", ""
}

// resolveURL makes ref absolute against base and keeps it only when it is
// an http or https URL.
func resolveURL(ref, base string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || ref == "" {
		return ""
	}
	if b, err := url.Parse(base); err == nil && validURL(base) {
		u = b.ResolveReference(u)
	}
	if s := u.String(); validURL(s) {
		return s
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func hasChildTag(n *html.Node, a atom.Atom) bool {
	return contains(n, func(c *html.Node) bool { return c.DataAtom == a }, 0)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
