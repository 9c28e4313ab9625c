package search

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"

	"pismreader/content"
)

// The index has one document per brief, with these fields:
//
//   - title_LANG, lead_LANG, body_LANG: the text in the brief's language,
//     stemmed, with positions for phrase queries; LANG is en, pl or ru.
//   - title_LANG_exact, lead_LANG_exact, body_LANG_exact: the same text,
//     folded but not stemmed, for prefix and typo-tolerant queries.
//   - meta: authors, tags, series and number, folded, so that plain words
//     find them too.
//   - authors, series, number, tags, lang, year: keywords for filters, and
//     for the facets of lang, series, year and authors.
//   - date: the publication date.
//   - title, text (the lead and the body, one block a line): stored only,
//     for Hit and its fragments; series, number, lang and date are stored
//     too.
const (
	fieldMeta    = "meta"
	fieldAuthors = "authors"
	fieldSeries  = "series"
	fieldNumber  = "number"
	fieldTags    = "tags"
	fieldLang    = "lang"
	fieldYear    = "year"
	fieldDate    = "date"
	fieldTitle   = "title"
	fieldText    = "text"
)

// The parts of a brief's text that have a field per language.
const (
	partTitle = "title"
	partLead  = "lead"
	partBody  = "body"
)

var parts = []string{partTitle, partLead, partBody}

// textField names the field of a part of a brief in lang, stemmed or exact.
func textField(part string, lang content.Lang, exact bool) string {
	if exact {
		return part + "_" + string(lang) + "_exact"
	}
	return part + "_" + string(lang)
}

// analyzerName names the analyzer of lang, stemmed or exact, in Bleve's
// registry.
func analyzerName(lang content.Lang, exact bool) string {
	if exact {
		return "pismreader_" + string(lang) + "_exact"
	}
	return "pismreader_" + string(lang)
}

// foldAnalyzerName names the analyzer of the meta field: words folded, no
// stop words, no stemming.
const foldAnalyzerName = "pismreader_fold"

// langAnalyzer is the Bleve analyzer of a language: stemmed, or exact,
// which gives each word once (see pair).
type langAnalyzer struct {
	lang content.Lang // "" for the meta field
	stem bool
}

// Analyze implements analysis.Analyzer.
func (a langAnalyzer) Analyze(input []byte) analysis.TokenStream {
	text := string(input)
	slab := make([]analysis.Token, 0, len(text)/8+1)
	ts := make(analysis.TokenStream, 0, cap(slab))
	emit := func(t string, pos int, s span) {
		if len(slab) == cap(slab) {
			slab = make([]analysis.Token, 0, 64)
		}
		slab = append(slab, analysis.Token{Start: s.start, End: s.end, Term: []byte(t),
			Position: pos, Type: analysis.AlphaNumeric})
		ts = append(ts, &slab[len(slab)-1])
	}
	if a.lang == "" {
		pos := 0
		words(text, func(s span) {
			pos++
			if f := strings.ReplaceAll(fold(text[s.start:s.end]), "'", ""); f != "" {
				emit(f, pos, s)
			}
		})
		return ts
	}
	if a.stem {
		analyze(a.lang, text, true, emit)
		return ts
	}
	seen := map[string]bool{}
	analyze(a.lang, text, false, func(t string, pos int, s span) {
		if !seen[t] {
			seen[t] = true
			emit(t, pos, s)
		}
	})
	return ts
}

func init() {
	register := func(name string, a langAnalyzer) {
		err := registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return a, nil
		})
		if err != nil {
			panic(fmt.Sprintf("search: register analyzer %s: %v", name, err))
		}
	}
	for _, lang := range content.Langs {
		register(analyzerName(lang, false), langAnalyzer{lang: lang, stem: true})
		register(analyzerName(lang, true), langAnalyzer{lang: lang})
	}
	register(foldAnalyzerName, langAnalyzer{})
}

// newMapping returns the index mapping: a static mapping with the fields
// above, none of them in the _all field.
func newMapping() *mapping.IndexMappingImpl {
	text := func(name, analyzer string, vectors bool) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: analyzer,
			Index: true, IncludeTermVectors: vectors}
	}
	kw := func(name string, store, docValues bool) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: keyword.Name,
			Index: true, Store: store, DocValues: docValues}
	}
	stored := func(name string) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: keyword.Name, Store: true}
	}

	doc := mapping.NewDocumentStaticMapping()
	for _, lang := range content.Langs {
		for _, part := range parts {
			doc.AddFieldMappingsAt(textField(part, lang, false),
				text(textField(part, lang, false), analyzerName(lang, false), true),
				text(textField(part, lang, true), analyzerName(lang, true), false))
		}
	}
	doc.AddFieldMappingsAt(fieldMeta, text(fieldMeta, foldAnalyzerName, false))
	doc.AddFieldMappingsAt(fieldAuthors, kw(fieldAuthors, false, true))
	doc.AddFieldMappingsAt(fieldSeries, kw(fieldSeries, true, true))
	doc.AddFieldMappingsAt(fieldNumber, kw(fieldNumber, true, false))
	doc.AddFieldMappingsAt(fieldTags, kw(fieldTags, false, false))
	doc.AddFieldMappingsAt(fieldLang, kw(fieldLang, true, true))
	doc.AddFieldMappingsAt(fieldYear, kw(fieldYear, false, true))
	doc.AddFieldMappingsAt(fieldDate, kw(fieldDate, true, true))
	doc.AddFieldMappingsAt(fieldTitle, stored(fieldTitle))
	doc.AddFieldMappingsAt(fieldText, stored(fieldText))

	m := mapping.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = foldAnalyzerName
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}

// briefText returns the lead and the body of b, one block a line, as
// stored for fragments.
func briefText(b *content.Brief) string {
	var sb strings.Builder
	sb.WriteString(b.Lead)
	for _, bl := range b.Body {
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		if bl.Kind == content.List {
			sb.WriteString(strings.Join(bl.Items, " · "))
		} else {
			sb.WriteString(bl.Text)
		}
	}
	return sb.String()
}

// bodyText returns the body of b, one block a line.
func bodyText(b *content.Brief) string {
	var sb strings.Builder
	for i, bl := range b.Body {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(bl.Words())
	}
	return sb.String()
}

// briefDocument returns the document of b, with the fields that the
// mapping of newMapping would give it, built directly: each text is read
// once for both its stemmed and its exact field (see pair), which saves a
// third of the time indexing takes. TestDocumentMatchesMapping checks that
// the two agree.
func briefDocument(b *content.Brief) *document.Document {
	lang := b.Lang
	if !lang.Valid() {
		lang = content.English
	}
	doc := document.NewDocument(b.ID)
	for part, text := range map[string]string{partTitle: b.Title, partLead: b.Lead, partBody: bodyText(b)} {
		p := &pair{lang: lang}
		value := []byte(text)
		doc.AddField(document.NewTextFieldCustom(textField(part, lang, false), nil, value,
			index.IndexField|index.IncludeTermVectors, pairHalf{p, false}))
		doc.AddField(document.NewTextFieldCustom(textField(part, lang, true), nil, value,
			index.IndexField, pairHalf{p, true}))
	}
	doc.AddField(document.NewTextFieldCustom(fieldMeta, nil, []byte(metaText(b)), index.IndexField, langAnalyzer{}))
	keyword := func(name string, opts index.FieldIndexingOptions, value string) {
		doc.AddField(document.NewTextFieldCustom(name, nil, []byte(value), opts, nil))
	}
	keywords := func(name string, opts index.FieldIndexingOptions, values []string) {
		for i, v := range values {
			doc.AddField(document.NewTextFieldCustom(name, []uint64{uint64(i)}, []byte(v), opts, nil))
		}
	}
	keywords(fieldAuthors, index.IndexField|index.DocValues, b.Authors)
	keyword(fieldSeries, index.IndexField|index.StoreField|index.DocValues, b.Series)
	keyword(fieldNumber, index.IndexField|index.StoreField, b.Number)
	keywords(fieldTags, index.IndexField, b.Tags)
	keyword(fieldLang, index.IndexField|index.StoreField|index.DocValues, string(lang))
	keyword(fieldYear, index.IndexField|index.DocValues, strconv.Itoa(b.Date.Year()))
	keyword(fieldDate, index.IndexField|index.StoreField|index.DocValues, b.Date.Format(dateLayout))
	keyword(fieldTitle, index.StoreField, b.Title)
	keyword(fieldText, index.StoreField, briefText(b))
	doc.SetIndexed()
	return doc
}

// metaText is the text of the meta field of b.
func metaText(b *content.Brief) string {
	return strings.Join(b.Authors, "\n") + "\n" + strings.Join(b.Tags, "\n") + "\n" + b.Series + "\n" + b.Number
}

// pair analyses a text once for its stemmed and its exact field: the
// first of the two fields to be analysed does it, the other reuses the
// result. The exact field gets each word once, at its first position: it
// serves to find the completions of a prefix and the words a typo away,
// and to match them, where how often a brief has the word counts little;
// leaving out the repeats makes indexing a tenth faster. Bleve analyses the fields of a document one after another in one
// goroutine, so pair needs no lock.
type pair struct {
	lang           content.Lang
	done           bool
	stemmed, exact analysis.TokenStream
}

func (p *pair) analyze(input []byte) {
	p.done = true
	text := string(input)
	n := len(text)/7 + 1
	slab := make([]analysis.Token, 0, 2*n)
	p.stemmed = make(analysis.TokenStream, 0, n)
	p.exact = make(analysis.TokenStream, 0, n/2)
	cache := termCaches.Get().(*termCache)
	defer termCaches.Put(cache)
	seen := cache.seen
	clear(seen)
	pos := 0
	words(text, func(s span) {
		pos++
		t := cache.get(p.lang, text[s.start:s.end])
		if t.exact == "" {
			return
		}
		if len(slab)+2 > cap(slab) {
			slab = make([]analysis.Token, 0, 64)
		}
		slab = append(slab, analysis.Token{Start: s.start, End: s.end, Term: t.stemBytes, Position: pos, Type: analysis.AlphaNumeric})
		p.stemmed = append(p.stemmed, &slab[len(slab)-1])
		if !seen[t.exact] {
			seen[t.exact] = true
			slab = append(slab, analysis.Token{Start: s.start, End: s.end, Term: t.exactBytes, Position: pos, Type: analysis.AlphaNumeric})
			p.exact = append(p.exact, &slab[len(slab)-1])
		}
	})
}

// pairHalf is the analyzer of one of the two fields of a pair.
type pairHalf struct {
	p     *pair
	exact bool
}

// Analyze implements analysis.Analyzer.
func (h pairHalf) Analyze(input []byte) analysis.TokenStream {
	if !h.p.done {
		h.p.analyze(input)
	}
	// Each half is asked once: let go of its tokens once handed over.
	var ts analysis.TokenStream
	if h.exact {
		ts, h.p.exact = h.p.exact, nil
	} else {
		ts, h.p.stemmed = h.p.stemmed, nil
	}
	return ts
}

// dateLayout is how the date field stores a date.
const dateLayout = "2006-01-02"
