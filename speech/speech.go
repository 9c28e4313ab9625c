package speech

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Voice chooses the language and speed of speech.
type Voice struct {
	Lang string  // "en", "pl" or "ru"
	Rate float64 // 0.5 to 2.0; 1 is the engine's normal speed; 0 means 1
}

// Engine speaks text aloud.
type Engine interface {
	// Name is one of the engine name constants.
	Name() string
	// Speak says sentences in order, calling started(i) (from any goroutine) just before
	// sentence i is heard. It returns nil when all were spoken, ctx.Err() when ctx is
	// cancelled, and an error wrapping ErrEngineFailed when the engine dies or misbehaves.
	Speak(ctx context.Context, v Voice, sentences []string, started func(i int)) error
}

// Recorder is an Engine that can also write speech to a WAV file.
type Recorder interface {
	Engine
	// Record writes the sentences as one valid RIFF/WAVE (PCM) stream to w.
	Record(ctx context.Context, v Voice, sentences []string, w io.Writer) error
}

// Engine names, as stored in settings and returned by Engine.Name.
const (
	SpeechDispatcher = "speech-dispatcher"
	ESpeak           = "espeak-ng"
	Say              = "say"  // macOS
	SAPI             = "sapi" // Windows, through PowerShell
)

// ErrNoAudio is wrapped, beside ErrEngineFailed, when the engine runs but
// finds no sound device to play on.
var ErrNoAudio = errors.New("no audio output")

var (
	// ErrEngineFailed is wrapped by errors from an engine that died or misbehaved.
	ErrEngineFailed = errors.New("speech engine failed")
	// ErrNoEngine is wrapped by *MissingError.
	ErrNoEngine = errors.New("no speech engine")
	// ErrUnknownEngine is returned for an engine name not valid on the OS.
	ErrUnknownEngine = errors.New("unknown speech engine")
	// ErrNoRecorder is returned when an engine cannot write audio files.
	ErrNoRecorder = errors.New("engine cannot write audio files")
)

// MissingError says no engine (or not the one asked for) is installed, and what to install.
type MissingError struct {
	Name    string   // the engine asked for, or "" for any
	Install []string // packages to install on GOOS; empty where the engine is built in
	GOOS    string
}

// Error describes the problem in English, for logs; the app localises using the fields.
func (e *MissingError) Error() string {
	what := "no speech engine found"
	if e.Name != "" {
		what = "speech engine " + e.Name + " not found"
	}
	if len(e.Install) == 0 {
		return what + " on " + e.GOOS
	}
	return what + " on " + e.GOOS + "; install " + strings.Join(e.Install, " or ")
}

// Unwrap returns ErrNoEngine so callers can test with errors.Is.
func (e *MissingError) Unwrap() error { return ErrNoEngine }

// System describes what is installed; tests inject fakes. A nil function means
// "nothing there".
type System struct {
	GOOS     string
	LookPath func(file string) (string, error)
	Getenv   func(string) string
	Dial     func(network, addr string) (net.Conn, error) // for the speech-dispatcher socket
}

// Host returns the System of the running machine.
func Host() System {
	return System{
		GOOS:     runtime.GOOS,
		LookPath: exec.LookPath,
		Getenv:   os.Getenv,
		Dial: func(network, addr string) (net.Conn, error) {
			return net.DialTimeout(network, addr, time.Second)
		},
	}
}

func (s System) lookPath(file string) (string, bool) {
	if s.LookPath == nil {
		return "", false
	}
	p, err := s.LookPath(file)
	return p, err == nil && p != ""
}

func (s System) getenv(k string) string {
	if s.Getenv == nil {
		return ""
	}
	return s.Getenv(k)
}

// speechdAddress finds the speech-dispatcher socket the way libspeechd does,
// so we talk to the same daemon as other desktop applications.
func (s System) speechdAddress() (network, addr string) {
	if a := s.getenv("SPEECHD_ADDRESS"); a != "" {
		method, rest, _ := strings.Cut(a, ":")
		switch method {
		case "unix_socket":
			if rest != "" {
				return "unix", rest
			}
		case "inet_socket":
			host, port, ok := strings.Cut(rest, ":")
			if !ok {
				port = "6560" // the SSIP default
			}
			return "tcp", net.JoinHostPort(host, port)
		}
	}
	if d := s.getenv("XDG_RUNTIME_DIR"); d != "" {
		return "unix", filepath.Join(d, "speech-dispatcher", "speechd.sock")
	}
	return "", ""
}

// Names lists every engine name valid on goos, best first, for the settings list.
// The app adds its own "auto".
func Names(goos string) []string {
	switch goos {
	case "darwin":
		return []string{Say}
	case "windows":
		return []string{SAPI}
	default:
		return []string{SpeechDispatcher, ESpeak}
	}
}

// Available lists the engines present on sys, best first.
func Available(sys System) []Engine {
	var out []Engine
	for _, name := range Names(sys.GOOS) {
		if e := find(sys, name); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// find returns the engine called name if it is present on sys, else nil.
func find(sys System, name string) Engine {
	switch name {
	case SpeechDispatcher:
		network, addr := sys.speechdAddress()
		if addr == "" || sys.Dial == nil {
			return nil
		}
		c, err := sys.Dial(network, addr)
		if err != nil {
			return nil
		}
		c.Close()
		return newSpeechd(network, addr, sys.Dial)
	case ESpeak:
		for _, bin := range []string{"espeak-ng", "espeak"} {
			if p, ok := sys.lookPath(bin); ok {
				return newESpeak(p)
			}
		}
	case Say:
		if p, ok := sys.lookPath("say"); ok {
			return newSay(p)
		}
	case SAPI:
		if p, ok := sys.lookPath("powershell.exe"); ok {
			return newSAPI(p)
		}
	}
	return nil
}

// installHints says which packages provide name on goos.
func installHints(goos, name string) []string {
	if goos == "darwin" || goos == "windows" {
		return []string{} // built into the OS
	}
	switch name {
	case "":
		return []string{"espeak-ng", "speech-dispatcher"}
	case SpeechDispatcher:
		return []string{"speech-dispatcher"}
	default:
		return []string{name}
	}
}

// Choose returns the engine named, or the best available one for "" and "auto".
// It returns a *MissingError if the engine is absent and an error wrapping
// ErrUnknownEngine for a name not in Names(sys.GOOS).
func Choose(sys System, name string) (Engine, error) {
	if name == "" || name == "auto" {
		if all := Available(sys); len(all) > 0 {
			return all[0], nil
		}
		return nil, &MissingError{Install: installHints(sys.GOOS, ""), GOOS: sys.GOOS}
	}
	if !slices.Contains(Names(sys.GOOS), name) {
		return nil, fmt.Errorf("%w %q on %s", ErrUnknownEngine, name, sys.GOOS)
	}
	if e := find(sys, name); e != nil {
		return e, nil
	}
	return nil, &MissingError{Name: name, Install: installHints(sys.GOOS, name), GOOS: sys.GOOS}
}

// RecorderFor returns a Recorder on sys: the engine named if it can record, else
// the first available one that can (speech-dispatcher cannot). The *MissingError
// it returns when there is none names the engine to install.
func RecorderFor(sys System, name string) (Recorder, error) {
	e, err := Choose(sys, name)
	if errors.Is(err, ErrUnknownEngine) {
		return nil, err
	}
	if r, ok := e.(Recorder); ok {
		return r, nil
	}
	for _, e := range Available(sys) {
		if r, ok := e.(Recorder); ok {
			return r, nil
		}
	}
	want := ESpeak
	switch sys.GOOS {
	case "darwin":
		want = Say
	case "windows":
		want = SAPI
	}
	return nil, &MissingError{Name: want, Install: installHints(sys.GOOS, want), GOOS: sys.GOOS}
}

// rate returns the speed factor clamped to the documented range.
func (v Voice) rate() float64 {
	r := v.Rate
	if r == 0 || math.IsNaN(r) {
		return 1
	}
	return min(max(r, 0.5), 2)
}

// lang returns the language code, defaulting to English. Anything that is not a
// plain language tag becomes "en" so it can never be read as a command-line option.
func (v Voice) lang() string {
	l := strings.ToLower(strings.TrimSpace(v.Lang))
	if len(l) < 2 || len(l) > 8 {
		return "en"
	}
	for _, r := range l {
		if (r < 'a' || r > 'z') && r != '-' {
			return "en"
		}
	}
	if l[0] == '-' {
		return "en"
	}
	return l
}

// wpm converts a rate to words per minute around the engine's normal speed.
func wpm(v Voice, normal, lo, hi int) int {
	return min(max(int(math.Round(float64(normal)*v.rate())), lo), hi)
}
