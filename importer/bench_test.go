package importer

import (
	"os"
	"testing"
)

// BenchmarkSpotlightPage converts the saved Spotlight page, the largest
// fixture (readability included). Target: under 50 ms, so that an import
// of a page feels immediate.
func BenchmarkSpotlightPage(b *testing.B) {
	data, err := os.ReadFile("testdata/pism-spotlight-74-2018.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Bytes("page.html", data, testOpt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeed converts the three-item RSS fixture. Target: under 5 ms.
func BenchmarkFeed(b *testing.B) {
	data, err := os.ReadFile("testdata/feed-3.rss")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Bytes("feed.rss", data, testOpt); err != nil {
			b.Fatal(err)
		}
	}
}
