package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"slices"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

func TestEPUBStructure(t *testing.T) {
	lib := bundled(t)
	en, pl, ru := brief(t, spotlightEN), brief(t, spotlightPL), brief(t, spotlightRU)
	tests := []struct {
		name      string
		briefs    []*content.Brief
		opt       Options
		title     string
		langs     []string // dc:language, the book's first
		publisher string
	}{
		{"spotlight en", []*content.Brief{en}, fixed, en.Title, []string{"en"}, "Polish Institute of International Affairs"},
		{"spotlight pl", []*content.Brief{pl}, fixed, pl.Title, []string{"pl"}, "Polski Instytut Spraw Międzynarodowych"},
		{"spotlight ru", []*content.Brief{ru}, fixed, ru.Title, []string{"ru"}, "Польский институт международных дел"},
		{"library", lib.All(), fixed, "PISM Reader library", []string{"en", "pl", "ru"}, "PISM Reader editors"},
		{"library in Polish", lib.All(), Options{Modified: fixed.Modified, Lang: "pl", Title: "Moja <biblioteka>"},
			"Moja <biblioteka>", []string{"pl", "en", "ru"}, "Redakcja PISM Reader"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := unzipEPUB(t, exportEPUB(t, tt.briefs, tt.opt))
			if !bytes.Contains(files["META-INF/container.xml"], []byte(`full-path="`+opfPath+`"`)) {
				t.Fatalf("container.xml does not point to %s", opfPath)
			}
			parseXML(t, "container.xml", files["META-INF/container.xml"])
			parseXML(t, opfPath, files[opfPath])
			var p opf
			if err := xml.Unmarshal(files[opfPath], &p); err != nil {
				t.Fatalf("read %s: %v", opfPath, err)
			}
			checkMetadata(t, &p, tt.briefs, tt.title, tt.langs, tt.publisher)
			checkManifest(t, &p, files, len(tt.briefs))
			var nHeadings int
			for i, b := range tt.briefs {
				name := "EPUB/" + chapterName(i)
				d := parseXML(t, name, files[name])
				if d.lang != string(b.Lang) || d.xmlLang != string(b.Lang) {
					t.Errorf("%s: lang %q, xml:lang %q, want %q", name, d.lang, d.xmlLang, b.Lang)
				}
				checkHeadingOrder(t, name, d.headings)
				if d.headingText[0] != b.Title || len(d.headings) != 1+len(b.Headings()) {
					t.Errorf("%s: headings %q, want the title and %d more", name, d.headingText, len(b.Headings()))
				}
				nHeadings += len(b.Headings())
				if d.count["script"] > 0 || d.count["header"] != 1 || d.count["time"] != 1 {
					t.Errorf("%s: %d script, %d header and %d time elements, want 0, 1 and 1",
						name, d.count["script"], d.count["header"], d.count["time"])
				}
			}
			nav := parseXML(t, navName, files["EPUB/"+navName])
			if got, want := len(nav.hrefs), len(tt.briefs)+nHeadings; got != want {
				t.Errorf("the toc nav has %d links, want %d", got, want)
			}
			checkLinks(t, files, nav.hrefs)
			if nav.count["nav"] != 2 {
				t.Errorf("nav.xhtml has %d nav elements, want toc and landmarks", nav.count["nav"])
			}
		})
	}
}

// checkMetadata checks the package metadata of a book of briefs.
func checkMetadata(t *testing.T, p *opf, briefs []*content.Brief, title string, langs []string, publisher string) {
	t.Helper()
	m := p.Metadata
	if p.Version != "3.0" || len(m.Identifiers) != 1 || m.Identifiers[0].ID != p.UniqueID ||
		!strings.HasPrefix(m.Identifiers[0].Value, "urn:uuid:") {
		t.Errorf("version %q, unique-identifier %q, identifiers %+v", p.Version, p.UniqueID, m.Identifiers)
	}
	if len(m.Titles) != 1 || m.Titles[0] != title {
		t.Errorf("titles %q, want %q", m.Titles, title)
	}
	if !slices.Equal(m.Languages, langs) || p.Lang != langs[0] {
		t.Errorf("languages %q, xml:lang %q, want %q", m.Languages, p.Lang, langs)
	}
	if !slices.Contains(m.Publishers, publisher) {
		t.Errorf("publishers %q lack %q", m.Publishers, publisher)
	}
	if !slices.Contains(m.Creators, "Artur Kacprzyk") || len(m.Dates) != 1 || len(m.Descriptions) != 1 {
		t.Errorf("creators %q, dates %q, %d descriptions", m.Creators, m.Dates, len(m.Descriptions))
	}
	if len(briefs) == 1 && (m.Descriptions[0] != briefs[0].Lead || m.Dates[0] != briefs[0].Date.Format("2006-01-02")) {
		t.Errorf("description %q, date %q: want the brief's lead and date", m.Descriptions[0], m.Dates[0])
	}
	if !slices.Equal(m.Sources, []string{"https://pism.pl/publications"}) {
		t.Errorf("sources %q", m.Sources)
	}
	if got := p.metas("dcterms:modified"); len(got) != 1 || !modifiedRE.MatchString(got[0]) || got[0] != "2026-11-27T12:30:45Z" {
		t.Errorf("dcterms:modified %q", got)
	}
	translated := slices.ContainsFunc(briefs, (*content.Brief).IsTranslation)
	if got := slices.Contains(p.metas("role"), "trl"); got != translated {
		t.Errorf("a translator's role: %v, want %v", got, translated)
	}
	for prop, want := range map[string][]string{
		"schema:accessMode":           {"textual"},
		"schema:accessModeSufficient": {"textual"},
		"schema:accessibilityFeature": a11yFeatures,
		"schema:accessibilityHazard":  {"none"},
		"dcterms:conformsTo":          {"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"},
		"schema:accessibilitySummary": {wordsFor(content.Lang(langs[0])).a11ySummary},
		"a11y:certifiedBy":            {"PISM Reader (self-declared)"},
	} {
		if got := p.metas(prop); !slices.Equal(got, want) {
			t.Errorf("%s = %q, want %q", prop, got, want)
		}
	}
}

// checkManifest checks that the manifest lists every file of the book and
// that the spine holds the navigation document and then the briefs, in
// order.
func checkManifest(t *testing.T, p *opf, files map[string][]byte, n int) {
	t.Helper()
	listed := map[string]bool{"mimetype": true, "META-INF/container.xml": true, opfPath: true}
	var nav []string
	for _, it := range p.Items {
		name := path.Join(path.Dir(opfPath), it.Href)
		if files[name] == nil {
			t.Errorf("the manifest lists %s, which the book lacks", name)
		}
		listed[name] = true
		if it.Properties == "nav" {
			nav = append(nav, it.ID)
		}
	}
	for name := range files {
		if !listed[name] {
			t.Errorf("%s is not in the manifest", name)
		}
	}
	var spine []string
	for _, s := range p.Spine {
		spine = append(spine, s.IDRef)
	}
	want := []string{"nav"}
	for i := range n {
		want = append(want, strings.TrimSuffix(chapterName(i), ".xhtml"))
	}
	if !slices.Equal(nav, []string{"nav"}) || !slices.Equal(spine, want) {
		t.Errorf("nav items %q, spine %q, want [nav] and %q", nav, spine, want)
	}
}

// checkLinks checks that each link of the navigation document leads to a
// file of the book and, with a fragment, to an id in it.
func checkLinks(t *testing.T, files map[string][]byte, hrefs []string) {
	t.Helper()
	ids := map[string]map[string]bool{}
	for _, href := range hrefs {
		file, frag, _ := strings.Cut(href, "#")
		name := "EPUB/" + file
		if files[name] == nil {
			t.Errorf("link %s: no such file", href)
			continue
		}
		if ids[name] == nil {
			ids[name] = parseXML(t, name, files[name]).ids
		}
		if frag != "" && !ids[name][frag] {
			t.Errorf("link %s: no such id", href)
		}
	}
}

func TestEPUBHostile(t *testing.T) {
	files := unzipEPUB(t, exportEPUB(t, []*content.Brief{hostile()}, fixed))
	for name, data := range files {
		if r := forbidden(string(data)); r != -1 {
			t.Errorf("%s holds the forbidden character %U", name, r)
		}
		if bytes.Contains(data, []byte("<script")) || bytes.Contains(data, []byte("javascript:")) {
			t.Errorf("%s holds a script or a javascript: link", name)
		}
		if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".opf") || strings.HasSuffix(name, ".xml") {
			parseXML(t, name, data)
		}
	}
	name := "EPUB/" + chapterName(0)
	d := parseXML(t, name, files[name])
	if d.lang != "und" || d.xmlLang != "und" {
		t.Errorf("an unsupported language gives lang %q, xml:lang %q, want und", d.lang, d.xmlLang)
	}
	wantText := []string{clean("Title " + hostileText), "<h1>deep</h1>", "six", "two"}
	if !slices.Equal(d.headings, []int{1, 2, 3, 2}) || !slices.Equal(d.headingText, wantText) {
		t.Errorf("headings %v %q, want [1 2 3 2] %q", d.headings, d.headingText, wantText)
	}
	if d.count["ul"] != 1 || d.count["ol"] != 0 || d.count["li"] != 2 || d.count["blockquote"] != 1 {
		t.Errorf("lists and quotes: %v", d.count)
	}
	var p opf
	if err := xml.Unmarshal(files[opfPath], &p); err != nil {
		t.Fatal(err)
	}
	if want := clean("Title " + hostileText); len(p.Metadata.Titles) != 1 || p.Metadata.Titles[0] != want {
		t.Errorf("title %q, want %q", p.Metadata.Titles, want)
	}
	if len(p.Metadata.Sources) != 0 {
		t.Errorf("a javascript: source became dc:source %q", p.Metadata.Sources)
	}
}

func TestEPUBOptions(t *testing.T) {
	en, pl := brief(t, spotlightEN), brief(t, spotlightPL)
	read := func(t *testing.T, briefs []*content.Brief, opt Options) opf {
		var buf bytes.Buffer
		if err := EPUB(&buf, briefs, opt); err != nil {
			t.Fatal(err)
		}
		var p opf
		if err := xml.Unmarshal(unzipEPUB(t, buf.Bytes())[opfPath], &p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name   string
		briefs []*content.Brief
		opt    Options
		id     string
		title  string
		lang   string
	}{
		{"given ID", []*content.Brief{en}, Options{Modified: fixed.Modified, ID: "isbn:1234"}, "isbn:1234", en.Title, "en"},
		{"one brief ignores title and lang", []*content.Brief{pl}, Options{Modified: fixed.Modified, Title: "X", Lang: "ru"},
			derivedID([]*content.Brief{pl}), pl.Title, "pl"},
		{"default title in the book's language", []*content.Brief{pl, en}, fixed,
			derivedID([]*content.Brief{pl, en}), "Biblioteka PISM Reader", "pl"},
		{"unsupported lang", []*content.Brief{en, pl}, Options{Modified: fixed.Modified, Lang: "de"},
			derivedID([]*content.Brief{en, pl}), "PISM Reader library", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := read(t, tt.briefs, tt.opt)
			if got := p.Metadata.Identifiers[0].Value; got != tt.id {
				t.Errorf("identifier %q, want %q", got, tt.id)
			}
			if p.Metadata.Titles[0] != tt.title || p.Lang != tt.lang {
				t.Errorf("title %q, lang %q, want %q, %q", p.Metadata.Titles[0], p.Lang, tt.title, tt.lang)
			}
		})
	}
	t.Run("zero time is now", func(t *testing.T) {
		var buf bytes.Buffer
		if err := EPUB(&buf, []*content.Brief{en}, Options{}); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		rc, _ := zr.Open(opfPath)
		data, _ := io.ReadAll(rc)
		var p opf
		if err := xml.Unmarshal(data, &p); err != nil {
			t.Fatal(err)
		}
		got := p.metas("dcterms:modified")
		if len(got) != 1 {
			t.Fatalf("dcterms:modified %q", got)
		}
		mod, err := time.Parse(time.RFC3339, got[0])
		if err != nil || !modifiedRE.MatchString(got[0]) || time.Since(mod).Abs() > time.Minute {
			t.Errorf("dcterms:modified %q is not now (%v)", got, err)
		}
	})
}
