package importer

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"pismreader/content"
)

// fixedNow is the Now of tests, so that dates are reproducible.
var fixedNow = func() time.Time { return time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC) }

var testOpt = Options{Now: fixedNow}

// checkBrief fails unless b is what content.Parse would read from its own
// rendering: the contract every returned brief keeps.
func checkBrief(t testing.TB, b *content.Brief) {
	t.Helper()
	if err := validBrief(b); err != nil {
		t.Fatal(err)
	}
}

func validBrief(b *content.Brief) error {
	md, err := content.Marshal(b)
	if err != nil {
		return err
	}
	back, err := content.Parse("check.md", md)
	if err != nil {
		return err
	}
	back.File = ""
	for i := range back.Body {
		back.Body[i].Line = 0
	}
	if !reflect.DeepEqual(back, b) {
		return errors.New("brief changes when rendered and parsed: " + string(md))
	}
	return nil
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// allText returns every string of a brief, for checks that some text
// appears nowhere.
func allText(b *content.Brief) string {
	parts := []string{b.ID, b.Series, b.Number, b.Title, b.Lead, b.Source}
	parts = append(parts, b.SeriesPath...)
	parts = append(parts, b.Authors...)
	parts = append(parts, b.Tags...)
	for _, bl := range b.Body {
		parts = append(parts, bl.Words())
	}
	return strings.Join(parts, "\n")
}

// wantKind fails unless err is an *Error of kind.
func wantKind(t testing.TB, err error, kind error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if !errors.Is(err, kind) || e.Kind != kind {
		t.Fatalf("error %v: kind %v, want %v", err, e.Kind, kind)
	}
	return e
}
