package export

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"pismreader/content"
)

//go:embed html.css
var htmlCSS string

// HTML writes the briefs as one standalone, accessible HTML5 document to w:
// the language of the document and of each brief marked, a table of
// contents when there are several briefs, headings nested without gaps,
// and a built-in stylesheet with large text and high contrast. The
// document has no scripts and loads nothing: it reads the same offline,
// from an e-mail attachment or a USB stick.
func HTML(w io.Writer, briefs []*content.Brief, opt Options) error {
	bk, err := newBook(briefs, opt, func(i int) string { return fmt.Sprintf("b%d-", i+1) })
	if err != nil {
		return fmt.Errorf("export HTML: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
%s</style>
</head>
<body>
<main>
`, langCode(bk.lang), esc(bk.title), htmlCSS)
	if !bk.multi() {
		writeBrief(&b, bk.chapters[0], layout{top: 1, open: "<article", close: "</article>", titleID: "title"})
	} else {
		fmt.Fprintf(&b, "<h1>%s</h1>\n", esc(bk.title))
		writeContents(&b, bk)
		for i, ch := range bk.chapters {
			writeBrief(&b, ch, layout{top: 2, open: "<article", close: "</article>", titleID: briefAnchor(i)})
		}
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("export HTML: %w", err)
	}
	return nil
}

// briefAnchor returns the id of the title of the i-th brief of a document.
func briefAnchor(i int) string { return fmt.Sprintf("b%d", i+1) }

// writeContents writes the table of contents of a document of several
// briefs: each brief, in its language, with its headings.
func writeContents(w *strings.Builder, bk *book) {
	fmt.Fprintf(w, "<nav aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">%s</h2>\n<ol>\n",
		esc(localizer(bk.lang).T("Contents")))
	for i, ch := range bk.chapters {
		lang := ""
		if ch.lang != langCode(bk.lang) {
			lang = fmt.Sprintf(" lang=\"%s\"", ch.lang)
		}
		fmt.Fprintf(w, "<li%s><a href=\"#%s\">%s</a>\n", lang, briefAnchor(i), esc(ch.title))
		writeTOC(w, ch.headings, func(id string) string { return "#" + id })
		w.WriteString("</li>\n")
	}
	w.WriteString("</ol>\n</nav>\n")
}
