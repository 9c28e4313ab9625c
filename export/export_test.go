package export

import (
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

// fixed are the options of reproducible exports.
var fixed = Options{Modified: time.Date(2026, 11, 27, 12, 30, 45, 0, time.UTC)}

// bundled returns the bundled library.
func bundled(t testing.TB) *content.Library {
	t.Helper()
	lib, err := content.Bundled()
	if err != nil {
		t.Fatalf("load the bundled library: %v", err)
	}
	return lib
}

// brief returns the bundled brief with the given ID.
func brief(t testing.TB, id string) *content.Brief {
	t.Helper()
	b, ok := bundled(t).ByID(id)
	if !ok {
		t.Fatalf("no bundled brief %q", id)
	}
	return b
}

// The IDs of the Spotlight in its three languages.
const (
	spotlightEN = "pism-spotlight-74-2018"
	spotlightPL = "pism-spotlight-74-2018-pl"
	spotlightRU = "pism-spotlight-74-2018-ru"
)

// hostileText holds markup, a CDATA end, and characters that XML forbids.
const hostileText = "<script>alert(1)</script> & ]]> <![CDATA[ x \x00\x01\x0b\x1b\x7f\u0085\ufffe\uffff\xff end"

// hostile returns a brief whose every field tries to break the markup.
func hostile() *content.Brief {
	return &content.Brief{
		ID:            "hostile",
		Series:        "Other <series> & \"co\"",
		Number:        "1/2026]]>",
		Title:         "Title " + hostileText,
		Authors:       []string{"Eve <eve@example.com>", "Mallory & 'Co'"},
		Date:          time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC),
		Lang:          content.Lang(`en" onload="x`),
		TranslationOf: "original",
		Translation:   "Label " + hostileText,
		Translator:    "Trudy </p>",
		Source:        "javascript:alert(1)",
		Tags:          []string{"<b>tag</b>", ""},
		Lead:          "Lead " + hostileText,
		Body: []content.Block{
			{Kind: content.Heading, Level: 3, Text: "<h1>deep</h1>"},
			{Kind: content.Heading, Level: 1, Text: "\x07 \x08"}, // no text left: dropped
			{Kind: content.Paragraph, Text: "Para " + hostileText},
			{Kind: content.List, Items: []string{"<li>", "", "\x00", "item & more"}},
			{Kind: content.List, Ordered: true, Items: []string{"\x01"}}, // empty: dropped
			{Kind: content.Quote, Text: "Quote '\"' " + hostileText},
			{Kind: content.Heading, Level: 6, Text: "six"},
			{Kind: content.Heading, Level: 2, Text: "two"},
		},
	}
}

// forbidden reports the first character in s that clean should have
// dropped, or -1.
func forbidden(s string) rune {
	for _, r := range s {
		if r != '\n' && !allowedRune(r) {
			return r
		}
	}
	if strings.ContainsRune(s, '\ufffd') {
		return '\ufffd' // invalid UTF-8 decodes as U+FFFD
	}
	return -1
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "U.S. to Withdraw", "U.S. to Withdraw"},
		{"spaces", "  a\t\tb\r\n c  ", "a b c"},
		{"controls", "a\x00b\x01c\x1bd\x7fe\u0085f", "abcdef"},
		{"noncharacters", "a\ufffeb\uffffc\ufdd0d\U0001fffee", "abcde"},
		{"invalid UTF-8", "a\xffb\xc3", "ab"},
		{"kept", "ż ё € \u2028 😀", "ż ё € \u2028 😀"},
		{"only controls", "\x00\x01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEsc(t *testing.T) {
	got := esc(`<a href="x">'&'</a> ]]>` + "\x00")
	want := "&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt; ]]&gt;"
	if got != want {
		t.Errorf("esc = %q, want %q", got, want)
	}
}

func TestHeadingDepths(t *testing.T) {
	tests := []struct {
		name   string
		levels []int
		want   []int
	}{
		{"flat h2", []int{2, 2, 2}, []int{1, 1, 1}},
		{"starts deep", []int{3, 4, 3}, []int{1, 2, 1}},
		{"skips a level", []int{1, 3, 5, 2}, []int{1, 2, 3, 2}},
		{"goes back up past the first", []int{3, 1, 2}, []int{1, 1, 2}},
		{"six deep", []int{1, 2, 3, 4, 5, 6}, []int{1, 2, 3, 4, 5, 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &content.Brief{}
			for _, l := range tt.levels {
				b.Body = append(b.Body, content.Block{Kind: content.Heading, Level: l, Text: "h"},
					content.Block{Kind: content.Paragraph, Text: "p"})
			}
			hs := headings(b, "")
			var got []int
			for _, h := range hs {
				got = append(got, h.depth)
			}
			if !equalInts(got, tt.want) {
				t.Errorf("depths of levels %v = %v, want %v", tt.levels, got, tt.want)
			}
		})
	}
}

func TestHeadingLevelsCapped(t *testing.T) {
	tests := []struct{ top, depth, want int }{
		{1, 1, 2}, {1, 5, 6}, {2, 1, 3}, {2, 4, 6}, {2, 5, 6},
	}
	for _, tt := range tests {
		if got := (layout{top: tt.top}).level(tt.depth); got != tt.want {
			t.Errorf("level(top %d, depth %d) = %d, want %d", tt.top, tt.depth, got, tt.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDerivedID(t *testing.T) {
	lib := bundled(t)
	en, pl := brief(t, spotlightEN), brief(t, spotlightPL)
	one := derivedID([]*content.Brief{en})
	if again := derivedID([]*content.Brief{en}); again != one {
		t.Errorf("derivedID is not stable: %s, then %s", one, again)
	}
	others := []string{
		derivedID([]*content.Brief{pl}),
		derivedID([]*content.Brief{en, pl}),
		derivedID([]*content.Brief{pl, en}),
		derivedID(lib.All()),
	}
	for _, o := range others {
		if o == one {
			t.Errorf("two selections share the identifier %s", o)
		}
	}
	// A version 5 UUID with the RFC 9562 variant.
	if len(one) != len("urn:uuid:")+36 || one[len("urn:uuid:")+14] != '5' || !strings.ContainsRune("89ab", rune(one[len("urn:uuid:")+19])) {
		t.Errorf("derivedID = %s, want a version 5 urn:uuid", one)
	}
}

func TestNoBriefs(t *testing.T) {
	tests := []struct {
		name   string
		briefs []*content.Brief
	}{
		{"none", nil},
		{"nil brief", []*content.Brief{nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sb strings.Builder
			if err := EPUB(&sb, tt.briefs, fixed); err == nil {
				t.Error("EPUB: no error")
			}
			if err := HTML(&sb, tt.briefs, fixed); err == nil {
				t.Error("HTML: no error")
			}
		})
	}
}
