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
		b, ok := findBrief(lib, id, l, stderr)
		if !ok {
			return 2
		}
		briefs = append(briefs, b)
	}
	var buf bytes.Buffer
	// A book of several briefs is titled in the interface language.
	err := export.Write(&buf, o.Format, briefs, export.Options{Lang: l.Code()})
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
	b, ok := findBrief(lib, o.Args[0], l, stderr)
	if !ok {
		return 2
	}
	fmt.Fprintln(stdout, export.Citation(b))
	return 0
}
