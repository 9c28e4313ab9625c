package search

import (
	"strings"
	"testing"

	"pismreader/content"
)

// recallTable lists, per language, lemmas and at least five inflected forms
// of each. The forms include hard cases on purpose (stem alternation,
// suppletion, irregular verbs), so the recall measured is an honest one.
var recallTable = map[content.Lang][]struct{ lemma, forms string }{
	content.Polish: {
		{"traktat", "traktatu traktatowi traktatem traktacie traktaty traktatów traktatom traktatami traktatach"},
		{"umowa", "umowy umowie umowę umową umów umowom umowami umowach"},
		{"pocisk", "pocisku pociskowi pociskiem pociski pocisków pociskom pociskami pociskach"},
		{"rakieta", "rakiety rakiecie rakietę rakietą rakiet rakietom rakietami rakietach"},
		{"zbrojenie", "zbrojenia zbrojeniu zbrojeniem zbrojeń zbrojeniom zbrojeniami zbrojeniach"},
		{"porozumienie", "porozumienia porozumieniu porozumieniem porozumień porozumieniami porozumieniach"},
		{"Polska", "Polski Polsce Polskę Polską Polsko"},
		{"Rosja", "Rosji Rosję Rosją Rosjo Rosjanie"},
		{"państwo", "państwa państwu państwem państwie państw państwom państwami państwach"},
		{"sojusznik", "sojusznika sojusznikowi sojusznikiem sojuszniku sojusznicy sojuszników sojusznikom sojusznikami"},
		{"decyzja", "decyzji decyzję decyzją decyzje decyzjom decyzjami decyzjach"},
		{"głowica", "głowicy głowicę głowicą głowice głowic głowicom głowicami głowicach"},
		{"zasięg", "zasięgu zasięgowi zasięgiem zasięgi zasięgów zasięgami zasięgach"},
		{"wojsko", "wojska wojsku wojskiem wojsk wojskom wojskami wojskach"},
		{"prezydent", "prezydenta prezydentowi prezydentem prezydencie prezydenci prezydentów prezydentom prezydentami"},
		{"członek", "członka członkowi członkiem członku członkowie członków członkom członkami"},
		{"rząd", "rządu rządowi rządem rządzie rządy rządów rządom rządami rządach"},
		{"wojna", "wojny wojnie wojnę wojną wojen wojnom wojnami wojnach"},
		{"strategia", "strategii strategię strategią strategie strategiom strategiami strategiach"},
		{"bezpieczeństwo", "bezpieczeństwa bezpieczeństwu bezpieczeństwem bezpieczeństwie bezpieczeństw"},
		{"miasto", "miasta miastu miastem mieście miast miastom miastami miastach"},
		{"siła", "siły sile siłę siłą sił siłom siłami siłach"},
		{"granica", "granicy granicę granicą granice granic granicom granicami granicach"},
		{"kraj", "kraju krajowi krajem kraje krajów krajom krajami krajach"},
		{"Niemiec", "Niemca Niemcowi Niemcem Niemcy Niemców Niemcom Niemcami Niemcach Niemczech"},
		{"amerykański", "amerykańskiego amerykańskiemu amerykańskim amerykańskiej amerykańską amerykańska amerykańskie amerykańskich amerykańskimi amerykańscy"},
		{"jądrowy", "jądrowego jądrowemu jądrowym jądrowej jądrową jądrowa jądrowe jądrowych jądrowymi"},
		{"rosyjski", "rosyjskiego rosyjskiej rosyjskim rosyjską rosyjska rosyjskie rosyjskich rosyjskimi rosyjscy"},
		{"nowy", "nowego nowemu nowym nowej nową nowa nowe nowych nowymi nowi"},
		{"negocjować", "negocjuje negocjują negocjuję negocjował negocjowała negocjowali negocjowały negocjowany negocjowania"},
		{"podpisać", "podpisał podpisała podpisali podpisały podpisze podpiszą podpisany podpisana podpisania"},
		{"wycofać", "wycofa wycofają wycofał wycofała wycofali wycofanie wycofania wycofaniu"},
		{"zakończyć", "zakończy zakończą zakończył zakończyła zakończyli zakończony zakończona"},
		{"rozmieścić", "rozmieści rozmieszczą rozmieścił rozmieściła rozmieścili rozmieszczony"},
	},
	content.Russian: {
		{"договор", "договора договору договором договоре договоры договоров договорам договорами договорах"},
		{"ракета", "ракеты ракете ракету ракетой ракет ракетам ракетами ракетах"},
		{"дальность", "дальности дальностью дальностей дальностям дальностями"},
		{"граница", "границы границе границу границей границ границам границами границах"},
		{"соглашение", "соглашения соглашению соглашением соглашении соглашений соглашениям соглашениями"},
		{"президент", "президента президенту президентом президенте президенты президентов"},
		{"система", "системы системе систему системой систем системам системами"},
		{"оружие", "оружия оружию оружием оружии оружий"},
		{"ядерный", "ядерного ядерному ядерным ядерном ядерная ядерной ядерную ядерные ядерных ядерными"},
		{"российский", "российского российскому российским российском российская российской российскую российские российских"},
		{"удар", "удара удару ударом ударе удары ударов ударам ударами"},
		{"нарушение", "нарушения нарушению нарушением нарушении нарушений нарушениями"},
		{"союзник", "союзника союзнику союзником союзнике союзники союзников союзникам"},
		{"государство", "государства государству государством государстве государств государствам"},
		{"война", "войны войне войну войной войн войнам войнами"},
		{"вооружение", "вооружения вооружению вооружением вооружении вооружений вооружениями вооружениях"},
		{"страна", "страны стране страну страной стран странам странами"},
		{"объём", "объёма объёму объёмом объёме объёмы объемов"},
		{"решение", "решения решению решением решении решений решениями"},
		{"заявить", "заявил заявила заявили заявит заявят"},
		{"развернуть", "развернул развернула развернули развернут развернёт"},
		{"угроза", "угрозы угрозе угрозу угрозой угроз угрозам угрозами угрозах"},
		{"испытание", "испытания испытанию испытанием испытании испытаний испытаниями"},
		{"ответ", "ответа ответу ответом ответе ответы ответов"},
	},
	content.English: {
		{"test", "tests tested testing test's tests'"},
		{"launch", "launches launched launching launch's launches'"},
		{"sign", "signs signed signing sign's signs'"},
		{"force", "forces forced forcing force's forces'"},
		{"range", "ranges ranged ranging range's ranges'"},
		{"arm", "arms armed arming arm's arms'"},
		{"state", "states stated stating state's states'"},
		{"ally", "allies allied allying ally's allies'"},
		{"attack", "attacks attacked attacking attack's attacks'"},
		{"limit", "limits limited limiting limit's limits'"},
		{"control", "controls controlled controlling control's controls'"},
		{"increase", "increases increased increasing increase's increases'"},
		{"deal", "deals dealt dealing deal's deals'"},
		{"talk", "talks talked talking talk's talks'"},
		{"plan", "plans planned planning plan's plans'"},
		{"strike", "strikes struck striking strike's stricken"},
		{"target", "targets targeted targeting target's targets'"},
		{"base", "bases based basing base's bases'"},
		{"claim", "claims claimed claiming claim's claims'"},
		{"support", "supports supported supporting support's supports'"},
		{"breach", "breaches breached breaching breach's breaches'"},
		{"withdraw", "withdraws withdrew withdrawn withdrawing Withdraw's"},
	},
}

// term returns the stemmed term of a single word, or "" for a stop word.
func term(lang content.Lang, w string) string { return normalize(lang, w, true) }

// recall measures the share of forms whose term equals their lemma's term.
func recall(t *testing.T, lang content.Lang, stem func(string) string, verbose bool) float64 {
	hit, all := 0, 0
	for _, row := range recallTable[lang] {
		want := stem(row.lemma)
		for _, f := range strings.Fields(row.forms) {
			all++
			if got := stem(f); got == want {
				hit++
			} else if verbose {
				t.Logf("%s: %q → %q, lemma %q → %q", lang, f, got, row.lemma, want)
			}
		}
	}
	return float64(hit) / float64(all)
}

func TestInflectionRecall(t *testing.T) {
	for _, lang := range content.Langs {
		rows := recallTable[lang]
		if len(rows) < 20 {
			t.Fatalf("%s: %d lemmas, want at least 20", lang, len(rows))
		}
		for _, row := range rows {
			if n := len(strings.Fields(row.forms)); n < 5 {
				t.Fatalf("%s: %s has %d forms, want at least 5", lang, row.lemma, n)
			}
		}
		r := recall(t, lang, func(w string) string { return term(lang, w) }, true)
		t.Logf("%s: inflection recall %.1f %% over %d lemmas", lang, 100*r, len(rows))
		if r < 0.9 {
			t.Errorf("%s: inflection recall %.1f %%, want at least 90 %%", lang, 100*r)
		}
	}
}
