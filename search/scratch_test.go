package search

import (
	"context"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"
)

func peakSampler() (stop func() uint64) {
	done := make(chan struct{})
	res := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		var peak uint64
		tk := time.NewTicker(5 * time.Millisecond)
		defer tk.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64() + s[1].Value.Uint64(); v > peak { peak = v }
			select {
			case <-done:
				res <- peak
				return
			case <-tk.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-res }
}

func TestScratchGen(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip("scratch")
	}
	n, _ := strconv.Atoi(os.Getenv("N"))
	if n == 0 { n = 3000 }
	lib := genLibrary(n)
	for _, bs := range []int{250, 500} {
	for _, w := range []int{2} {
	for _, unsafe := range []bool{true, false} {
	unsafeBatch = unsafe
	batchSize = bs
	batchWorkers = w
	resetTermCache()
	runtime.GC()
	stop := peakSampler()
	t0 := time.Now()
	ix, err := Open(context.Background(), t.TempDir()+"/ix", lib, Options{})
	if err != nil { t.Fatal(err) }
	el := time.Since(t0)
	peak := stop()
	t.Logf("unsafe %v batch %d workers %d index %d: %v (%.0f/s) peak heap %d MB", unsafe, bs, w, n, el, float64(n)/el.Seconds(), peak>>20)
	ix.Close()
	}
	}
	}
}
