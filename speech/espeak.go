package speech

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// eSpeak runs espeak-ng (or the older espeak, which takes the same arguments).
type eSpeak struct {
	command
}

func newESpeak(path string) *eSpeak { return &eSpeak{command{path: path}} }

// Name returns ESpeak.
func (e *eSpeak) Name() string { return ESpeak }

// args builds the command line; the text goes after "--" so that a sentence
// starting with "-" is never read as an option.
func (e *eSpeak) args(v Voice, text, wavPath string) []string {
	voice := v.lang()
	a := []string{"-v", voice, "-s", strconv.Itoa(wpm(v, 175, 80, 450))}
	if wavPath != "" {
		a = append(a, "-w", wavPath)
	}
	return append(a, "--", text)
}

// Speak runs one espeak-ng process per sentence.
func (e *eSpeak) Speak(ctx context.Context, v Voice, sentences []string, started func(int)) error {
	return speakEach(ctx, v, sentences, started, func(ctx context.Context, s string) error {
		cmd := e.cmd(ctx, e.args(v, s, ""))
		var stderr tailBuffer
		cmd.Stderr = &stderr
		if err := run(ctx, ESpeak, cmd, budget(v.rate(), s), &stderr); err != nil {
			return err
		}
		return audioError(&stderr)
	})
}

// audioError reports espeak-ng's complaint about the sound device: it exits 0
// even when it could not play anything (no card, no PulseAudio), and the user
// should hear why nothing is heard rather than watch the highlight move in silence.
func audioError(stderr *tailBuffer) error {
	sc := bufio.NewScanner(strings.NewReader(stderr.String()))
	for sc.Scan() {
		if line := sc.Text(); strings.HasPrefix(strings.ToLower(line), "error:") {
			return fmt.Errorf("%s: %w: %w: %s", ESpeak, ErrEngineFailed, ErrNoAudio, strings.TrimSpace(line[len("error:"):]))
		}
	}
	return nil
}

// Record runs one process for the whole text, writing a WAV file that is then
// checked and copied to w.
func (e *eSpeak) Record(ctx context.Context, v Voice, sentences []string, w io.Writer) error {
	text := forSpeech(sentences)
	return recordToFile(ctx, ESpeak, w, func(path string) error {
		cmd := e.cmd(ctx, e.args(v, text, path))
		var stderr tailBuffer
		cmd.Stderr = &stderr
		return run(ctx, ESpeak, cmd, budget(v.rate(), text), &stderr)
	})
}
