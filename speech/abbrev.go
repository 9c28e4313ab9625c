package speech

import "strings"

// rules are one language's abbreviations, all lower case and without the final
// period; inner periods stay ("e.g", "m.in", "т.е").
type rules struct {
	// never are abbreviations that do not end a sentence even before a capital:
	// titles before names, "e.g." before examples, "no." before numbers.
	never map[string]bool
	// year are abbreviations that follow a year or century ("1987 r.", "XX в.")
	// and often end a sentence.
	year map[string]bool
	// starter are words that commonly begin a sentence, used where a period is
	// ambiguous ("U.S. It…" against "U.S. President…").
	starter map[string]bool
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Abbreviations such as "etc.", "itd.", "т.д." and "др." are deliberately not
// listed: they end sentences as often as not, and the capital-letter rule
// already keeps them inside one when they fall mid-sentence.
var langRules = map[string]*rules{
	"en": {
		never: set(`mr mrs ms dr prof st sr jr gen col lt maj capt sgt adm cmdr rep sen gov pres
			amb rev hon messrs mt ft e.g i.e cf vs v viz al approx ca no nos vol vols fig figs
			art arts sec ch pp p para eq est dept univ corp inc ltd co assn jan feb mar apr jun
			jul aug sep sept oct nov dec op ed eds trans`),
		year: set(``),
		starter: set(`The It Its This That These Those They Their There He His She Her We Our
			I In On At As A An But However Moreover Meanwhile Yet Although Both Some Many Most
			All What Why How Still Also Thus Therefore Nevertheless According If When While
			After Before Since For So Such Such One Another Each Only Even Despite Instead`),
	},
	"pl": {
		never: set(`tj tzn np m.in ok godz tzw prof dr hab mgr inż lek płk ppłk gen mjr kpt por
			ppor adm ks bp abp św ul al pl os red oprac tłum wyd zob wg dot ds jw ww
			ang ros niem franc łac gr art ust pkt poz par str s t tys mln mld cz nr im
			p.n.e n.e prez woj pow gm`),
		year: set(`r rr w ww`),
		starter: set(`To W We Na Ten Ta Te Tego Nie Ale Jednak Po Od Do Z Ze Jest Są Był Była
			Było Byli Tym Dlatego Ponadto Również Także Jego Jej Ich Choć Chociaż Gdy Jeśli
			Mimo Obecnie Wówczas Wtedy Następnie Dzięki Według Zarówno Oba Obie Niektóre
			Wiele Część Oznacza Jak Co Czy Dla Przy Podczas Kiedy`),
	},
	"ru": {
		never: set(`т.е т.к т.н т.о т см ср напр им ул пр д стр проф акад доц ген г гр св
			рис табл гл ст п пп ч млн млрд тыс руб коп чел кв км о-в обл р-н
			англ рус нем франц лат греч`),
		year: set(`г гг в вв`),
		starter: set(`Он Она Оно Они Это Этот Эта Эти В Во На По Но Однако Также При С Со После
			До Для Его Её Ее Их Так Таким Поэтому Кроме Если Когда Хотя Тем Вместе Сейчас
			Теперь Затем Впоследствии Как Что Из И А Не Уже Согласно`),
	},
}

func rulesFor(lang string) *rules {
	if r, ok := langRules[strings.ToLower(lang)]; ok {
		return r
	}
	return langRules["en"]
}
