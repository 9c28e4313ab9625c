// Package i18n localises the interface into English, Polish and Russian on
// golang.org/x/text: translated messages with CLDR plural forms, dates,
// numbers, alphabetical order, and the choice of the language. It has no
// user interface of its own. A Localizer is safe for concurrent use.
//
// # Messages
//
// The code passes English messages, which are Go format strings, to
// Localizer.T: l.T("By %s", author), l.T("%d briefs", n). Their
// translations live in the gotext message files
// locales/{en,pl,ru}/messages.gotext.json at the root of the module, the
// one source of truth; catalog_gen.go is generated from them and committed.
// To add or change a string, edit the three files, run
// "go generate ./i18n/", which rewrites catalog_gen.go, and run
// "go test ./i18n/". A message has the same "id" and "message" in the
// three files, the English text exactly as the code passes it to T, verbs
// such as %s and %d included, and a "translation" that is not empty:
//
//	{"id": "Search", "message": "Search", "translation": "Szukaj"}
//
// A counted message selects its form by the CLDR plural rules of each
// language (one and other in English; one, few, many and other in Polish
// and Russian, where other is for fractions) on an argument declared as a
// placeholder, in all three files:
//
//	{"id": "%d results", "message": "%d results",
//	 "translation": {"select": {"feature": "plural", "arg": "N", "cases": {
//	     "one": "%d wynik", "few": "%d wyniki", "many": "%d wyników", "other": "%d wyniku"}}},
//	 "placeholders": [{"id": "N", "string": "%[1]d", "type": "int", "underlyingType": "int", "argNum": 1}]}
//
// The tests fail when catalog_gen.go is stale, when a message lacks a
// translation, when a translation loses a format verb or a plural form,
// and when the code calls T with a literal, or the library names a series,
// that the catalog does not have.
//
// The "gotext" command cannot regenerate the catalog: its generator starts from
// the strings it extracts from message.Printer calls, and T's argument is
// not one. internal/gen/gencatalog drives the same generator
// (golang.org/x/text/message/pipeline) with the English file in place of
// the extraction, at the version of golang.org/x/text in go.mod, the one
// that decodes the catalog at run time. See locales/README.md.
//
// # Choosing the language
//
// The interface language is, in this order: the --lang flag; else the
// language saved in the settings; else the system's, as System reads it.
// Choose applies that order. System takes the first supported language
// among, in order, the POSIX variables LANGUAGE (a colon-separated list),
// LC_ALL, LC_MESSAGES and LANG (see FromEnv); then, on macOS, the
// AppleLanguages preference and the AppleLocale, and on Windows the user's
// default locale (GetUserDefaultLocaleName); else English.
//
// A language.Matcher over Supported maps each wanted language to a
// supported one, and a match is taken only when the two share their base
// language: pl-PL is Polish, ru-RU Russian, en-GB English. The matcher also
// offers Russian for Ukrainian, Belarusian and Kazakh, because many of
// their speakers read it; the app refuses that offer and shows English.
// Readers of Ukrainian, Belarusian or Kazakh may well not want Russian
// imposed on them, and that is not a choice the app should make for them;
// a reader who wants Russian says so with --lang ru, in the settings, or by
// listing ru after their language in LANGUAGE (LANGUAGE=uk:ru).
package i18n
