package export

import (
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

func TestCitation(t *testing.T) {
	lib := bundled(t)
	get := func(id string) *content.Brief {
		b, ok := lib.ByID(id)
		if !ok {
			t.Fatalf("no bundled brief %q", id)
		}
		return b
	}
	date := time.Date(2019, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		b    *content.Brief
		want string
	}{
		{"spotlight en", get(spotlightEN),
			"Kacprzyk, A. (2018). U.S. to Withdraw from the INF Treaty. PISM Spotlight, no. 74/2018. Polish Institute of International Affairs, 23 October 2018. https://pism.pl/publications"},
		{"spotlight pl", get(spotlightPL),
			"Kacprzyk A., USA wycofają się z traktatu INF [Tłumaczenie nieoficjalne redakcji PISM Reader, nieopublikowane ani niezweryfikowane przez PISM lub autora; tłum. Redakcja PISM Reader], PISM Spotlight nr 74/2018, Polski Instytut Spraw Międzynarodowych, 23 października 2018, https://pism.pl/publications"},
		{"spotlight ru", get(spotlightRU),
			"Kacprzyk A., США выйдут из ДРСМД [Неофициальный перевод редакции PISM Reader, не опубликованный и не проверенный PISM или автором; пер. Редакция PISM Reader], PISM Spotlight № 74/2018, Польский институт международных дел, 23 октября 2018 г., https://pism.pl/publications"},
		{"companion note", get("inf-glossary"),
			"PISM Reader editors (2026). Glossary of the INF debate. Companion notes. PISM Reader editors, 27 November 2026."},
		{"companion note pl", get("inf-glossary-pl"),
			"Redakcja PISM Reader, Słownik debaty o traktacie INF [Wersja polska redakcji PISM Reader; tłum. Redakcja PISM Reader], Notatki towarzyszące, Redakcja PISM Reader, 27 listopada 2026."},
		{"companion note ru", get("inf-timeline-ru"),
			"Редакция PISM Reader, ДРСМД в 1987–2019 гг.: хронология [Русская версия редакции PISM Reader; пер. Редакция PISM Reader], Сопроводительные заметки, Редакция PISM Reader, 27 ноября 2026 г."},
		{"english translation", &content.Brief{Series: content.SeriesBulletin, Number: "12 (1258)", Title: "Poland's Policy",
			Authors: []string{"Jan Kowalski"}, Date: date, Lang: content.English, TranslationOf: "x",
			Translation: "Unofficial translation", Translator: "Anna Nowak", Source: "https://pism.pl/x"},
			"Kowalski, J. (2019). Poland's Policy [Unofficial translation; translated by Anna Nowak]. PISM Bulletin, no. 12 (1258). Polish Institute of International Affairs, 1 February 2019. https://pism.pl/x"},
		{"several authors en", &content.Brief{Series: content.SeriesPolicy, Number: "3/2019", Title: "Why Arms Control?",
			Authors: []string{"Artur Kacprzyk", "Jean-Luc Picard", "Ludwig van Beethoven", "Smith, John Ronald"}, Date: date, Lang: content.English},
			"Kacprzyk, A., Picard, J.-L., van Beethoven, L., and Smith, J. R. (2019). Why Arms Control? PISM Policy Paper, no. 3/2019. Polish Institute of International Affairs, 1 February 2019."},
		{"two authors pl", &content.Brief{Series: content.SeriesReport, Title: "Raport", Authors: []string{"Artur Kacprzyk", "Łukasz Kulesa"},
			Date: date, Lang: content.Polish},
			"Kacprzyk A. i Kulesa Ł., Raport, Raport PISM, Polski Instytut Spraw Międzynarodowych, 1 lutego 2019."},
		{"three authors ru", &content.Brief{Series: content.SeriesStrategic, Number: "5", Title: "Доклад",
			Authors: []string{"Артур Качпшик", "Anna Maria Dyner", "NATO"}, Date: date, Lang: content.Russian},
			"Качпшик А., Dyner A. M. и NATO, Доклад, PISM Strategic File № 5, Польский институт международных дел, 1 февраля 2019 г."},
		{"no number", &content.Brief{Series: content.SeriesSpotlight, Title: "A Spotlight", Authors: []string{"Artur Kacprzyk"},
			Date: date, Lang: content.English, Source: "https://pism.pl/a"},
			"Kacprzyk, A. (2019). A Spotlight. PISM Spotlight. Polish Institute of International Affairs, 1 February 2019. https://pism.pl/a"},
		{"no source", &content.Brief{Series: content.SeriesSpotlight, Number: "1/2019", Title: "A Spotlight", Authors: []string{"Artur Kacprzyk"},
			Date: date, Lang: content.Polish},
			"Kacprzyk A., A Spotlight, PISM Spotlight nr 1/2019, Polski Instytut Spraw Międzynarodowych, 1 lutego 2019."},
		{"other publication", &content.Brief{Series: content.SeriesOther, Number: "7", Title: "Commentary", Authors: []string{"Anna Nowak"},
			Date: date, Lang: content.English, Source: "https://www.osw.waw.pl/en/publikacje"},
			"Nowak, A. (2019). Commentary. no. 7. osw.waw.pl, 1 February 2019. https://www.osw.waw.pl/en/publikacje"},
		{"other publication without source", &content.Brief{Series: content.SeriesOther, Title: "Notes", Authors: []string{"Anna Nowak"},
			Lang: content.Russian},
			"Nowak A., Notes."},
		{"no authors, no date", &content.Brief{Series: content.SeriesSpotlight, Title: "Untitled", Lang: content.English},
			"Untitled. (n.d.). PISM Spotlight. Polish Institute of International Affairs."},
		{"hostile", &content.Brief{Series: "Bad\x00 series", Title: "T\x01itle\n", Authors: []string{"Eve\x07 Evil"},
			Lang: "xx", Source: "javascript:alert(1)"},
			"Evil, E. (n.d.). Title. Bad series."},
		{"nil", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Citation(tt.b); got != tt.want {
				t.Errorf("Citation =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestCitationCompanionNotByPISM checks every companion note of the
// library: the app's editors wrote and published them, not PISM.
func TestCitationCompanionNotByPISM(t *testing.T) {
	lib := bundled(t)
	n := 0
	for _, b := range lib.All() {
		if b.Series != content.SeriesCompanion {
			continue
		}
		n++
		c := Citation(b)
		for _, l := range content.Langs {
			if strings.Contains(c, wordsFor(l).pism) {
				t.Errorf("%s: the citation names PISM as publisher: %s", b.ID, c)
			}
		}
		if !strings.Contains(c, wordsFor(b.Lang).editors) {
			t.Errorf("%s: the citation does not name the editors: %s", b.ID, c)
		}
	}
	if n == 0 {
		t.Fatal("no companion notes in the library")
	}
}

func TestCiteName(t *testing.T) {
	tests := []struct {
		name string
		lang content.Lang
		want string
	}{
		{"Artur Kacprzyk", content.English, "Kacprzyk, A."},
		{"Artur Kacprzyk", content.Polish, "Kacprzyk A."},
		{"Kacprzyk, Artur", content.Russian, "Kacprzyk A."},
		{"J. R. R. Tolkien", content.English, "Tolkien, J. R. R."},
		{"Anne-Marie Slaughter", content.Polish, "Slaughter A.-M."},
		{"Charles de Gaulle", content.English, "de Gaulle, C."},
		{"Сергей Лавров", content.Russian, "Лавров С."},
		{"PISM Reader editors", content.English, "PISM Reader editors"},
		{"Redakcja PISM Reader", content.Polish, "Redakcja PISM Reader"},
		{"Редакция PISM Reader", content.Russian, "Редакция PISM Reader"},
		{"Ministry of Foreign Affairs, Poland", content.English, "Ministry of Foreign Affairs, Poland"},
		{"Madonna", content.English, "Madonna"},
		{"G7 Leaders", content.English, "G7 Leaders"},
	}
	for _, tt := range tests {
		if got := citeName(tt.name, tt.lang); got != tt.want {
			t.Errorf("citeName(%q, %s) = %q, want %q", tt.name, tt.lang, got, tt.want)
		}
	}
}
