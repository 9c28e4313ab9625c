package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"pismreader/i18n"
	"pismreader/importer"
	"pismreader/library"
)

// runImport adds the briefs of every file or address given, all or none:
// when one cannot be read, nothing is added. The search index is not
// touched here; it takes the new briefs, and only them, when next opened.
func runImport(o Options, shelf *library.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	res, err := shelf.Import(context.Background(), o.Args, importer.Options{})
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
	fmt.Fprintln(stderr, library.Summary(l, res))
	return 0
}

func runRemove(o Options, shelf *library.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	b, ok := findBrief(shelf.Briefs, o.Args[0], l, stderr)
	if !ok {
		return 2
	}
	if err := shelf.Remove(b.ID); err != nil && !errors.Is(err, library.ErrIndexBehind) {
		fmt.Fprintln(stderr, "pismreader:", library.Message(l, err))
		return 1
	}
	fmt.Fprintln(stderr, l.T("Removed %q.", b.Title))
	return 0
}
