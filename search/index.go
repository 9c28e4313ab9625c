package search

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"

	"pismreader/content"
)

// ErrBusy is returned by Open, Add and Remove when another process, such as
// a second window of the app, holds the index for writing, or, for Add and
// Remove, is reading it.
var ErrBusy = errors.New("another window is updating the search index; try again once it has finished")

// ErrReadOnly is returned by Add and Remove on an index that Open could
// only open read-only.
var ErrReadOnly = errors.New("the search index is open read-only because another window is using it")

// ErrClosed is returned by the methods of a closed Index.
var ErrClosed = errors.New("the search index is closed")

// DefaultDir returns the directory of the index: pismreader/index in the
// user's cache directory ($XDG_CACHE_HOME, by default ~/.cache, on Linux).
func DefaultDir() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("search index directory: %w", err)
	}
	return filepath.Join(cache, "pismreader", "index"), nil
}

// Options tune Open.
type Options struct {
	// Progress, if not nil, is called while the index is being built or
	// brought up to date, with the number of briefs written so far and the
	// number to write.
	Progress func(done, total int)
	// Timeout bounds the wait for the lock of the index's database when
	// another process holds it; 0 means one second.
	Timeout time.Duration
}

// Index is a full-text index of briefs on disk. Its methods are safe for
// concurrent use. Between writes it keeps the index open read-only, under a
// shared lock, so that other processes can open it too; Add and Remove take
// the exclusive lock for the time of the write.
type Index struct {
	dir string
	opt Options

	mu       sync.RWMutex
	bi       bleve.Index // nil once closed
	readOnly bool        // opened read-only because another process held the lock
	stale    bool        // read-only, and built from another version of the library
	digests  map[string]digest
}

// runtime configurations of the scorch index.
func config(readOnly bool, timeout time.Duration) map[string]any {
	cfg := map[string]any{"bolt_timeout": timeout.String()}
	if readOnly {
		cfg["read_only"] = true
	} else {
		// Each batch waits until it is on disk, so that no more than
		// batchWorkers batches are held in memory.
		cfg["unsafe_batch"] = false
		cfg["scorchMergePlanOptions"] = writeMergePlan
	}
	return cfg
}

// openBleve opens the index in dir. A panic of the index code on broken
// files is turned into an error.
func openBleve(dir string, readOnly bool, timeout time.Duration) (bi bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			bi, err = nil, fmt.Errorf("open index %s: panic: %v", dir, r)
		}
	}()
	bi, err = bleve.OpenUsing(dir, config(readOnly, timeout))
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	return bi, nil
}

func isLocked(err error) bool { return errors.Is(err, bolterrors.ErrTimeout) }

// readStamp returns the stamp of bi if it has one and its document count
// agrees with it.
func readStamp(bi bleve.Index) (st stamp, ok bool) {
	data, err := bi.GetInternal(stampKey)
	if err != nil {
		return stamp{}, false
	}
	st, ok, err = decodeStamp(data)
	if err != nil || !ok {
		return stamp{}, false
	}
	n, err := bi.DocCount()
	if err != nil || n != uint64(st.Count) {
		return stamp{}, false
	}
	return st, true
}

// Open opens the index in dir for lib, building or updating it first when
// it was made from other briefs or by another version of this package, and
// rebuilding it when it cannot be opened: a broken directory is renamed to
// dir+".broken-TIMESTAMP", never deleted. Open blocks until the index is
// ready or ctx is done.
//
// When another process holds the index, Open waits up to opt.Timeout for
// it; if the index is complete it is then opened read-only (see
// Index.ReadOnly), otherwise Open returns an error wrapping ErrBusy.
func Open(ctx context.Context, dir string, lib *content.Library, opt Options) (*Index, error) {
	if lib == nil {
		return nil, fmt.Errorf("open search index %s: no library", dir)
	}
	if opt.Timeout <= 0 {
		opt.Timeout = time.Second
	}
	ix := &Index{dir: dir, opt: opt}
	want, wantDigests := libraryStamp(lib)

	// The usual case: the index is there and up to date. A shared lock
	// is enough, and other windows may hold one too.
	complete := false
	if _, err := os.Stat(dir); err == nil {
		bi, err := openBleve(dir, true, opt.Timeout)
		switch {
		case isLocked(err):
			return nil, fmt.Errorf("open search index %s: %w", dir, ErrBusy)
		case err == nil:
			st, ok := readStamp(bi)
			if ok && st == want {
				ix.bi, ix.digests = bi, wantDigests
				return ix, nil
			}
			complete = ok && st.Schema == schemaVersion
			if err := bi.Close(); err != nil {
				return nil, fmt.Errorf("open search index %s: close: %w", dir, err)
			}
		}
	}

	// The index must be written: take the exclusive lock.
	bi, err := ix.openForWrite(complete)
	if err != nil || bi == nil {
		if err == nil && ix.readOnly {
			return ix, nil
		}
		return nil, err
	}
	bi, err = ix.sync(ctx, bi, lib, want, wantDigests)
	if err != nil {
		if bi != nil {
			_ = bi.Close()
		}
		return nil, err
	}
	if err := ix.reopenShared(bi); err != nil {
		return nil, err
	}
	return ix, nil
}

// libraryStamp returns the stamp an index of lib has when up to date, and
// the digests of its briefs.
func libraryStamp(lib *content.Library) (stamp, map[string]digest) {
	ds, fp := libraryDigests(lib)
	return stamp{Schema: schemaVersion, Fingerprint: fp.String(), Count: fp.Count}, ds
}

// openForWrite opens the index for writing, creating it when missing and
// moving it aside when broken. When another process holds it, it falls back
// to opening it read-only if complete; it then sets ix.bi and returns nil,
// nil.
func (ix *Index) openForWrite(complete bool) (bleve.Index, error) {
	dir := ix.dir
	if _, err := os.Stat(dir); err == nil {
		bi, err := openBleve(dir, false, ix.opt.Timeout)
		switch {
		case err == nil:
			return bi, nil
		case isLocked(err):
			if !complete {
				return nil, fmt.Errorf("open search index %s: %w", dir, ErrBusy)
			}
			ro, err := openBleve(dir, true, ix.opt.Timeout)
			if isLocked(err) {
				return nil, fmt.Errorf("open search index %s: %w", dir, ErrBusy)
			}
			if err != nil {
				return nil, fmt.Errorf("open search index %s read-only: %w", dir, err)
			}
			ix.bi, ix.readOnly, ix.stale = ro, true, true
			return nil, nil
		default:
			if err := moveAside(dir); err != nil {
				return nil, err
			}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open search index %s: %w", dir, err)
	}
	return createIndex(dir, ix.opt.Timeout)
}

// createIndex makes a new, empty index in dir.
func createIndex(dir string, timeout time.Duration) (bleve.Index, error) {
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	bi, err := bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, config(false, timeout))
	if err != nil {
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	return bi, nil
}

// moveAside renames a broken index directory so that a new one can be
// built, keeping the old one for inspection.
func moveAside(dir string) error {
	base := dir + ".broken-" + time.Now().Format("20060102-150405")
	to := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(to); errors.Is(err, os.ErrNotExist) {
			break
		}
		to = fmt.Sprintf("%s-%d", base, i)
	}
	if err := os.Rename(dir, to); err != nil {
		return fmt.Errorf("move broken search index aside: %w", err)
	}
	return nil
}

// removeIndex deletes the files of a valid index that is out of date. Only
// the files the index made are removed.
func removeIndex(dir string) error {
	if err := os.RemoveAll(filepath.Join(dir, "store")); err != nil {
		return fmt.Errorf("remove old search index: %w", err)
	}
	if err := os.Remove(filepath.Join(dir, "index_meta.json")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove old search index: %w", err)
	}
	return nil
}

// reopenShared closes bi, open for writing, and opens the index again
// read-only.
func (ix *Index) reopenShared(bi bleve.Index) error {
	if err := bi.Close(); err != nil {
		return fmt.Errorf("close search index %s: %w", ix.dir, err)
	}
	ro, err := openBleve(ix.dir, true, ix.opt.Timeout)
	if err != nil {
		return fmt.Errorf("reopen search index: %w", err)
	}
	ix.bi = ro
	return nil
}

// Close closes the index. Closing it twice is not an error.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.bi == nil {
		return nil
	}
	err := ix.bi.Close()
	ix.bi = nil
	if err != nil {
		return fmt.Errorf("close search index %s: %w", ix.dir, err)
	}
	return nil
}

// ReadOnly reports whether the index was opened read-only because another
// process held it: Add and Remove then fail with ErrReadOnly.
func (ix *Index) ReadOnly() bool { return ix.readOnly }

// Stale reports whether the index is read-only and was built from another
// version of the library than the one given to Open, so that some results
// may be missing or out of date.
func (ix *Index) Stale() bool { return ix.stale }

// Dir returns the directory of the index.
func (ix *Index) Dir() string { return ix.dir }
