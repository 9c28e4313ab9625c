package i18n

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// The language policy: a supported language only for the same base
// language; Ukrainian, Belarusian and Kazakh get English, not Russian.
var policyCases = []struct {
	in   string
	want language.Tag
}{
	{"pl", language.Polish}, {"pl-PL", language.Polish}, {"pl_PL.UTF-8", language.Polish},
	{"ru", language.Russian}, {"ru-RU", language.Russian}, {"ru_UA", language.Russian}, {"ru_RU@euro", language.Russian},
	{"en", language.English}, {"en-GB", language.English}, {"en_US.UTF-8", language.English},
	{"uk", language.English}, {"uk-UA", language.English},
	{"be", language.English}, {"be_BY", language.English},
	{"kk", language.English}, {"kk-KZ", language.English},
	{"de", language.English}, {"de_DE.UTF-8", language.English},
	{"C", language.English}, {"POSIX", language.English}, {"C.UTF-8", language.English},
	{"", language.English}, {"und", language.English}, {"not a locale", language.English},
}

func TestClosest(t *testing.T) {
	for _, tt := range policyCases {
		tag, _ := parseLocale(tt.in)
		if got := Closest(tag); got != tt.want {
			t.Errorf("Closest(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if got := FromEnv(env(map[string]string{"LANG": tt.in})); got != tt.want {
			t.Errorf("FromEnv(LANG=%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		prefs []string
		want  language.Tag
		ok    bool
	}{
		{nil, language.English, false},
		{[]string{"uk", "ru"}, language.Russian, true},
		{[]string{"uk", "be", "kk"}, language.English, false},
		{[]string{"de", "en-GB", "pl"}, language.English, true},
		{[]string{"de", "pl-PL", "en"}, language.Polish, true},
		{[]string{"und", "ru"}, language.Russian, true},
	}
	for _, tt := range tests {
		var prefs []language.Tag
		for _, p := range tt.prefs {
			prefs = append(prefs, language.Make(p))
		}
		if got, ok := Match(prefs...); got != tt.want || ok != tt.ok {
			t.Errorf("Match(%v) = %s, %v, want %s, %v", tt.prefs, got, ok, tt.want, tt.ok)
		}
	}
}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want language.Tag
	}{
		{map[string]string{}, language.English},
		{map[string]string{"LANG": "pl_PL.UTF-8"}, language.Polish},
		{map[string]string{"LANG": "pl_PL.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, language.Russian},
		{map[string]string{"LANG": "pl_PL.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, language.Russian},
		{map[string]string{"LANGUAGE": "uk:ru", "LANG": "en_US.UTF-8"}, language.Russian},
		{map[string]string{"LANGUAGE": "uk", "LANG": "pl_PL.UTF-8"}, language.Polish},
		{map[string]string{"LANGUAGE": "de:en", "LANG": "pl_PL"}, language.English},
		{map[string]string{"LC_ALL": "C", "LANG": "ru_RU@euro"}, language.Russian},
		{map[string]string{"LANG": "uk_UA.UTF-8"}, language.English},
		{map[string]string{"LANG": "C"}, language.English},
		{map[string]string{"LANGUAGE": ":", "LANG": ""}, language.English},
	}
	for _, tt := range tests {
		if got := FromEnv(env(tt.env)); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.env, got, tt.want)
		}
	}
}

func TestSystem(t *testing.T) {
	tests := []struct {
		env      map[string]string
		platform []string
		want     language.Tag
	}{
		{nil, nil, language.English},
		{nil, []string{"pl-PL"}, language.Polish},
		{nil, []string{"uk-UA", "ru-RU"}, language.Russian},
		{nil, []string{"de-DE", "en_PL"}, language.English},
		{nil, []string{"uk-UA"}, language.English},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, []string{"pl-PL"}, language.Russian},
		{map[string]string{"LANG": "C"}, []string{"pl-PL"}, language.Polish},
		{map[string]string{"LANG": "de_DE.UTF-8"}, []string{"ru"}, language.Russian},
	}
	for _, tt := range tests {
		if got := systemFrom(env(tt.env), func() []string { return tt.platform }); got != tt.want {
			t.Errorf("env %v, platform %v: %s, want %s", tt.env, tt.platform, got, tt.want)
		}
	}
	if got := System(); !slices.Contains(Supported, got) {
		t.Errorf("System() = %s, not a supported language", got)
	}
}

func TestChoose(t *testing.T) {
	system := func() language.Tag { return language.Russian }
	tests := []struct {
		flag, saved string
		want        language.Tag
	}{
		{"pl", "en", language.Polish},
		{"", "en", language.English},
		{"", "pl", language.Polish},
		{"", "", language.Russian},
		{"uk", "", language.Russian},
		{"", "xx-not-a-tag!", language.Russian},
	}
	for _, tt := range tests {
		if got := choose(tt.flag, tt.saved, system); got != tt.want {
			t.Errorf("choose(%q, %q) = %s, want %s", tt.flag, tt.saved, got, tt.want)
		}
	}
}

func TestParseAppleLanguages(t *testing.T) {
	out := "(\n    \"en-PL\",\n    pl,\n    \"ru-RU\"\n)\n"
	if got, want := parseAppleLanguages(out), []string{"en-PL", "pl", "ru-RU"}; !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
	if got := parseAppleLanguages(""); len(got) != 0 {
		t.Errorf("empty output: %q", got)
	}
}
