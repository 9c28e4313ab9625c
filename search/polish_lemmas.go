package search

import (
	"strings"
	"sync"

	"pismreader/content"
)

// polishIrregular lists, for each lemma, the folded forms that the rules of
// stemPolish cannot bring to it: suppletion ("człowiek", "ludzie"), vowel
// alternation in the stem ("miasto", "mieście"), a few frequent irregular
// verbs, and forms that the rules read as another part of speech. The lemma is stemmed like any other word, so its regular
// forms still meet the irregular ones.
var polishIrregular = map[string]string{
	"czlowiek": "ludzie ludzi ludziom ludzmi ludziach",
	"rok":      "lata lat latach latami latom",
	"dzien":    "dnia dniu dniem dni dniach dniami dniom",
	"tydzien":  "tygodnia tygodniu tygodniem tygodnie tygodni tygodniach tygodniami",
	"dziecko":  "dzieci dzieciom dziecmi dzieciach",
	"miasto":   "miescie",
	"swiat":    "swiecie",
	"sasiad":   "sasiedzi sasiedzie",
	"kosciol":  "kosciele",
	"las":      "lesie",
	"marzec":   "marca marcu",
	"kwiecien": "kwietnia kwietniu",
	"grudzien": "grudnia grudniu",
	"pies":     "psa psu psem psie psy psow psom psami psach",
	"sen":      "snu snem snie sny snow",
	"oko":      "oczy oczu oczami oczach",
	"ucho":     "uszy uszu uszami uszach",
	"moc":      "moze moga mogl mogla moglo mogli mogly",
	"chciec":   "chce chca chcial chciala chcialo chcieli chcialy chcac",
	"miec":     "mial miala mialo mieli mialy majac",
	"nalezec":  "nalezy naleza nalezal nalezala nalezalo nalezeli nalezaly",
	"zalezec":  "zalezy zaleza zalezal zalezala zalezalo zalezeli zalezaly",
	"wiedziec": "wie wiedza wiedzial wiedziala wiedzieli",
	"isc":      "ide idzie ida szedl szla szli",
	"wziac":    "wezme wezmie wezma wzial wziela wzieli",
	// The genitive plural of nouns in -ica ends like an infinitive in -ić.
	"granica":    "granic",
	"glowica":    "glowic",
	"stolica":    "stolic",
	"roznica":    "roznic",
	"tablica":    "tablic",
	"ulica":      "ulic",
	"dzielnica":  "dzielnic",
	"tajemnica":  "tajemnic",
	"kamienica":  "kamienic",
	"powiedziec": "powie powiedza powiedzial powiedziala powiedzieli",
}

// polishLemmas maps each irregular form to its lemma.
var polishLemmas = func() map[string]string {
	m := make(map[string]string)
	for lemma, forms := range polishIrregular {
		for _, f := range strings.Fields(forms) {
			m[f] = lemma
		}
	}
	return m
}()

// irregularForms returns the forms of the irregular tables of lang whose
// stem is stem: "ludzie" for the stem of "człowiek".
func irregularForms(lang content.Lang, stem string) []string {
	return irregularByStem()[lang][stem]
}

var irregularByStem = sync.OnceValue(func() map[content.Lang]map[string][]string {
	m := map[content.Lang]map[string][]string{content.Polish: {}, content.English: {}}
	for form := range polishLemmas {
		s := stemPolish(form)
		m[content.Polish][s] = append(m[content.Polish][s], form)
	}
	for form := range englishIrregular {
		s := stemWord(content.English, form)
		m[content.English][s] = append(m[content.English][s], form)
	}
	return m
})
