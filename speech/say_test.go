package speech

import (
	"maps"
	"slices"
	"testing"
)

func TestParseSayVoices(t *testing.T) {
	out := `Albert              en_US    # Hello! My name is Albert.
Eddy (English (UK)) en_GB    # Hello! My name is Eddy.
Milena              ru_RU    # Здравствуйте, меня зовут Милена.
Zosia               pl_PL    # Witaj. Mam na imię Zosia.
Yuri                ru-RU    # Привет.
broken line without locale
Anna                de_DE    # Hallo, ich heiße Anna.
`
	want := map[string]string{"en": "Albert", "ru": "Milena", "pl": "Zosia", "de": "Anna"}
	if got := parseSayVoices(out); !maps.Equal(got, want) {
		t.Errorf("parseSayVoices = %v, want %v", got, want)
	}
	if got := parseSayVoices(""); len(got) != 0 {
		t.Errorf("parseSayVoices(\"\") = %v", got)
	}
}

func TestSayArgs(t *testing.T) {
	tests := []struct {
		v          Voice
		voice, wav string
		want       []string
	}{
		{Voice{Lang: "pl"}, "Zosia", "", []string{"-v", "Zosia", "-r", "175", "--", "-x text"}},
		{Voice{Rate: 2}, "", "", []string{"-r", "350", "--", "-x text"}},
		{Voice{Rate: 0.5}, "Eddy (English (UK))", "/t/a.wav",
			[]string{"-v", "Eddy (English (UK))", "-r", "88", "-o", "/t/a.wav", "--data-format=LEI16@22050", "--", "-x text"}},
	}
	for _, tt := range tests {
		if got := newSay("say").args(tt.v, tt.voice, "-x text", tt.wav); !slices.Equal(got, tt.want) {
			t.Errorf("args = %q, want %q", got, tt.want)
		}
	}
}
