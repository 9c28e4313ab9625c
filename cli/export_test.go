package cli

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportAndCite(t *testing.T) {
	withStore(t)
	dir := t.TempDir()
	epub := filepath.Join(dir, "spotlight.epub")
	if _, stderr, code := run(t, "export", spotlightID, spotlightID+"-pl", "--out", epub); code != 0 {
		t.Fatalf("export epub: exit %d: %s", code, stderr)
	}
	z, err := zip.OpenReader(epub)
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	defer z.Close()
	if z.File[0].Name != "mimetype" || z.File[0].Method != zip.Store {
		t.Errorf("first entry %s (method %d), want mimetype stored", z.File[0].Name, z.File[0].Method)
	}
	html := filepath.Join(dir, "library.html")
	if _, stderr, code := run(t, "export", "--all", "--out", html); code != 0 {
		t.Fatalf("export html: exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(html)
	for _, want := range []string{"U.S. to Withdraw from the INF Treaty", `lang="pl"`, `lang="ru"`, "Glossary of the INF debate"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", spotlightID, "--out", filepath.Join(dir, "x.pdf")}, "unknown format"},
		{[]string{"export", "--out", filepath.Join(dir, "x.epub")}, "needs brief IDs or --all"},
		{[]string{"export", "nope", "--out", filepath.Join(dir, "x.epub")}, `no brief with ID "nope"`},
	} {
		if _, stderr, code := run(t, c.args...); code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q", c.args, code, stderr)
		}
	}

	out, _, code := run(t, "cite", spotlightID)
	want := "Kacprzyk, A. (2018). U.S. to Withdraw from the INF Treaty. PISM Spotlight, no. 74/2018. Polish Institute of International Affairs, 23 October 2018. https://pism.pl/publications"
	if code != 0 || strings.TrimSpace(out) != want {
		t.Errorf("cite: exit %d\n got %q\nwant %q", code, out, want)
	}
	out, _, _ = run(t, "cite", spotlightID+"-ru")
	if !strings.Contains(out, "№ 74/2018") || !strings.Contains(out, "23 октября 2018 г.") {
		t.Errorf("Russian citation %q", out)
	}
}
