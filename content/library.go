package content

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed library/*.md
var bundled embed.FS

// Library is a set of briefs, ordered by series (in the order of
// KnownSeries), then newest first, then by ID.
type Library struct {
	briefs []*Brief
	byID   map[string]*Brief
}

// Bundled loads the briefs embedded in the binary.
func Bundled() (*Library, error) {
	return LoadFS(bundled, "library")
}

// LoadFS loads every .md file in dir of fsys. It reports every problem of
// every file, not just the first.
func LoadFS(fsys fs.FS, dir string) (*Library, error) {
	briefs, errs, err := parseDir(fsys, dir, func(name string) string { return name })
	if err != nil {
		return nil, err
	}
	lib, err := NewLibrary(briefs)
	if err != nil {
		errs = append(errs, err)
	}
	return lib, errors.Join(errs...)
}

// parseDir parses every .md file in dir of fsys, leaving out hidden ones
// (a store's temporary files); display gives the name a file has in
// messages and in Brief.File. err is set only when dir cannot be read.
func parseDir(fsys fs.FS, dir string, display func(name string) string) (briefs []*Brief, errs []error, err error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load library %s: %w", display(dir), err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := path.Join(dir, e.Name())
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("load %s: %w", display(name), err))
			continue
		}
		b, err := Parse(display(name), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		briefs = append(briefs, b)
	}
	return briefs, errs, nil
}

// NewLibrary checks that IDs are unique and that every translation's
// original is present, and orders the briefs.
func NewLibrary(briefs []*Brief) (*Library, error) {
	lib := &Library{byID: make(map[string]*Brief, len(briefs))}
	var errs []error
	for _, b := range briefs {
		if prev, ok := lib.byID[b.ID]; ok {
			errs = append(errs, &Error{File: b.File, Line: 2, Field: "id", Kind: ErrDuplicateID,
				Detail: fmt.Sprintf("%q is also the id of %s", b.ID, prev.File)})
			continue
		}
		lib.byID[b.ID] = b
		lib.briefs = append(lib.briefs, b)
	}
	for _, b := range lib.briefs {
		if b.TranslationOf == "" {
			continue
		}
		if o, ok := lib.byID[b.TranslationOf]; !ok || o.IsTranslation() {
			errs = append(errs, &Error{File: b.File, Field: "translation_of", Kind: ErrNoOriginal,
				Detail: fmt.Sprintf("no original brief with id %q", b.TranslationOf)})
		}
	}
	slices.SortFunc(lib.briefs, func(a, b *Brief) int {
		return cmp.Or(
			cmp.Compare(SeriesRank(a.Series), SeriesRank(b.Series)),
			b.Date.Compare(a.Date),
			cmp.Compare(a.ID, b.ID),
		)
	})
	return lib, errors.Join(errs...)
}

// All returns the briefs in library order. The slice must not be modified.
func (l *Library) All() []*Brief { return l.briefs }

// Len returns the number of briefs.
func (l *Library) Len() int { return len(l.briefs) }

// ByID returns the brief with the given ID.
func (l *Library) ByID(id string) (*Brief, bool) {
	b, ok := l.byID[id]
	return b, ok
}

// Versions returns the original of b and all its translations, ordered as
// Langs.
func (l *Library) Versions(b *Brief) []*Brief {
	orig := b.OriginalID()
	var vs []*Brief
	for _, x := range l.briefs {
		if x.OriginalID() == orig {
			vs = append(vs, x)
		}
	}
	slices.SortStableFunc(vs, func(a, b *Brief) int { return cmp.Compare(langRank(a.Lang), langRank(b.Lang)) })
	return vs
}

// InLang returns the version of b in lang, or b itself when there is none.
func (l *Library) InLang(b *Brief, lang Lang) *Brief {
	for _, v := range l.Versions(b) {
		if v.Lang == lang {
			return v
		}
	}
	return b
}

func langRank(l Lang) int {
	if i := slices.Index(Langs, l); i >= 0 {
		return i
	}
	return len(Langs)
}
