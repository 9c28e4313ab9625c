package search

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"

	"pismreader/content"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Zażółć":       "zazolc",
		"GĘŚLĄ":        "gesla",
		"Łódź":         "lodz",
		"Reykjavík":    "reykjavik",
		"Straße":       "strasse",
		"Соединённые":  "соединенные",
		"ЁЛКА":         "елка",
		"Йошкар":       "йошкар",
		"и\u0306од":    "йод", // a decomposed й stays й
		"Russia’s":     "russia's",
		"9M729":        "9m729",
		"soft\u00adly": "softly",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	text := "U.S. ground-launched 9M729 missiles; Russia’s «ракеты» i zbrojeń, o'clock 'quoted'"
	var got []string
	words(text, func(s span) { got = append(got, text[s.start:s.end]) })
	want := []string{"U", "S", "ground", "launched", "9M729", "missiles", "Russia’s", "ракеты", "i", "zbrojeń", "o'clock", "quoted"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words: %q, want %q", got, want)
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		lang      content.Lang
		in        string
		stem, exa string
	}{
		{content.English, "Russia's", "russia", "russia"},
		{content.English, "The", "", ""},
		{content.Polish, "Traktatów", "traktak", "traktatow"},
		{content.Polish, "się", "", ""},
		{content.Russian, "Договорами", "договор", "договорами"},
		{content.Russian, "ещё", "ещ", "еще"},
	} {
		if s, e := normalize(tc.lang, tc.in, true), normalize(tc.lang, tc.in, false); s != tc.stem || e != tc.exa {
			t.Errorf("%s %q: stem %q exact %q, want %q %q", tc.lang, tc.in, s, e, tc.stem, tc.exa)
		}
	}
}

// TestDocumentMatchesMapping checks that the documents built directly by
// briefDocument have the fields, options and terms that the mapping
// would give them.
func TestDocumentMatchesMapping(t *testing.T) {
	lib, err := content.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	m := newMapping()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, b := range lib.All() {
		viaMapping := document.NewDocument(b.ID)
		if err := m.MapDocument(viaMapping, briefDoc(b)); err != nil {
			t.Fatal(err)
		}
		direct := briefDocument(b)
		got, want := fieldSummary(direct), fieldSummary(viaMapping)
		if !reflect.DeepEqual(got, want) {
			for k := range want {
				if !reflect.DeepEqual(got[k], want[k]) {
					t.Errorf("%s: field %s: direct %+v, mapping %+v", b.ID, k, got[k], want[k])
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("%s: field %s only in the direct document", b.ID, k)
				}
			}
		}
	}
}

type fieldInfo struct {
	options index.FieldIndexingOptions
	value   string
	terms   map[string]int
	length  int
}

func fieldSummary(d *document.Document) map[string]fieldInfo {
	out := map[string]fieldInfo{}
	d.VisitFields(func(f index.Field) {
		if f.Name() == "_all" {
			return
		}
		key := f.Name()
		if pos := f.ArrayPositions(); len(pos) > 0 {
			key += "#" + string(rune('0'+pos[0]))
		}
		info := fieldInfo{options: f.Options(), value: string(f.Value())}
		if f.Options().IsIndexed() {
			f.Analyze()
			info.length = f.AnalyzedLength()
			info.terms = map[string]int{}
			for term, tf := range f.AnalyzedTokenFrequencies() {
				info.terms[term] = tf.Frequency()
			}
		}
		out[key] = info
	})
	return out
}

// briefDoc returns b as the nested map that the mapping describes.
func briefDoc(b *content.Brief) map[string]any {
	return map[string]any{
		textField(partTitle, b.Lang, false): b.Title,
		textField(partLead, b.Lang, false):  b.Lead,
		textField(partBody, b.Lang, false):  bodyText(b),
		fieldMeta:                           metaText(b),
		fieldAuthors:                        b.Authors,
		fieldSeries:                         b.Series,
		fieldNumber:                         b.Number,
		fieldTags:                           b.Tags,
		fieldLang:                           string(b.Lang),
		fieldYear:                           b.Date.Format("2006"),
		fieldDate:                           b.Date.Format(dateLayout),
		fieldTitle:                          b.Title,
		fieldText:                           briefText(b),
	}
}
