package cli

import (
	"bytes"
	"fmt"
	"io"

	"pismreader/content"
	"pismreader/export"
	"pismreader/i18n"
	"pismreader/state"
)

// runExport writes the briefs named, or the whole library, to o.Out as
// EPUB or HTML. The file appears whole or not at all.
func runExport(o Options, lib *content.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	var briefs []*content.Brief
	if o.All {
		briefs = lib.All()
	}
	for _, id := range o.Args {
		b, ok := lib.ByID(id)
		if !ok {
			fmt.Fprintln(stderr, "pismreader:", l.T("no brief with ID %q; %q lists the IDs", id, "pismreader list"))
			return 2
		}
		briefs = append(briefs, b)
	}
	opt := export.Options{Title: l.T("PISM Reader library"), Lang: l.Code()}
	var buf bytes.Buffer
	var err error
	if o.Format == "epub" {
		err = export.EPUB(&buf, briefs, opt)
	} else {
		err = export.HTML(&buf, briefs, opt)
	}
	if err == nil {
		err = state.WriteFileAtomic(o.Out, buf.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", l.T("The export failed: %v", err))
		return 1
	}
	fmt.Fprintln(stderr, l.T("Wrote %s.", o.Out))
	return 0
}

// runCite prints a citation of one brief.
func runCite(o Options, lib *content.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	b, ok := lib.ByID(o.Args[0])
	if !ok {
		fmt.Fprintln(stderr, "pismreader:", l.T("no brief with ID %q; %q lists the IDs", o.Args[0], "pismreader list"))
		return 2
	}
	fmt.Fprintln(stdout, export.Citation(b))
	return 0
}
