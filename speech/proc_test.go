package speech

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestHelperProcess is not a test: the engines under test run the test binary
// through it as a fake espeak-ng, say or PowerShell, chosen by $SPEECH_HELPER.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv("SPEECH_HELPER")
	if mode == "" {
		return
	}
	args := os.Args
	if i := slices.Index(args, "--"); i >= 0 {
		args = args[i+1:]
	}
	if log := os.Getenv("SPEECH_HELPER_LOG"); log != "" {
		f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err == nil {
			fmt.Fprintln(f, strings.Join(args, "\x1f"))
			f.Close()
		}
	}
	switch mode {
	case "ok":
		// As the SAPI script does; the other engines get no input.
		sc := bufio.NewScanner(os.Stdin)
		for i := 0; sc.Scan(); i++ {
			fmt.Printf("noise\r\nS %d\r\n", i)
		}
	case "fail":
		fmt.Fprintln(os.Stderr, "boom: voice not found")
		os.Exit(3)
	case "kill":
		p, _ := os.FindProcess(os.Getpid())
		_ = p.Kill()
		time.Sleep(time.Minute)
	case "hang":
		time.Sleep(time.Minute)
	case "noaudio":
		fmt.Fprintln(os.Stderr, "ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default")
		fmt.Fprintln(os.Stderr, "error: No such file or directory")
	case "wav", "badwav":
		path := os.Getenv("PISMREADER_SAPI_WAV")
		for i, a := range args {
			if (a == "-w" || a == "-o") && i+1 < len(args) {
				path = args[i+1]
			}
		}
		data := wavBytes(1, 1, 22050, 16, make([]byte, 22050))
		if mode == "badwav" {
			data = []byte("RIFF....WAVEjunk")
		}
		if err := os.WriteFile(path, data, 0o600); err != nil {
			os.Exit(4)
		}
	}
	os.Exit(0)
}

// helper returns a command that runs TestHelperProcess in mode.
func helper(t *testing.T, mode string) (command, string) {
	log := filepath.Join(t.TempDir(), "args.log")
	return command{
		path: os.Args[0],
		pre:  []string{"-test.run=^TestHelperProcess$", "--"},
		env:  []string{"SPEECH_HELPER=" + mode, "SPEECH_HELPER_LOG=" + log},
	}, log
}

// fakeRecorders builds each process engine around c.
func fakeRecorders(c command) []Recorder {
	return []Recorder{&eSpeak{c}, &say{command: c}, &sapi{c}}
}

func TestProcessEngineSpeak(t *testing.T) {
	sentences := []string{"First one.", "-v second", "Third."}
	tests := []struct {
		mode       string
		cancelWait time.Duration // cancel after this long; 0 means never
		want       error
	}{
		{"ok", 0, nil},
		{"fail", 0, ErrEngineFailed},
		{"kill", 0, ErrEngineFailed},
		{"hang", 300 * time.Millisecond, context.Canceled},
	}
	for _, tt := range tests {
		c, log := helper(t, tt.mode)
		for _, e := range fakeRecorders(c) {
			t.Run(tt.mode+"/"+e.Name(), func(t *testing.T) {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				if tt.cancelWait > 0 {
					time.AfterFunc(tt.cancelWait, cancel)
				}
				var got []int
				begin := time.Now()
				err := e.Speak(ctx, Voice{Lang: "pl"}, sentences, func(i int) { got = append(got, i) })
				if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
					t.Fatalf("Speak = %v, want %v", err, tt.want)
				}
				if tt.cancelWait > 0 {
					if d := time.Since(begin) - tt.cancelWait; d > time.Second {
						t.Errorf("Speak returned %v after cancel", d)
					}
				}
				if tt.mode == "ok" {
					if !slices.Equal(got, []int{0, 1, 2}) {
						t.Errorf("started %v, want [0 1 2]", got)
					}
					if e.Name() != SAPI {
						b, _ := os.ReadFile(log)
						if !strings.Contains(string(b), "--\x1f-v second\n") {
							t.Errorf("text not passed after --: %q", b)
						}
					}
				}
			})
		}
	}
}

func TestESpeakNoAudioDevice(t *testing.T) {
	c, _ := helper(t, "noaudio")
	err := (&eSpeak{c}).Speak(context.Background(), Voice{}, []string{"Hello."}, nil)
	if !errors.Is(err, ErrEngineFailed) || !strings.Contains(err.Error(), "No such file") {
		t.Fatalf("Speak = %v, want ErrEngineFailed about the audio device", err)
	}
}

func TestProcessEngineRecord(t *testing.T) {
	tests := []struct {
		mode string
		want error
	}{
		{"wav", nil},
		{"badwav", ErrEngineFailed},
		{"fail", ErrEngineFailed},
	}
	for _, tt := range tests {
		c, _ := helper(t, tt.mode)
		for _, e := range fakeRecorders(c) {
			t.Run(tt.mode+"/"+e.Name(), func(t *testing.T) {
				var buf bytes.Buffer
				err := e.Record(context.Background(), Voice{Lang: "en"}, []string{"One", "Two."}, &buf)
				if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
					t.Fatalf("Record = %v, want %v", err, tt.want)
				}
				if tt.want == nil {
					if d, err := WAVDuration(&buf); err != nil || d != 500*time.Millisecond {
						t.Errorf("recorded WAV: %v, %v", d, err)
					}
				} else if buf.Len() != 0 {
					t.Errorf("wrote %d bytes despite failure", buf.Len())
				}
			})
		}
	}
}

func TestProcessEngineMissingBinary(t *testing.T) {
	c := command{path: filepath.Join(t.TempDir(), "no-such-engine")}
	for _, e := range fakeRecorders(c) {
		if err := e.Speak(context.Background(), Voice{}, []string{"Hi."}, nil); !errors.Is(err, ErrEngineFailed) {
			t.Errorf("%s: Speak = %v, want ErrEngineFailed", e.Name(), err)
		}
	}
}

func TestESpeakArgs(t *testing.T) {
	tests := []struct {
		v    Voice
		wav  string
		want []string
	}{
		{Voice{Lang: "en"}, "", []string{"-v", "en", "-s", "175", "--", "Hi."}},
		{Voice{Lang: "pl", Rate: 2}, "", []string{"-v", "pl", "-s", "350", "--", "Hi."}},
		{Voice{Lang: "ru", Rate: 0.5}, "/t/x.wav", []string{"-v", "ru", "-s", "88", "-w", "/t/x.wav", "--", "Hi."}},
		{Voice{Lang: "-x", Rate: 9}, "", []string{"-v", "en", "-s", "350", "--", "Hi."}},
		{Voice{Lang: "", Rate: 0.1}, "", []string{"-v", "en", "-s", "88", "--", "Hi."}},
	}
	for _, tt := range tests {
		if got := newESpeak("espeak-ng").args(tt.v, "Hi.", tt.wav); !slices.Equal(got, tt.want) {
			t.Errorf("args(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestForSpeech(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Heading", "Body text.", "  ", "Why?"}, "Heading. Body text. Why?"},
		{[]string{"a\nb"}, "a b."},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := forSpeech(tt.in); got != tt.want {
			t.Errorf("forSpeech(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
