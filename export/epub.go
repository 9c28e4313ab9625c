package export

import (
	"archive/zip"
	_ "embed"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"time"

	"pismreader/content"
)

//go:embed epub.css
var epubCSS string

// The paths of the files of an EPUB.
const (
	opfPath = "EPUB/package.opf"
	navName = "nav.xhtml"
	cssName = "style.css"
)

// chapterName returns the name of the XHTML file of the i-th brief.
func chapterName(i int) string { return fmt.Sprintf("brief-%03d.xhtml", i+1) }

// EPUB writes the briefs as one EPUB 3 book to w: one XHTML chapter per
// brief, in the order given, with a navigation document listing every
// brief and its headings and with accessibility metadata. A book of one
// brief takes its title and language from the brief; a book of several
// takes them from opt.
func EPUB(w io.Writer, briefs []*content.Brief, opt Options) error {
	bk, err := newBook(briefs, opt, func(int) string { return "" })
	if err != nil {
		return fmt.Errorf("export EPUB: %w", err)
	}
	files := []struct{ name, data string }{
		{"META-INF/container.xml", containerXML},
		{opfPath, packageOPF(bk)},
		{"EPUB/" + navName, navXHTML(bk)},
		{"EPUB/" + cssName, epubCSS},
	}
	for i, ch := range bk.chapters {
		files = append(files, struct{ name, data string }{"EPUB/" + chapterName(i), chapterXHTML(ch)})
	}

	z := zip.NewWriter(w)
	if err := writeMimetype(z, bk.modified); err != nil {
		return fmt.Errorf("export EPUB: %w", err)
	}
	for _, f := range files {
		fw, err := z.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: bk.modified})
		if err != nil {
			return fmt.Errorf("export EPUB: %s: %w", f.name, err)
		}
		if _, err := io.WriteString(fw, f.data); err != nil {
			return fmt.Errorf("export EPUB: %s: %w", f.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("export EPUB: %w", err)
	}
	return nil
}

// mimetype is the first file of every EPUB.
const mimetype = "application/epub+zip"

// writeMimetype writes the mimetype file as OCF requires: first, stored
// uncompressed, with its sizes in the local header and no extra field, so
// that "application/epub+zip" sits at byte 38 of the file, where tools
// that sniff the type look for it. CreateHeader would add a data descriptor
// and, with a Modified time, an extended-timestamp extra field, so the
// entry is written raw with the legacy MS-DOS time fields.
func writeMimetype(z *zip.Writer, t time.Time) error {
	date, tm := msDosTime(t)
	fh := &zip.FileHeader{
		Name:               "mimetype",
		Method:             zip.Store,
		CRC32:              crc32.ChecksumIEEE([]byte(mimetype)),
		CompressedSize64:   uint64(len(mimetype)),
		UncompressedSize64: uint64(len(mimetype)),
		ModifiedDate:       date, //nolint:staticcheck // see the doc comment
		ModifiedTime:       tm,   //nolint:staticcheck // see the doc comment
	}
	fw, err := z.CreateRaw(fh)
	if err != nil {
		return fmt.Errorf("mimetype: %w", err)
	}
	if _, err := io.WriteString(fw, mimetype); err != nil {
		return fmt.Errorf("mimetype: %w", err)
	}
	return nil
}

// msDosTime returns t as an MS-DOS date and time, which cannot go back
// before 1980.
func msDosTime(t time.Time) (date, tm uint16) {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	tm = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, tm
}

const containerXML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="` + opfPath + `" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`

// xhtmlHead starts an XHTML content document in the language code, titled
// title (escaped already).
func xhtmlHead(w *strings.Builder, code, title string) {
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="%s" xml:lang="%s">
<head>
<meta charset="UTF-8"/>
<title>%s</title>
<link rel="stylesheet" type="text/css" href="%s"/>
</head>
<body>
`, code, code, title, cssName)
}

// chapterXHTML returns the content document of one brief.
func chapterXHTML(ch chapter) string {
	var w strings.Builder
	xhtmlHead(&w, ch.lang, esc(ch.title))
	writeBrief(&w, ch, layout{
		top:      1,
		open:     "<section",
		close:    "</section>",
		titleID:  "title",
		xml:      true,
		extraTop: ` epub:type="chapter" role="doc-chapter"`,
	})
	w.WriteString("</body>\n</html>\n")
	return w.String()
}

// navXHTML returns the navigation document: the table of contents, with
// each brief and its headings, and the landmarks.
func navXHTML(bk *book) string {
	var w strings.Builder
	l, words := localizer(bk.lang), wordsFor(bk.lang)
	contents := esc(l.T("Contents"))
	attrs := layout{xml: true}
	xhtmlHead(&w, langCode(bk.lang), contents)
	fmt.Fprintf(&w, "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n<h1 id=\"toc-title\">%s</h1>\n<ol>\n", contents)
	for i, ch := range bk.chapters {
		name := chapterName(i)
		lang := ""
		if ch.lang != langCode(bk.lang) {
			lang = attrs.langAttrs(ch.lang)
		}
		fmt.Fprintf(&w, "<li%s><a href=\"%s\">%s</a>\n", lang, name, esc(ch.title))
		writeTOC(&w, ch.headings, func(id string) string { return name + "#" + id })
		w.WriteString("</li>\n")
	}
	w.WriteString("</ol>\n</nav>\n")
	fmt.Fprintf(&w, `<nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-labelledby="landmarks-title">
<h2 id="landmarks-title">%s</h2>
<ol>
<li><a epub:type="toc" href="#toc">%s</a></li>
<li><a epub:type="bodymatter" href="%s">%s</a></li>
</ol>
</nav>
</body>
</html>
`, esc(words.landmarks), contents, chapterName(0), esc(words.start))
	return w.String()
}

// packageOPF returns the package document: the metadata, the manifest and
// the spine.
func packageOPF(bk *book) string {
	var w strings.Builder
	lang := langCode(bk.lang)
	fmt.Fprintf(&w, `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="%s">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id">%s</dc:identifier>
<dc:title id="title">%s</dc:title>
`, lang, esc(bk.id), esc(bk.title))
	for _, code := range bk.langs() {
		fmt.Fprintf(&w, "<dc:language>%s</dc:language>\n", code)
	}
	writeCreators(&w, bk)

	var (
		newest     time.Time
		publishers []string
		sources    []string
	)
	for _, ch := range bk.chapters {
		if ch.b.Date.After(newest) {
			newest = ch.b.Date
		}
		if p := clean(publisher(ch.b, bk.lang)); p != "" && !slices.Contains(publishers, p) {
			publishers = append(publishers, p)
		}
		if s := httpURL(ch.b.Source); s != "" && !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
	}
	if !newest.IsZero() {
		fmt.Fprintf(&w, "<dc:date>%s</dc:date>\n", newest.Format("2006-01-02"))
	}
	for _, p := range publishers {
		fmt.Fprintf(&w, "<dc:publisher>%s</dc:publisher>\n", esc(p))
	}
	for _, s := range sources {
		fmt.Fprintf(&w, "<dc:source>%s</dc:source>\n", esc(s))
	}
	if d := description(bk); d != "" {
		fmt.Fprintf(&w, "<dc:description>%s</dc:description>\n", esc(d))
	}
	writeSubjects(&w, bk)
	fmt.Fprintf(&w, "<meta property=\"dcterms:modified\">%s</meta>\n", bk.modified.Format("2006-01-02T15:04:05Z"))
	writeAccessibility(&w, bk)
	w.WriteString("</metadata>\n<manifest>\n")
	fmt.Fprintf(&w, "<item id=\"nav\" href=\"%s\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n", navName)
	fmt.Fprintf(&w, "<item id=\"css\" href=\"%s\" media-type=\"text/css\"/>\n", cssName)
	for i := range bk.chapters {
		fmt.Fprintf(&w, "<item id=\"brief-%03d\" href=\"%s\" media-type=\"application/xhtml+xml\"/>\n", i+1, chapterName(i))
	}
	w.WriteString("</manifest>\n<spine>\n")
	// The table of contents opens a book of several briefs; a book of one
	// starts with the brief, and reading systems offer the table anyway.
	linear := "no"
	if bk.multi() {
		linear = "yes"
	}
	fmt.Fprintf(&w, "<itemref idref=\"nav\" linear=\"%s\"/>\n", linear)
	for i := range bk.chapters {
		fmt.Fprintf(&w, "<itemref idref=\"brief-%03d\"/>\n", i+1)
	}
	w.WriteString("</spine>\n</package>\n")
	return w.String()
}

// writeCreators writes a dc:creator for each author and translator, once
// per name, with MARC relator roles: aut for an author, trl for a
// translator.
func writeCreators(w *strings.Builder, bk *book) {
	var (
		names []string
		roles = map[string][]string{}
	)
	add := func(name, role string) {
		name = clean(name)
		if name == "" {
			return
		}
		if _, ok := roles[name]; !ok {
			names = append(names, name)
		}
		if !slices.Contains(roles[name], role) {
			roles[name] = append(roles[name], role)
		}
	}
	for _, ch := range bk.chapters {
		for _, a := range ch.b.Authors {
			add(a, "aut")
		}
		if ch.b.IsTranslation() {
			add(ch.b.Translator, "trl")
		}
	}
	for i, name := range names {
		fmt.Fprintf(w, "<dc:creator id=\"creator-%d\">%s</dc:creator>\n", i+1, esc(name))
		for _, role := range roles[name] {
			fmt.Fprintf(w, "<meta refines=\"#creator-%d\" property=\"role\" scheme=\"marc:relators\">%s</meta>\n", i+1, role)
		}
	}
}

// description returns the book's dc:description: the lead of a single
// brief, the titles of several.
func description(bk *book) string {
	if !bk.multi() {
		return clean(bk.chapters[0].b.Lead)
	}
	titles := make([]string, len(bk.chapters))
	for i, ch := range bk.chapters {
		titles[i] = ch.title
	}
	return strings.Join(titles, "; ")
}

// writeSubjects writes the briefs' tags as dc:subject, once each, marked
// with their language where it is not the book's.
func writeSubjects(w *strings.Builder, bk *book) {
	var seen []string
	for _, ch := range bk.chapters {
		lang := ""
		if ch.lang != langCode(bk.lang) {
			lang = fmt.Sprintf(" xml:lang=\"%s\"", ch.lang)
		}
		for _, tag := range ch.b.Tags {
			tag = clean(tag)
			key := ch.lang + "\x00" + tag
			if tag == "" || slices.Contains(seen, key) {
				continue
			}
			seen = append(seen, key)
			fmt.Fprintf(w, "<dc:subject%s>%s</dc:subject>\n", lang, esc(tag))
		}
	}
}

// a11yFeatures are the schema.org accessibility features every export has:
// headings to move by, a table of contents, one reading order, and text
// that the reading system may restyle.
var a11yFeatures = []string{"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}

// writeAccessibility writes the schema.org accessibility metadata and the
// conformance claim of EPUB Accessibility 1.1. The claim is the app's own:
// no third party has certified the output.
func writeAccessibility(w *strings.Builder, bk *book) {
	w.WriteString("<meta property=\"schema:accessMode\">textual</meta>\n")
	w.WriteString("<meta property=\"schema:accessModeSufficient\">textual</meta>\n")
	for _, f := range a11yFeatures {
		fmt.Fprintf(w, "<meta property=\"schema:accessibilityFeature\">%s</meta>\n", f)
	}
	w.WriteString("<meta property=\"schema:accessibilityHazard\">none</meta>\n")
	fmt.Fprintf(w, "<meta property=\"schema:accessibilitySummary\">%s</meta>\n", esc(wordsFor(bk.lang).a11ySummary))
	w.WriteString("<meta property=\"dcterms:conformsTo\" id=\"conformance\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>\n")
	w.WriteString("<meta property=\"a11y:certifiedBy\" refines=\"#conformance\">PISM Reader (self-declared)</meta>\n")
}
