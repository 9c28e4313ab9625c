package search

import (
	"pismreader/content"
	"os"
	"testing"
)

func BenchmarkScratchTerms(b *testing.B) {
	if os.Getenv("SCRATCH") == "" {
		b.Skip("scratch")
	}
	lib := genLibrary(60)
	type w struct {
		lang content.Lang
		s    string
	}
	var ws []w
	for _, br := range lib.All() {
		t := bodyText(br)
		words(t, func(s span) { ws = append(ws, w{br.Lang, t[s.start:s.end]}) })
	}
	b.Run("cached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			x := ws[i%len(ws)]
			wordTerms(x.lang, x.s)
		}
	})
	b.Run("uncached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			x := ws[i%len(ws)]
			f := fold(x.s)
			if !isStop(x.lang, f) {
				stemWord(x.lang, f)
			}
		}
	})
	b.Run("words", func(b *testing.B) {
		br := lib.All()[0]
		t := bodyText(br)
		b.SetBytes(int64(len(t)))
		for i := 0; i < b.N; i++ {
			words(t, func(s span) {})
		}
	})
}
