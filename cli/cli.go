// Package cli is the command line of pismreader: it parses the arguments
// and runs the commands that need no window. It has no user interface
// beyond standard output and standard error.
package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
	"pismreader/settings"
)

// Version is the version of the app; FyneApp.toml carries the same.
const Version = "0.1.0"

// Options is what the command line asked for.
type Options struct {
	Command        string // "gui", "list", "show", "help" or "version"
	Args           []string
	JSON           bool
	Lang           language.Tag // the interface language
	LangSet        bool         // Lang came from --lang
	Open           string       // --open: the brief to show first
	ExitAfterStart bool
	Width, Height  int // --size: the window's size in pixels; 0 for the default
	// Theme, TextScale and Font override the saved settings for one run;
	// empty or 0 when not given.
	Theme     string
	TextScale int
	Font      string
	Limit     int // search: the most hits to print
	// Out is the file export and speak write; "" for speak means aloud.
	Out    string
	Format string  // export: "epub" or "html"; "" guesses from Out
	All    bool    // export: the whole library
	Rate   float64 // speak: the speed, 0.5 to 2; 0 for the saved one
	Engine string  // speak: the speech engine; "" for the saved one
}

// UsageError is a mistake in the command line; it exits with code 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Parse reads the arguments (without the program name). Flags may come
// before or after the command.
func Parse(args []string, getenv func(string) string) (Options, error) {
	o := Options{Command: "gui", Lang: i18n.FromEnv(getenv)}
	if getenv("LANGUAGE")+getenv("LC_ALL")+getenv("LC_MESSAGES")+getenv("LANG") == "" {
		o.Lang = i18n.System() // no locale in the environment: ask the platform
	}
	// The language must be known before any message is written, so find it first.
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--lang=")
		if a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if !ok {
			continue
		}
		t, err := language.Parse(v)
		if err != nil || i18n.Closest(t) != t {
			return o, &UsageError{i18n.New(o.Lang).T("unknown language %q: use en, pl or ru", v)}
		}
		o.Lang, o.LangSet = t, true
	}
	l := i18n.New(o.Lang)
	var positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(a, "=")
		needValue := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") {
				return "", &UsageError{l.T("option %s needs a value", name)}
			}
			i++
			return args[i], nil
		}
		switch {
		case name == "--lang":
			if _, err := needValue(); err != nil {
				return o, err
			}
		case a == "--json":
			o.JSON = true
		case a == "--help" || a == "-h":
			o.Command = "help"
			return o, nil
		case a == "--version":
			o.Command = "version"
			return o, nil
		case name == "--open":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			o.Open = v
		case name == "--size":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			if n, _ := fmt.Sscanf(v, "%dx%d", &o.Width, &o.Height); n != 2 || o.Width < 200 || o.Height < 200 || o.Width > 16384 || o.Height > 16384 {
				return o, &UsageError{l.T("bad window size %q: use WIDTHxHEIGHT in pixels, such as 1024x768", v)}
			}
		case a == "--exit-after-start":
			o.ExitAfterStart = true
		case name == "--limit":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 1000 {
				return o, &UsageError{l.T("bad limit %q: use a number from 1 to 1000", v)}
			}
			o.Limit = n
		case name == "--theme":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			if !slices.Contains(settings.Themes, v) {
				return o, &UsageError{l.T("unknown theme %q; the themes are: %s", v, strings.Join(settings.Themes, ", "))}
			}
			o.Theme = v
		case name == "--text-scale":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			n, err := settings.ParseScale(v)
			if err != nil {
				return o, &UsageError{l.T("bad text size %q: use a percentage from %d to %d, such as 300", v, settings.MinScale, settings.MaxScale)}
			}
			o.TextScale = n
		case name == "--font":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			if !slices.Contains(settings.Fonts, v) {
				return o, &UsageError{l.T("unknown font %q; the fonts are: %s", v, strings.Join(settings.Fonts, ", "))}
			}
			o.Font = v
		case name == "--out" || name == "-o":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			o.Out = v
		case name == "--format":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			if v != "epub" && v != "html" {
				return o, &UsageError{l.T("unknown format %q: use epub or html", v)}
			}
			o.Format = v
		case a == "--all":
			o.All = true
		case name == "--rate":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			r, err := strconv.ParseFloat(v, 64)
			if err != nil || !(r >= settings.MinSpeechRate && r <= settings.MaxSpeechRate) {
				return o, &UsageError{l.T("bad speed %q: use a number from 0.5 to 2, such as 1.25", v)}
			}
			o.Rate = r
		case name == "--engine":
			v, err := needValue()
			if err != nil {
				return o, err
			}
			if !slices.Contains(settings.SpeechEngines, v) {
				return o, &UsageError{l.T("unknown speech engine %q; the engines are: %s", v, strings.Join(settings.SpeechEngines, ", "))}
			}
			o.Engine = v
		case strings.HasPrefix(a, "-") && a != "-":
			return o, &UsageError{l.T("unknown option %q", a)}
		default:
			positional = append(positional, a)
		}
	}
	if len(positional) > 0 {
		o.Command, o.Args = positional[0], positional[1:]
	}
	switch o.Command {
	case "gui":
	case "list":
		if len(o.Args) > 0 {
			return o, &UsageError{l.T("%s takes no arguments", "list")}
		}
	case "show":
		if len(o.Args) != 1 {
			return o, &UsageError{l.T("%s needs exactly one brief ID", "show")}
		}
	case "search":
		if strings.TrimSpace(strings.Join(o.Args, " ")) == "" {
			return o, &UsageError{l.T("%s needs a query", "search")}
		}
	case "import":
		if len(o.Args) == 0 {
			return o, &UsageError{l.T("%s needs a file or an address", "import")}
		}
	case "remove", "cite", "speak":
		if len(o.Args) != 1 {
			return o, &UsageError{l.T("%s needs exactly one brief ID", o.Command)}
		}
	case "export":
		if o.Out == "" {
			return o, &UsageError{l.T("%s needs --out FILE", "export")}
		}
		if len(o.Args) == 0 && !o.All {
			return o, &UsageError{l.T("%s needs brief IDs or --all", "export")}
		}
		if o.Format == "" {
			switch strings.ToLower(filepath.Ext(o.Out)) {
			case ".epub":
				o.Format = "epub"
			case ".html", ".htm":
				o.Format = "html"
			default:
				return o, &UsageError{l.T("unknown format %q: use epub or html", filepath.Ext(o.Out))}
			}
		}
	default:
		return o, &UsageError{l.T("unknown command %q", o.Command)}
	}
	return o, nil
}

// Run carries out a command that needs no window and returns the exit
// code: 0 on success, 1 when something failed, 2 for a usage error.
func Run(o Options, stdout, stderr io.Writer) int {
	o.Lang = savedLang(o)
	l := i18n.New(o.Lang)
	switch o.Command {
	case "help":
		usage(stdout, l)
		return 0
	case "version":
		fmt.Fprintln(stdout, "pismreader", Version)
		return 0
	}
	store, err := content.DefaultStore()
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", l.T("the library cannot be loaded: %v", err))
		return 1
	}
	shelf, err := library.Open(store)
	if shelf == nil {
		fmt.Fprintln(stderr, "pismreader:", l.T("the library cannot be loaded: %v", err))
		return 1
	}
	if err != nil {
		// Imported files that cannot be read are left out; say so once.
		fmt.Fprintln(stderr, "pismreader:", l.T("some imported briefs cannot be read: %v", err))
	}
	lib := shelf.Briefs
	switch o.Command {
	case "import":
		return runImport(o, shelf, l, stdout, stderr)
	case "remove":
		return runRemove(o, shelf, l, stdout, stderr)
	case "export":
		return runExport(o, lib, l, stdout, stderr)
	case "cite":
		return runCite(o, lib, l, stdout, stderr)
	case "speak":
		return runSpeak(o, lib, l, stdout, stderr)
	}
	switch o.Command {
	case "list":
		if o.JSON {
			err = writeListJSON(stdout, lib)
		} else {
			err = writeList(stdout, lib, l)
		}
	case "show":
		b, ok := findBrief(lib, o.Args[0], l, stderr)
		if !ok {
			return 2
		}
		err = WriteText(stdout, b, l)
	case "search":
		return runSearch(o, lib, l, stdout, stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", err)
		return 1
	}
	return 0
}

// findBrief returns the brief with ID id, or says on stderr that there is
// none (a usage error: the caller exits with 2).
func findBrief(lib *content.Library, id string, l *i18n.Localizer, stderr io.Writer) (*content.Brief, bool) {
	b, ok := lib.ByID(id)
	if !ok {
		fmt.Fprintln(stderr, "pismreader:", l.T("no brief with ID %q; %q lists the IDs", id, "pismreader list"))
	}
	return b, ok
}

// savedLang is the interface language: --lang, else the one saved in the
// settings, else the system's, as Parse found it.
func savedLang(o Options) language.Tag {
	if o.LangSet {
		return o.Lang
	}
	if st, err := settings.DefaultStore(); err == nil {
		if s, _ := st.Load(); s.Lang != "" {
			return i18n.ForCode(s.Lang).Tag()
		}
	}
	return o.Lang
}

// Fail reports a parse error and returns its exit code.
func Fail(err error, lang language.Tag, stderr io.Writer) int {
	fmt.Fprintln(stderr, "pismreader:", err)
	fmt.Fprintln(stderr, i18n.New(lang).T("Run %q for help.", "pismreader --help"))
	return 2
}

func usage(w io.Writer, l *i18n.Localizer) {
	fmt.Fprintf(w, "%s\n  pismreader [%s] [%s]\n\n", l.T("Usage:"), strings.ToLower(l.T("Options:")), "list | show ID | search QUERY")
	fmt.Fprintln(w, l.T("A reader for the briefs of the Polish Institute of International Affairs, made for low-vision readers first."))
	fmt.Fprintf(w, "\n%s\n", l.T("Commands:"))
	rows := [][2]string{
		{"(none)", l.T("start the reader window (the default)")},
		{"list [--json]", l.T("list the briefs of the library")},
		{"show ID", l.T("print a brief as plain text")},
		{"search [--lang L] [--json] [--limit N] QUERY", l.T("search every brief; --lang also keeps to briefs in that language")},
		{"import PATH|URL...", l.T("add briefs from files, saved web pages or RSS/Atom feeds")},
		{"remove ID", l.T("remove an imported brief")},
		{"export ID...|--all --out FILE", l.T("write briefs to an EPUB or HTML file")},
		{"cite ID", l.T("print a citation of a brief")},
		{"speak ID [--out FILE.wav] [--rate R]", l.T("read a brief aloud, or write it to a WAV file")},
	}
	writeRows(w, rows)
	fmt.Fprintf(w, "\n%s\n", l.T("Options:"))
	writeRows(w, [][2]string{
		{"--lang en|pl|ru", l.T("interface language: en, pl or ru")},
		{"--json", l.T("print as JSON")},
		{"--open ID", l.T("open the brief with this ID")},
		{"--size WxH", l.T("window size in pixels, such as 1024x768")},
		{"--theme NAME", l.T("colour theme for this run: %s", strings.Join(settings.Themes, ", "))},
		{"--text-scale PERCENT", l.T("text size for this run, %d to %d", settings.MinScale, settings.MaxScale)},
		{"--font NAME", l.T("font for this run: %s", strings.Join(settings.Fonts, ", "))},
		{"--out FILE", l.T("the file to write (export, speak)")},
		{"--format epub|html", l.T("export format; by default from the file name")},
		{"--rate R", l.T("reading speed from 0.5 to 2 (speak)")},
		{"--engine NAME", l.T("speech engine: %s", strings.Join(settings.SpeechEngines, ", "))},
		{"--exit-after-start", l.T("exit once the first frame is drawn, printing its time")},
		{"--help", l.T("show this help")},
		{"--version", l.T("print the version")},
	})
}

func writeRows(w io.Writer, rows [][2]string) {
	for _, r := range rows {
		fmt.Fprintf(w, "  %-20s %s\n", r[0], r[1])
	}
}
