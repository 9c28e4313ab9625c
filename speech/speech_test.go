package speech

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fakeSystem has the programs in bins and a speech-dispatcher socket if sock.
func fakeSystem(t *testing.T, goos string, sock bool, bins ...string) System {
	t.Helper()
	env := map[string]string{}
	if sock {
		dir := t.TempDir()
		path := filepath.Join(dir, "speech-dispatcher", "speechd.sock")
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		l, err := net.Listen("unix", path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { l.Close() })
		env["XDG_RUNTIME_DIR"] = dir
	}
	return System{
		GOOS: goos,
		LookPath: func(file string) (string, error) {
			if slices.Contains(bins, file) {
				return "/usr/bin/" + file, nil
			}
			return "", errors.New("not found")
		},
		Getenv: func(k string) string { return env[k] },
		Dial:   dialer,
	}
}

func names(es []Engine) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestAvailable(t *testing.T) {
	tests := []struct {
		name string
		sys  System
		want []string
	}{
		{"linux all", fakeSystem(t, "linux", true, "espeak-ng"), []string{SpeechDispatcher, ESpeak}},
		{"linux old espeak", fakeSystem(t, "linux", false, "espeak"), []string{ESpeak}},
		{"linux socket only", fakeSystem(t, "linux", true), []string{SpeechDispatcher}},
		{"linux nothing", fakeSystem(t, "linux", false, "say"), nil},
		{"freebsd", fakeSystem(t, "freebsd", false, "espeak-ng"), []string{ESpeak}},
		{"darwin", fakeSystem(t, "darwin", false, "say", "espeak-ng"), []string{Say}},
		{"windows", fakeSystem(t, "windows", false, "powershell.exe"), []string{SAPI}},
		{"windows without powershell", fakeSystem(t, "windows", false), nil},
		{"zero System", System{GOOS: "linux"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(Available(tt.sys)); !slices.Equal(got, tt.want) {
				t.Errorf("Available = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSpeechdAddress(t *testing.T) {
	tests := []struct {
		env                   map[string]string
		wantNetwork, wantAddr string
	}{
		{map[string]string{"SPEECHD_ADDRESS": "unix_socket:/run/s.sock", "XDG_RUNTIME_DIR": "/x"}, "unix", "/run/s.sock"},
		{map[string]string{"SPEECHD_ADDRESS": "inet_socket:localhost:7000"}, "tcp", "localhost:7000"},
		{map[string]string{"XDG_RUNTIME_DIR": "/run/user/1000"}, "unix", "/run/user/1000/speech-dispatcher/speechd.sock"},
		{map[string]string{}, "", ""},
	}
	for _, tt := range tests {
		sys := System{Getenv: func(k string) string { return tt.env[k] }}
		if n, a := sys.speechdAddress(); n != tt.wantNetwork || a != tt.wantAddr {
			t.Errorf("speechdAddress(%v) = %q %q, want %q %q", tt.env, n, a, tt.wantNetwork, tt.wantAddr)
		}
	}
}

func TestChoose(t *testing.T) {
	tests := []struct {
		name, engine string
		sys          System
		want         string
		wantErr      error
		wantInstall  []string
	}{
		{"auto best", "auto", fakeSystem(t, "linux", true, "espeak-ng"), SpeechDispatcher, nil, nil},
		{"empty best", "", fakeSystem(t, "linux", false, "espeak-ng"), ESpeak, nil, nil},
		{"named", ESpeak, fakeSystem(t, "linux", true, "espeak-ng"), ESpeak, nil, nil},
		{"none on linux", "", fakeSystem(t, "linux", false), "", ErrNoEngine, []string{"espeak-ng", "speech-dispatcher"}},
		{"named missing", SpeechDispatcher, fakeSystem(t, "linux", false, "espeak-ng"), "", ErrNoEngine, []string{"speech-dispatcher"}},
		{"none on darwin", "auto", fakeSystem(t, "darwin", false), "", ErrNoEngine, []string{}},
		{"unknown", "festival", fakeSystem(t, "linux", false), "", ErrUnknownEngine, nil},
		{"other OS", SAPI, fakeSystem(t, "linux", false, "powershell.exe"), "", ErrUnknownEngine, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Choose(tt.sys, tt.engine)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Fatalf("Choose = %v, want %v", err, tt.wantErr)
			}
			if err == nil && e.Name() != tt.want {
				t.Errorf("Choose = %s, want %s", e.Name(), tt.want)
			}
			var me *MissingError
			if errors.As(err, &me) {
				if !slices.Equal(me.Install, tt.wantInstall) || me.Install == nil || me.GOOS != tt.sys.GOOS {
					t.Errorf("MissingError = %+v, want Install %q", me, tt.wantInstall)
				}
			}
		})
	}
}

func TestRecorderFor(t *testing.T) {
	tests := []struct {
		name, engine string
		sys          System
		want         string
		wantMissing  string
	}{
		{"speechd falls back", SpeechDispatcher, fakeSystem(t, "linux", true, "espeak-ng"), ESpeak, ""},
		{"auto", "", fakeSystem(t, "linux", true, "espeak-ng"), ESpeak, ""},
		{"speechd only", "", fakeSystem(t, "linux", true), "", ESpeak},
		{"darwin", "", fakeSystem(t, "darwin", false, "say"), Say, ""},
		{"windows", SAPI, fakeSystem(t, "windows", false, "powershell.exe"), SAPI, ""},
		{"windows missing", "", fakeSystem(t, "windows", false), "", SAPI},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := RecorderFor(tt.sys, tt.engine)
			if tt.wantMissing != "" {
				var me *MissingError
				if !errors.As(err, &me) || me.Name != tt.wantMissing || !errors.Is(err, ErrNoEngine) {
					t.Fatalf("RecorderFor = %v, want MissingError for %s", err, tt.wantMissing)
				}
				return
			}
			if err != nil || r.Name() != tt.want {
				t.Fatalf("RecorderFor = %v, %v; want %s", r, err, tt.want)
			}
		})
	}
	if _, err := RecorderFor(fakeSystem(t, "linux", false), "nope"); !errors.Is(err, ErrUnknownEngine) {
		t.Errorf("RecorderFor(nope) = %v, want ErrUnknownEngine", err)
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		goos string
		want []string
	}{
		{"linux", []string{SpeechDispatcher, ESpeak}},
		{"openbsd", []string{SpeechDispatcher, ESpeak}},
		{"darwin", []string{Say}},
		{"windows", []string{SAPI}},
	}
	for _, tt := range tests {
		if got := Names(tt.goos); !slices.Equal(got, tt.want) {
			t.Errorf("Names(%s) = %v, want %v", tt.goos, got, tt.want)
		}
	}
}

func TestMissingError(t *testing.T) {
	tests := []struct {
		err  *MissingError
		want string
	}{
		{&MissingError{Install: []string{"espeak-ng", "speech-dispatcher"}, GOOS: "linux"},
			"no speech engine found on linux; install espeak-ng or speech-dispatcher"},
		{&MissingError{Name: Say, Install: []string{}, GOOS: "darwin"}, "speech engine say not found on darwin"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, ErrNoEngine) {
			t.Errorf("%v does not wrap ErrNoEngine", tt.err)
		}
	}
}

func TestHost(t *testing.T) {
	h := Host()
	if h.GOOS == "" || h.LookPath == nil || h.Getenv == nil || h.Dial == nil {
		t.Fatalf("Host() incomplete: %+v", h)
	}
	for _, e := range Available(h) {
		if !slices.Contains(Names(h.GOOS), e.Name()) || strings.TrimSpace(e.Name()) == "" {
			t.Errorf("unexpected engine %q", e.Name())
		}
	}
}

func TestVoiceNormalised(t *testing.T) {
	tests := []struct {
		v        Voice
		lang     string
		rate     float64
		wpmAt175 int
	}{
		{Voice{}, "en", 1, 175},
		{Voice{Lang: "PL", Rate: 1.5}, "pl", 1.5, 263},
		{Voice{Lang: "ru", Rate: 3}, "ru", 2, 350},
		{Voice{Lang: "--rm", Rate: 0.2}, "en", 0.5, 88},
		{Voice{Lang: "pl; ls"}, "en", 1, 175},
	}
	for _, tt := range tests {
		if l, r, w := tt.v.lang(), tt.v.rate(), wpm(tt.v, 175, 80, 450); l != tt.lang || r != tt.rate || w != tt.wpmAt175 {
			t.Errorf("%+v: lang %q rate %v wpm %d; want %q %v %d", tt.v, l, r, w, tt.lang, tt.rate, tt.wpmAt175)
		}
	}
}
