package i18n

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/pipeline"

	"pismreader/i18n/internal/gen"
)

const localesDir = "../locales"

func loadLocales(t testing.TB) []pipeline.Messages {
	t.Helper()
	all, err := gen.Load(localesDir)
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// sourceMessages returns the English messages, which define the catalog.
func sourceMessages(t testing.TB) []pipeline.Message {
	t.Helper()
	src := gen.Find(loadLocales(t), gen.Source)
	if src == nil {
		t.Fatalf("%s: no English messages", localesDir)
	}
	return src.Messages
}

// TestCatalogUpToDate regenerates the catalog in memory and compares it
// with catalog_gen.go, with the flags of the go:generate line.
func TestCatalogUpToDate(t *testing.T) {
	want, err := gen.Go(loadLocales(t), "i18n", "messageCatalog")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		i := 0
		for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
			i++
		}
		t.Errorf("catalog_gen.go is stale: run \"go generate ./i18n/\" (first difference at line %d)", i+1)
	}
}

func TestLocalesAreSupported(t *testing.T) {
	var langs []language.Tag
	for _, m := range loadLocales(t) {
		langs = append(langs, m.Language)
	}
	for _, s := range Supported {
		if !slices.Contains(langs, s) {
			t.Errorf("no %s/%s/%s", localesDir, s, gen.FileName)
		}
	}
	if len(langs) != len(Supported) {
		t.Errorf("%s has %v, Supported is %v", localesDir, langs, Supported)
	}
}

// TestTranslationsComplete checks that every English message has, in
// every language, the same English text and a translation that is not
// empty, keeps its format verbs and has every plural form that whole
// numbers need, and that no language has messages English lacks.
func TestTranslationsComplete(t *testing.T) {
	all := loadLocales(t)
	if err := gen.Validate(all); err != nil {
		t.Fatal(err)
	}
	src := sourceMessages(t)
	for _, file := range all {
		lang := file.Language
		byID := map[string]pipeline.Message{}
		for _, m := range file.Messages {
			byID[m.ID[0]] = m
		}
		for _, s := range src {
			key := s.ID[0]
			m, ok := byID[key]
			if !ok {
				t.Errorf("%s: %q is missing", lang, key)
				continue
			}
			delete(byID, key)
			if m.Message.Msg != s.Message.Msg {
				t.Errorf("%s: %q: the English text is %q, not %q", lang, key, m.Message.Msg, s.Message.Msg)
			}
			if m.Key != s.Key {
				t.Errorf("%s: %q: the key is %q, not %q", lang, key, m.Key, s.Key)
			}
			checkTranslation(t, lang, s, m.Translation)
		}
		for id := range byID {
			t.Errorf("%s: %q is not in the English file", lang, id)
		}
	}
}

func checkTranslation(t *testing.T, lang language.Tag, s pipeline.Message, tr pipeline.Text) {
	t.Helper()
	key := s.ID[0]
	if tr.Select == nil {
		if strings.TrimSpace(tr.Msg) == "" {
			t.Errorf("%s: %q lacks a translation", lang, key)
		} else if verbs(tr.Msg) != verbs(s.Key) {
			t.Errorf("%s: %q: %q does not keep the format verbs", lang, key, tr.Msg)
		}
		return
	}
	for _, form := range integerForms(lang) {
		c, ok := tr.Select.Cases[form]
		if !ok {
			t.Errorf("%s: %q lacks the plural form %q", lang, key, form)
			continue
		}
		if strings.TrimSpace(c.Msg) == "" || verbs(c.Msg) != verbs(s.Key) {
			t.Errorf("%s: %q: form %s %q lacks the count", lang, key, form, c.Msg)
		}
	}
}

var verbPattern = regexp.MustCompile(`%[a-z]`)

func verbs(s string) string {
	return strings.Join(verbPattern.FindAllString(s, -1), "")
}

// integerForms returns the CLDR plural categories of lang that whole
// numbers take, and "other", which plural.Selectf falls back to.
func integerForms(lang language.Tag) []string {
	names := map[plural.Form]string{plural.Zero: "zero", plural.One: "one", plural.Two: "two",
		plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	seen := map[string]bool{"other": true}
	for n := range 1000 {
		seen[names[plural.Cardinal.MatchPlural(lang, n, 0, 0, 0, 0)]] = true
	}
	var forms []string
	for _, f := range []string{"zero", "one", "two", "few", "many", "other"} {
		if seen[f] {
			forms = append(forms, f)
		}
	}
	return forms
}

func TestIntegerForms(t *testing.T) {
	for lang, want := range map[language.Tag]string{
		language.English: "one other", language.Polish: "one few many other", language.Russian: "one few many other",
	} {
		if got := strings.Join(integerForms(lang), " "); got != want {
			t.Errorf("%s: %s, want %s", lang, got, want)
		}
	}
}
