package export

import (
	"io"
	"testing"
	"time"

	"pismreader/content"
)

// BenchmarkEPUBLibrary writes the whole bundled library as one EPUB.
// Target: under 50 ms, so that the export dialog closes at once.
func BenchmarkEPUBLibrary(b *testing.B) {
	lib, err := content.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{Modified: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	for b.Loop() {
		if err := EPUB(io.Discard, lib.All(), opt); err != nil {
			b.Fatal(err)
		}
	}
}
