package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"pismreader/content"
)

// smallLibrary returns a library of n synthetic briefs.
func smallLibrary(t *testing.T, n int) *content.Library {
	t.Helper()
	lib, err := content.NewLibrary(genBriefs(n, 7))
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// openCounting opens dir for lib and reports how many briefs were written.
func openCounting(t *testing.T, dir string, lib *content.Library, opt Options) (*Index, int, error) {
	t.Helper()
	written := -1
	opt.Progress = func(done, total int) { written = total }
	ix, err := Open(context.Background(), dir, lib, opt)
	return ix, written, err
}

func TestStampReused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	lib := smallLibrary(t, 30)
	ix, written, err := openCounting(t, dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if written != 30 {
		t.Errorf("first open wrote %d briefs, want 30", written)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, written, err = openCounting(t, dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if written != -1 {
		t.Errorf("second open wrote %d briefs, want none", written)
	}
	if res := search(t, ix, Request{Query: lib.All()[0].Title}); res.Total == 0 {
		t.Error("reused index finds nothing")
	}
}

func TestChangedLibraryUpdatesOnlyChanges(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	briefs := genBriefs(20, 7)
	lib, _ := content.NewLibrary(briefs)
	ix, _, err := openCounting(t, dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	changed := *briefs[3]
	changed.Title = "Zmieniony tytuł o rakietach"
	next := append(slices.Clone(briefs[:3]), &changed)
	next = append(next, briefs[5:]...) // briefs[4] is gone
	lib2, _ := content.NewLibrary(next)
	ix, written, err := openCounting(t, dir, lib2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if written != 2 {
		t.Errorf("update wrote %d changes, want 2 (one changed, one removed)", written)
	}
	if got := ids(search(t, ix, Request{Query: "zmieniony tytuł"})); !slices.Equal(got, []string{changed.ID}) {
		t.Errorf("changed title: hits %v", got)
	}
	if res := search(t, ix, Request{Limit: 100}); res.Total != 19 {
		t.Errorf("%d briefs after the update, want 19", res.Total)
	}
}

func TestAddRemove(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	briefs := genBriefs(12, 7)
	lib, _ := content.NewLibrary(briefs[:10])
	ix, err := Open(context.Background(), dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	extra := *briefs[10]
	extra.Title = "Traktat o przestrzeni kosmicznej"
	if err := ix.Add(&extra, briefs[11]); err != nil {
		t.Fatal(err)
	}
	if got := ids(search(t, ix, Request{Query: "kosmiczny traktat"})); !slices.Contains(got, extra.ID) {
		t.Errorf("added brief not found: %v", got)
	}
	if err := ix.Remove(briefs[0].ID, "no-such-id"); err != nil {
		t.Fatal(err)
	}
	if res := search(t, ix, Request{Limit: 100}); res.Total != 11 {
		t.Errorf("%d briefs, want 11", res.Total)
	}
	ix.Close()

	// The stamp follows: the library as it now is opens without writing.
	now, _ := content.NewLibrary(append(slices.Clone(briefs[1:10]), &extra, briefs[11]))
	ix, written, err := openCounting(t, dir, now, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if written != -1 {
		t.Errorf("open after Add and Remove wrote %d briefs, want none", written)
	}
}

func TestBrokenIndexMovedAside(t *testing.T) {
	for _, victim := range []string{"index_meta.json", "store/root.bolt", "garbage-dir"} {
		t.Run(victim, func(t *testing.T) {
			base := t.TempDir()
			dir := filepath.Join(base, "index")
			lib := smallLibrary(t, 5)
			if victim == "garbage-dir" {
				// Not an index at all.
				if err := os.MkdirAll(dir, 0o700); err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not an index"), 0o600)
			} else {
				ix, err := Open(context.Background(), dir, lib, Options{})
				if err != nil {
					t.Fatal(err)
				}
				ix.Close()
				garbage := []byte(strings.Repeat("\x00garbage\xff", 500))
				if err := os.WriteFile(filepath.Join(dir, victim), garbage, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			ix, written, err := openCounting(t, dir, lib, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			if written != 5 {
				t.Errorf("rebuild wrote %d briefs, want 5", written)
			}
			aside, _ := filepath.Glob(dir + ".broken-*")
			if len(aside) != 1 {
				t.Fatalf("moved aside: %v", aside)
			}
			if res := search(t, ix, Request{Limit: 10}); res.Total != 5 {
				t.Errorf("rebuilt index has %d briefs", res.Total)
			}
		})
	}
}

func TestSecondOpenDoesNotHang(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	lib := smallLibrary(t, 10)
	first, err := Open(context.Background(), dir, lib, Options{Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	start := time.Now()
	second, err := Open(context.Background(), dir, lib, Options{Timeout: 300 * time.Millisecond})
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("second open took %v", d)
	}
	switch {
	case errors.Is(err, ErrBusy):
		t.Log("second open: busy")
	case err != nil:
		t.Fatal(err)
	default:
		defer second.Close()
		if res := search(t, second, Request{Limit: 20}); res.Total != 10 {
			t.Errorf("second window sees %d briefs", res.Total)
		}
		// The first window cannot write while the second reads.
		if err := first.Add(lib.All()[0]); !errors.Is(err, ErrBusy) {
			t.Errorf("Add while another window reads: %v, want ErrBusy", err)
		}
		if res := search(t, first, Request{Limit: 20}); res.Total != 10 {
			t.Errorf("first window after a refused Add sees %d briefs", res.Total)
		}
	}
}

func TestOpenWhileAnotherWrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	lib := smallLibrary(t, 5)
	ix, err := Open(context.Background(), dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	// Another process writing holds the exclusive lock.
	writer, err := bleve.OpenUsing(dir, config(false, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	start := time.Now()
	_, err = Open(context.Background(), dir, lib, Options{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "another window") {
		t.Errorf("open while another writes: %v, want ErrBusy", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
}

func TestStaleReadOnlyFallback(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	briefs := genBriefs(8, 7)
	old, _ := content.NewLibrary(briefs[:6])
	first, err := Open(context.Background(), dir, old, Options{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	newer, _ := content.NewLibrary(briefs)
	second, err := Open(context.Background(), dir, newer, Options{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if !second.ReadOnly() || !second.Stale() {
		t.Errorf("ReadOnly %v, Stale %v; want both", second.ReadOnly(), second.Stale())
	}
	if res := search(t, second, Request{Limit: 20}); res.Total != 6 {
		t.Errorf("stale index has %d briefs, want 6", res.Total)
	}
	if err := second.Add(briefs[7]); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Add on a read-only index: %v", err)
	}
}

func TestOpenCancelled(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	defer func(n int) { batchSize = n }(batchSize)
	batchSize = 10
	lib := smallLibrary(t, 60)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Open(ctx, dir, lib, Options{Progress: func(done, total int) { cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled open: %v", err)
	}
	// The unfinished index has no stamp: the next open builds it.
	ix, written, err := openCounting(t, dir, lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if written != 60 {
		t.Errorf("open after a cancelled one wrote %d briefs, want 60", written)
	}
}

func TestClosed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(context.Background(), dir, smallLibrary(t, 2), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if err := ix.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := ix.Search(context.Background(), Request{}); !errors.Is(err, ErrClosed) {
		t.Errorf("Search after Close: %v", err)
	}
	if err := ix.Add(); !errors.Is(err, ErrClosed) {
		t.Errorf("Add after Close: %v", err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/cache-test")
	t.Setenv("HOME", "/tmp/home-test")
	dir, err := DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if dir != "/tmp/cache-test/pismreader/index" {
		t.Errorf("DefaultDir() = %s", dir)
	}
}
