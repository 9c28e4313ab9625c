package i18n

// The interface strings and their translations are not in Go code: they
// are in locales/{en,pl,ru}/messages.gotext.json at the root of the
// module. To add a string, add it to the three files and run
// "go generate ./i18n/", which rewrites catalog_gen.go from them; see the
// package documentation and locales/README.md.

//go:generate go run ./internal/gen/gencatalog -locales ../locales -out catalog_gen.go
