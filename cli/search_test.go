package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps the tests' settings and search index out of the user's
// folders.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pismreader-cli-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	os.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	os.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestSearchJSON(t *testing.T) {
	stdout, stderr, code := run(t, "search", "--json", "missile")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var first searchHit
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatalf("first line %q: %v", lines[0], err)
	}
	if first.ID != "pism-spotlight-74-2018" || first.Lang != "en" || first.Score <= 0 || first.Title == "" {
		t.Errorf("first hit %+v, want the Spotlight", first)
	}
	if len(first.Fragments) == 0 || !strings.Contains(first.Fragments[0], "<mark>missile") {
		t.Errorf("fragments %q", first.Fragments)
	}
	for _, l := range lines {
		var h map[string]any
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		for _, k := range []string{"id", "title", "lang", "score", "fragments"} {
			if _, ok := h[k]; !ok {
				t.Errorf("line lacks %s: %s", k, l)
			}
		}
	}
	if !strings.Contains(stderr, "Found: ") {
		t.Errorf("count line %q", stderr)
	}
}

func TestSearchRussianCount(t *testing.T) {
	stdout, stderr, code := run(t, "--lang", "ru", "search", "договор")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The count is the last line; a first search also says it builds the index.
	if !strings.Contains("\n"+stderr, "\nНайдено: ") || !strings.Contains(stderr, "результат") {
		t.Errorf("count line %q", stderr)
	}
	if !strings.Contains(stdout, "pism-spotlight-74-2018-ru") {
		t.Errorf("договор does not find the Russian Spotlight:\n%s", stdout)
	}
	if strings.Contains(stdout, "pism-spotlight-74-2018 ") || strings.Contains(stdout, "-pl ") {
		t.Errorf("--lang ru lets other languages through:\n%s", stdout)
	}
}

func TestSearchNoHit(t *testing.T) {
	stdout, _, code := run(t, "search", "--json", "qwxzzyv")
	if code != 0 || stdout != "" {
		t.Errorf("no hit: exit %d, output %q", code, stdout)
	}
	if _, stderr, code := run(t, "search"); code != 2 || stderr == "" {
		t.Errorf("search without a query: exit %d, %q", code, stderr)
	}
	if _, _, code := run(t, "search", "--limit", "0", "x"); code != 2 {
		t.Errorf("--limit 0: exit %d", code)
	}
}

// TestSearchRebuildsBrokenIndex writes garbage over the index: the next
// search moves it aside, rebuilds it and answers.
func TestSearchRebuildsBrokenIndex(t *testing.T) {
	if _, _, code := run(t, "search", "missile"); code != 0 {
		t.Fatal("first search failed")
	}
	dir := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "pismreader", "index")
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		os.WriteFile(filepath.Join(dir, e.Name()), []byte("garbage"), 0o600)
	}
	stdout, stderr, code := run(t, "search", "--limit", "1", "missile")
	if code != 0 || !strings.Contains(stdout, "pism-spotlight-74-2018") {
		t.Fatalf("after corruption: exit %d, %q, %q", code, stdout, stderr)
	}
	aside, _ := filepath.Glob(dir + ".broken-*")
	if len(aside) == 0 {
		t.Error("the broken index was not kept aside")
	}
}
