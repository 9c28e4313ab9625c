package search

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pismreader/content"
)

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func TestParseQuery(t *testing.T) {
	w := func(words ...string) clause { return clause{Words: words} }
	p := func(words ...string) clause { return clause{Words: words, Phrase: true} }
	for _, tc := range []struct {
		in   string
		want parsedQuery
	}{
		{"", parsedQuery{}},
		{"   ", parsedQuery{}},
		{"missiles", parsedQuery{Groups: [][]clause{{w("missiles")}}, Open: true}},
		{"missiles ", parsedQuery{Groups: [][]clause{{w("missiles")}}}},
		{"nuclear missiles", parsedQuery{Groups: [][]clause{{w("nuclear")}, {w("missiles")}}, Open: true}},
		{`"withdraw from the INF" treaty`, parsedQuery{Groups: [][]clause{{p("withdraw", "from", "the", "INF")}, {w("treaty")}}, Open: true}},
		{`„traktat INF” «договор РСМД»`, parsedQuery{Groups: [][]clause{{p("traktat", "INF")}, {p("договор", "РСМД")}}}},
		{`missiles -China -"arms race"`, parsedQuery{Groups: [][]clause{{w("missiles")}}, Not: []clause{w("China"), p("arms", "race")}}},
		{"treaty OR accord", parsedQuery{Groups: [][]clause{{w("treaty"), w("accord")}}, Open: true}},
		{"a OR b OR c d", parsedQuery{Groups: [][]clause{{w("a"), w("b"), w("c")}, {w("d")}}, Open: true}},
		{"OR treaty", parsedQuery{Groups: [][]clause{{w("treaty")}}, Open: true}},
		{"treaty OR", parsedQuery{Groups: [][]clause{{w("treaty")}}}},
		{"treaty OR -accord", parsedQuery{Groups: [][]clause{{w("treaty")}}, Not: []clause{w("accord")}}},
		{"treaty or accord", parsedQuery{Groups: [][]clause{{w("treaty")}, {w("or")}, {w("accord")}}, Open: true}},
		{`"unterminated phrase`, parsedQuery{Groups: [][]clause{{p("unterminated", "phrase")}}}},
		{`""`, parsedQuery{}},
		{"- missiles", parsedQuery{Groups: [][]clause{{w("-")}, {w("missiles")}}, Open: true}},
		{"missiles -", parsedQuery{Groups: [][]clause{{w("missiles")}, {w("-")}}, Open: true}},
		{"U.S. ground-launched", parsedQuery{Groups: [][]clause{{w("U.S.")}, {w("ground-launched")}}, Open: true}},
		{`zbrojeń"kontrola"`, parsedQuery{Groups: [][]clause{{w("zbrojeń")}, {p("kontrola")}}}},
	} {
		if got := parseQuery(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseQuery(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestParseQueryLimit(t *testing.T) {
	q := parseQuery(strings.Repeat("word ", 100))
	if n := len(q.Groups); n != maxClauses {
		t.Errorf("%d clauses, want %d", n, maxClauses)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "missiles", `"withdraw from" -china`, "a OR b OR -c", `„traktat” «договор`,
		"- -- OR", `"`, "zbrojeń\u00a0kontrola", "\xff\xfe", "a\"b\"c OR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := parseQuery(s)
		n := 0
		check := func(c clause) {
			n++
			if len(c.Words) == 0 {
				t.Fatalf("%q: empty clause", s)
			}
			if !c.Phrase && len(c.Words) != 1 {
				t.Fatalf("%q: word clause with %d words", s, len(c.Words))
			}
			for _, w := range c.Words {
				if w == "" || strings.ContainsFunc(w, isQuote) || c.Phrase && strings.ContainsFunc(w, isSpace) {
					t.Fatalf("%q: bad word %q", s, w)
				}
			}
		}
		for _, g := range q.Groups {
			if len(g) == 0 {
				t.Fatalf("%q: empty group", s)
			}
			for _, c := range g {
				check(c)
			}
		}
		for _, c := range q.Not {
			check(c)
		}
		if n > maxClauses {
			t.Fatalf("%q: %d clauses", s, n)
		}
		// Writing the query back and reading it again gives the same query.
		again := parseQuery(q.String())
		if !reflect.DeepEqual(again.Groups, q.Groups) || !reflect.DeepEqual(again.Not, q.Not) {
			t.Fatalf("%q: %q reads back as %+v, want %+v", s, q.String(), again, q)
		}
		// Neither compiling nor highlighting fails on it.
		if utf8.ValidString(s) {
			c := compiler{langs: content.Langs, asYouType: true}
			c.compile(q, nil)
			NewHighlighter(s, content.Polish, true).Find("Traktat INF i traktaty, zbrojenia – " + s)
		}
	})
}
