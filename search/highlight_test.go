package search

import (
	"reflect"
	"strings"
	"testing"

	"pismreader/content"
)

// spans returns the byte ranges of the given substrings of text, each
// looked up after the previous one.
func spans(text string, subs ...string) [][2]int {
	var out [][2]int
	from := 0
	for _, s := range subs {
		i := strings.Index(text[from:], s)
		if i < 0 {
			panic("no " + s)
		}
		out = append(out, [2]int{from + i, from + i + len(s)})
		from += i + len(s)
	}
	return out
}

func TestHighlighterFind(t *testing.T) {
	for _, tc := range []struct {
		query     string
		lang      content.Lang
		asYouType bool
		text      string
		want      []string // the matching substrings, in order
	}{
		{"traktaty", content.Polish, false,
			"Zażółć gęślą jaźń: Traktat INF, traktatu, o traktacie, wśród traktatów; trakt nie.",
			[]string{"Traktat", "traktatu", "traktacie", "traktatów"}},
		{"zbrojen", content.Polish, false, "Wyścig zbrojeń i ZBROJEŃ, kontrola zbrojenia.",
			[]string{"zbrojeń", "ZBROJEŃ", "zbrojenia"}},
		{"ŁÓDŹ", content.Polish, false, "W Łodzi? Nie: Łódź i lodz.", []string{"Łodzi", "Łódź", "lodz"}},
		{"ракеты", content.Russian, false, "Крылатые ракеты, ракета, ракетой; «ракетный» нет.",
			[]string{"ракеты", "ракета", "ракетой"}},
		{"объем", content.Russian, false, "Объём и объёма.", []string{"Объём", "объёма"}},
		{"missiles", content.English, false, "A missile's range; the missiles, MISSILES.",
			[]string{"missile's", "missiles", "MISSILES"}},
		{"withdrew", content.English, false, "It will withdraw and has withdrawn.",
			[]string{"withdraw", "withdrawn"}},
		{"zbro", content.Polish, true, "Wyścig zbrojeń, zbroja.", []string{"zbrojeń", "zbroja"}},
		{"zbro ", content.Polish, true, "Wyścig zbrojeń, zbroja.", nil},
		{"zb", content.Polish, true, "Wyścig zbrojeń.", nil},
		{"misiles", content.English, false, "The missiles and misiles.", []string{"missiles", "misiles"}},
		{"msisiles", content.English, false, "The missiles.", []string{"missiles"}},
		{"9M729", content.Russian, false, "Ракета 9М729 (9M729) — 9m729.", []string{"9M729", "9m729"}},
		{`"kontroli zbrojeń"`, content.Polish, false, "o kontroli zbrojeń i kontroli, zbrojeń; kontroli i zbrojeń",
			[]string{"kontroli zbrojeń", "kontroli, zbrojeń"}},
		{`"withdraw from the INF"`, content.English, false, "to withdraw from the INF Treaty; withdraw from INF",
			[]string{"withdraw from the INF"}},
		{"missiles -range", content.English, false, "missiles range", []string{"missiles"}},
		{"the", content.English, false, "the treaty", nil},
	} {
		h := NewHighlighter(tc.query, tc.lang, tc.asYouType)
		got := h.Find(tc.text)
		want := spans(tc.text, tc.want...)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			var gs []string
			for _, r := range got {
				gs = append(gs, tc.text[r[0]:r[1]])
			}
			t.Errorf("%q in %q: %v %q, want %v %q", tc.query, tc.text, got, gs, want, tc.want)
		}
	}
}

func TestFragmentsBundled(t *testing.T) {
	ix, _ := openBundled(t)
	for _, tc := range []struct {
		query, id, first string
	}{
		{"traktaty", "pism-spotlight-74-2018-pl",
			"…prezydent Donald Trump ogłosił, że USA wycofają się z <mark>Traktatu</mark> o całkowitej likwidacji " +
				"pocisków rakietowych pośredniego zasięgu (INF). Decyzja jest odpowiedzią na naruszanie " +
				"<mark>traktatu</mark> INF przez Rosję…"},
		{"ракеты", "pism-spotlight-74-2018-ru",
			"…Трамп объявил, что США выйдут из Договора о ликвидации <mark>ракет</mark> средней и меньшей " +
				"дальности (ДРСМД). Этот шаг стал ответом на нарушение ДРСМД Россией, а также на масштабную " +
				"разработку запрещенных…"},
		{`"kontroli zbrojeń"`, "inf-positions-nato-poland-pl",
			"…w Europie i podkreślała znaczenie dialogu z Rosją oraz <mark>kontroli zbrojeń</mark>. · Spotlight " +
				"wskazuje, że brak silniejszego poparcia ze strony europejskich sojuszników ograniczał " +
				"wiarygodność amerykańskiej…"},
	} {
		res := search(t, ix, Request{Query: tc.query, Highlight: true, Limit: 30})
		found := false
		for _, h := range res.Hits {
			if h.ID != tc.id {
				continue
			}
			found = true
			if len(h.Fragments) == 0 || h.Fragments[0] != tc.first {
				t.Errorf("%q: %s: fragments %q, want first %q", tc.query, tc.id, h.Fragments, tc.first)
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.query, tc.id)
		}
	}
}

func TestHitFields(t *testing.T) {
	ix, lib := openBundled(t)
	if res := search(t, ix, Request{Query: "Kacprzyk"}); res.Facets != nil {
		t.Errorf("facets not asked for: %v", res.Facets)
	}
	res := search(t, ix, Request{Query: "Kacprzyk", Langs: []content.Lang{content.Polish}, Facets: true})
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v", ids(res))
	}
	h := res.Hits[0]
	b, _ := lib.ByID(h.ID)
	if h.Title != b.Title || h.Lang != b.Lang || h.Series != b.Series || h.Number != b.Number || !h.Date.Equal(b.Date) {
		t.Errorf("hit %+v does not describe %s", h, b.ID)
	}
	if h.Fragments != nil {
		t.Errorf("fragments without Highlight: %q", h.Fragments)
	}
	for _, name := range []string{"lang", "series", "year", "author"} {
		if len(res.Facets[name]) == 0 {
			t.Errorf("no facet %s", name)
		}
	}
	if f := res.Facets["author"]; len(f) != 1 || f[0] != (Facet{"Artur Kacprzyk", 1}) {
		t.Errorf("author facet %v", f)
	}
}

func TestParseFragment(t *testing.T) {
	for _, tc := range []struct {
		text  string
		marks [][2]int
	}{
		{"plain <b> & text", nil},
		{"zbrojeń i <mark> literal </mark>, &lt; &amp; &", [][2]int{{0, 9}}},
		{"ракет и ракеты", [][2]int{{0, 10}, {14, 26}}},
	} {
		var b strings.Builder
		pos := 0
		for _, m := range tc.marks {
			writeEscaped(&b, tc.text[pos:m[0]])
			b.WriteString(MarkStart)
			writeEscaped(&b, tc.text[m[0]:m[1]])
			b.WriteString(MarkEnd)
			pos = m[1]
		}
		writeEscaped(&b, tc.text[pos:])
		text, marks := ParseFragment(b.String())
		if text != tc.text || !reflect.DeepEqual(marks, tc.marks) {
			t.Errorf("ParseFragment(%q) = %q %v, want %q %v", b.String(), text, marks, tc.text, tc.marks)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"missiles", "misiles", true}, {"missiles", "missiles", false}, {"missiles", "missilez", true},
		{"missiles", "msisiles", true}, {"missiles", "missilesx", true}, {"missiles", "mssles", false},
		{"zbrojeń", "zbrojen", true}, {"ракета", "ракеты", true}, {"ракета", "ркаеты", false},
	} {
		if got := oneEditApart(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEditApart(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}
