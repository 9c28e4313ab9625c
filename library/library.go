// Package library keeps the reader's library whole: the bundled briefs,
// the briefs the user imported into their own store, and the search index,
// changed together so that a failed import or removal leaves all three as
// they were. It has no user interface; the app and the command line share
// it, and its messages are localised through package i18n.
package library

import (
	"context"
	"errors"
	"fmt"

	"pismreader/content"
	"pismreader/importer"
	"pismreader/search"
)

// Library is the briefs the reader has and where the imported ones live.
type Library struct {
	Briefs *content.Library
	Store  *content.Store
	// Index, if not nil, is kept in step with Briefs.
	Index *search.Index
}

// Open loads the bundled briefs and those of store. Problems with
// imported files are returned beside a usable library.
func Open(store *content.Store) (*Library, error) {
	lib, err := content.Open(store)
	if lib == nil {
		return nil, err
	}
	return &Library{Briefs: lib, Store: store}, err
}

// Result is what an import did.
type Result struct {
	Added      []*content.Brief
	Duplicates []content.Duplicate
	// IndexErr is why the search index could not take the new briefs yet.
	IndexErr error
}

// Read reads the briefs of every path or http(s) URL in args, all or
// none: the first input that cannot be read is the error.
func Read(ctx context.Context, args []string, opt importer.Options) ([]*content.Brief, error) {
	var briefs []*content.Brief
	for _, arg := range args {
		var (
			bs  []*content.Brief
			err error
		)
		if importer.IsURL(arg) {
			bs, err = importer.URL(ctx, arg, opt)
		} else {
			bs, err = importer.File(arg, opt)
		}
		if err != nil {
			return nil, err
		}
		briefs = append(briefs, bs...)
	}
	return briefs, nil
}

// Import reads args (see Read) and adds the briefs found that the library
// does not have yet. On success l.Briefs is the new library; on any error
// nothing is changed: no file is kept and the index is as it was.
func (l *Library) Import(ctx context.Context, args []string, opt importer.Options) (Result, error) {
	briefs, err := Read(ctx, args, opt)
	if err != nil {
		return Result{}, err
	}
	return l.Add(briefs)
}

// Add adds briefs to the store and the index, all or none.
func (l *Library) Add(briefs []*content.Brief) (Result, error) {
	a, err := l.Store.Add(l.Briefs, briefs)
	if err != nil {
		return Result{}, fmt.Errorf("import: %w", err)
	}
	r := Result{Added: a.Added, Duplicates: a.Duplicates}
	if l.Index != nil && len(a.Added) > 0 {
		// The briefs are saved; an index that cannot take them now (held
		// by another window) catches up when next opened, as it compares
		// every brief with what it holds.
		r.IndexErr = l.Index.Add(a.Added...)
	}
	l.Briefs = a.Library
	return r, nil
}

// ErrBundled is returned when asked to remove a brief that came with the
// app.
var ErrBundled = errors.New("bundled briefs cannot be removed")

// ErrIndexBehind is returned when the library changed but the search
// index could not follow yet; it catches up when next opened.
var ErrIndexBehind = errors.New("the search index will catch up when next opened")

// ErrNoBrief is returned for an ID the library does not have.
var ErrNoBrief = errors.New("no such brief")

// Remove deletes the imported brief id from the store and the index.
func (l *Library) Remove(id string) error {
	b, ok := l.Briefs.ByID(id)
	switch {
	case !ok:
		return fmt.Errorf("remove %q: %w", id, ErrNoBrief)
	case !b.Imported:
		return fmt.Errorf("remove %q: %w", id, ErrBundled)
	}
	var rest []*content.Brief
	for _, x := range l.Briefs.All() {
		if x.ID != id {
			rest = append(rest, x)
		}
	}
	// Translations of the brief would lose their original: refuse rather
	// than leave the library broken.
	next, err := content.NewLibrary(rest)
	if err != nil {
		return fmt.Errorf("remove %q: %w", id, err)
	}
	if err := l.Store.Remove(id); err != nil {
		return err
	}
	l.Briefs = next
	if l.Index != nil {
		if err := l.Index.Remove(id); err != nil {
			return fmt.Errorf("remove %q from the search index: %w", id, ErrIndexBehind)
		}
	}
	return nil
}
