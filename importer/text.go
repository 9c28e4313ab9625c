package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pismreader/content"
)

// maxHeadingRunes bounds what plain text may call a heading: a longer line
// is a one-line paragraph.
const maxHeadingRunes = 100

// convertText reads plain text: the first non-empty line is the title,
// blank lines separate paragraphs, and a paragraph of one short line that
// does not end like a sentence and is followed by another paragraph is a
// heading. Paragraphs whose every line starts with "- ", "* " or "• " are
// lists. Nothing else is guessed, so that the result is predictable.
func convertText(name, text string, opt Options) ([]*content.Brief, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if len(cur) > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	if len(paras) == 0 {
		return nil, newError(name, ErrEmpty, "")
	}
	b := &content.Brief{Title: paras[0][0], Series: content.SeriesOther}
	if rest := paras[0][1:]; len(rest) > 0 {
		paras[0] = rest
	} else {
		paras = paras[1:]
	}
	for i, p := range paras {
		switch {
		case isTextList(p):
			items := make([]string, len(p))
			for j, l := range p {
				items[j] = strings.TrimSpace(strings.TrimLeft(l, "-*•"))
			}
			b.Body = append(b.Body, content.Block{Kind: content.List, Items: items})
		case len(p) == 1 && i+1 < len(paras) && isTextHeading(p[0]):
			b.Body = append(b.Body, content.Block{Kind: content.Heading, Level: 2, Text: p[0]})
		default:
			b.Body = append(b.Body, content.Block{Kind: content.Paragraph, Text: strings.Join(p, " ")})
		}
	}
	if len(b.Body) == 0 {
		// A text of a single line: the line is both title and text.
		b.Body = []content.Block{{Kind: content.Paragraph, Text: b.Title}}
	}
	b.Date = opt.today()
	out, err := finish(name, b, ErrUnknownFormat, opt.today())
	if err != nil {
		return nil, err
	}
	return []*content.Brief{out}, nil
}

func isTextList(p []string) bool {
	for _, l := range p {
		if !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "* ") && !strings.HasPrefix(l, "• ") {
			return false
		}
	}
	return true
}

// isTextHeading reports a line short enough for a heading that does not end
// with a full stop, comma, colon or semicolon. A question mark is allowed:
// PISM's headings are often questions.
func isTextHeading(line string) bool {
	if utf8.RuneCountInString(line) > maxHeadingRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,:;…", last) {
		return false
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}
