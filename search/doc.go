// Package search is the full-text search of PISM Reader: an index of the
// briefs of a content.Library on disk, queries in a small syntax, and a
// highlighter for the reader and find-in-page. It has no user interface.
//
// # Use
//
//	dir, _ := search.DefaultDir()
//	ix, err := search.Open(ctx, dir, lib, search.Options{Progress: show})
//	...
//	res, err := ix.Search(ctx, search.Request{Query: "traktat", AsYouType: true, Highlight: true})
//	h := search.NewHighlighter("traktat", content.Polish, false)
//	ranges := h.Find(paragraph) // byte ranges to highlight
//
// Open builds the index the first time, reuses it while the library is the
// same (a stamp records the schema version and a fingerprint of every
// brief), writes only the briefs that changed when it is not, and rebuilds
// it in a fresh directory when it is broken, after renaming the broken one
// to dir+".broken-TIMESTAMP". Between writes the index is held read-only
// under a shared lock, so a second window can open it too; see Open.
//
// # Index
//
// The index is Bleve's scorch index (github.com/blevesearch/bleve/v2) on
// disk. Each brief is one document with, for the language of the brief,
// fields title_LANG, lead_LANG and body_LANG, stemmed with positions for
// phrases, and their unstemmed twins title_LANG_exact and so on, which
// serve prefixes and typos; authors, series, number, tags, lang, year and
// date as keywords, with facets on lang, series, year and authors; and
// the title and the text stored for Hit. See mapping.go.
//
// # Analysis
//
// The index, the queries and the highlighter analyse text with the same
// code (analysis.go):
//
//   - Words are runs of letters, digits and combining marks; an apostrophe
//     between letters stays inside a word. Hyphens and other punctuation
//     separate words, so "ground-launched" is two, and a query word that
//     analysis splits is searched as a phrase.
//   - Folding: lower case, and the diacritics of Latin letters removed,
//     ł and ø included: "Zażółć" is "zazolc", "Łódź" is "lodz". This is a
//     choice for recall: a query typed without Polish letters ("zbrojen")
//     finds the words with them ("zbrojeń"), and the Polish stemmer, which
//     works on folded words, gets the ó/o and ł/l alternations of Polish
//     inflection ("wybór", "wyboru"; "szkoła", "szkole") for free. The
//     price is that a few words meet that differ only by diacritics
//     ("laska", "łaska"). In Cyrillic only ё is folded, into е; й stays.
//   - English: the possessive 's is removed, then Porter's stemmer after a
//     table of irregular verbs ("withdrew" → "withdraw").
//   - Russian: Snowball's Russian stemmer.
//   - Polish: the stemmer of polish.go, suffix rules and alternation
//     classes with a table of irregular forms; it brings all the inflected
//     forms of the 34 words of recall_test.go to their lemma's term (Bleve's
//     stock stemmer is said to reach about 58 % on such forms; it is not
//     measured here, as it needs another module).
//   - Stop words (stopwords.go) are left out, keeping their positions, so
//     that a phrase with one still matches.
//
// # Performance
//
// docs/performance.md has the figures, measured with the benchmarks of
// bench_test.go on synthetic libraries of 1,000 and 10,000 briefs.
package search
