package speech

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// waitDelay bounds how long Wait lingers for output pipes after the process was
// killed, so a stray grandchild holding stderr cannot make us hang.
const waitDelay = 100 * time.Millisecond

// command describes how an engine runs its program. Tests point path at the test
// binary and use pre to select TestHelperProcess.
type command struct {
	path string
	pre  []string // arguments placed before the engine's own
	env  []string // extra environment, on top of ours
}

// cmd builds the process; it never involves a shell.
func (c command) cmd(ctx context.Context, args []string, env ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, c.path, append(slices.Clone(c.pre), args...)...)
	if len(c.env)+len(env) > 0 {
		cmd.Env = append(append(os.Environ(), c.env...), env...)
	}
	cmd.WaitDelay = waitDelay
	hideWindow(cmd)
	return cmd
}

// tailBuffer keeps the last bytes written to it, enough to explain a failure in
// an error message without letting a chatty process grow memory without limit.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

const tailMax = 2048

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > tailMax {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-tailMax:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := strings.TrimSpace(string(bytes.ToValidUTF8(t.buf, nil)))
	if len(s) > 300 {
		s = s[len(s)-300:]
		for !utf8.ValidString(s) {
			s = s[1:]
		}
	}
	return s
}

// run starts cmd and waits for it, giving up after budget. It returns ctx.Err()
// if ctx ended first and otherwise an error wrapping ErrEngineFailed for a
// process that could not start, was killed or exited non-zero.
func run(ctx context.Context, name string, cmd *exec.Cmd, budget time.Duration, stderr *tailBuffer) error {
	if err := cmd.Start(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s: %w: start: %w", name, ErrEngineFailed, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	var err error
	select {
	case err = <-done:
	case <-timer.C:
		// cmd.Cancel only fires on ctx; a hung engine with a live ctx needs this.
		_ = cmd.Process.Kill()
		<-done
		return fmt.Errorf("%s: %w: no result after %v", name, ErrEngineFailed, budget)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("%s: %w: %w%s", name, ErrEngineFailed, err, detail(stderr))
	}
	return nil
}

func detail(t *tailBuffer) string {
	if t == nil {
		return ""
	}
	if s := t.String(); s != "" {
		return ": " + s
	}
	return ""
}

// budget is how long one utterance may take before the engine counts as hung:
// far more than speech at the slowest rate needs, so only a stuck engine hits it.
func budget(rate float64, texts ...string) time.Duration {
	n := 0
	for _, t := range texts {
		n += utf8.RuneCountInString(t)
	}
	return 15*time.Second + time.Duration(float64(n)*float64(250*time.Millisecond)/rate)
}

// recordToFile runs an engine that writes a WAV file at path, then checks the
// file and copies it to w. The temporary file is always removed.
func recordToFile(ctx context.Context, name string, w io.Writer, start func(path string) error) error {
	f, err := os.CreateTemp("", "pismreader-*.wav")
	if err != nil {
		return fmt.Errorf("%s: record: %w", name, err)
	}
	path := f.Name()
	f.Close()
	defer os.Remove(path)
	if err := start(path); err != nil {
		return err
	}
	f, err = os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w: no audio file: %w", name, ErrEngineFailed, err)
	}
	defer f.Close()
	if _, err := WAVDuration(f); err != nil {
		return fmt.Errorf("%s: %w: bad audio file: %w", name, ErrEngineFailed, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("%s: record: %w", name, err)
	}
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("%s: record: write: %w", name, err)
	}
	return ctx.Err()
}

// speakEach runs one process per sentence, which is how engines without index
// marks let us know when each sentence starts.
func speakEach(ctx context.Context, v Voice, sentences []string, started func(int), one func(ctx context.Context, s string) error) error {
	for i, s := range sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		if started != nil {
			started(i)
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		if err := one(ctx, s); err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return ctx.Err()
			}
			return err
		}
	}
	return ctx.Err()
}

// forSpeech joins sentences into one text for engines that record in one go,
// ending each with punctuation so a heading does not run into the next line.
func forSpeech(sentences []string) string {
	var b strings.Builder
	for _, s := range sentences {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?…:;", r) {
			b.WriteByte('.')
		}
	}
	return b.String()
}
