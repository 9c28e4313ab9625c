package content

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Marshal writes b in the library's file format, so that Parse reads back
// the same brief. Blocks are written one per line; a paragraph that would
// read as markup is escaped with a backslash.
func Marshal(b *Brief) ([]byte, error) {
	fm := frontMatter{
		ID: b.ID, Series: b.Series, SeriesPath: b.SeriesPath, Number: b.Number, Title: b.Title,
		Authors: b.Authors, Lang: string(b.Lang), TranslationOf: b.TranslationOf,
		Translation: b.Translation, Translator: b.Translator, Source: b.Source, Tags: b.Tags, Lead: b.Lead,
	}
	if !b.Date.IsZero() {
		fm.Date = b.Date.Format(time.DateOnly)
	}
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return nil, fmt.Errorf("marshal %s: %w", b.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("marshal %s: %w", b.ID, err)
	}
	buf.WriteString("---\n")
	for _, bl := range b.Body {
		buf.WriteByte('\n')
		switch bl.Kind {
		case Heading:
			lvl := min(max(bl.Level, 1), 6)
			buf.WriteString(strings.Repeat("#", lvl) + " " + normalizeSpace(bl.Text) + "\n")
		case List:
			for i, it := range bl.Items {
				if bl.Ordered {
					buf.WriteString(strconv.Itoa(min(i+1, 9999)) + ". ")
				} else {
					buf.WriteString("- ")
				}
				buf.WriteString(normalizeSpace(it) + "\n")
			}
		case Quote:
			buf.WriteString("> " + normalizeSpace(bl.Text) + "\n")
		default:
			t := normalizeSpace(bl.Text)
			if needsEscape(t) {
				t = `\` + t
			}
			buf.WriteString(t + "\n")
		}
	}
	return buf.Bytes(), nil
}

// needsEscape reports whether a paragraph's line would be read as something
// else than a paragraph.
func needsEscape(s string) bool {
	if s == "" {
		return false
	}
	if headingLevel(s) > 0 || strings.HasPrefix(s, ">") || strings.HasPrefix(s, `\`) {
		return true
	}
	_, _, item := listItem(s)
	return item
}
