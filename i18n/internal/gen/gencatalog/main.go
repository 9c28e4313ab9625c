// Command gencatalog writes the message catalog of package i18n from the
// gotext message files in locales/. Package i18n runs it through
// "go generate ./i18n/":
//
//	gencatalog [-locales ../locales] [-out catalog_gen.go] [-pkg i18n] [-var messageCatalog]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"

	"pismreader/i18n/internal/gen"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gencatalog: ")
	locales := flag.String("locales", "../locales", "the directory of the language directories")
	out := flag.String("out", "catalog_gen.go", "the Go file to write")
	pkg := flag.String("pkg", "i18n", "the package of the Go file")
	varName := flag.String("var", "messageCatalog", "the variable that holds the catalog")
	flag.Parse()

	all, err := gen.Load(*locales)
	if err != nil {
		log.Fatal(err)
	}
	src, err := gen.Go(all, *pkg, *varName)
	if err != nil {
		log.Fatal(err)
	}
	if old, err := os.ReadFile(*out); err == nil && bytes.Equal(old, src) {
		return
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	n := len(gen.Find(all, gen.Source).Messages)
	fmt.Fprintf(os.Stderr, "gencatalog: wrote %s: %d messages in %d languages\n", *out, n, len(all))
}
