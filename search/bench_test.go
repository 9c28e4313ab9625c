package search

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"pismreader/content"
)

// The benchmarks build indexes of 1,000 synthetic briefs, and of 10,000
// when the -bench pattern names them ("briefs=10000"), since building and
// querying those takes a minute:
//
//	go test -run '^$' -bench . ./search/
//	go test -run '^$' -bench '/briefs=10000' ./search/
//
// See docs/performance.md for the figures.

func TestMain(m *testing.M) {
	code := m.Run()
	benchCorpora.cleanup()
	os.Exit(code)
}

// benchSizes returns the library sizes to benchmark.
func benchSizes() []int {
	sizes := []int{1000}
	if f := flag.Lookup("test.bench"); f != nil && strings.Contains(f.Value.String(), "10000") {
		sizes = append(sizes, 10000)
	}
	return sizes
}

// benchCorpus is a synthetic library, an index of it, and queries.
type benchCorpus struct {
	lib     *content.Library
	dir     string
	lower   []string // the text of each brief, lower case, for the scan
	queries map[string][]string
}

// corpusCache holds the corpora built so far, removed by TestMain.
type corpusCache struct {
	sync.Mutex
	m map[int]*benchCorpus
}

var benchCorpora = &corpusCache{m: map[int]*benchCorpus{}}

func (c *corpusCache) cleanup() {
	for _, bc := range c.m {
		os.RemoveAll(filepath.Dir(bc.dir))
	}
}

// corpus returns the corpus of n briefs, building its index the first time.
func corpus(b *testing.B, n int) *benchCorpus {
	b.Helper()
	benchCorpora.Lock()
	defer benchCorpora.Unlock()
	if bc := benchCorpora.m[n]; bc != nil {
		return bc
	}
	tmp, err := os.MkdirTemp("", "pismreader-bench-")
	if err != nil {
		b.Fatal(err)
	}
	bc := &benchCorpus{lib: genLibrary(n), dir: filepath.Join(tmp, "index")}
	ix, err := Open(context.Background(), bc.dir, bc.lib, Options{})
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	for _, br := range bc.lib.All() {
		bc.lower = append(bc.lower, strings.ToLower(br.Title+"\n"+briefText(br)))
	}
	bc.queries = benchQueries(bc.lib)
	benchCorpora.m[n] = bc
	return bc
}

// benchQueries picks queries from the generator's vocabulary: words of
// ranks from 3 to 3,000 in each language, phrases from the briefs, the
// prefixes of the words, and the words with a typo.
func benchQueries(lib *content.Library) map[string][]string {
	q := map[string][]string{}
	langs := genTables(42)
	var words []string
	for _, lang := range content.Langs {
		for _, rank := range []int{3, 10, 30, 100, 300, 1000, 3000} {
			words = append(words, langs[lang].lemmas[rank].forms[0])
		}
	}
	words = append(words, "treaty", "traktat", "договор", "missiles")
	q["term"] = words
	for _, w := range words {
		rs := []rune(w)
		for _, n := range []int{3, 4, 5} {
			if len(rs) > n {
				q[fmt.Sprintf("prefix%d", n)] = append(q[fmt.Sprintf("prefix%d", n)], string(rs[:n]))
			}
		}
		if len(rs) >= 6 {
			typo := slices.Clone(rs)
			typo[len(rs)/2] = map[bool]rune{true: 'x', false: 'ж'}[rs[0] < 0x400]
			q["typo"] = append(q["typo"], string(typo))
		}
	}
	for i, br := range lib.All() {
		if i%97 != 0 || len(q["phrase"]) >= 20 {
			continue
		}
		text := br.Body[len(br.Body)-1].Text
		var prev span
		prevPos, found := 0, ""
		analyze(br.Lang, text, false, func(_ string, pos int, s span) {
			if found == "" && pos > 10 && prevPos == pos-1 {
				found = text[prev.start:s.end]
			}
			prev, prevPos = s, pos
		})
		if found == "" {
			continue
		}
		q["phrase"] = append(q["phrase"], `"`+found+`"`)
	}
	return q
}

// latencies runs fn b.N times and reports the median and the 99th
// percentile of its durations.
func latencies(b *testing.B, fn func(i int)) {
	ds := make([]time.Duration, 0, b.N)
	// Collect the garbage of building the library and its index now,
	// not while measuring the searches.
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		fn(i)
		ds = append(ds, time.Since(t))
	}
	b.StopTimer()
	slices.Sort(ds)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ds[len(ds)/2]), "p50-ms")
	b.ReportMetric(ms(ds[min(len(ds)-1, len(ds)*99/100)]), "p99-ms")
}

// heapSampler samples the bytes of heap in use (objects and the free
// space of their spans, as HeapInuse) every 2 ms until stopped, and
// returns the peak.
func heapSampler() (stop func() uint64) {
	done, res := make(chan struct{}), make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		var peak uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64()+s[1].Value.Uint64())
			select {
			case <-done:
				res <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-res }
}

func BenchmarkIndex(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			lib := genLibrary(n)
			var peak, base uint64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dir := filepath.Join(b.TempDir(), "index")
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				base = ms.HeapInuse
				stop := heapSampler()
				b.StartTimer()
				ix, err := Open(context.Background(), dir, lib, Options{})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				peak = max(peak, stop())
				ix.Close()
				b.StartTimer()
			}
			b.StopTimer()
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "briefs/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peak-min(base, peak))/(1<<20), "peak-over-library-MB")
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			bc := corpus(b, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ix, err := Open(context.Background(), bc.dir, bc.lib, Options{
					Progress: func(int, int) { b.Fatal("rebuilt") }})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "open-ms")
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			bc := corpus(b, n)
			ix, err := Open(context.Background(), bc.dir, bc.lib, Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			b.Run("term+facets", func(b *testing.B) {
				qs := bc.queries["term"]
				latencies(b, func(i int) {
					if _, err := ix.Search(context.Background(), Request{Query: qs[i%len(qs)], Facets: true}); err != nil {
						b.Fatal(err)
					}
				})
			})
			for _, kind := range []string{"term", "phrase", "prefix3", "prefix4", "prefix5", "typo"} {
				for _, hl := range []bool{false, true} {
					b.Run(fmt.Sprintf("%s/highlight=%v", kind, hl), func(b *testing.B) {
						qs := bc.queries[kind]
						latencies(b, func(i int) {
							_, err := ix.Search(context.Background(), Request{Query: qs[i%len(qs)],
								AsYouType: strings.HasPrefix(kind, "prefix"), Highlight: hl})
							if err != nil {
								b.Fatal(err)
							}
						})
					})
				}
			}
		})
	}
}

// BenchmarkScan is the baseline: a linear scan of the lower-cased text of
// every brief with strings.Contains, for the words of the term queries.
func BenchmarkScan(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("briefs=%d", n), func(b *testing.B) {
			bc := corpus(b, n)
			qs := bc.queries["term"]
			found := 0
			latencies(b, func(i int) {
				w := strings.ToLower(qs[i%len(qs)])
				for _, text := range bc.lower {
					if strings.Contains(text, w) {
						found++
					}
				}
			})
			if found == 0 {
				b.Fatal("the scan found nothing")
			}
		})
	}
}
