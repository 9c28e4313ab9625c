// Package content holds the brief model, the bundled library and the parser
// for the library's on-disk format. It has no user interface.
//
// # File format
//
// A brief is a UTF-8 Markdown file that starts with a YAML front matter
// between two lines of three dashes:
//
//	---
//	id: pism-spotlight-74-2018
//	series: PISM Spotlight
//	series_path: [Home, Publications, PISM Spotlights]
//	number: 74/2018
//	title: U.S. to Withdraw from the INF Treaty
//	authors: [Artur Kacprzyk]
//	date: 2018-10-23
//	lang: en
//	source: https://pism.pl/publications/...
//	tags: [INF Treaty, arms control]
//	lead: On 20 October, President Donald Trump announced ...
//	---
//	## What is the INF treaty?
//
//	The treaty was signed in 1987 by the U.S. and USSR. ...
//
// Front-matter fields:
//
//   - id (required): lower-case letters, digits and hyphens, at most 80
//     characters, unique in a library.
//   - series (required): one of [KnownSeries].
//   - series_path: the brief's place on its publisher's site, outermost first.
//   - number: the publisher's number, such as "74/2018".
//   - title (required).
//   - authors (required, at least one): the people or editors who wrote the
//     text. A translation keeps the original's authors and names its
//     translator separately.
//   - date (required): the publication date, YYYY-MM-DD.
//   - lang (required): en, pl or ru.
//   - translation_of: the id of the original when the brief is a translation;
//     translation (a label shown to the reader, such as "Unofficial
//     translation") and translator are then required too.
//   - source: an http or https URL of the original publication.
//   - tags: free keywords.
//   - lead: the lead paragraph.
//
// Unknown fields are errors, so that a misspelt field is never silently lost.
//
// The body after the front matter is a small, literal subset of Markdown:
// "#" to "######" start a heading of that level, "- " or "* " an item of a
// bulleted list, "1. " an item of a numbered list, "> " a quotation; blank
// lines separate paragraphs and the lines of a paragraph are joined with a
// space. A line starting with a backslash is paragraph text without the
// backslash, even when it looks like markup. There is no inline markup:
// text is shown exactly as written, which keeps bundled articles verbatim.
//
// Every error names the file, the line and the field, as in
// "spotlight.md:7: date: invalid date "2018-13-01" (want YYYY-MM-DD)", and wraps
// one of the sentinel errors of this package so that callers can tell the
// kinds apart with errors.Is.
package content
