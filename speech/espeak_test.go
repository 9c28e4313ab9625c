package speech

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"
)

// paragraphs are about 40 words each, as in a PISM brief; spelt-out numbers
// make them longer spoken than plain words would be.
var paragraphs = map[string]string{
	"en": "The INF Treaty was signed in 1987 by the U.S. and USSR. It prohibits the parties from possessing ground-launched ballistic and cruise missiles with ranges between 500 and 5,500km. Russia has violated it for years, e.g. by deploying the 9M729 missile.",
	"pl": "Traktat INF podpisały w 1987 r. USA i ZSRR. Zakazuje on posiadania pocisków balistycznych i manewrujących bazowania lądowego o zasięgu od 500 do 5500 km. Rosja od lat go narusza, m.in. rozmieszczając pociski 9M729.",
	"ru": "Договор РСМД был подписан в 1987 г. США и СССР. Он запрещает сторонам иметь баллистические и крылатые ракеты наземного базирования с дальностью от 500 до 5500 км. Россия годами нарушает его, т. е. развёртывает ракеты 9М729.",
}

// realESpeak returns the installed espeak-ng, skipping the test without one
// unless PISM_REQUIRE_TOOLS=1 says the machine must have it.
func realESpeak(t *testing.T) *eSpeak {
	t.Helper()
	path, err := exec.LookPath("espeak-ng")
	if err != nil {
		if os.Getenv("PISM_REQUIRE_TOOLS") == "1" {
			t.Fatalf("espeak-ng required: %v", err)
		}
		t.Skip("espeak-ng not installed")
	}
	return newESpeak(path)
}

// splitText cuts a paragraph into sentence strings.
func splitText(lang, text string) []string {
	var out []string
	for _, s := range Sentences(lang, text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestESpeakRecordReal(t *testing.T) {
	e := realESpeak(t)
	tests := []struct {
		lang     string
		rate     float64
		min, max time.Duration
	}{
		{"en", 1, 10 * time.Second, 25 * time.Second},
		{"pl", 1, 10 * time.Second, 25 * time.Second},
		{"ru", 1, 10 * time.Second, 25 * time.Second},
		{"en", 2, 5 * time.Second, 13 * time.Second},
		{"pl", 2, 5 * time.Second, 13 * time.Second},
		{"ru", 2, 5 * time.Second, 13 * time.Second},
	}
	normal := map[string]time.Duration{}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+time.Duration(tt.rate*float64(time.Second)).String(), func(t *testing.T) {
			var buf bytes.Buffer
			err := e.Record(context.Background(), Voice{Lang: tt.lang, Rate: tt.rate}, splitText(tt.lang, paragraphs[tt.lang]), &buf)
			if err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			if len(b) < 44 || string(b[0:4]) != "RIFF" || string(b[8:16]) != "WAVEfmt " {
				t.Fatalf("no RIFF/WAVE header: %q", b[:min(len(b), 16)])
			}
			if got := binary.LittleEndian.Uint32(b[4:8]); int(got) != len(b)-8 {
				t.Errorf("RIFF size %d, file %d bytes", got, len(b))
			}
			if f := binary.LittleEndian.Uint16(b[20:22]); f != 1 {
				t.Errorf("format %d, want PCM", f)
			}
			if string(b[36:40]) == "data" {
				if got := binary.LittleEndian.Uint32(b[40:44]); int(got) != len(b)-44 {
					t.Errorf("data size %d, file %d bytes", got, len(b))
				}
			}
			d, err := WAVDuration(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s at rate %v: %v (%d bytes)", tt.lang, tt.rate, d, len(b))
			if d < tt.min || d > tt.max {
				t.Errorf("duration %v, want %v to %v", d, tt.min, tt.max)
			}
			if tt.rate == 1 {
				normal[tt.lang] = d
			} else if n := normal[tt.lang]; n > 0 && (d < n*35/100 || d > n*70/100) {
				t.Errorf("at rate %v: %v, not about half of %v", tt.rate, d, n)
			}
		})
	}
}

// TestESpeakSpeakReal plays through the real engine. Machines without a sound
// card make espeak-ng fail; that must be ErrEngineFailed, never a hang.
func TestESpeakSpeakReal(t *testing.T) {
	e := realESpeak(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var started []int
	err := e.Speak(ctx, Voice{Lang: "en", Rate: 2}, []string{"One.", "Two."}, func(i int) { started = append(started, i) })
	switch {
	case err == nil:
		if len(started) != 2 {
			t.Errorf("started %v", started)
		}
	case errors.Is(err, ErrEngineFailed):
		t.Logf("no audio here: %v", err)
	default:
		t.Fatalf("Speak = %v", err)
	}
}

func TestESpeakCancelReal(t *testing.T) {
	e := realESpeak(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	long := splitText("en", paragraphs["en"]+" "+paragraphs["en"])
	begin := time.Now()
	var buf bytes.Buffer
	err := e.Record(ctx, Voice{Lang: "en", Rate: 0.5}, long, &buf)
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("Record = %v, want nil or context.Canceled", err)
	}
	if d := time.Since(begin); d > time.Second {
		t.Errorf("Record took %v after cancel", d)
	}
}
