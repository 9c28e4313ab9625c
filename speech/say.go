package speech

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
)

// say runs the macOS say command.
type say struct {
	command

	mu     sync.Mutex
	voices map[string]string // language → voice name; nil until listed
}

func newSay(path string) *say { return &say{command: command{path: path}} }

// Name returns Say.
func (s *say) Name() string { return Say }

// args builds the command line. An empty voice leaves the choice to the
// system's default voice.
func (s *say) args(v Voice, voice, text, wavPath string) []string {
	var a []string
	if voice != "" {
		a = append(a, "-v", voice)
	}
	a = append(a, "-r", strconv.Itoa(wpm(v, 175, 80, 450)))
	if wavPath != "" {
		a = append(a, "-o", wavPath, "--data-format=LEI16@22050")
	}
	return append(a, "--", text)
}

// parseSayVoices reads the output of `say -v ?`, one voice a line:
//
//	Eddy (English (UK)) en_GB    # Hello! My name is Eddy.
//
// Names may contain spaces, so the locale is the last field before "#".
// It returns the first voice for each two-letter language.
func parseSayVoices(out string) map[string]string {
	voices := make(map[string]string)
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		left, _, _ := strings.Cut(sc.Text(), "#")
		left = strings.TrimSpace(left)
		i := strings.LastIndexAny(left, " \t")
		if i < 0 {
			continue
		}
		name, locale := strings.TrimSpace(left[:i]), left[i+1:]
		lang, _, ok := strings.Cut(strings.ReplaceAll(locale, "-", "_"), "_")
		if !ok || name == "" || len(lang) < 2 {
			continue
		}
		lang = strings.ToLower(lang)
		if _, seen := voices[lang]; !seen {
			voices[lang] = name
		}
	}
	return voices
}

// voice returns the voice for lang, listing the installed voices once. If the
// list cannot be had, say's default voice is better than no speech.
func (s *say) voice(ctx context.Context, lang string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.voices == nil {
		cmd := s.cmd(ctx, []string{"-v", "?"})
		var out strings.Builder
		cmd.Stdout = &out
		if err := run(ctx, Say, cmd, 10*time.Second, nil); err != nil {
			if ctx.Err() == nil {
				s.voices = map[string]string{} // don't ask again on every sentence
			}
			return ""
		}
		s.voices = parseSayVoices(out.String())
	}
	return s.voices[lang]
}

// Speak runs one say process per sentence.
func (s *say) Speak(ctx context.Context, v Voice, sentences []string, started func(int)) error {
	voice := s.voice(ctx, v.lang())
	return speakEach(ctx, v, sentences, started, func(ctx context.Context, text string) error {
		cmd := s.cmd(ctx, s.args(v, voice, text, ""))
		var stderr tailBuffer
		cmd.Stderr = &stderr
		return run(ctx, Say, cmd, budget(v.rate(), text), &stderr)
	})
}

// Record writes the whole text to a 16-bit WAV file in one process.
func (s *say) Record(ctx context.Context, v Voice, sentences []string, w io.Writer) error {
	voice := s.voice(ctx, v.lang())
	text := forSpeech(sentences)
	return recordToFile(ctx, Say, w, func(path string) error {
		cmd := s.cmd(ctx, s.args(v, voice, text, path))
		var stderr tailBuffer
		cmd.Stderr = &stderr
		return run(ctx, Say, cmd, budget(v.rate(), text), &stderr)
	})
}
