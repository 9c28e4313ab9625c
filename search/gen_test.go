package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"pismreader/content"
)

// A deterministic generator of synthetic briefs for the benchmarks: in
// English, Polish and Russian, about 800 words each, drawn from a
// vocabulary with a Zipf distribution. The head of the vocabulary is real
// words with their inflected forms (the lemmas of recallTable and a few
// more); the long tail is made-up words built from syllables of the
// language and inflected with its endings, so that the term dictionary is
// as large and varied as in real text.

// genLemma is a word of the generator's vocabulary and its forms.
type genLemma struct{ forms []string }

// genLang is the vocabulary of one language.
type genLang struct {
	lang     content.Lang
	function []string   // function words, mostly stop words
	lemmas   []genLemma // by rank: the first the most frequent
	// ranks holds 1<<16 ranks drawn from a Zipf distribution; a word's
	// lemma is one of them drawn uniformly, so that a brief depends only
	// on its own random source.
	ranks []uint16
}

const genVocabulary = 15000 // lemmas per language

var genFunction = map[content.Lang]string{
	content.English: "the of and to in a that is for on with as by was it from at be this which not or are its also has have their will would",
	content.Polish:  "w i z na do że się nie to o jest od przez oraz a dla po jak przy co ich jego jej który która które był była będzie są także",
	content.Russian: "и в на с по не что к о из для как от это за а его их также был была было были будет который которая которые при",
}

var genExtra = map[content.Lang]string{
	content.English: `treaty treaties|missile missiles|weapon weapons|nuclear|agreement agreements|security|alliance alliances|
		deterrence|warhead warheads|launcher launchers|negotiation negotiations|violation violations|Russia Russia's|
		Poland Poland's|NATO NATO's|Europe Europe's|China China's|strategic|conventional|ballistic|intermediate|military|
		deploy deploys deployed deploying|develop develops developed developing|announce announces announced announcing`,
	content.Polish: `Polska Polski Polsce Polskę Polską|NATO|Europa Europy Europie Europę Europą|Chiny Chin Chinom Chinach|
		broń broni bronią|jądrowy jądrowego jądrowej jądrowym jądrowe jądrowych|międzynarodowy międzynarodowego międzynarodowej międzynarodowe|
		bezpieczeństwo bezpieczeństwa bezpieczeństwu bezpieczeństwem bezpieczeństwie`,
	content.Russian: `Россия России Россию Россией|НАТО|Европа Европы Европе Европу Европой|Китай Китая Китаю Китаем Китае|
		безопасность безопасности безопасностью|международный международного международной международные международных`,
}

var genSyllables = map[content.Lang][]string{
	content.English: strings.Fields("con ver sa pro gram de ter al ic is an re ex port im ple min tra tive com mu ni ca or ga ti ma nu fac dis tri bu en gage ment sta bil for mal in dus par lia"),
	content.Polish:  strings.Fields("prze wo dni sta kra ro zwi ja ko mi szcz cze rzą dow ła pań gra ni ce po li ty ka wy bo ro ste ru ku pił wie śni bra dzia łal no"),
	content.Russian: strings.Fields("про ва ни сто ра ко ле ми до го вер жа ще ры бо ду ст ре на пра ви тель сво бо да ли мо се кра ты ча зна по"),
}

// genEndings are inflection paradigms: a made-up word takes every ending
// of one of them.
var genEndings = map[content.Lang][][]string{
	content.English: {{"", "s", "'s"}, {"", "s", "ed", "ing"}, {"", "al", "ally"}, {"ion", "ions"}},
	content.Polish: {
		{"", "u", "owi", "em", "ie", "y", "ów", "om", "ami", "ach"},
		{"a", "y", "ie", "ę", "ą", "", "om", "ami", "ach"},
		{"y", "ego", "emu", "ym", "a", "ej", "ą", "e", "ych", "ymi"},
		{"ować", "uje", "ują", "ował", "owała", "owali", "owany", "owania"},
	},
	content.Russian: {
		{"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"},
		{"а", "ы", "е", "у", "ой", "", "ам", "ами", "ах"},
		{"ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ые", "ых"},
		{"ать", "ает", "ают", "ал", "ала", "али", "ание", "ания"},
	},
}

// newGenLang builds the vocabulary of lang; the same seed gives the same
// vocabulary.
func newGenLang(lang content.Lang, seed uint64) *genLang {
	r := rand.New(rand.NewPCG(seed, uint64(len(lang))))
	g := &genLang{lang: lang, function: strings.Fields(genFunction[lang])}
	seen := map[string]bool{}
	add := func(forms []string) {
		if len(forms) > 0 && !seen[forms[0]] {
			seen[forms[0]] = true
			g.lemmas = append(g.lemmas, genLemma{forms: forms})
		}
	}
	var real [][]string
	for _, row := range recallTable[lang] {
		real = append(real, append([]string{row.lemma}, strings.Fields(row.forms)...))
	}
	for _, f := range strings.Split(genExtra[lang], "|") {
		real = append(real, strings.Fields(f))
	}
	r.Shuffle(len(real), func(i, j int) { real[i], real[j] = real[j], real[i] })
	syl, ends := genSyllables[lang], genEndings[lang]
	for len(g.lemmas) < genVocabulary {
		// Real words are spread over the first few hundred ranks.
		if len(real) > 0 && r.IntN(4) == 0 {
			add(real[0])
			real = real[1:]
			continue
		}
		var stem strings.Builder
		for range 2 + r.IntN(3) {
			stem.WriteString(syl[r.IntN(len(syl))])
		}
		paradigm := ends[r.IntN(len(ends))]
		forms := make([]string, len(paradigm))
		for i, e := range paradigm {
			forms[i] = stem.String() + e
		}
		add(forms)
	}
	zipf := rand.NewZipf(r, 1.05, 2, uint64(len(g.lemmas)-1))
	g.ranks = make([]uint16, 1<<16)
	for i := range g.ranks {
		g.ranks[i] = uint16(zipf.Uint64())
	}
	return g
}

// word draws a word: a function word or a form of a lemma.
func (g *genLang) word(r *rand.Rand) string {
	if r.IntN(10) < 4 {
		return g.function[r.IntN(len(g.function))]
	}
	l := g.lemmas[g.ranks[r.IntN(len(g.ranks))]]
	return l.forms[r.IntN(len(l.forms))]
}

// genTables builds the vocabulary of every language.
func genTables(seed uint64) map[content.Lang]*genLang {
	langs := map[content.Lang]*genLang{}
	for _, lang := range content.Langs {
		langs[lang] = newGenLang(lang, seed)
	}
	return langs
}

// sentence writes a sentence of n words.
func (g *genLang) sentence(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		w := g.word(r)
		if i == 0 {
			rr, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(rr)) + w[size:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i < n-1 && r.IntN(12) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

// genBriefs returns n synthetic briefs, a third in each language.
func genBriefs(n int, seed uint64) []*content.Brief {
	langs := genTables(seed)
	names := strings.Fields("Kowalski Nowak Wiśniewska Petrov Ivanova Smith Jones Kacprzyk Zieliński Sokolov Brown Taylor Lewandowska Kuznetsov Wilson")
	first := strings.Fields("Anna Piotr Marta Ivan Olga John Mary Artur Jan Elena Tom Kate")
	out := make([]*content.Brief, n)
	for i := range n {
		r := rand.New(rand.NewPCG(seed, uint64(i)+1))
		lang := content.Langs[i%len(content.Langs)]
		g := langs[lang]
		b := &content.Brief{
			ID:     fmt.Sprintf("gen-%06d-%s", i, lang),
			Series: content.KnownSeries[r.IntN(len(content.KnownSeries)-1)],
			Lang:   lang,
			Date:   time.Date(2008+r.IntN(18), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC),
			Tags:   []string{g.word(r), g.word(r), g.word(r)},
		}
		b.Number = fmt.Sprintf("%d/%d", 1+r.IntN(150), b.Date.Year())
		for range 1 + r.IntN(2) {
			b.Authors = append(b.Authors, first[r.IntN(len(first))]+" "+names[r.IntN(len(names))])
		}
		b.Title = strings.TrimSuffix(g.sentence(r, 5+r.IntN(6)), ".")
		b.Lead = g.sentence(r, 20+r.IntN(10)) + " " + g.sentence(r, 12+r.IntN(10))
		words := 0
		for words < 740 {
			if r.IntN(4) == 0 {
				h := 3 + r.IntN(4)
				b.Body = append(b.Body, content.Block{Kind: content.Heading, Level: 2,
					Text: strings.TrimSuffix(g.sentence(r, h), ".")})
				words += h
			}
			var p []string
			for range 3 + r.IntN(4) {
				n := 8 + r.IntN(14)
				p = append(p, g.sentence(r, n))
				words += n
			}
			b.Body = append(b.Body, content.Block{Kind: content.Paragraph, Text: strings.Join(p, " ")})
		}
		out[i] = b
	}
	return out
}

// genLibrary returns a library of n synthetic briefs.
func genLibrary(n int) *content.Library {
	lib, err := content.NewLibrary(genBriefs(n, 42))
	if err != nil {
		panic(err)
	}
	return lib
}
