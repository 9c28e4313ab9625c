package search

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"runtime/debug"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"pismreader/content"
)

// batchSize is the number of briefs written in one batch, and
// batchWorkers the number of batches written at once: while one batch is
// turned into a segment, the words of the next are analysed. Larger
// batches index a little faster but hold more memory; see
// docs/performance.md.
var (
	batchSize    = 100
	batchWorkers = 2
)

// memoryLimit is the soft memory limit (see runtime/debug.SetMemoryLimit)
// set while a large write runs, unless the process set a lower one, so
// that the garbage of indexing is collected before the heap grows far.
var memoryLimit int64 = 384 << 20

// mergeAfter is the number of briefs written at once above which the
// segments are merged into one before the index is reopened read-only,
// where no merging happens.
const mergeAfter = 500

// persistTimeout bounds the wait for the last batch of a write to reach
// the disk.
const persistTimeout = 2 * time.Minute

// sync brings bi, open for writing, up to the briefs of lib, writing only
// the briefs that changed. It returns the index to use from now on, open
// for writing: a new one when the old one had to be replaced.
func (ix *Index) sync(ctx context.Context, bi bleve.Index, lib *content.Library, want stamp,
	digests map[string]digest) (bleve.Index, error) {
	st, ok := readStamp(bi)
	if ok && st == want {
		ix.digests = digests
		return bi, nil
	}
	var old map[string]digest
	if ok && st.Schema == schemaVersion {
		if data, err := bi.GetInternal(hashesKey); err == nil {
			if ds, err := decodeDigests(data); err == nil && fingerprintOf(ds).String() == st.Fingerprint {
				old = ds
			}
		}
	}
	if old == nil {
		// Another schema, an unfinished build or unreadable digests:
		// start again from an empty index.
		if err := bi.Close(); err != nil {
			return nil, fmt.Errorf("close search index %s: %w", ix.dir, err)
		}
		if err := removeIndex(ix.dir); err != nil {
			return nil, err
		}
		var err error
		if bi, err = createIndex(ix.dir, ix.opt.Timeout); err != nil {
			return nil, err
		}
		old = map[string]digest{}
	}
	var add []*content.Brief
	for _, b := range lib.All() {
		if d, ok := old[b.ID]; !ok || d != digests[b.ID] {
			add = append(add, b)
		}
	}
	var remove []string
	for id := range old {
		if _, ok := digests[id]; !ok {
			remove = append(remove, id)
		}
	}
	if err := write(ctx, bi, add, remove, digests, ix.opt.Progress); err != nil {
		return bi, err
	}
	ix.digests = digests
	return bi, nil
}

// write indexes briefs and deletes the documents of remove in batches,
// then records digests and the stamp that goes with them, and waits until
// all of it is on disk. The stamp is deleted by the first batch and written
// by the last, so an interrupted write leaves an index without a stamp,
// which Open rebuilds.
func write(ctx context.Context, bi bleve.Index, briefs []*content.Brief, remove []string,
	digests map[string]digest, progress func(done, total int)) error {
	total := len(briefs) + len(remove)
	if memoryLimit > 0 && total >= mergeAfter {
		prev := debug.SetMemoryLimit(-1)
		if prev > memoryLimit {
			debug.SetMemoryLimit(memoryLimit)
			defer debug.SetMemoryLimit(prev)
		}
	}

	// The first batch deletes the stamp, before any other is written.
	first := bi.NewBatch()
	first.DeleteInternal(stampKey)
	if err := bi.Batch(first); err != nil {
		return fmt.Errorf("write search index: %w", err)
	}

	jobs := make(chan *bleve.Batch)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		done    int
		errs    []error
		stopped = make(chan struct{})
	)
	for range batchWorkers {
		wg.Go(func() {
			for b := range jobs {
				err := bi.Batch(b)
				mu.Lock()
				if err != nil {
					if len(errs) == 0 {
						close(stopped)
					}
					errs = append(errs, fmt.Errorf("write search index: %w", err))
				} else {
					done += b.Size()
					if progress != nil {
						progress(min(done, total), total)
					}
				}
				mu.Unlock()
			}
		})
	}
	send := func(b *bleve.Batch) error {
		select {
		case jobs <- b:
			return nil
		case <-stopped:
			return errors.New("write search index: stopped")
		case <-ctx.Done():
			return fmt.Errorf("write search index: %w", ctx.Err())
		}
	}
	var err error
	batch := bi.NewBatch()
	for _, b := range briefs {
		if b.ID == "" {
			err = errors.New("write search index: brief without an ID")
			break
		}
		if err = batch.IndexAdvanced(briefDocument(b)); err != nil {
			err = fmt.Errorf("index brief %s: %w", b.ID, err)
			break
		}
		if batch.Size() >= batchSize {
			if err = send(batch); err != nil {
				break
			}
			batch = bi.NewBatch()
		}
	}
	if err == nil {
		for _, id := range remove {
			batch.Delete(id)
		}
		if batch.Size() > 0 {
			err = send(batch)
		}
	}
	close(jobs)
	wg.Wait()
	if err == nil && ctx.Err() != nil {
		err = fmt.Errorf("write search index: %w", ctx.Err())
	}
	if err != nil || len(errs) > 0 {
		return errors.Join(append(errs, err)...)
	}
	if progress != nil && total == 0 {
		progress(0, 0)
	}
	if err := mergeSegments(ctx, bi, total >= mergeAfter); err != nil {
		return err
	}

	fp := fingerprintOf(digests)
	st := stamp{Schema: schemaVersion, Fingerprint: fp.String(), Count: fp.Count}
	persisted := make(chan error, 1)
	last := bi.NewBatch()
	last.SetInternal(hashesKey, encodeDigests(digests))
	last.SetInternal(stampKey, st.encode())
	last.SetPersistedCallback(func(err error) { persisted <- err })
	if err := bi.Batch(last); err != nil {
		return fmt.Errorf("write search index stamp: %w", err)
	}
	select {
	case err := <-persisted:
		if err != nil {
			return fmt.Errorf("persist search index: %w", err)
		}
	case <-time.After(persistTimeout):
		return errors.New("persist search index: timed out")
	}
	return nil
}

// mergeSegments merges the segments of bi, so that searches of the
// read-only index, which never merges, visit few of them: after a large
// write all into one, after a small one only the small segments.
func mergeSegments(ctx context.Context, bi bleve.Index, all bool) error {
	adv, err := bi.Advanced()
	if err != nil {
		return fmt.Errorf("merge search index: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	opts := smallMergePlan
	if all {
		opts = mergeplan.SingleSegmentMergePlanOptions
		opts.SegmentsPerMergeTask = 1000
	}
	if err := s.ForceMerge(ctx, &opts); err != nil {
		return fmt.Errorf("merge search index: %w", err)
	}
	return nil
}

// writeMergePlan is the merge policy while the index is open for writing:
// segments are left alone until write merges them at its end, since
// merging them on the way costs more than merging them once. (A floor
// size of 1 keeps Bleve's planner from treating a whole small index as one
// tier to be merged.)
var writeMergePlan = map[string]any{"MaxSegmentsPerTier": 1000, "SegmentsPerMergeTask": 10, "FloorSegmentSize": 1}

// smallMergePlan merges small segments together, leaving large ones.
var smallMergePlan = func() mergeplan.MergePlanOptions {
	o := mergeplan.DefaultMergePlanOptions
	o.MaxSegmentsPerTier = 2
	o.SegmentsPerMergeTask = 10
	return o
}()

// upgrade reopens the index for writing; when another process holds it, it
// reopens it read-only again and returns an error wrapping ErrBusy.
func (ix *Index) upgrade() (bleve.Index, error) {
	if err := ix.bi.Close(); err != nil {
		return nil, fmt.Errorf("close search index %s: %w", ix.dir, err)
	}
	ix.bi = nil
	bi, err := openBleve(ix.dir, false, ix.opt.Timeout)
	if err == nil {
		return bi, nil
	}
	ro, rerr := openBleve(ix.dir, true, ix.opt.Timeout)
	if rerr == nil {
		ix.bi = ro
	}
	if isLocked(err) {
		return nil, fmt.Errorf("update search index %s: %w", ix.dir, ErrBusy)
	}
	return nil, fmt.Errorf("update search index: %w", err)
}

// update writes briefs and removes the documents of remove, then reopens
// the index read-only.
func (ix *Index) update(briefs []*content.Brief, remove []string) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	switch {
	case ix.bi == nil:
		return ErrClosed
	case ix.readOnly:
		return ErrReadOnly
	}
	bi, err := ix.upgrade()
	if err != nil {
		return err
	}
	digests := maps.Clone(ix.digests)
	if digests == nil {
		digests = map[string]digest{}
	}
	var buf []byte
	for _, b := range briefs {
		digests[b.ID], buf = briefDigest(b, buf)
	}
	for _, id := range remove {
		delete(digests, id)
	}
	werr := write(context.Background(), bi, briefs, remove, digests, nil)
	if werr == nil {
		ix.digests = digests
	}
	if err := ix.reopenShared(bi); err != nil {
		return errors.Join(werr, err)
	}
	return werr
}

// Add indexes briefs, replacing the documents of briefs with the same IDs,
// and updates the stamp to match. It fails with ErrReadOnly on a read-only
// index and with an error wrapping ErrBusy while another process has the
// index open.
func (ix *Index) Add(b ...*content.Brief) error { return ix.update(b, nil) }

// Remove deletes the briefs with the given IDs from the index, and updates
// the stamp to match. Unknown IDs are ignored.
func (ix *Index) Remove(id ...string) error {
	return ix.update(nil, id)
}
