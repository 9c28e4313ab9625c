package cli

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const fixtures = "../importer/testdata"

// withStore gives the test its own user library and search index.
func withStore(t *testing.T) (store string) {
	t.Helper()
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	return filepath.Join(data, "pismreader", "briefs")
}

// listIDs is what "list --json" prints, as IDs.
func listIDs(t *testing.T) []string {
	t.Helper()
	stdout, stderr, code := run(t, "list", "--json")
	if code != 0 {
		t.Fatalf("list: exit %d: %s", code, stderr)
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(stdout), &entries); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	return ids
}

// snapshot lists every file under dir with its size and time, to show
// that nothing was written.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if info, err := d.Info(); err == nil {
			fmt.Fprintf(&b, "%s %d %v\n", path, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	return b.String()
}

func TestImportSavedSpotlightIsKnown(t *testing.T) {
	store := withStore(t)
	before := listIDs(t)
	stdout, stderr, code := run(t, "import", filepath.Join(fixtures, "pism-spotlight-74-2018.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != "" || !strings.Contains(stderr, `is pism-spotlight-74-2018`) || !strings.Contains(stderr, "Nothing new") {
		t.Errorf("stdout %q, stderr %q: want the Spotlight reported as already in the library", stdout, stderr)
	}
	if after := listIDs(t); !slices.Equal(before, after) {
		t.Errorf("the library changed: %v", after)
	}
	if entries, _ := os.ReadDir(store); len(entries) != 0 {
		t.Errorf("%d files in the store", len(entries))
	}
}

func TestImportOtherPageSearchAndRemove(t *testing.T) {
	withStore(t)
	stdout, stderr, code := run(t, "import", filepath.Join(fixtures, "pism-other-page.html"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	id, title, _ := strings.Cut(strings.TrimSpace(stdout), "\t")
	if id != "pism-bulletin-12-2019" || title != "Test Fixture: Baltic Energy Links" {
		t.Fatalf("imported %q %q", id, title)
	}
	if !strings.Contains(stderr, "Imported 1 brief.") {
		t.Errorf("stderr %q", stderr)
	}
	text, _, code := run(t, "show", id)
	if code != 0 {
		t.Fatal("show failed")
	}
	for _, want := range []string{"Series: PISM Bulletin no. 12/2019", "Date: 3 February 2019", "Authors: Jan Przykładowy",
		"Why links matter", "What is planned", "Risks to the plan", "Conclusions"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from the imported brief:\n%s", want, text)
		}
	}
	for _, furniture := range []string{"visually impaired", "font bigger", "cookies", "analytics", "Type to search", "trackingId", "Experts"} {
		if strings.Contains(text, furniture) {
			t.Errorf("site furniture %q in the brief", furniture)
		}
	}
	// The search index takes the new brief without a rebuild.
	out, stderr, code := run(t, "search", "--json", "Baltic energy links")
	if code != 0 || !strings.Contains(out, `"id":"`+id+`"`) {
		t.Errorf("search does not find the imported brief: exit %d\n%s\n%s", code, out, stderr)
	}
	if !slices.Contains(listIDs(t), id) {
		t.Error("list does not show the imported brief")
	}

	// Bundled briefs stay; imported ones go.
	if _, stderr, code := run(t, "remove", spotlightID); code != 1 || !strings.Contains(stderr, "cannot be removed") {
		t.Errorf("removing the Spotlight: exit %d, %q", code, stderr)
	}
	if _, stderr, code := run(t, "remove", id); code != 0 {
		t.Fatalf("remove: exit %d: %s", code, stderr)
	}
	if slices.Contains(listIDs(t), id) {
		t.Error("the removed brief is still listed")
	}
	if out, _, _ := run(t, "search", "--json", "Baltic energy links"); strings.Contains(out, id) {
		t.Error("search still finds the removed brief")
	}
}

func TestImportFeedTwice(t *testing.T) {
	withStore(t)
	feed := filepath.Join(fixtures, "feed-3.rss")
	stdout, stderr, code := run(t, "import", feed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := len(strings.Split(strings.TrimSpace(stdout), "\n")); n != 3 || !strings.Contains(stderr, "Imported 3 briefs.") {
		t.Fatalf("first import: %d lines, %q", n, stderr)
	}
	before := listIDs(t)
	stdout, stderr, code = run(t, "--lang", "pl", "import", feed)
	if code != 0 || stdout != "" || !strings.Contains(stderr, "Nic nowego") {
		t.Errorf("second import: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if after := listIDs(t); !slices.Equal(before, after) {
		t.Errorf("the second import changed the library")
	}
}

func TestImportBadInput(t *testing.T) {
	store := withStore(t)
	// Build the index first, so that the test can show it unchanged.
	if _, stderr, code := run(t, "search", "treaty"); code != 0 {
		t.Fatal(stderr)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := make([]byte, 11<<20)
	for i := range huge {
		huge[i] = 'a' + byte(i%26)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/feed.rss"
	ln.Close()
	cases := []struct {
		name, arg, want, wantPL string
	}{
		{"empty", write("empty.txt", nil), "the file is empty", "plik jest pusty"},
		{"binary", write("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), "not a text file", "nie jest plik tekstowy"},
		{"huge", write("huge.txt", huge), "too large", "za duży"},
		{"invalid UTF-8", write("latin.txt", []byte("Tytu\xb3\n\nZa\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1.")), "not valid UTF-8", "UTF-8"},
		{"broken XML", filepath.Join(fixtures, "broken.rss"), "not well-formed XML", "poprawnym XML"},
		{"HTML without text", write("nav.html", []byte(`<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>`)), "no article text", "nie znaleziono tekstu"},
		{"feed with no items", filepath.Join(fixtures, "empty-feed.rss"), "the feed has no items", "kanał nie zawiera"},
		{"wrong front matter", write("brief.md", []byte("---\nid: x\ntitel: Typo\nseries: PISM Spotlight\n---\n\nText.\n")), "front matter is not valid", "front matter"},
		{"unreachable URL", closed, "cannot be reached", "nieosiągalny"},
		{"not http", "ftp://example.org/feed.rss", "only http and https", "tylko adresy http"},
		{"missing file", filepath.Join(dir, "nope.rss"), "there is no such file", "nie ma takiego pliku"},
		{"directory", dir, "cannot be read", "nie można odczytać"},
	}
	index := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "pismreader", "index")
	before, beforeIndex, ids := snapshot(t, store), snapshot(t, index), listIDs(t)
	if beforeIndex == "" {
		t.Fatal("no index to compare")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := run(t, "import", c.arg)
			if code != 1 || stdout != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout)
			}
			if !strings.Contains(stderr, c.arg) || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "Nothing was imported.") {
				t.Errorf("message %q does not name %s and say %q", stderr, c.arg, c.want)
			}
			_, stderr, _ = run(t, "--lang", "pl", "import", c.arg)
			if !strings.Contains(stderr, c.wantPL) || !strings.Contains(stderr, "Niczego nie zaimportowano") {
				t.Errorf("Polish message %q lacks %q", stderr, c.wantPL)
			}
			if snapshot(t, store) != before || !slices.Equal(listIDs(t), ids) {
				t.Error("the library changed")
			}
			if snapshot(t, index) != beforeIndex {
				t.Error("the search index changed")
			}
		})
	}
	// One bad file among good ones: none is imported.
	_, _, code := run(t, "import", filepath.Join(fixtures, "feed-3.rss"), filepath.Join(fixtures, "empty-feed.rss"))
	if code != 1 || snapshot(t, store) != before {
		t.Errorf("a failed import of two files kept part: exit %d", code)
	}
}
