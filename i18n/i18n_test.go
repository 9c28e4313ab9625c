package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"pismreader/content"
)

func TestPlurals(t *testing.T) {
	tests := []struct {
		code string
		n    int
		want string
	}{
		{"en", 1, "1 brief"}, {"en", 2, "2 briefs"}, {"en", 0, "0 briefs"},
		{"pl", 1, "1 publikacja"}, {"pl", 2, "2 publikacje"}, {"pl", 5, "5 publikacji"},
		{"pl", 22, "22 publikacje"}, {"pl", 12, "12 publikacji"},
		{"ru", 1, "1 публикация"}, {"ru", 2, "2 публикации"}, {"ru", 5, "5 публикаций"},
		{"ru", 21, "21 публикация"}, {"ru", 11, "11 публикаций"},
		{"pl", 4, "4 minuty czytania"}, {"ru", 5, "5 минут чтения"}, {"en", 1, "1 min read"},
	}
	for _, tt := range tests {
		key := "%d briefs"
		if strings.Contains(tt.want, "czytania") || strings.Contains(tt.want, "чтения") || strings.Contains(tt.want, "read") {
			key = "%d min read"
		}
		if got := ForCode(tt.code).T(key, tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.code, tt.n, got, tt.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := time.Date(2018, 10, 23, 0, 0, 0, 0, time.UTC)
	for code, want := range map[string]string{
		"en": "23 October 2018", "pl": "23 października 2018", "ru": "23 октября 2018 г.",
	} {
		if got := ForCode(code).Date(d); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	for in, want := range map[string]language.Tag{
		"pl-PL": language.Polish, "ru": language.Russian, "en-GB": language.English,
		"uk": language.English, "be": language.English, "de": language.English,
	} {
		if got := Closest(language.Make(in)); got != want {
			t.Errorf("Closest(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestTranslationsComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, m := range messages {
		if seen[m.en] {
			t.Errorf("%q is in the catalog twice", m.en)
		}
		seen[m.en] = true
		if strings.TrimSpace(m.pl) == "" || strings.TrimSpace(m.ru) == "" {
			t.Errorf("%q lacks a translation", m.en)
		}
		if verbs(m.en) != verbs(m.pl) || verbs(m.en) != verbs(m.ru) {
			t.Errorf("%q: the translations do not keep the format verbs", m.en)
		}
	}
	for _, p := range plurals {
		for _, s := range append(append(p.en[:], p.pl[:]...), p.ru[:]...) {
			if !strings.Contains(s, "%d") {
				t.Errorf("%q: form %q lacks the count", p.key, s)
			}
		}
	}
}

var verbPattern = regexp.MustCompile(`%[a-z]`)

func verbs(s string) string {
	vs := verbPattern.FindAllString(s, -1)
	return strings.Join(vs, "")
}

// localizedCall finds the literal first argument of T calls in the code.
// Command tables name their labels in fields "label" and "menu".
var localizedCall = regexp.MustCompile(`(?:\.T\(|label: |menu: )("(?:[^"\\]|\\.)*")`)

// TestEveryStringInCatalog scans the packages that show text for T calls
// and checks that each message has its Polish and Russian translation.
func TestEveryStringInCatalog(t *testing.T) {
	known := map[string]bool{}
	for _, m := range messages {
		known[m.en] = true
	}
	for _, p := range plurals {
		known[p.key] = true
	}
	found := 0
	for _, dir := range []string{"../app", "../cli", ".."} {
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
					t.Errorf("%s: %q is not in the catalog", f, key)
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

func TestFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want language.Tag
	}{
		{map[string]string{}, language.English},
		{map[string]string{"LANG": "pl_PL.UTF-8"}, language.Polish},
		{map[string]string{"LANG": "pl_PL.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, language.Russian},
		{map[string]string{"LANGUAGE": "uk:ru", "LANG": "en_US.UTF-8"}, language.Russian},
		{map[string]string{"LANGUAGE": "de:en", "LANG": "pl_PL"}, language.English},
		{map[string]string{"LC_ALL": "C", "LANG": "ru_RU@euro"}, language.Russian},
		{map[string]string{"LANG": "uk_UA.UTF-8"}, language.English},
	}
	for _, tt := range tests {
		if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.env, got, tt.want)
		}
	}
}
