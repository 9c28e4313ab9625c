package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
)

// listEntry is one brief in the JSON of "list".
type listEntry struct {
	ID            string   `json:"id"`
	Series        string   `json:"series"`
	Number        string   `json:"number"`
	Title         string   `json:"title"`
	Authors       []string `json:"authors"`
	Date          string   `json:"date"`
	Lang          string   `json:"lang"`
	TranslationOf string   `json:"translation_of"`
}

func writeListJSON(w io.Writer, lib *content.Library) error {
	entries := make([]listEntry, 0, lib.Len())
	for _, b := range lib.All() {
		entries = append(entries, listEntry{
			ID: b.ID, Series: b.Series, Number: b.Number, Title: b.Title,
			Authors: append([]string{}, b.Authors...), Date: b.Date.Format("2006-01-02"),
			Lang: string(b.Lang), TranslationOf: b.TranslationOf,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(entries)
}

func writeList(w io.Writer, lib *content.Library, l *i18n.Localizer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, b := range lib.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", b.ID, b.Lang, l.Date(b.Date), seriesLine(b, l), b.Title)
	}
	return tw.Flush()
}

// seriesLine names the series and number: "PISM Spotlight no. 74/2018".
func seriesLine(b *content.Brief, l *i18n.Localizer) string {
	s := l.T(b.Series)
	if b.Number != "" {
		s += " " + l.T("no. %s", b.Number)
	}
	return s
}

// WriteText writes b as plain text for a terminal or a screen reader:
// labelled metadata, then the lead, headings and paragraphs, one per line
// with blank lines between, unwrapped so that the terminal or the screen
// reader wraps them.
func WriteText(w io.Writer, b *content.Brief, l *i18n.Localizer) error {
	var sb strings.Builder
	line := func(s string) { sb.WriteString(s + "\n") }
	label := func(k, v string) {
		if v != "" {
			line(k + ": " + v)
		}
	}
	line(b.Title)
	line("")
	label(l.T("Series"), seriesLine(b, l))
	label(l.T("Date"), l.Date(b.Date))
	label(l.T("Authors"), library.Authors(l, b))
	label(l.T("Language"), l.LangName(string(b.Lang)))
	if b.IsTranslation() {
		label(l.T("Translation"), b.Translation)
		label(l.T("Original"), b.TranslationOf)
	}
	label(l.T("Reading time"), l.T("%d min read", int(b.ReadingTime().Minutes())))
	label(l.T("Source"), b.Source)
	if b.Lead != "" {
		line("")
		line(b.Lead)
	}
	for _, bl := range b.Body {
		line("")
		switch bl.Kind {
		case content.Heading:
			line(bl.Text)
		case content.List:
			for i, it := range bl.Items {
				if bl.Ordered {
					line(fmt.Sprintf("%d. %s", i+1, it))
				} else {
					line("- " + it)
				}
			}
		case content.Quote:
			line("> " + bl.Text)
		default:
			line(bl.Text)
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}
