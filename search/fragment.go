package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fragments: passages of a brief's lead and body around the words that
// match, with those words between MarkStart and MarkEnd. A fragment never
// spans two blocks; "…" stands for text cut off at either end. The text is
// not HTML-escaped; the only changes made to it are that a "<" that would
// start a literal "<mark>" or "</mark>" is written "&lt;", and the "&" of a
// literal "&lt;" or "&amp;" is written "&amp;", so that the marks are never
// ambiguous. ParseFragment undoes this.
const (
	MarkStart = "<mark>"
	MarkEnd   = "</mark>"
	ellipsis  = "…"

	maxFragments = 3
	// fragmentLen is the length of a fragment in characters, marks left
	// out, and fragmentBefore the context kept before the first match.
	fragmentLen    = 200
	fragmentBefore = 60
)

// fragments returns up to max fragments of text, one block a line, looking
// no further than needed.
func (h *Highlighter) fragments(text string, max int) []string {
	var out []string
	for len(text) > 0 && len(out) < max {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		ranges := h.Find(line)
		if len(ranges) == 0 {
			continue
		}
		out = append(out, fragment(line, ranges))
	}
	return out
}

// fragment cuts a passage of line around its first match and marks every
// match in it.
func fragment(line string, ranges [][2]int) string {
	start := back(line, ranges[0][0], fragmentBefore)
	if start > 0 {
		start = min(wordStart(line, start), ranges[0][0])
	}
	end := forward(line, start, fragmentLen)
	if end < len(line) {
		end = wordEnd(line, end, ranges)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString(ellipsis)
	}
	pos := start
	for _, r := range ranges {
		if r[0] < start || r[0] >= end {
			continue
		}
		re := min(r[1], end)
		writeEscaped(&b, line[pos:r[0]])
		b.WriteString(MarkStart)
		writeEscaped(&b, line[r[0]:re])
		b.WriteString(MarkEnd)
		pos = re
	}
	writeEscaped(&b, line[pos:end])
	if end < len(line) {
		b.WriteString(ellipsis)
	}
	return b.String()
}

// back returns the byte offset n characters before i in s, or 0.
func back(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// forward returns the byte offset n characters after i in s, or len(s).
func forward(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// wordStart moves i forward to the start of a word, on a rune boundary.
func wordStart(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i + n
		}
		i += n
	}
	return i
}

// wordEnd moves i back to the end of a word, not inside a match.
func wordEnd(s string, i int, ranges [][2]int) int {
	for _, r := range ranges {
		if r[0] < i && i < r[1] {
			return r[1]
		}
	}
	j := i
	for j > 0 && !utf8.RuneStart(s[j]) {
		j--
	}
	for k := j; k > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsSpace(r) {
			return k - n
		}
		k -= n
	}
	return j
}

// writeEscaped writes s, escaping the "<" of a literal mark as "&lt;", and
// the "&" of a literal "&lt;" or "&amp;" as "&amp;".
func writeEscaped(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, "<&")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, MarkStart), strings.HasPrefix(rest, MarkEnd):
			b.WriteString("&lt;")
		case strings.HasPrefix(rest, "&lt;"), strings.HasPrefix(rest, "&amp;"):
			b.WriteString("&amp;")
		default:
			b.WriteByte(s[i])
		}
		s = s[i+1:]
	}
}

// ParseFragment splits a fragment of Hit.Fragments into its plain text and
// the byte ranges [start, end) of that text that were marked.
func ParseFragment(f string) (text string, marks [][2]int) {
	var b strings.Builder
	open := -1
	for len(f) > 0 {
		switch {
		case strings.HasPrefix(f, MarkStart):
			open = b.Len()
			f = f[len(MarkStart):]
		case strings.HasPrefix(f, MarkEnd):
			if open >= 0 {
				marks = append(marks, [2]int{open, b.Len()})
				open = -1
			}
			f = f[len(MarkEnd):]
		case strings.HasPrefix(f, "&lt;"):
			b.WriteByte('<')
			f = f[len("&lt;"):]
		case strings.HasPrefix(f, "&amp;"):
			b.WriteByte('&')
			f = f[len("&amp;"):]
		default:
			i := strings.IndexAny(f[1:], "<&") + 1
			if i == 0 {
				i = len(f)
			}
			b.WriteString(f[:i])
			f = f[i:]
		}
	}
	return b.String(), marks
}
