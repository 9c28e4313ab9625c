package gen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write makes a locales directory with one file for each language.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for lang, body := range files {
		if err := os.MkdirAll(filepath.Join(dir, lang), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, lang, FileName), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const plural = `{"id": "%d results", "message": "%d results",
	"translation": {"select": {"feature": "plural", "arg": "N", "cases": {"one": "%d wynik", "other": "{N} wyników"}}},
	"placeholders": [{"id": "N", "string": "%[1]d", "type": "int", "underlyingType": "int", "argNum": 1}]}`

func TestGo(t *testing.T) {
	dir := write(t, map[string]string{
		"en": `{"language": "en", "messages": [{"id": "By %s", "message": "By %s", "translation": "By %s"}, ` + strings.ReplaceAll(plural, "wynik", "result") + `]}`,
		"pl": `{"language": "pl", "messages": [{"id": "By %s", "message": "By %s", "translation": "Autor: %s"}, ` + plural + `]}`,
	})
	all, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[0].Language.String() != "en" || all[1].Messages[0].Key != "By %s" {
		t.Fatalf("Load: %+v", all)
	}
	src, err := Go(all, "i18n", "cat")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{Header, "package i18n", "var cat = func() catalog.Catalog {", `"By %s":`, "Autor: %s", "%d wynik"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(string(src), "DefaultCatalog") || strings.Contains(string(src), "func init") {
		t.Error("output still sets message.DefaultCatalog")
	}
}

func TestErrors(t *testing.T) {
	en := func(msgs string) map[string]string {
		return map[string]string{"en": `{"language": "en", "messages": [` + msgs + `]}`}
	}
	tests := []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"pl": `{"language": "ru", "messages": []}`}, "does not match its directory"},
		{en(`{"message": "x", "translation": "x"}`), "has no id"},
		{en(`{"id": "x", "message": "x", "translaton": "x"}`), "unknown field"},
		{en(`{"id": "x", "translation": "x"}, {"id": "x", "translation": "y"}`), "twice"},
		{en(`{"id": "x", "translation": "{Name}"}`), "unknown placeholder"},
		{en(strings.Replace(plural, `"arg": "N"`, `"arg": "M"`, 1)), "declare it as a placeholder"},
		{en(strings.Replace(plural, `"other"`, `"several"`, 1)), `without an "other" case`},
		{en(strings.Replace(plural, `"one"`, `"single"`, 1)), `plural case "single"`},
		{en(strings.Replace(plural, `"plural"`, `"gender"`, 1)), "only \"plural\""},
		{map[string]string{"pl": `{"language": "pl", "messages": []}`}, "no messages in the source language"},
	}
	for _, tt := range tests {
		all, err := Load(write(t, tt.files))
		if err == nil {
			_, err = Go(all, "i18n", "cat")
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q", tt.files, err, tt.want)
		}
	}
}
