package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

func noEnv(string) string { return "" }

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	o, err := Parse(args, noEnv)
	if err != nil {
		return "", err.Error(), Fail(err, o.Lang, &errb)
	}
	code = Run(o, &out, &errb)
	return out.String(), errb.String(), code
}

func TestParse(t *testing.T) {
	tests := []struct {
		args    []string
		command string
		open    string
		exit    bool
		json    bool
		lang    string
		err     bool
	}{
		{args: nil, command: "gui", lang: "en"},
		{args: []string{"--open", "x", "--exit-after-start"}, command: "gui", open: "x", exit: true, lang: "en"},
		{args: []string{"--open=x"}, command: "gui", open: "x", lang: "en"},
		{args: []string{"list", "--json"}, command: "list", json: true, lang: "en"},
		{args: []string{"--lang", "pl", "list"}, command: "list", lang: "pl"},
		{args: []string{"list", "--lang=ru"}, command: "list", lang: "ru"},
		{args: []string{"show", "id"}, command: "show", lang: "en"},
		{args: []string{"--help"}, command: "help", lang: "en"},
		{args: []string{"--version"}, command: "version", lang: "en"},
		{args: []string{"--frobnicate"}, err: true},
		{args: []string{"frobnicate"}, err: true},
		{args: []string{"show"}, err: true},
		{args: []string{"show", "a", "b"}, err: true},
		{args: []string{"list", "extra"}, err: true},
		{args: []string{"--lang", "de"}, err: true},
		{args: []string{"--open"}, err: true},
		{args: []string{"--size", "10x10"}, err: true},
		{args: []string{"--size=wide"}, err: true},
	}
	for _, tt := range tests {
		o, err := Parse(tt.args, noEnv)
		if tt.err {
			var ue *UsageError
			if !errors.As(err, &ue) {
				t.Errorf("%v: err = %v, want a usage error", tt.args, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		if o.Command != tt.command || o.Open != tt.open || o.ExitAfterStart != tt.exit || o.JSON != tt.json || o.Lang.String() != tt.lang {
			t.Errorf("%v: %+v", tt.args, o)
		}
	}
}

func TestListJSON(t *testing.T) {
	out, _, code := run(t, "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var entries []listEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) < 15 {
		t.Errorf("%d briefs, want at least 15", len(entries))
	}
	langs := map[string]bool{}
	var spot *listEntry
	for i, e := range entries {
		langs[e.Lang] = true
		if e.ID == "pism-spotlight-74-2018" {
			spot = &entries[i]
		}
	}
	if !langs["en"] || !langs["pl"] || !langs["ru"] {
		t.Errorf("languages %v, want en, pl and ru", langs)
	}
	if spot == nil || spot.Number != "74/2018" || spot.Date != "2018-10-23" || len(spot.Authors) != 1 ||
		spot.Authors[0] != "Artur Kacprzyk" || spot.TranslationOf != "" || spot.Series != "PISM Spotlight" {
		t.Errorf("Spotlight entry = %+v", spot)
	}
	if !strings.Contains(out, `"translation_of": ""`) {
		t.Error("originals must carry an empty translation_of")
	}
}

func TestListLocalised(t *testing.T) {
	out, _, _ := run(t, "--lang", "pl", "list")
	if !strings.Contains(out, "23 października 2018") || !strings.Contains(out, "nr 74/2018") {
		t.Errorf("Polish list:\n%s", out)
	}
	out, _, _ = run(t, "--lang", "ru", "list")
	if !strings.Contains(out, "23 октября 2018") {
		t.Errorf("Russian list:\n%s", out)
	}
}

// TestShowVerbatim checks that show prints every paragraph and heading of
// the published page, in order, and none of the site's furniture.
func TestShowVerbatim(t *testing.T) {
	out, _, code := run(t, "show", "pism-spotlight-74-2018")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	seed, err := os.ReadFile("../content/testdata/pism-spotlight-74-2018.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(seed)
	article := s[strings.Index(s, "no. 74/2018")+len("no. 74/2018") : strings.Index(s, "Portal PISM wykorzystuje")]
	furniture := s[:strings.Index(s, "23 October 2018")] + s[strings.Index(s, "Portal PISM wykorzystuje"):]
	rest := out
	n := 0
	for _, p := range strings.Split(article, "\n\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		i := strings.Index(rest, p+"\n")
		if i < 0 {
			t.Fatalf("paragraph missing or out of order: %.60q", p)
		}
		rest = rest[i+len(p):]
		n++
	}
	if n != 11 {
		t.Errorf("%d paragraphs and headings in the seed, want 11", n)
	}
	for _, l := range strings.Split(furniture, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "•"))
		if len(l) > 3 && !strings.Contains(l, "U.S. to Withdraw") && strings.Contains(out, l) {
			t.Errorf("site furniture in the output: %q", l)
		}
	}
	for _, want := range []string{"Artur Kacprzyk", "23 October 2018", "PISM Spotlight no. 74/2018"} {
		if !strings.Contains(out, want) {
			t.Errorf("metadata %q missing", want)
		}
	}
}

func TestErrors(t *testing.T) {
	_, stderr, code := run(t, "show", "no-such-brief")
	if code != 2 || !strings.Contains(stderr, "no-such-brief") {
		t.Errorf("unknown ID: exit %d, %q", code, stderr)
	}
	_, stderr, code = run(t, "--bogus")
	if code != 2 || !strings.Contains(stderr, "--bogus") {
		t.Errorf("unknown flag: exit %d, %q", code, stderr)
	}
	_, stderr, code = run(t, "--lang", "ru", "--bogus")
	if code != 2 || !strings.Contains(stderr, "неизвестный параметр") {
		t.Errorf("unknown flag in Russian: exit %d, %q", code, stderr)
	}
}

func TestHelpAndVersion(t *testing.T) {
	out, _, code := run(t, "--help")
	if code != 0 || !strings.Contains(out, "--exit-after-start") || !strings.Contains(out, "show ID") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	out, _, _ = run(t, "--lang", "pl", "--help")
	if !strings.Contains(out, "Użycie:") {
		t.Errorf("Polish help:\n%s", out)
	}
	out, _, code = run(t, "--version")
	if code != 0 || out != "pismreader "+Version+"\n" {
		t.Errorf("version: %q", out)
	}
	toml, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(toml), `Version = "`+Version+`"`) {
		t.Errorf("FyneApp.toml does not carry version %s", Version)
	}
}

func TestLookFlags(t *testing.T) {
	o, err := Parse([]string{"--theme", "yellow-on-black", "--text-scale", "300", "--font=atkinson-hyperlegible", "--open", "x"}, noEnv)
	if err != nil || o.Theme != "yellow-on-black" || o.TextScale != 300 || o.Font != "atkinson-hyperlegible" {
		t.Fatalf("Parse = %+v, %v", o, err)
	}
	for _, c := range []struct {
		args []string
		want []string // in the message
	}{
		{[]string{"--theme", "neon"}, []string{`"neon"`, "light", "dark", "sepia", "white-on-black", "yellow-on-black", "black-on-yellow", "black-on-white"}},
		{[]string{"--font", "comic"}, []string{`"comic"`, "noto-sans", "atkinson-hyperlegible", "mono"}},
		{[]string{"--text-scale", "900"}, []string{`"900"`, "50", "400"}},
		{[]string{"--text-scale=big"}, []string{`"big"`}},
		{[]string{"--theme"}, []string{"--theme"}},
	} {
		_, stderr, code := run(t, c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		for _, w := range c.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: message %q lacks %q", c.args, stderr, w)
			}
		}
	}
	_, stderr, _ := run(t, "--lang", "pl", "--theme", "neon")
	if !strings.Contains(stderr, "nieznany motyw") {
		t.Errorf("Polish message: %q", stderr)
	}
}

// FuzzParse feeds Parse arbitrary command lines: it must never panic, and
// what it accepts must be a known command with a valid look.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"list\x00--json", "--theme\x00sepia\x00--text-scale=300", "search\x00--limit\x005\x00договор", "--lang=pl\x00show\x00x", "--size\x0010x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		o, err := Parse(strings.Split(line, "\x00"), noEnv)
		if err != nil {
			return
		}
		switch o.Command {
		case "gui", "list", "show", "search", "help", "version":
		default:
			t.Fatalf("accepted command %q", o.Command)
		}
		if o.TextScale != 0 && (o.TextScale < 50 || o.TextScale > 400) {
			t.Fatalf("accepted text scale %d", o.TextScale)
		}
	})
}
