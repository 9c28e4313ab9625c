package content

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// ErrNotImported is returned when removing a brief that is not in the
// user's library: a bundled one, or one that does not exist.
var ErrNotImported = errors.New("not an imported brief")

// Store is the user's own library: the briefs they imported, one file each
// in the library's format, in Dir.
type Store struct {
	Dir string
}

// DefaultStore returns the store in the user's data directory:
// $XDG_DATA_HOME/pismreader/briefs (~/.local/share/... when unset) on
// Unix, the configuration directory elsewhere.
func DefaultStore() (*Store, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" || !filepath.IsAbs(base) {
		switch runtime.GOOS {
		case "darwin", "windows", "ios", "android":
			dir, err := os.UserConfigDir()
			if err != nil {
				return nil, fmt.Errorf("user library: %w", err)
			}
			base = dir
		default:
			home, err := os.UserHomeDir()
			if err != nil {
				return nil, fmt.Errorf("user library: %w", err)
			}
			base = filepath.Join(home, ".local", "share")
		}
	}
	return &Store{Dir: filepath.Join(base, "pismreader", "briefs")}, nil
}

// Load reads every brief of the store. A missing directory is an empty
// store. Briefs that cannot be read are reported, joined, and the others
// returned.
func (s *Store) Load() ([]*Brief, error) {
	briefs, errs, err := parseDir(os.DirFS(s.Dir), ".", func(name string) string { return filepath.Join(s.Dir, name) })
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	for _, b := range briefs {
		b.Imported = true
	}
	return briefs, errors.Join(errs...)
}

// Open returns the bundled library with the briefs of the store beside
// it. Briefs of the store that cannot be read, or clash with the bundled
// ones, are left out and reported; the library is always usable.
func Open(s *Store) (*Library, error) {
	lib, err := Bundled()
	if err != nil {
		return lib, err
	}
	if s == nil {
		return lib, nil
	}
	user, uerr := s.Load()
	all, lerr := NewLibrary(append(append([]*Brief(nil), lib.All()...), user...))
	return all, errors.Join(uerr, lerr)
}

// Duplicate is a brief that was not added because the library has it.
type Duplicate struct {
	New      *Brief // the brief offered
	Existing *Brief // the brief of the library it repeats
}

// Addition is what Store.Add did.
type Addition struct {
	Library    *Library // the library with the added briefs; lib when none was added
	Added      []*Brief // the new briefs, with IDs made unique
	Duplicates []Duplicate
}

// Add writes the briefs that lib does not have yet to the store; the
// others are reported as duplicates: same source URL or same text. Either
// every new brief is written or none is, and lib itself is not changed.
func (s *Store) Add(lib *Library, briefs []*Brief) (Addition, error) {
	r := Addition{Library: lib}
	seen := newSeen(lib)
	ids := make(map[string]bool, lib.Len())
	for _, b := range lib.All() {
		ids[b.ID] = true
	}
	// A file the library could not read keeps its name: never overwrite it.
	if entries, err := os.ReadDir(s.Dir); err == nil {
		for _, e := range entries {
			ids[strings.TrimSuffix(e.Name(), ".md")] = true
		}
	}
	for _, b := range briefs {
		if old := seen.find(b); old != nil {
			r.Duplicates = append(r.Duplicates, Duplicate{New: b, Existing: old})
			continue
		}
		c := *b
		c.ID = uniqueID(b.ID, ids)
		c.Imported = true
		c.File = filepath.Join(s.Dir, c.ID+".md")
		ids[c.ID] = true
		seen.add(&c)
		r.Added = append(r.Added, &c)
	}
	if len(r.Added) == 0 {
		return r, nil
	}
	// The new library must be whole: a translation needs its original.
	next, err := NewLibrary(append(append([]*Brief(nil), lib.All()...), r.Added...))
	if err != nil {
		return Addition{Library: lib}, err
	}
	files := make(map[string][]byte, len(r.Added))
	for _, b := range r.Added {
		data, err := Marshal(b)
		if err == nil {
			_, err = Parse(b.File, data)
		}
		if err != nil {
			return Addition{Library: lib}, err
		}
		files[b.File] = data
	}
	if err := writeAll(s.Dir, files); err != nil {
		return Addition{Library: lib}, err
	}
	r.Library = next
	return r, nil
}

// Remove deletes the imported brief id from the store.
func (s *Store) Remove(id string) error {
	if !idPattern.MatchString(id) {
		return fmt.Errorf("remove %q: %w", id, ErrNotImported)
	}
	name := filepath.Join(s.Dir, id+".md")
	if err := os.Remove(name); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("remove %q: %w", id, ErrNotImported)
		}
		return fmt.Errorf("remove %q: %w", id, err)
	}
	syncDir(s.Dir)
	return nil
}

// uniqueID returns id, or id with the smallest suffix "-N" not in ids.
func uniqueID(id string, ids map[string]bool) string {
	if !ids[id] {
		return id
	}
	for n := 2; ; n++ {
		suffix := "-" + strconv.Itoa(n)
		c := id
		if len(c)+len(suffix) > 80 {
			c = strings.TrimRight(c[:80-len(suffix)], "-")
		}
		if !ids[c+suffix] {
			return c + suffix
		}
	}
}

// seen finds briefs by their source and their text.
type seen struct {
	bySource map[string]*Brief
	byText   map[[32]byte]*Brief
}

func newSeen(lib *Library) *seen {
	s := &seen{bySource: map[string]*Brief{}, byText: map[[32]byte]*Brief{}}
	for _, b := range lib.All() {
		s.add(b)
	}
	return s
}

func (s *seen) add(b *Brief) {
	if src := sourceKey(b.Source); src != "" {
		if _, ok := s.bySource[src]; !ok {
			s.bySource[src] = b
		}
	}
	if k, ok := TextKey(b); ok {
		if _, dup := s.byText[k]; !dup {
			s.byText[k] = b
		}
	}
}

func (s *seen) find(b *Brief) *Brief {
	if k, ok := TextKey(b); ok {
		if old := s.byText[k]; old != nil {
			return old
		}
	}
	if src := sourceKey(b.Source); src != "" {
		// Only a source that names one publication identifies it: a
		// site's front page or a section is the source of many.
		if old := s.bySource[src]; old != nil && strings.Count(strings.Trim(src, "/"), "/") >= 2 {
			return old
		}
	}
	return nil
}

// TextKey returns a digest of the words of b's lead and body, in lower
// case and without punctuation, so that the same text extracted from a web
// page and from a file gives the same key whatever its layout. ok is false
// for a brief without text.
func TextKey(b *Brief) (key [32]byte, ok bool) {
	h := sha256.New()
	words := 0
	add := func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			h.Write([]byte(strings.ToLower(w)))
			h.Write([]byte{' '})
			words++
		}
	}
	add(b.Lead)
	for _, bl := range b.Body {
		add(bl.Words())
	}
	if words == 0 {
		return key, false
	}
	copy(key[:], h.Sum(nil))
	return key, true
}

// sourceKey normalises a source URL for comparison: host without "www.",
// no scheme, fragment or trailing slash; "" when it is not an http(s) URL.
func sourceKey(src string) string {
	u, err := url.Parse(strings.TrimSpace(src))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	key := host + strings.TrimRight(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		key += "?" + u.RawQuery
	}
	return key
}

// writeAll writes every file or none: all are first written to temporary
// files and synced, then renamed; a failed rename removes those already
// renamed.
func writeAll(dir string, files map[string][]byte) (err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("user library %s: %w", dir, err)
	}
	type pending struct{ tmp, final string }
	var ps []pending
	defer func() {
		if err != nil {
			for _, p := range ps {
				os.Remove(p.tmp)
			}
		}
	}()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f, err := os.CreateTemp(dir, "."+filepath.Base(name)+".*.tmp")
		if err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		ps = append(ps, pending{f.Name(), name})
		_, werr := f.Write(files[name])
		serr := f.Sync()
		cerr := f.Close()
		if err := cmp.Or(werr, serr, cerr); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	for i, p := range ps {
		if err := os.Rename(p.tmp, p.final); err != nil {
			for _, done := range ps[:i] {
				os.Remove(done.final)
			}
			return fmt.Errorf("write %s: %w", p.final, err)
		}
	}
	syncDir(dir)
	return nil
}

// syncDir makes renames and removals in dir durable; not every system can
// sync a folder, so failures are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
