package export

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"pismreader/content"
)

// hdoc is what the tests read from an HTML document.
type hdoc struct {
	lang     string            // of <html>
	langs    map[string]string // the lang of each <article>, by its aria-labelledby
	headings []int
	texts    []string // of the headings
	count    map[string]int
	external []string // src and href attributes that lead out of the document
	allText  string
}

// parseHTML parses an exported document the way a browser does.
func parseHTML(t *testing.T, data []byte) hdoc {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	d := hdoc{langs: map[string]string{}, count: map[string]int{}}
	var all strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			all.WriteString(n.Data)
		}
		if n.Type == html.ElementNode {
			d.count[n.Data]++
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
				if a.Key == "src" || (a.Key == "href" && !strings.HasPrefix(a.Val, "#") && n.Data != "a") {
					d.external = append(d.external, a.Val)
				}
				if strings.HasPrefix(a.Key, "on") {
					d.external = append(d.external, a.Key)
				}
			}
			switch n.Data {
			case "html":
				d.lang = attr["lang"]
			case "article":
				d.langs[attr["aria-labelledby"]] = attr["lang"]
			case "h1", "h2", "h3", "h4", "h5", "h6":
				d.headings = append(d.headings, int(n.Data[1]-'0'))
				d.texts = append(d.texts, textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	d.allText = all.String()
	return d
}

// textOf returns the text inside n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// exportHTML exports briefs twice and checks that the two documents are
// the same bytes.
func exportHTML(t *testing.T, briefs []*content.Brief, opt Options) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := HTML(&a, briefs, opt); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	if err := HTML(&b, briefs, opt); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports with the same options differ")
	}
	return a.Bytes()
}

func TestHTML(t *testing.T) {
	lib := bundled(t)
	en, pl, ru := brief(t, spotlightEN), brief(t, spotlightPL), brief(t, spotlightRU)
	tests := []struct {
		name   string
		briefs []*content.Brief
		opt    Options
		lang   string
		title  string // of the document: the first heading
		toc    string // the heading of the table of contents; "" for none
	}{
		{"spotlight en", []*content.Brief{en}, fixed, "en", en.Title, ""},
		{"spotlight pl", []*content.Brief{pl}, fixed, "pl", pl.Title, ""},
		{"spotlight ru", []*content.Brief{ru}, fixed, "ru", ru.Title, ""},
		{"three languages", []*content.Brief{ru, en, pl}, fixed, "ru", "Библиотека PISM Reader", "Содержание"},
		{"library", lib.All(), Options{Title: "All <briefs>", Lang: "pl"}, "pl", "All <briefs>", "Spis treści"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseHTML(t, exportHTML(t, tt.briefs, tt.opt))
			if d.lang != tt.lang {
				t.Errorf("<html lang=%q>, want %q", d.lang, tt.lang)
			}
			checkHeadingOrder(t, "document", d.headings)
			if d.count["h1"] != 1 || d.texts[0] != tt.title {
				t.Errorf("%d h1, the first heading %q: want one, %q", d.count["h1"], d.texts[0], tt.title)
			}
			if hasTOC := d.count["nav"] > 0; hasTOC != (tt.toc != "") || (hasTOC && d.texts[1] != tt.toc) {
				t.Errorf("%d nav, the second heading %q: want the table of contents %q", d.count["nav"], d.texts[1], tt.toc)
			}
			if d.count["script"]+d.count["link"]+d.count["img"]+d.count["iframe"] > 0 || len(d.external) > 0 {
				t.Errorf("scripts or external resources: %v, %q", d.count, d.external)
			}
			if d.count["article"] != len(tt.briefs) || d.count["main"] != 1 || d.count["style"] != 1 {
				t.Errorf("%d article, %d main, %d style: want %d, 1, 1", d.count["article"], d.count["main"], d.count["style"], len(tt.briefs))
			}
			headings := 1 + len(tt.briefs)
			if tt.toc != "" {
				headings++
			}
			for i, b := range tt.briefs {
				headings += len(b.Headings())
				id := "title"
				if len(tt.briefs) > 1 {
					id = briefAnchor(i)
				}
				if d.langs[id] != string(b.Lang) {
					t.Errorf("the article of %s has lang %q, want %q", b.ID, d.langs[id], b.Lang)
				}
			}
			if tt.toc == "" {
				headings-- // the brief's title is the document's
			}
			if len(d.headings) != headings {
				t.Errorf("%d headings, want %d", len(d.headings), headings)
			}
			// Every link of the table of contents leads to a heading.
			if tt.toc != "" && d.count["a"] < len(tt.briefs) {
				t.Errorf("%d links, want at least one per brief", d.count["a"])
			}
		})
	}
}

func TestHTMLHostile(t *testing.T) {
	data := exportHTML(t, []*content.Brief{hostile(), brief(t, spotlightEN)}, Options{Title: hostileText})
	if r := forbidden(string(data)); r != -1 {
		t.Errorf("the document holds the forbidden character %U", r)
	}
	d := parseHTML(t, data)
	if d.count["script"] > 0 || bytes.Contains(data, []byte("<script")) || bytes.Contains(data, []byte("javascript:")) {
		t.Error("the document holds a script or a javascript: link")
	}
	checkHeadingOrder(t, "document", d.headings)
	for _, want := range []string{clean(hostileText), "Title " + clean(hostileText), "<h1>deep</h1>", "Quote '\"' "} {
		if !strings.Contains(d.allText, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
	if !slices.Contains(d.texts, "<h1>deep</h1>") || d.langs[briefAnchor(0)] != "und" {
		t.Errorf("headings %q, article langs %v", d.texts, d.langs)
	}
}
