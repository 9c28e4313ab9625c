// Package export writes briefs in formats meant to leave the app: an EPUB 3
// book for e-readers and screen readers, a standalone HTML5 document for
// browsers, and a plain-text citation for pasting into a paper. It has no
// user interface.
//
// The output depends only on its input: for the same briefs and a fixed
// Options.Modified, EPUB and HTML write the same bytes, so that exports can
// be compared and tested byte for byte.
//
// Every piece of text from a brief is escaped, and the characters that XML
// 1.0 forbids (most control characters, unpaired surrogates, U+FFFE and
// U+FFFF) are dropped rather than replaced: a brief imported from elsewhere
// must not be able to produce a book that an e-reader refuses to open.
//
// The EPUB claims conformance to EPUB Accessibility 1.1 at WCAG 2.1 level AA
// (self-declared by the app): every chapter and every link carries its
// language, headings are nested without gaps, the navigation document lists
// every heading, and the stylesheet sets no fixed font sizes, so that a
// reading system can enlarge and recolour the text.
package export
