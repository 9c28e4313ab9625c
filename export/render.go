package export

import (
	"errors"
	"fmt"
	"strings"

	"pismreader/content"
)

// errNoBriefs is returned when there is nothing to export.
var errNoBriefs = errors.New("no briefs to export")

// heading is one heading of a prepared brief.
type heading struct {
	block int    // index of the heading in the brief's body
	depth int    // 1 for the outermost heading, one more per nesting
	id    string // the fragment identifier of the heading
	text  string // cleaned, not escaped
}

// chapter is a brief ready to be written: its cleaned title and its
// headings, nested without gaps.
type chapter struct {
	b        *content.Brief
	lang     string // lang attribute value
	title    string // cleaned, not escaped; never empty
	headings []heading
}

// prepare checks briefs and works out the titles and heading levels of
// each. idPrefix prefixes the headings' ids, which must be unique in the
// document that holds them.
func prepare(briefs []*content.Brief, idPrefix func(i int) string) ([]chapter, error) {
	if len(briefs) == 0 {
		return nil, errNoBriefs
	}
	chs := make([]chapter, len(briefs))
	for i, b := range briefs {
		if b == nil {
			return nil, fmt.Errorf("brief %d of %d is nil", i+1, len(briefs))
		}
		title := clean(b.Title)
		if title == "" {
			// A heading and a navigation link must have text; the ID is
			// the most recognisable stand-in.
			title = clean(b.ID)
		}
		if title == "" {
			title = fmt.Sprintf("%d", i+1)
		}
		chs[i] = chapter{b: b, lang: langCode(b.Lang), title: title, headings: headings(b, idPrefix(i))}
	}
	return chs, nil
}

// headings maps b's heading levels, which an author may skip (a "###"
// straight after the title), to depths that never skip: a heading is one
// deeper than the nearest heading before it of a lower level. Headings
// without text are left out, as a screen reader would announce them as
// empty.
func headings(b *content.Brief, idPrefix string) []heading {
	var (
		hs    []heading
		stack []int // the source levels of the open headings
	)
	for i, bl := range b.Body {
		if bl.Kind != content.Heading {
			continue
		}
		text := clean(bl.Text)
		if text == "" {
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1] >= bl.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, bl.Level)
		hs = append(hs, heading{block: i, depth: len(stack), id: fmt.Sprintf("%sh%d", idPrefix, len(hs)+1), text: text})
	}
	return hs
}

// layout tells writeBrief how the document around a brief looks.
type layout struct {
	top      int    // the level of the brief's title: 1 in a chapter, 2 under a book's title
	open     string // the element that holds the brief, such as "<article"; attributes are added
	close    string // its end tag
	titleID  string // the id of the brief's title
	xml      bool   // also write xml:lang, for XHTML
	extraTop string // attributes for the holding element, already escaped
}

// level returns the HTML heading level of a body heading of the given
// depth: one below the title, and at most 6, where deeper headings stay.
func (ly layout) level(depth int) int { return min(ly.top+depth, 6) }

// langAttrs returns the lang attributes for code.
func (ly layout) langAttrs(code string) string {
	if ly.xml {
		return fmt.Sprintf(` lang="%s" xml:lang="%s"`, code, code)
	}
	return fmt.Sprintf(` lang="%s"`, code)
}

// writeBrief writes ch as its title page (title, series and number, date,
// authors, translation notice, source and lead) followed by its body.
func writeBrief(w *strings.Builder, ch chapter, ly layout) {
	b := ch.b
	l := localizer(b.Lang)
	fmt.Fprintf(w, "%s%s%s aria-labelledby=\"%s\">\n", ly.open, ly.extraTop, ly.langAttrs(ch.lang), ly.titleID)
	w.WriteString("<header class=\"titlepage\">\n")
	fmt.Fprintf(w, "<h%d id=\"%s\">%s</h%d>\n", ly.top, ly.titleID, esc(ch.title), ly.top)
	if s := seriesLine(b); s != "" {
		fmt.Fprintf(w, "<p class=\"series\">%s</p>\n", esc(s))
	}
	if a := authorsLine(b); a != "" {
		fmt.Fprintf(w, "<p class=\"authors\">%s</p>\n", esc(a))
	}
	if !b.Date.IsZero() {
		fmt.Fprintf(w, "<p class=\"date\"><time datetime=\"%s\">%s</time></p>\n",
			b.Date.Format("2006-01-02"), esc(l.Date(b.Date)))
	}
	if b.IsTranslation() {
		var notice []string
		if s := clean(b.Translation); s != "" {
			notice = append(notice, sentence(s))
		}
		if s := clean(b.Translator); s != "" {
			notice = append(notice, sentence(l.T("Translated by %s", s)))
		}
		if len(notice) > 0 {
			fmt.Fprintf(w, "<p class=\"translation\">%s</p>\n", esc(strings.Join(notice, " ")))
		}
	}
	if src := httpURL(b.Source); src != "" {
		fmt.Fprintf(w, "<p class=\"source\">%s: <a href=\"%s\">%s</a></p>\n", esc(l.T("Source")), esc(src), esc(src))
	}
	if lead := clean(b.Lead); lead != "" {
		fmt.Fprintf(w, "<p class=\"lead\">%s</p>\n", esc(lead))
	}
	w.WriteString("</header>\n")
	writeBody(w, ch, ly)
	fmt.Fprintf(w, "%s\n", ly.close)
}

// writeBody writes the blocks of ch's body.
func writeBody(w *strings.Builder, ch chapter, ly layout) {
	hs := ch.headings
	for i, bl := range ch.b.Body {
		switch bl.Kind {
		case content.Heading:
			if len(hs) == 0 || hs[0].block != i {
				continue // left out by headings: no text
			}
			h := hs[0]
			hs = hs[1:]
			n := ly.level(h.depth)
			fmt.Fprintf(w, "<h%d id=\"%s\">%s</h%d>\n", n, h.id, esc(h.text), n)
		case content.List:
			var items []string
			for _, it := range bl.Items {
				if s := esc(it); s != "" {
					items = append(items, s)
				}
			}
			if len(items) == 0 {
				continue
			}
			tag := "ul"
			if bl.Ordered {
				tag = "ol"
			}
			fmt.Fprintf(w, "<%s>\n<li>%s</li>\n</%s>\n", tag, strings.Join(items, "</li>\n<li>"), tag)
		case content.Quote:
			if s := esc(bl.Text); s != "" {
				fmt.Fprintf(w, "<blockquote><p>%s</p></blockquote>\n", s)
			}
		default:
			if s := esc(bl.Text); s != "" {
				fmt.Fprintf(w, "<p>%s</p>\n", s)
			}
		}
	}
}

// authorsLine returns "By Artur Kacprzyk", or "Authors: A, B" for several,
// in b's language.
func authorsLine(b *content.Brief) string {
	var names []string
	for _, a := range b.Authors {
		if s := clean(a); s != "" {
			names = append(names, s)
		}
	}
	l := localizer(b.Lang)
	switch len(names) {
	case 0:
		return ""
	case 1:
		return l.T("By %s", names[0])
	}
	return l.T("Authors") + ": " + strings.Join(names, ", ")
}

// writeTOC writes an <ol> of nested links to the headings hs, each link
// made by href from a heading's id; nothing when there are no headings.
func writeTOC(w *strings.Builder, hs []heading, href func(id string) string) {
	if len(hs) == 0 {
		return
	}
	depth := 1
	w.WriteString("<ol>\n")
	for i, h := range hs {
		switch {
		case i == 0:
		case h.depth > depth:
			// Depths never skip, so this is exactly one deeper.
			w.WriteString("\n<ol>\n")
		default:
			w.WriteString("</li>\n")
			for ; depth > h.depth; depth-- {
				w.WriteString("</ol>\n</li>\n")
			}
		}
		depth = h.depth
		fmt.Fprintf(w, "<li><a href=\"%s\">%s</a>", esc(href(h.id)), esc(h.text))
	}
	w.WriteString("</li>\n")
	for ; depth > 1; depth-- {
		w.WriteString("</ol>\n</li>\n")
	}
	w.WriteString("</ol>\n")
}
