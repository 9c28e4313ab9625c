package search

import (
	"strings"

	"pismreader/content"
)

// Stop words are the commonest function words of each language, in folded
// form. They are left out of the index: a query of only stop words finds
// nothing, and in a phrase they stand as gaps that any word fills. The
// lists are short on purpose: words that carry meaning in policy texts
// ("lat", "два", "human") are not on them, unlike in longer stock lists.
var stopLists = map[content.Lang]string{
	content.English: `a an and are as at be been being but by did do does for from had has have
		he her his i if in into is it its itself of on or our she so such than that the their
		them then there these they this those to was we were which while who whom will with
		would you your also am can could should may might must shall not nor`,
	content.Polish: `a aby ale albo ani az bo by byc byl byla bylo byly byli bedzie beda co czy
		czyli dla do gdy gdzie i ich im jak jako jednak jego jej jest jeszcze juz lub ma maja
		na nad nie niz o od oraz po pod przez przy sie sa ta tak takze te tego tej ten to tym
		tez tylko u w we z za ze zas ktora ktore ktorego ktorej ktory ktorych ktorym ktorymi
		ktorzy`,
	content.Russian: `и в во не что он она оно они на я с со как а то все так его но да к у же
		вы за бы по только ее было был была были быть от о об из ему ли если уже или ни до для
		мы их чем при это этот эта эти этого этой этом том тот который которая которое которые
		которого которой которых также под над через после между`,
}

var stopWords = func() map[content.Lang]map[string]bool {
	m := make(map[content.Lang]map[string]bool, len(stopLists))
	for lang, list := range stopLists {
		set := make(map[string]bool)
		for _, w := range strings.Fields(list) {
			set[fold(w)] = true
		}
		m[lang] = set
	}
	return m
}()

// isStop reports whether the folded word w is a stop word of lang.
func isStop(lang content.Lang, w string) bool { return stopWords[lang][w] }
