package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pismreader/content"
	"pismreader/speech"
)

const spotlightID = "pism-spotlight-74-2018"

// requireESpeak skips without espeak-ng, unless the tools are required
// (make test sets PISM_REQUIRE_TOOLS=1), when its absence is a failure.
func requireESpeak(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("PISM_REQUIRE_TOOLS") == "1" {
			t.Fatal("espeak-ng is not installed; make deps installs it")
		}
		t.Skip("espeak-ng is not installed")
	}
}

// TestSpeakWAV writes the Spotlight in its three languages to WAV files
// with the real engine and checks that each lasts as long as its words
// take to say: between 100 and 220 words a minute at normal speed.
func TestSpeakWAV(t *testing.T) {
	requireESpeak(t)
	lib, _ := content.Bundled()
	for _, id := range []string{spotlightID, spotlightID + "-pl", spotlightID + "-ru"} {
		t.Run(id, func(t *testing.T) {
			t.Parallel()
			b, _ := lib.ByID(id)
			out := filepath.Join(t.TempDir(), "x.wav")
			_, stderr, code := run(t, "speak", id, "--out", out, "--engine", "espeak-ng")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := speech.WAVDuration(f)
			if err != nil {
				t.Fatalf("not a valid WAV file: %v", err)
			}
			words := float64(b.WordCount())
			wpm := words / d.Minutes()
			t.Logf("%s: %d words, %s, %.0f words a minute", id, b.WordCount(), d.Round(time.Second), wpm)
			if wpm < 100 || wpm > 220 {
				t.Errorf("%.0f words a minute: not a plausible length for the text", wpm)
			}
			if b.Lang == content.English && d < 3*time.Minute {
				t.Errorf("the English Spotlight lasts %s, under 3 minutes", d)
			}
			if !strings.Contains(stderr, filepath.Base(out)) {
				t.Errorf("stderr %q does not name the file", stderr)
			}
		})
	}
}

func TestSpeakRateAndErrors(t *testing.T) {
	requireESpeak(t)
	dir := t.TempDir()
	slow, fast := filepath.Join(dir, "slow.wav"), filepath.Join(dir, "fast.wav")
	for _, c := range []struct{ rate, out string }{{"0.5", slow}, {"2", fast}} {
		if _, stderr, code := run(t, "speak", "inf-key-facts", "--rate", c.rate, "--out", c.out); code != 0 {
			t.Fatalf("rate %s: exit %d: %s", c.rate, code, stderr)
		}
	}
	ds, df := wavLength(t, slow), wavLength(t, fast)
	if ratio := float64(ds) / float64(df); ratio < 2.5 {
		t.Errorf("0.5× lasts %s and 2× %s: ratio %.1f, want about 4", ds, df, ratio)
	}

	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"speak", "nope"}, 2, `no brief with ID "nope"`},
		{[]string{"speak", spotlightID, "--rate", "3"}, 2, "bad speed"},
		{[]string{"speak", spotlightID, "--engine", "festival"}, 2, "unknown speech engine"},
		{[]string{"--lang", "pl", "speak", spotlightID, "--rate", "x"}, 2, "zła prędkość"},
	} {
		_, stderr, code := run(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want exit %d with %q", c.args, code, stderr, c.code, c.want)
		}
	}
}

// TestSpeakWithoutEngine runs with a PATH where no engine is found: the
// message says what to install, in the interface language, exit 1.
func TestSpeakWithoutEngine(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	t.Setenv("SPEECHD_ADDRESS", "")
	for lang, want := range map[string]string{"en": "Install espeak-ng", "pl": "Zainstaluj espeak-ng", "ru": "Установите espeak-ng"} {
		_, stderr, code := run(t, "--lang", lang, "speak", spotlightID, "--out", filepath.Join(t.TempDir(), "x.wav"))
		if code != 1 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "apt install espeak-ng") {
			t.Errorf("%s: exit %d, %q; want exit 1 naming espeak-ng", lang, code, stderr)
		}
		_, stderr, code = run(t, "--lang", lang, "speak", spotlightID)
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%s aloud: exit %d, %q", lang, code, stderr)
		}
	}
}

func wavLength(t *testing.T, path string) time.Duration {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := speech.WAVDuration(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
