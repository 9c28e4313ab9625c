package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/importer"
	"pismreader/library"
)

// runImport adds the briefs of every file or address given, all or none:
// when one cannot be read, nothing is added. The search index is not
// touched here; it takes the new briefs, and only them, when next opened.
func runImport(o Options, shelf *library.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	var briefs []*content.Brief
	for _, arg := range o.Args {
		var (
			bs  []*content.Brief
			err error
		)
		if importer.IsURL(arg) {
			bs, err = importer.URL(context.Background(), arg, importer.Options{})
		} else {
			bs, err = importer.File(arg, importer.Options{})
		}
		if err != nil {
			fmt.Fprintln(stderr, "pismreader:", library.Message(l, err))
			fmt.Fprintln(stderr, l.T("Nothing was imported."))
			return 1
		}
		briefs = append(briefs, bs...)
	}
	res, err := shelf.Add(briefs)
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", library.Message(l, err))
		fmt.Fprintln(stderr, l.T("Nothing was imported."))
		return 1
	}
	for _, b := range res.Added {
		fmt.Fprintf(stdout, "%s\t%s\n", b.ID, b.Title)
	}
	for _, d := range res.Duplicates {
		fmt.Fprintln(stderr, l.T("Already in the library: %q is %s.", d.New.Title, d.Existing.ID))
	}
	fmt.Fprintln(stderr, library.Summary(l, library.Result{Added: res.Added, Duplicates: res.Duplicates}))
	return 0
}

func runRemove(o Options, shelf *library.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	id := o.Args[0]
	b, _ := shelf.Briefs.ByID(id)
	err := shelf.Remove(id)
	switch {
	case errors.Is(err, library.ErrNoBrief):
		fmt.Fprintln(stderr, "pismreader:", l.T("no brief with ID %q; %q lists the IDs", id, "pismreader list"))
		return 2
	case err != nil && !errors.Is(err, library.ErrIndexBehind):
		fmt.Fprintln(stderr, "pismreader:", library.Message(l, err))
		return 1
	}
	fmt.Fprintln(stderr, l.T("Removed %q.", b.Title))
	return 0
}
