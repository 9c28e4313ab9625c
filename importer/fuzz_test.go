package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// seedFuzz adds every fixture, so that the fuzzers start from real pages,
// feeds and texts.
func seedFuzz(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><body><blockquote><blockquote><p>x</p></blockquote></blockquote></body></html>"))
	f.Add([]byte("---\nid: a\n---\n"))
}

// fuzzConvert checks the contract of Bytes: an *Error and no briefs, or
// briefs that content.Parse reads back unchanged.
func fuzzConvert(t *testing.T, name string, data []byte) {
	// A hang is a bug too: crash the worker so that the fuzzer keeps the
	// input, which it does not do for a worker that merely stops.
	watchdog := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("Bytes hangs on %q", data)) })
	defer watchdog.Stop()
	briefs, err := Bytes(name, data, testOpt)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v (%T) is not an *Error", err, err)
		}
		if briefs != nil {
			t.Fatal("briefs returned with an error")
		}
		return
	}
	if len(briefs) == 0 {
		t.Fatal("no briefs and no error")
	}
	for _, b := range briefs {
		if b.File != "" {
			continue // library Markdown, returned as content.Parse read it
		}
		if err := validBrief(b); err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzBytes(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzConvert(t, "input", data) })
}

func FuzzHTML(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzConvert(t, "https://example.org/page.html", data) })
}

func FuzzFeed(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzConvert(t, "feed.rss", data) })
}

func FuzzText(f *testing.F) {
	seedFuzz(f)
	f.Add([]byte("Title\n\n- a\n- b\n\n1. one\n\n> quote\n\n# not a heading\n\nText."))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzConvert(t, "note.txt", data) })
}
