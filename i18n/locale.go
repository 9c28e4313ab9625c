package i18n

import (
	"os"
	"strings"

	"golang.org/x/text/language"
)

// Supported lists the interface languages, the default first.
var Supported = []language.Tag{language.English, language.Polish, language.Russian}

var matcher = language.NewMatcher(Supported)

// Closest maps tag to a supported language: the one the matcher picks
// when it has tag's base language, English otherwise. Deliberately no
// more: language.Matcher would also send Ukrainian, Belarusian and Kazakh
// speakers to Russian, a choice the app should not make for them (see the
// package documentation).
func Closest(tag language.Tag) language.Tag {
	if t, ok := match(tag); ok {
		return t
	}
	return Supported[0]
}

// match returns the supported language for tag when tag names its
// language and the matcher's pick has the same base language.
func match(tag language.Tag) (language.Tag, bool) {
	base, conf := tag.Base()
	if conf != language.Exact {
		return language.Und, false // "und" or a guess from the region
	}
	_, i, _ := matcher.Match(tag)
	if b, _ := Supported[i].Base(); b != base {
		return language.Und, false
	}
	return Supported[i], true
}

// Match returns the supported language for the first of prefs, in order
// of preference, that one supports by Closest's rule, and true; or
// English and false when there is none.
func Match(prefs ...language.Tag) (language.Tag, bool) {
	for _, p := range prefs {
		if t, ok := match(p); ok {
			return t, true
		}
	}
	return Supported[0], false
}

// parseLocale parses a language code or a POSIX or platform locale name:
// "pl", "pl-PL", "pl_PL.UTF-8", "ru_RU@euro", "en_US@rg=plzzzz". It
// reports false for "", "C", "POSIX" and what does not parse.
func parseLocale(s string) (language.Tag, bool) {
	s = strings.TrimSpace(s)
	s, _, _ = strings.Cut(s, ".") // pl_PL.UTF-8
	s, _, _ = strings.Cut(s, "@") // ru_RU@euro
	if s == "" || s == "C" || s == "POSIX" {
		return language.Und, false
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return language.Und, false
	}
	return t, true
}

// envTags returns the languages the environment asks for, by the POSIX
// order of precedence: LANGUAGE (a colon-separated list), LC_ALL,
// LC_MESSAGES, LANG.
func envTags(getenv func(string) string) []language.Tag {
	names := strings.Split(getenv("LANGUAGE"), ":")
	names = append(names, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"))
	return parseAll(names)
}

func parseAll(names []string) []language.Tag {
	var tags []language.Tag
	for _, n := range names {
		if t, ok := parseLocale(n); ok {
			tags = append(tags, t)
		}
	}
	return tags
}

// FromEnv returns the interface language the environment asks for, by the
// POSIX order of precedence: LANGUAGE (a colon-separated list), LC_ALL,
// LC_MESSAGES, LANG. The first supported language wins; "C" and "POSIX"
// and unsupported languages are skipped; with none, English.
func FromEnv(getenv func(string) string) language.Tag {
	t, _ := Match(envTags(getenv)...)
	return t
}

// System returns the interface language the system asks for: the first
// supported language of the environment (FromEnv's variables), else of
// the platform's preferences (on macOS the AppleLanguages list, then the
// AppleLocale; on Windows the user's default locale), else English.
func System() language.Tag {
	return systemFrom(os.Getenv, platformLocales)
}

func systemFrom(getenv func(string) string, platform func() []string) language.Tag {
	if t, ok := Match(envTags(getenv)...); ok {
		return t
	}
	t, _ := Match(parseAll(platform())...)
	return t
}

// Choose applies the language policy of the package documentation: the
// language of the --lang flag, else the saved setting, else System().
// Empty, malformed or unsupported codes are skipped.
func Choose(flag, saved string) language.Tag {
	return choose(flag, saved, System)
}

func choose(flag, saved string, system func() language.Tag) language.Tag {
	if t, ok := Match(parseAll([]string{flag, saved})...); ok {
		return t
	}
	return system()
}

// parseAppleLanguages reads the output of "defaults read -g
// AppleLanguages", a property list array such as
//
//	(
//	    "en-PL",
//	    pl
//	)
func parseAppleLanguages(out string) []string {
	var langs []string
	for _, line := range strings.Split(out, "\n") {
		s := strings.Trim(strings.TrimSpace(line), `(),"`)
		if s != "" {
			langs = append(langs, s)
		}
	}
	return langs
}
