package speech

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func sentenceTexts(lang, text string) []string {
	var out []string
	for _, s := range Sentences(lang, text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"en treaty", "en",
			"The treaty was signed in 1987 by the U.S. and USSR. It prohibits the parties from possessing ground-launched missiles with ranges between 500 and 5,500km.",
			[]string{"The treaty was signed in 1987 by the U.S. and USSR.", "It prohibits the parties from possessing ground-launched missiles with ranges between 500 and 5,500km."}},
		{"en USSR dotted", "en", "The U.S.S.R. collapsed in 1991. Russia took its seat.",
			[]string{"The U.S.S.R. collapsed in 1991.", "Russia took its seat."}},
		{"en U.S. before name", "en", "The U.S. President met Mr. Duda. They spoke.",
			[]string{"The U.S. President met Mr. Duda.", "They spoke."}},
		{"en U.S. at end", "en", "Both were signed by the U.S. It was 1987.",
			[]string{"Both were signed by the U.S.", "It was 1987."}},
		{"en numbers", "en", "See PISM Bulletin no. 74/2018 on the costs. Growth was 2.5 percent.",
			[]string{"See PISM Bulletin no. 74/2018 on the costs.", "Growth was 2.5 percent."}},
		{"en e.g. i.e.", "en", "Some states, e.g. Poland, i.e. a NATO member, agree. Others do not.",
			[]string{"Some states, e.g. Poland, i.e. a NATO member, agree.", "Others do not."}},
		{"en titles", "en", "Dr. Smith and Mr. Jones met Prof. Nowak vs. Ms. Lee etc. at noon. Then they left.",
			[]string{"Dr. Smith and Mr. Jones met Prof. Nowak vs. Ms. Lee etc. at noon.", "Then they left."}},
		{"en initials", "en", "The report by A. Kacprzyk and J. R. Smith is out. Read it.",
			[]string{"The report by A. Kacprzyk and J. R. Smith is out.", "Read it."}},
		{"en question exclamation quotes", "en", `Will it hold? "No!" he said. (It did.) The end…`,
			[]string{"Will it hold?", `"No!" he said.`, "(It did.)", "The end…"}},
		{"en quote after period", "en", `He said "stop." Nobody did.`,
			[]string{`He said "stop."`, "Nobody did."}},
		{"en lower case after period", "en", "Wait. and then more.", []string{"Wait. and then more."}},
		{"en abbreviation ends paragraph", "en", "They bought apples, pears, etc.\nThen they left etc.",
			[]string{"They bought apples, pears, etc.", "Then they left etc."}},
		{"en newlines", "en", "Heading\n\nFirst line\r\nsecond line", []string{"Heading", "First line", "second line"}},
		{"en ellipsis", "en", "He waited... Nothing came.", []string{"He waited...", "Nothing came."}},
		{"empty", "en", "  \n\t ", nil},
		{"unknown language uses English", "de", "Mr. X came. He left.", []string{"Mr. X came.", "He left."}},

		{"pl treaty", "pl",
			"Traktat INF podpisały w 1987 r. USA i ZSRR. Zakazuje on posiadania pocisków o zasięgu od 500 do 5500 km.",
			[]string{"Traktat INF podpisały w 1987 r. USA i ZSRR.", "Zakazuje on posiadania pocisków o zasięgu od 500 do 5500 km."}},
		{"pl r. mid-sentence", "pl", "Traktat, który w 1987 r. podpisano w Waszyngtonie, obowiązywał do 2019 r. Potem wygasł.",
			[]string{"Traktat, który w 1987 r. podpisano w Waszyngtonie, obowiązywał do 2019 r.", "Potem wygasł."}},
		{"pl r. at start", "pl", "W 2014 r. Rosja zaanektowała Krym.", []string{"W 2014 r. Rosja zaanektowała Krym."}},
		{"pl abbreviations", "pl",
			"Państwa, m.in. Polska, tj. członek NATO, np. Litwa itd., zgadzają się. Spotkanie ok. godz. 12 prowadził prof. Nowak.",
			[]string{"Państwa, m.in. Polska, tj. członek NATO, np. Litwa itd., zgadzają się.", "Spotkanie ok. godz. 12 prowadził prof. Nowak."}},
		{"pl nr and tzw.", "pl", "Zob. Biuletyn PISM nr 74/2018 o tzw. Nowej Strategii. To ważne.",
			[]string{"Zob. Biuletyn PISM nr 74/2018 o tzw. Nowej Strategii.", "To ważne."}},
		{"pl itd. before capital ends", "pl", "Kupili jabłka, gruszki itd. Potem wyszli.",
			[]string{"Kupili jabłka, gruszki itd.", "Potem wyszli."}},
		{"pl quotes", "pl", "Nazwał to „porażką”. Nikt nie protestował.",
			[]string{"Nazwał to „porażką”.", "Nikt nie protestował."}},

		{"ru treaty", "ru",
			"Договор был подписан в 1987 г. США и СССР. Он запрещает ракеты с дальностью от 500 до 5500 км.",
			[]string{"Договор был подписан в 1987 г. США и СССР.", "Он запрещает ракеты с дальностью от 500 до 5500 км."}},
		{"ru year mid-sentence", "ru", "в 1987 г. был подписан договор. Он действовал до 2019 г.",
			[]string{"в 1987 г. был подписан договор.", "Он действовал до 2019 г."}},
		{"ru abbreviations", "ru",
			"Страны, т.е. члены НАТО, т. е. союзники, и т.д. и т.п., согласны. Это 5 млн человек и 300 км.",
			[]string{"Страны, т.е. члены НАТО, т. е. союзники, и т.д. и т.п., согласны.", "Это 5 млн человек и 300 км."}},
		{"ru years and names", "ru", "В 1991–1992 гг. им. Ленина назвали завод. См. Приложение. В. В. Путин выступил.",
			[]string{"В 1991–1992 гг. им. Ленина назвали завод.", "См. Приложение.", "В. В. Путин выступил."}},
		{"ru др.", "ru", "Пришли Иванов, Петров и др. Затем началось заседание.",
			[]string{"Пришли Иванов, Петров и др.", "Затем началось заседание."}},
		{"ru city", "ru", "Встреча прошла в г. Москве. Все пришли.", []string{"Встреча прошла в г. Москве.", "Все пришли."}},
		{"ru quotes", "ru", "Он сказал: «Нет». «Почему?» — спросили его.",
			[]string{"Он сказал: «Нет».", "«Почему?» — спросили его."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.lang, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkSpans(t, tt.text, Sentences(tt.lang, tt.text))
		})
	}
}

// checkSpans verifies the invariants every segmentation must keep.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	covered := make([]bool, len(text))
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %v out of order or bounds (prev end %d, len %d) in %q", s, prev, len(text), text)
		}
		if !boundary(text, s.Start) || !boundary(text, s.End) {
			t.Fatalf("span %v not on rune boundaries in %q", s, text)
		}
		body := text[s.Start:s.End]
		if strings.TrimFunc(body, unicode.IsSpace) != body {
			t.Fatalf("span %v = %q not trimmed", s, body)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		prev = s.End
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("rune %q at %d not in any span of %q: %v", r, i, text, spans)
		}
		i += n
	}
}

// boundary says whether i starts a rune as range-over-string decodes them.
func boundary(text string, i int) bool {
	if i == len(text) {
		return true
	}
	for j := range text {
		if j == i {
			return true
		}
		if j > i {
			break
		}
	}
	return false
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"The treaty was signed in 1987 by the U.S. and USSR. It prohibits missiles.",
		"W 1987 r. podpisano traktat, m.in. o tzw. pociskach. To ważne.",
		"в 1987 г. был подписан договор, т. е. соглашение. См. Приложение.",
		"A. B. C.\n\nD… «E». \"F?\" (G!)",
		"\xff. \xfe A\u2028B. \u00a0C",
	} {
		f.Add("en", s)
		f.Add("pl", s)
		f.Add("ru", s)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		checkSpans(t, text, Sentences(lang, text))
	})
}

// BenchmarkSentencesSpotlight splits the whole Spotlight into sentences,
// as reading aloud does when it starts. Target: under 1 ms, so that
// pressing Ctrl+R starts the voice at once.
func BenchmarkSentencesSpotlight(b *testing.B) {
	data, err := os.ReadFile("../content/library/pism-spotlight-74-2018.en.md")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences("en", text)
	}
}
