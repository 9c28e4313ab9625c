package i18n

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Localizer translates messages and formats dates, numbers and the
// alphabetical order for one language. It is safe for concurrent use.
type Localizer struct {
	tag       language.Tag
	p         *message.Printer
	collators *sync.Pool // of *collator for tag
}

// New returns a Localizer for the supported language closest to tag.
func New(tag language.Tag) *Localizer {
	tag = Closest(tag)
	return &Localizer{
		tag:       tag,
		p:         message.NewPrinter(tag, message.Catalog(messageCatalog)),
		collators: collatorPool(tag),
	}
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
