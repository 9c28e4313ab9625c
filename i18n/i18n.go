// Package i18n localises the interface: message catalogs for English, Polish
// and Russian built on golang.org/x/text, plural forms by CLDR rules, dates
// and language choice. It has no user interface of its own.
package i18n

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Supported lists the interface languages, the default first.
var Supported = []language.Tag{language.English, language.Polish, language.Russian}

var cat = build()

// build fills the catalog from the tables in messages.go. English needs
// entries only for plurals: a key without one is its own English text.
func build() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, m := range messages {
		must(b.SetString(language.Polish, m.en, m.pl))
		must(b.SetString(language.Russian, m.en, m.ru))
	}
	for _, p := range plurals {
		must(b.Set(language.English, p.key, plural.Selectf(1, "%d", "one", p.en[0], "other", p.en[1])))
		must(b.Set(language.Polish, p.key, plural.Selectf(1, "%d", "one", p.pl[0], "few", p.pl[1], "many", p.pl[2], "other", p.pl[3])))
		must(b.Set(language.Russian, p.key, plural.Selectf(1, "%d", "one", p.ru[0], "few", p.ru[1], "many", p.ru[2], "other", p.ru[3])))
	}
	return b
}

func must(err error) {
	if err != nil {
		panic(fmt.Sprintf("i18n: bad catalog entry: %v", err))
	}
}

// Localizer translates messages and formats dates for one language.
type Localizer struct {
	tag language.Tag
	p   *message.Printer
}

// New returns a Localizer for the supported language closest to tag.
func New(tag language.Tag) *Localizer {
	tag = Closest(tag)
	return &Localizer{tag: tag, p: message.NewPrinter(tag, message.Catalog(cat))}
}

// ForCode returns a Localizer for a language code such as "pl"; an unknown
// code gives English.
func ForCode(code string) *Localizer {
	t, err := language.Parse(code)
	if err != nil {
		t = language.English
	}
	return New(t)
}

// Closest maps tag to a supported language: its base language when
// supported, English otherwise. Deliberately no more: language.Matcher
// would also send Ukrainian, Belarusian and Kazakh speakers to Russian,
// a choice the app should not make for them.
func Closest(tag language.Tag) language.Tag {
	base, _ := tag.Base()
	for _, s := range Supported {
		if sb, _ := s.Base(); sb == base {
			return s
		}
	}
	return language.English
}

// Tag returns the language of l.
func (l *Localizer) Tag() language.Tag { return l.tag }

// Code returns the two-letter code of l's language.
func (l *Localizer) Code() string {
	b, _ := l.tag.Base()
	return b.String()
}

// T translates key, an English message, and formats it with args as
// fmt.Sprintf would, with plural forms where the catalog has them.
func (l *Localizer) T(key string, args ...any) string {
	return l.p.Sprintf(key, args...)
}

// Date formats d as a day, month and year in words: "23 October 2018",
// "23 października 2018", "23 октября 2018 г.".
func (l *Localizer) Date(d time.Time) string {
	day, month, year := d.Day(), d.Month()-1, d.Year()
	switch l.Code() {
	case "pl":
		return fmt.Sprintf("%d %s %d", day, monthsPL[month], year)
	case "ru":
		return fmt.Sprintf("%d %s %d г.", day, monthsRU[month], year)
	}
	return fmt.Sprintf("%d %s %d", day, time.Month(month+1), year)
}

// Genitive month names: a date names the day "of" the month.
var (
	monthsPL = strings.Fields("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia")
	monthsRU = strings.Fields("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
)

// LangName returns the name of the language with the given code, in l's
// language: "Polish", "polski", "польский".
func (l *Localizer) LangName(code string) string {
	switch code {
	case "en":
		return l.T("English")
	case "pl":
		return l.T("Polish")
	case "ru":
		return l.T("Russian")
	}
	return code
}

// FromEnv returns the interface language the environment asks for, by the
// POSIX order of precedence: LANGUAGE (a colon-separated list), LC_ALL,
// LC_MESSAGES, LANG. The first supported language wins; "C" and "POSIX"
// and unsupported languages are skipped; with none, English.
func FromEnv(getenv func(string) string) language.Tag {
	var candidates []string
	candidates = append(candidates, strings.Split(getenv("LANGUAGE"), ":")...)
	candidates = append(candidates, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG"))
	for _, c := range candidates {
		c, _, _ = strings.Cut(c, ".") // pl_PL.UTF-8
		c, _, _ = strings.Cut(c, "@")
		if c == "" || c == "C" || c == "POSIX" {
			continue
		}
		t, err := language.Parse(strings.ReplaceAll(c, "_", "-"))
		if err != nil {
			continue
		}
		if b, _ := t.Base(); Closest(t) != language.English || b.String() == "en" {
			return Closest(t)
		}
	}
	return language.English
}
