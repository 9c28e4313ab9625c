package search

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

// brief makes an English brief with a title and one paragraph.
func brief(id, title, body string) *content.Brief {
	return &content.Brief{ID: id, Series: content.SeriesBulletin, Title: title, Lang: content.English,
		Authors: []string{"Test Author"}, Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		Body: []content.Block{{Kind: content.Paragraph, Text: body}}}
}

func TestRanking(t *testing.T) {
	filler := strings.Repeat("Regional security depends on dialogue and deterrence. ", 8)
	lib, err := content.NewLibrary([]*content.Brief{
		brief("title-hit", "Missiles in Europe", filler),
		brief("body-hit", "Security in Europe", filler+" Missiles were deployed."),
		brief("exact", "Arms control", filler+" The treaty was signed."),
		brief("typo", "Arms control again", filler+" The treety was signed."),
		brief("other", "Unrelated", filler),
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(context.Background(), filepath.Join(t.TempDir(), "index"), lib, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"missiles", []string{"title-hit", "body-hit"}},
		{"treaty", []string{"exact", "typo"}},
		{"treety", []string{"typo", "exact"}},
	} {
		got := ids(search(t, ix, Request{Query: tc.query}))
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: %v, want %v", tc.query, got, tc.want)
		}
	}
}
