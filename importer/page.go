package importer

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"pismreader/content"
)

// furnitureClasses mark, by a class or id containing them, the parts of a
// page around an article: menus, cookie banners, share buttons, font-size
// controls, search forms, footers.
var furnitureClasses = []string{
	"cookie", "consent", "gdpr", "share", "social", "breadcrumb", "menu", "navbar", "footer",
	"font-size", "fontsize", "font-resize", "print", "search", "newsletter", "related", "sidebar",
	"toolbar", "skip-link", "wcag", "lang-switch", "comments",
}

// furniturePhrases are whole blocks of text that are controls, not content.
var furniturePhrases = map[string]bool{
	"font lower": true, "font default": true, "font bigger": true, "print": true, "share": true,
	"tweet": true, "share on facebook": true, "share on twitter": true, "share on linkedin": true,
	"close": true, "zamknij": true, "закрыть": true, "accept": true, "search": true, "a a a": true,
	"a- a a+": true, "drukuj": true, "udostępnij": true, "печать": true, "поделиться": true,
}

// maxReadabilityDepth bounds the nesting of documents handed to the
// readability library, whose recursion has no limit of its own.
const maxReadabilityDepth = 300

// convertPage converts an HTML page to a brief.
func convertPage(name, text string, opt Options) (*content.Brief, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, newError(name, ErrBadHTML, err.Error())
	}
	meta := collectMeta(doc)
	pageText := textOf(doc)
	base := name
	if !validURL(base) {
		base = ""
	}
	source := firstNonEmpty(resolveURL(meta.canonical, base), resolveURL(meta.metas["og:url"], base), base)
	site := meta.metas["og:site_name"]

	b := &content.Brief{Source: source}
	var series string
	b.Title, series = cleanTitle(firstNonEmpty(meta.metas["og:title"], meta.metas["twitter:title"], meta.h1, meta.title), site)
	rawTitles := []string{clean(meta.metas["og:title"]), meta.h1, meta.title, b.Title}

	// The breadcrumb names the series; its last step is the page itself.
	crumbs := meta.crumbs
	if n := len(crumbs); n >= 2 {
		crumbs = crumbs[:n-1]
	}
	b.SeriesPath = crumbs
	for i := len(crumbs) - 1; i >= 0 && series == ""; i-- {
		series = seriesOf(crumbs[i])
	}
	b.Series = firstNonEmpty(series, content.SeriesOther)

	stripFurniture(doc, len(pageText))
	blocks, art := articleBlocks(doc, base)

	// Date: machine-readable metadata first, then what the page shows.
	var dateText string
	for _, k := range []string{"article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate", "publish-date", "citation_publication_date"} {
		if t, ok := parseDate(meta.metas[k]); ok {
			b.Date = t
			break
		}
	}
	if b.Date.IsZero() && art != nil {
		if t, err := art.PublishedTime(); err == nil {
			b.Date = t
		}
	}
	if t, ok := parseDate(meta.timeAttr); b.Date.IsZero() && ok {
		b.Date = t
	}
	if t, s, ok := findVisibleDate(pageText); ok {
		if b.Date.IsZero() {
			b.Date = t
		}
		dateText = s
	}
	var numberText string
	b.Number, numberText = findNumber(pageText)

	switch {
	case meta.metas["author"] != "" && !strings.Contains(meta.metas["author"], "://"):
		b.Authors = splitNames(meta.metas["author"])
	case len(meta.relAuthors) > 0:
		b.Authors = meta.relAuthors
	case len(meta.classAuthors) > 0:
		b.Authors = meta.classAuthors
	case art != nil && art.Byline() != "":
		b.Authors = splitNames(art.Byline())
	}
	if len(b.Authors) == 0 {
		b.Authors = []string{firstNonEmpty(site, hostOf(source), hostOf(name), UnknownAuthor)}
	}

	// Drop what readability kept of the page's furniture and heading: the
	// title again, the line of date, authors and number, controls.
	drop := append([]string{dateText, numberText}, b.Authors...)
	blocks = dropFurniture(blocks, rawTitles, drop)
	if !hasText(blocks) {
		return nil, newError(name, ErrBadHTML, "no article text found")
	}
	blocks = normaliseHeadings(blocks)
	if len(blocks) > 1 && blocks[0].Kind == content.Paragraph && blocks[1].Kind == content.Heading {
		b.Lead, blocks = blocks[0].Text, blocks[1:]
	}
	b.Body = blocks
	b.Lang = langOf(meta.lang, b.Title+" "+b.Lead+" "+bodyText(b.Body, 4000))
	if b.Title == "" && len(b.Body) > 0 {
		b.Title = firstWords(bodyText(b.Body[:1], 200), 12)
	}
	return finish(name, b, ErrBadHTML, opt.today())
}

// articleBlocks finds the article in doc with the readability library and
// converts it. When the library finds nothing, or fails, the whole cleaned
// page is converted instead, which suits short pages the library rejects.
func articleBlocks(doc *html.Node, base string) ([]content.Block, *readability.Article) {
	var pageURL *url.URL
	if base != "" {
		pageURL, _ = url.Parse(base)
	}
	fallback := func() []content.Block { return htmlBlocks(doc) }
	if deeper(doc, maxReadabilityDepth) {
		return fallback(), nil
	}
	art, err := runReadability(doc, pageURL)
	if err != nil || art.Node == nil {
		return fallback(), nil
	}
	blocks := htmlBlocks(art.Node)
	if !hasText(blocks) {
		return fallback(), &art
	}
	return blocks, &art
}

// runReadability guards against panics in the library: the importer reads
// untrusted pages, and a bug there must become an error, not a crash.
func runReadability(doc *html.Node, pageURL *url.URL) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability: %v", r)
		}
	}()
	p := readability.NewParser()
	return p.ParseDocument(doc, pageURL)
}

// stripFurniture removes from doc the elements that are never article text
// and those whose class or id marks them as furniture, unless they hold
// half the page's text: then the class belongs to the article's wrapper.
func stripFurniture(doc *html.Node, pageLen int) {
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode || c.Type == html.ElementNode && isFurniture(c, pageLen) {
				n.RemoveChild(c)
			} else {
				walk(c, depth+1)
			}
			c = next
		}
	}
	walk(doc, 0)
}

func isFurniture(n *html.Node, pageLen int) bool {
	if n.DataAtom != 0 && skipTags[n.DataAtom] && n.Data != "head" || isHidden(n) {
		return true
	}
	if n.Data == "header" || n.Data == "aside" {
		return true
	}
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role"))
	for _, f := range furnitureClasses {
		if strings.Contains(ci, f) {
			return len(textOf(n))*2 < pageLen
		}
	}
	return strings.Contains(ci, "navigation") || strings.Contains(ci, "banner")
}

// dropFurniture removes control labels and cookie notices anywhere, and,
// before the article's first long paragraph, blocks that only repeat the
// title or say the date, authors and number.
func dropFurniture(blocks []content.Block, titles, meta []string) []content.Block {
	var out []content.Block
	leading := true
	for _, bl := range blocks {
		t := strings.ToLower(bl.Words())
		if furniturePhrases[t] || isCookieNotice(t) {
			continue
		}
		if leading && (isOneOf(bl.Words(), titles) || onlyMeta(bl.Words(), meta)) {
			continue
		}
		if len(strings.Fields(bl.Words())) > 12 {
			leading = false
		}
		out = append(out, bl)
	}
	return out
}

func isCookieNotice(t string) bool {
	if len(t) > 600 || !(strings.Contains(t, "cookie") || strings.Contains(t, "ciasteczk")) {
		return false
	}
	for _, w := range []string{"privacy", "prywatno", "polityk", "consent", "zgod", "accept", "akceptuj", "agree", "конфиденциальн", "соглас"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

func isOneOf(s string, set []string) bool {
	for _, x := range set {
		if x != "" && strings.EqualFold(s, x) {
			return true
		}
	}
	return false
}

// onlyMeta reports whether s has nothing but the given metadata texts,
// punctuation and connecting words.
func onlyMeta(s string, meta []string) bool {
	rest := s
	for _, m := range meta {
		if m != "" {
			rest = strings.ReplaceAll(rest, m, " ")
		}
	}
	if rest == s {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(rest), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "by", "and", "i", "и", "autor", "autorzy", "author", "authors", "автор", "авторы":
		default:
			return false
		}
	}
	return true
}

// normaliseHeadings shifts heading levels so that the shallowest is 2: the
// title is the brief's only level 1, as in the library's own briefs.
func normaliseHeadings(blocks []content.Block) []content.Block {
	top := 7
	for _, bl := range blocks {
		if bl.Kind == content.Heading {
			top = min(top, bl.Level)
		}
	}
	for i := range blocks {
		if blocks[i].Kind == content.Heading {
			blocks[i].Level = min(blocks[i].Level-top+2, 6)
		}
	}
	return blocks
}

// hasText reports whether blocks have any text besides headings.
func hasText(blocks []content.Block) bool {
	for _, bl := range blocks {
		if bl.Kind != content.Heading && clean(bl.Words()) != "" {
			return true
		}
	}
	return false
}

func hostOf(s string) string {
	if u, err := url.Parse(s); err == nil && validURL(s) {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// firstWords returns the first n words of s, for a title of a text that has
// none.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		return strings.Join(w[:n], " ") + "…"
	}
	return strings.Join(w, " ")
}
