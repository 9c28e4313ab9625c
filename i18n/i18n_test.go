package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

func TestPlurals(t *testing.T) {
	type c struct {
		n    int
		want string
	}
	tests := []struct {
		code, key string
		cases     []c
	}{
		{"en", "%d results", []c{{0, "0 results"}, {1, "1 result"}, {2, "2 results"}, {21, "21 results"}}},
		{"pl", "%d results", []c{{0, "0 wyników"}, {1, "1 wynik"}, {2, "2 wyniki"}, {4, "4 wyniki"}, {5, "5 wyników"},
			{12, "12 wyników"}, {22, "22 wyniki"}, {25, "25 wyników"}, {101, "101 wyników"}}},
		{"ru", "%d results", []c{{0, "0 результатов"}, {1, "1 результат"}, {2, "2 результата"}, {5, "5 результатов"},
			{11, "11 результатов"}, {21, "21 результат"}, {22, "22 результата"}, {111, "111 результатов"}}},

		{"en", "Found: %d results", []c{{1, "Found: 1 result"}, {7, "Found: 7 results"}}},
		{"pl", "Found: %d results", []c{{1, "Znaleziono: 1 wynik"}, {3, "Znaleziono: 3 wyniki"}, {5, "Znaleziono: 5 wyników"}, {22, "Znaleziono: 22 wyniki"}}},
		{"ru", "Found: %d results", []c{{1, "Найдено: 1 результат"}, {3, "Найдено: 3 результата"}, {5, "Найдено: 5 результатов"}, {21, "Найдено: 21 результат"}}},

		{"en", "%d briefs", []c{{0, "0 briefs"}, {1, "1 brief"}, {2, "2 briefs"}}},
		{"pl", "%d briefs", []c{{1, "1 publikacja"}, {2, "2 publikacje"}, {5, "5 publikacji"}, {12, "12 publikacji"}, {22, "22 publikacje"}}},
		{"ru", "%d briefs", []c{{1, "1 публикация"}, {2, "2 публикации"}, {5, "5 публикаций"}, {11, "11 публикаций"}, {21, "21 публикация"}}},

		{"en", "%d min read", []c{{1, "1 min read"}, {12, "12 min read"}}},
		{"pl", "%d min read", []c{{1, "1 minuta czytania"}, {2, "2 minuty czytania"}, {5, "5 minut czytania"}, {22, "22 minuty czytania"}}},
		{"ru", "%d min read", []c{{1, "1 минута чтения"}, {2, "2 минуты чтения"}, {5, "5 минут чтения"}, {11, "11 минут чтения"}, {21, "21 минута чтения"}}},
	}
	for _, tt := range tests {
		l := ForCode(tt.code)
		for _, c := range tt.cases {
			if got := l.T(tt.key, c.n); got != c.want {
				t.Errorf("%s %q %d: %q, want %q", tt.code, tt.key, c.n, got, c.want)
			}
		}
	}
}

func TestT(t *testing.T) {
	for code, want := range map[string]string{"en": "By A. K.", "pl": "Autor: A. K.", "ru": "Автор: A. K."} {
		if got := ForCode(code).T("By %s", "A. K."); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
	// A message missing from the catalog is its own English text.
	if got := ForCode("pl").T("Not in the catalog: %d", 3); got != "Not in the catalog: 3" {
		t.Errorf("missing message: %q", got)
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		date       time.Time
		en, pl, ru string
	}{
		{time.Date(2018, 10, 23, 0, 0, 0, 0, time.UTC), "23 October 2018", "23 października 2018", "23 октября 2018 г."},
		{time.Date(2019, 1, 1, 23, 59, 0, 0, time.UTC), "1 January 2019", "1 stycznia 2019", "1 января 2019 г."},
		{time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC), "29 February 2020", "29 lutego 2020", "29 февраля 2020 г."},
	}
	for _, tt := range tests {
		for code, want := range map[string]string{"en": tt.en, "pl": tt.pl, "ru": tt.ru} {
			if got := ForCode(code).Date(tt.date); got != want {
				t.Errorf("%s: %q, want %q", code, got, want)
			}
		}
	}
}

func TestLangName(t *testing.T) {
	for code, want := range map[string]string{"en": "Polish", "pl": "polski", "ru": "польский"} {
		if got := ForCode(code).LangName("pl"); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
	if got := ForCode("pl").LangName("de"); got != "de" {
		t.Errorf("unknown code: %q", got)
	}
}

func TestLocalizer(t *testing.T) {
	for in, want := range map[string]string{"pl": "pl", "ru": "ru", "en": "en", "uk": "en", "xx-!": "en", "": "en"} {
		if got := ForCode(in).Code(); got != want {
			t.Errorf("ForCode(%q).Code() = %q, want %q", in, got, want)
		}
	}
	if tag := ForCode("pl").Tag(); tag != Supported[1] {
		t.Errorf("Tag() = %s", tag)
	}
}

// localizedCall finds the literal first argument of T calls in the code.
// Command tables name their labels in fields "label" and "menu".
var localizedCall = regexp.MustCompile(`(?:\.T\(|label: |menu: )("(?:[^"\\]|\\.)*")`)

// TestEveryStringInCatalog scans the packages that show text for T calls
// and checks that each message is in the catalog; TestTranslationsComplete
// checks that each message of the catalog has its translations.
func TestEveryStringInCatalog(t *testing.T) {
	known := map[string]bool{}
	for _, m := range sourceMessages(t) {
		known[m.Key] = true
	}
	found := 0
	for _, dir := range []string{"../app", "../cli", "../library", ".."} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range localizedCall.FindAllStringSubmatch(string(src), -1) {
				key, err := strconv.Unquote(m[1])
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				found++
				if !known[key] {
					t.Errorf("%s: %q is not in the catalog: add it to locales/*/messages.gotext.json", f, key)
				}
			}
		}
	}
	if found < 40 {
		t.Errorf("only %d localised strings found: has the code moved?", found)
	}
	// Series names and the steps of series paths come from the content.
	lib, err := content.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	names := append([]string{}, content.KnownSeries...)
	for _, b := range lib.All() {
		names = append(names, b.SeriesPath...)
	}
	for _, n := range names {
		if !known[n] {
			t.Errorf("content name %q is not in the catalog", n)
		}
	}
}

func ExampleLocalizer_T() {
	l := ForCode("pl")
	fmt.Println(l.T("%d results", 5))
	fmt.Println(l.T("By %s", "Artur Kacprzyk"))
	// Output:
	// 5 wyników
	// Autor: Artur Kacprzyk
}
