// Package gen builds the message catalog of package i18n from the gotext
// message files in locales/, one directory per language:
// locales/en/messages.gotext.json, locales/pl/messages.gotext.json, ...
//
// It drives the generator of golang.org/x/text/message/pipeline, the one
// behind "gotext generate", with the English file in place of gotext's
// extraction: the code looks messages up with Localizer.T(key) rather than
// with message.Printer calls on literals, which gotext's extraction would
// not see. The output is gotext's catalog (compiled messages, plural forms
// selected by CLDR rules with plural.Selectf), with two changes: the
// header names this generator, and the catalog goes to a package variable
// instead of replacing message.DefaultCatalog for the whole program.
//
// The format is gotext's, with one convention: a message with no "key"
// is looked up by its first "id", and message texts are Go format strings
// as the code passes them ("By %s"). Placeholders in braces ("{N}") are
// replaced as gotext does; a plural select names its argument by a
// placeholder, which the source (English) file must declare.
package gen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message/pipeline"
)

// FileName is the name of the message file in each language directory.
const FileName = "messages.gotext.json"

// Source is the language the messages are written in, and the fallback.
var Source = language.English

// Load reads the message file of every language directory under dir,
// sorted by language tag, and sets each message's missing key to its
// first ID.
func Load(dir string) ([]pipeline.Messages, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var all []pipeline.Messages
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name(), FileName)
		m, err := loadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if want, err := language.Parse(e.Name()); err != nil || want != m.Language {
			return nil, fmt.Errorf("%s: language %q does not match its directory", path, m.Language)
		}
		all = append(all, m)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: no %s in any language directory", dir, FileName)
	}
	slices.SortFunc(all, func(a, b pipeline.Messages) int { return strings.Compare(a.Language.String(), b.Language.String()) })
	return all, nil
}

func loadFile(path string) (pipeline.Messages, error) {
	var m pipeline.Messages
	data, err := os.ReadFile(path)
	if err != nil {
		return m, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("%s: %w", path, err)
	}
	if m.Language == language.Und {
		return m, fmt.Errorf("%s: no language", path)
	}
	for i := range m.Messages {
		msg := &m.Messages[i]
		if len(msg.ID) == 0 || msg.ID[0] == "" {
			return m, fmt.Errorf("%s: message %d has no id", path, i+1)
		}
		if msg.Key == "" {
			msg.Key = msg.ID[0]
		}
	}
	return m, nil
}

// Find returns the messages of language tag in all, or nil.
func Find(all []pipeline.Messages, tag language.Tag) *pipeline.Messages {
	for i := range all {
		if all[i].Language == tag {
			return &all[i]
		}
	}
	return nil
}

// Validate reports what would make the catalog wrong or the generator
// fail: duplicate keys, and plural selects the pipeline cannot compile.
// Missing translations are not its concern: the pipeline falls back to
// the source language for them, and the tests of package i18n reject them.
func Validate(all []pipeline.Messages) error {
	src := Find(all, Source)
	if src == nil {
		return fmt.Errorf("no messages in the source language %s", Source)
	}
	byID := map[string]*pipeline.Message{}
	for i := range src.Messages {
		byID[src.Messages[i].ID[0]] = &src.Messages[i]
	}
	var errs []error
	for _, file := range all {
		keys := map[string]bool{}
		for _, m := range file.Messages {
			if keys[m.Key] {
				errs = append(errs, fmt.Errorf("%s: %q is there twice", file.Language, m.Key))
			}
			keys[m.Key] = true
			s := byID[m.ID[0]]
			if s == nil {
				continue // not generated; the tests report it
			}
			if err := validateText(&m.Translation, s); err != nil {
				errs = append(errs, fmt.Errorf("%s: %q: %w", file.Language, m.Key, err))
			}
		}
	}
	return errors.Join(errs...)
}

var caseName = regexp.MustCompile(`^(zero|one|two|few|many|other|=\d+|<\d+)$`)

// validateText checks t against the placeholders of the source message s.
func validateText(t *pipeline.Text, s *pipeline.Message) error {
	if _, err := s.Substitute(t.Msg); err != nil {
		return err
	}
	for _, v := range t.Var {
		if err := validateText(&v, s); err != nil {
			return err
		}
	}
	if t.Select == nil {
		return nil
	}
	sel := t.Select
	if sel.Feature != "plural" {
		return fmt.Errorf("select on %q: only \"plural\" is supported", sel.Feature)
	}
	if p := s.Placeholder(sel.Arg); p == nil || p.ArgNum < 1 {
		return fmt.Errorf("select on %q: the English message must declare it as a placeholder with an argNum", sel.Arg)
	}
	if _, ok := sel.Cases["other"]; !ok {
		return errors.New(`plural select without an "other" case`)
	}
	for name, c := range sel.Cases {
		if !caseName.MatchString(name) {
			return fmt.Errorf("plural case %q: want zero, one, two, few, many, other, =N or <N", name)
		}
		if err := validateText(&c, s); err != nil {
			return err
		}
	}
	return nil
}

// Header is the first line of the generated file.
const Header = "// Code generated by i18n/internal/gen/gencatalog from locales/*/" + FileName + ". DO NOT EDIT.\n"

// Go returns the Go source of a catalog of all, in package pkg, held in
// the variable varName of type catalog.Catalog.
func Go(all []pipeline.Messages, pkg, varName string) ([]byte, error) {
	if err := Validate(all); err != nil {
		return nil, err
	}
	s := &pipeline.State{Extracted: *Find(all, Source), Messages: all}
	var buf bytes.Buffer
	if err := s.WriteGen(&buf, pkg); err != nil {
		return nil, err
	}
	src := buf.String()
	for _, r := range []struct{ old, new string }{
		{"// Code generated by running \"go generate\" in golang.org/x/text. DO NOT EDIT.\n", Header},
		{"\t\"golang.org/x/text/message\"\n", ""},
		{"func init() {\n", "// " + varName + " holds the messages of the files in locales/.\nvar " + varName + " = func() catalog.Catalog {\n"},
		{"\tmessage.DefaultCatalog = cat\n}\n", "\treturn cat\n}()\n"},
	} {
		if strings.Count(src, r.old) != 1 {
			return nil, fmt.Errorf("the output of golang.org/x/text/message/pipeline has changed: %q not found once", r.old)
		}
		src = strings.Replace(src, r.old, r.new, 1)
	}
	return format.Source([]byte(src))
}
