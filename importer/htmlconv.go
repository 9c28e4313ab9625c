package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"pismreader/content"
)

// declaredCharset finds a charset named in the start of a page or feed: a
// <meta charset>, a <meta http-equiv> content type or an XML declaration.
var declaredCharset = regexp.MustCompile(`(?i)(?:charset|encoding)\s*=\s*["']?([a-z0-9_:.-]+)`)

// decodeText returns data as UTF-8 text. Valid UTF-8 is taken as it is even
// when a charset is declared, since mislabelled UTF-8 pages are common and
// other encodings of real text are almost never valid UTF-8. Otherwise the
// charset of the Content-Type or of the document itself decodes it.
func decodeText(name string, data []byte, contentType string) (string, error) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	label := ""
	if m := declaredCharset.FindStringSubmatch(contentType); m != nil {
		label = m[1]
	} else if m := declaredCharset.FindSubmatch(data[:min(len(data), 2048)]); m != nil {
		label = string(m[1])
	}
	enc, _ := charset.Lookup(label)
	if label == "" || enc == nil {
		return "", &Error{Name: name, Kind: ErrEncoding, Line: badUTF8Line(data), Detail: "and no charset declared"}
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil || !utf8.Valid(out) {
		return "", &Error{Name: name, Kind: ErrEncoding, Detail: "cannot decode charset " + label}
	}
	return string(out), nil
}

// decodeHTML is decodeText for pages.
func decodeHTML(name string, data []byte, contentType string) (string, error) {
	return decodeText(name, data, contentType)
}

// skipTags are elements whose text is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Input: true, atom.Textarea: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Template: true, atom.Head: true, atom.Img: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Footer: true, atom.Label: true, atom.Option: true, atom.Dialog: true, atom.Figure: true,
}

// blockTags end a run of inline text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Dd: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Ul: true, atom.Summary: true, atom.Center: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Body: true, atom.Html: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// maxDepth bounds the recursion over a document: the HTML parser nests
// elements without limit, and hostile input must not exhaust the stack.
const maxDepth = 400

// blocker turns HTML into the blocks of a brief.
type blocker struct {
	blocks []content.Block
	inline strings.Builder // the open run of inline text
}

// htmlBlocks converts the element n and what it contains: headings,
// paragraphs, lists and quotations; other containers are looked into, and
// the text between block elements becomes paragraphs.
func htmlBlocks(n *html.Node) []content.Block {
	var b blocker
	b.walk(n, 0)
	b.flush()
	return b.blocks
}

func (b *blocker) flush() {
	// Two line breaks in a row separate paragraphs, as a browser shows them.
	for _, p := range strings.Split(b.inline.String(), "\n\n") {
		if t := clean(p); t != "" {
			b.blocks = append(b.blocks, content.Block{Kind: content.Paragraph, Text: t})
		}
	}
	b.inline.Reset()
}

func (b *blocker) walk(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.inline.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	case html.ElementNode:
	case html.DocumentNode:
		b.children(n, depth)
		return
	default:
		return
	}
	if skipTags[n.DataAtom] || isHidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		b.inline.WriteString("\n")
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.flush()
		b.add(content.Block{Kind: content.Heading, Level: int(n.Data[1] - '0'), Text: textOf(n)})
		return
	case atom.P, atom.Pre, atom.Dt, atom.Dd, atom.Figcaption, atom.Summary:
		if !hasBlockChild(n) {
			b.flush()
			b.inline.WriteString(innerText(n))
			b.flush()
			return
		}
	case atom.Ul, atom.Ol:
		b.flush()
		b.list(n, n.DataAtom == atom.Ol, depth)
		return
	case atom.Blockquote:
		b.flush()
		var inner blocker
		inner.children(n, depth)
		inner.flush()
		for _, bl := range inner.blocks {
			if bl.Kind == content.List {
				bl.Text, bl.Items = strings.Join(bl.Items, " "), nil
			}
			b.add(content.Block{Kind: content.Quote, Text: bl.Text})
		}
		return
	case atom.Tr:
		b.flush()
		var cells []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := textOf(c); t != "" {
				cells = append(cells, t)
			}
		}
		b.add(content.Block{Kind: content.Paragraph, Text: strings.Join(cells, " | ")})
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		b.flush()
	}
	b.children(n, depth)
	if block {
		b.flush()
	}
}

func (b *blocker) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c, depth+1)
	}
}

func (b *blocker) add(bl content.Block) {
	if clean(bl.Text) != "" || len(bl.Items) > 0 {
		b.blocks = append(b.blocks, bl)
	}
}

// list adds the items of a list; a nested list's items follow their parent
// item in the same list, since the library's format has no nesting.
func (b *blocker) list(n *html.Node, ordered bool, depth int) {
	bl := content.Block{Kind: content.List, Ordered: ordered}
	var items func(n *html.Node, depth int)
	items = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] || isHidden(c) {
				continue
			}
			if c.DataAtom != atom.Li {
				items(c, depth+1) // a stray wrapper
				continue
			}
			var own strings.Builder
			var nested []*html.Node
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				if g.Type == html.ElementNode && (g.DataAtom == atom.Ul || g.DataAtom == atom.Ol) {
					nested = append(nested, g)
					continue
				}
				own.WriteString(" " + innerText(g))
			}
			if t := clean(own.String()); t != "" {
				bl.Items = append(bl.Items, t)
			}
			for _, g := range nested {
				items(g, depth+1)
			}
		}
	}
	items(n, depth)
	if len(bl.Items) > 0 {
		b.blocks = append(b.blocks, bl)
	}
}

// hasBlockChild reports whether n holds a block element, so that it must be
// looked into rather than read as one paragraph.
func hasBlockChild(n *html.Node) bool {
	return contains(n, func(c *html.Node) bool { return blockTags[c.DataAtom] }, 0)
}

// contains reports whether an element below n satisfies pred, looking no
// deeper than maxDepth.
func contains(n *html.Node, pred func(*html.Node) bool, depth int) bool {
	if depth > maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (pred(c) || contains(c, pred, depth+1)) {
			return true
		}
	}
	return false
}

// deeper reports whether the tree below n is more than limit levels deep.
func deeper(n *html.Node, limit int) bool {
	if limit < 0 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if deeper(c, limit-1) {
			return true
		}
	}
	return false
}

// isHidden reports elements a browser would not show.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		}
	}
	return false
}

// innerText returns the visible text of n, with line breaks as "\n".
func innerText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			sb.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] || isHidden(n) {
				return
			}
			if n.DataAtom == atom.Br {
				sb.WriteString("\n")
				return
			}
			if blockTags[n.DataAtom] {
				sb.WriteString(" ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// textOf returns the visible text of n on one line.
func textOf(n *html.Node) string { return clean(innerText(n)) }
