package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"pismreader/content"
)

// exportEPUB exports briefs twice and checks that the two books are the
// same bytes.
func exportEPUB(t *testing.T, briefs []*content.Brief, opt Options) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := EPUB(&a, briefs, opt); err != nil {
		t.Fatalf("EPUB: %v", err)
	}
	if err := EPUB(&b, briefs, opt); err != nil {
		t.Fatalf("EPUB: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports with the same options differ")
	}
	return a.Bytes()
}

// unzipEPUB checks the OCF container and returns its files by name.
func unzipEPUB(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	// The mimetype comes first, stored, with no extra field, so that its
	// content starts at byte 38.
	if len(data) < 58 || string(data[30:38]) != "mimetype" || string(data[38:58]) != mimetype {
		t.Fatalf("the book does not start with a stored mimetype: % x", data[:min(len(data), 64)])
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("unzip: %v", err)
	}
	if f := zr.File[0]; f.Name != "mimetype" || f.Method != zip.Store || len(f.Extra) != 0 {
		t.Errorf("first entry %s, method %d, extra %d bytes: want mimetype, stored, no extra", f.Name, f.Method, len(f.Extra))
	}
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("open %s: %v", f.Name, err)
		}
		files[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("read %s: %v", f.Name, err)
		}
		if !f.Modified.Equal(fixed.Modified) && f.Name != "mimetype" {
			t.Errorf("%s modified %v, want %v", f.Name, f.Modified, fixed.Modified)
		}
	}
	return files
}

// xdoc is what the tests read from an XML document.
type xdoc struct {
	lang, xmlLang string   // of the root element
	headings      []int    // levels of h1 to h6, in order
	headingText   []string // their text
	count         map[string]int
	ids           map[string]bool
	hrefs         []string // of <a> inside the epub:type="toc" nav
}

// parseXML reads data with a strict XML parser, failing the test on
// malformed XML.
func parseXML(t *testing.T, name string, data []byte) xdoc {
	t.Helper()
	d := xdoc{count: map[string]int{}, ids: map[string]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth, inHeading, tocDepth := 0, -1, 0
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			el := tok.Name.Local
			d.count[el]++
			for _, a := range tok.Attr {
				switch {
				case depth == 1 && a.Name.Local == "lang" && a.Name.Space == "":
					d.lang = a.Value
				case depth == 1 && a.Name.Local == "lang":
					d.xmlLang = a.Value
				case a.Name.Local == "id":
					d.ids[a.Value] = true
				case el == "nav" && a.Name.Local == "type" && a.Value == "toc":
					tocDepth = depth
				case el == "a" && a.Name.Local == "href" && tocDepth > 0:
					d.hrefs = append(d.hrefs, a.Value)
				}
			}
			if len(el) == 2 && el[0] == 'h' && el[1] >= '1' && el[1] <= '6' {
				d.headings = append(d.headings, int(el[1]-'0'))
				inHeading = depth
				text.Reset()
			}
		case xml.CharData:
			if inHeading > 0 {
				text.Write(tok)
			}
		case xml.EndElement:
			if depth == inHeading {
				d.headingText = append(d.headingText, text.String())
				inHeading = -1
			}
			if depth == tocDepth {
				tocDepth = 0
			}
			depth--
		}
	}
	return d
}

// checkHeadingOrder fails when levels start anywhere but h1 or skip a level
// on the way down.
func checkHeadingOrder(t *testing.T, name string, levels []int) {
	t.Helper()
	if len(levels) == 0 || levels[0] != 1 {
		t.Errorf("%s: headings %v do not start with h1", name, levels)
		return
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] > levels[i-1]+1 || levels[i] == 1 {
			t.Errorf("%s: headings %v skip a level or repeat h1 at %d", name, levels, i)
		}
	}
}

// opf is what the tests read from the package document.
type opf struct {
	Version  string `xml:"version,attr"`
	UniqueID string `xml:"unique-identifier,attr"`
	Lang     string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Metadata struct {
		Identifiers []struct {
			ID    string `xml:"id,attr"`
			Value string `xml:",chardata"`
		} `xml:"identifier"`
		Titles       []string `xml:"title"`
		Languages    []string `xml:"language"`
		Creators     []string `xml:"creator"`
		Dates        []string `xml:"date"`
		Publishers   []string `xml:"publisher"`
		Sources      []string `xml:"source"`
		Descriptions []string `xml:"description"`
		Metas        []struct {
			Property string `xml:"property,attr"`
			Refines  string `xml:"refines,attr"`
			Value    string `xml:",chardata"`
		} `xml:"meta"`
	} `xml:"metadata"`
	Items []struct {
		ID         string `xml:"id,attr"`
		Href       string `xml:"href,attr"`
		Properties string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef string `xml:"idref,attr"`
	} `xml:"spine>itemref"`
}

// metas returns the values of the package's meta elements with property.
func (p *opf) metas(property string) []string {
	var vs []string
	for _, m := range p.Metadata.Metas {
		if m.Property == property {
			vs = append(vs, m.Value)
		}
	}
	return vs
}

var modifiedRE = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`)
