package i18n

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestSortStrings(t *testing.T) {
	tests := []struct {
		code string
		in   string
		want string
	}{
		// Polish: ć, ł, ś, ź, ż are letters of their own, after c, l, s, z.
		{"pl", "Żywiec Mazury Łódź Lublin Zakopane Łeba Ćmielów Czersk Cieszyn Źródła Śląsk Szczecin Lwów",
			"Cieszyn Czersk Ćmielów Lublin Lwów Łeba Łódź Mazury Szczecin Śląsk Zakopane Źródła Żywiec"},
		// Russian: ё sorts with е, not after я as in code point order.
		{"ru", "жук ёлка ель ехать елка яблоко Ёж Европа",
			"Европа Ёж елка ёлка ель ехать жук яблоко"},
		// English: case and accents do not outrank letters; nor does ł.
		{"en", "egg éclair Banana apple cherry Eagle Łódź Lublin Mazury",
			"apple Banana cherry Eagle éclair egg Łódź Lublin Mazury"},
	}
	for _, tt := range tests {
		s := strings.Fields(tt.in)
		ForCode(tt.code).SortStrings(s)
		if got := strings.Join(s, " "); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.code, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		code, a, b string
		want       int
	}{
		{"pl", "Ł", "L", 1}, {"pl", "Ł", "M", -1}, {"pl", "Łódź", "Lwów", 1}, {"pl", "Łódź", "Mazury", -1},
		// ć and ł are letters in Polish, c and l with a mark in English.
		{"pl", "Ćma", "Czapla", 1}, {"en", "Ćma", "Czapla", -1}, {"pl", "Łódź", "Lublin", 1}, {"en", "Łódź", "Lublin", -1},
		{"ru", "ёлка", "ель", -1}, {"ru", "ёлка", "жук", -1}, {"ru", "ё", "е", 1}, {"ru", "Ёж", "ёж", 1},
		{"en", "apple", "Banana", -1}, {"en", "résumé", "resume", 1}, {"en", "same", "same", 0},
	}
	for _, tt := range tests {
		if got := ForCode(tt.code).Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: Compare(%q, %q) = %d, want %d", tt.code, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSortFunc(t *testing.T) {
	type brief struct {
		title string
		id    int
	}
	s := []brief{{"Żaden", 1}, {"Łuk", 2}, {"Lato", 3}, {"Łuk", 4}, {"Mapa", 5}, {"Łuk", 6}}
	SortFunc(ForCode("pl"), s, func(b brief) string { return b.title })
	var got []string
	for _, b := range s {
		got = append(got, fmt.Sprint(b.title, b.id))
	}
	if want := "Lato3 Łuk2 Łuk4 Łuk6 Mapa5 Żaden1"; strings.Join(got, " ") != want {
		t.Errorf("%s, want %s (stable)", strings.Join(got, " "), want)
	}
	SortFunc(ForCode("pl"), []brief(nil), func(b brief) string { return b.title })
}

// TestCollateConcurrent is for the race detector: the collators are
// pooled, not shared.
func TestCollateConcurrent(t *testing.T) {
	l := ForCode("pl")
	want := titles(200, 1)
	l.SortStrings(want)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			s := titles(200, 1)
			if i%2 == 0 {
				l.SortStrings(s)
			} else {
				slices.SortFunc(s, l.Compare)
			}
			if !slices.Equal(s, want) {
				t.Error("concurrent sorts disagree")
			}
		})
	}
	wg.Wait()
}

// titles returns n made-up titles in Polish and Russian, in random order.
func titles(n int, seed uint64) []string {
	words := strings.Fields("Łódź Lublin Ćwiczenia Czechy Żywność Źródła Śląsk Szczyt Bezpieczeństwo Rosja NATO traktat INF " +
		"пакт ёмкость ель Европа безопасность ракеты договор Польша США отношения")
	r := rand.New(rand.NewPCG(seed, seed))
	s := make([]string, n)
	for i := range s {
		var b strings.Builder
		for j := range 3 + r.IntN(6) {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		s[i] = b.String()
	}
	return s
}

func BenchmarkSortStrings300(b *testing.B) {
	l := ForCode("pl")
	src := titles(300, 2)
	s := make([]string, len(src))
	for b.Loop() {
		copy(s, src)
		l.SortStrings(s)
	}
}

func BenchmarkSortCompare300(b *testing.B) {
	l := ForCode("pl")
	src := titles(300, 2)
	s := make([]string, len(src))
	for b.Loop() {
		copy(s, src)
		slices.SortFunc(s, l.Compare)
	}
}

func BenchmarkCompare(b *testing.B) {
	l := ForCode("ru")
	for b.Loop() {
		l.Compare("ёлка на площади", "ель в лесу")
	}
}
