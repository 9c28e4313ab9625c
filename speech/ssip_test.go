package speech

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeSpeechd is an SSIP server on a Unix socket that records what it receives.
type fakeSpeechd struct {
	sock string
	// behave runs after the message is queued; it gets the number of marks.
	behave func(w *bufio.Writer, marks int)
	reply  map[string]string // command → reply line, overriding the defaults
	hangUp bool              // close the connection after behave

	mu       sync.Mutex
	commands []string
	data     string
	gotStop  chan struct{}
}

func startFakeSpeechd(t *testing.T, f *fakeSpeechd) *fakeSpeechd {
	t.Helper()
	f.sock = filepath.Join(t.TempDir(), "speechd.sock")
	f.gotStop = make(chan struct{})
	l, err := net.Listen("unix", f.sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go f.serve(c)
		}
	}()
	return f
}

func (f *fakeSpeechd) serve(c net.Conn) {
	defer c.Close()
	r, w := bufio.NewReader(c), bufio.NewWriter(c)
	defaults := map[string]string{
		"SET SELF CLIENT_NAME":  "208 OK CLIENT NAME SET",
		"SET SELF LANGUAGE":     "201 OK LANGUAGE SET",
		"SET SELF RATE":         "203 OK RATE SET",
		"SET SELF SSML_MODE":    "219 OK SSML MODE SET",
		"SET SELF NOTIFICATION": "220 OK NOTIFICATION SET",
		"SPEAK":                 "230 OK RECEIVING DATA",
		"CANCEL self":           "210 OK CANCELED",
	}
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if !strings.HasSuffix(line, "\r\n") {
			fmt.Fprintf(w, "300 NO CRLF\r\n")
		}
		cmd := strings.TrimSuffix(line, "\r\n")
		f.mu.Lock()
		f.commands = append(f.commands, cmd)
		f.mu.Unlock()
		reply := "300 UNKNOWN"
		for k, v := range defaults {
			if strings.HasPrefix(cmd, k) {
				reply = v
			}
		}
		for k, v := range f.reply {
			if strings.HasPrefix(cmd, k) {
				reply = v
			}
		}
		fmt.Fprintf(w, "%s\r\n", reply)
		w.Flush()
		if cmd == "CANCEL self" {
			close(f.gotStop)
		}
		if cmd != "SPEAK" || !strings.HasPrefix(reply, "230") {
			continue
		}
		var data []string
		for {
			l, err := r.ReadString('\n')
			if err != nil {
				return
			}
			l = strings.TrimSuffix(l, "\r\n")
			if l == "." {
				break
			}
			data = append(data, l)
		}
		f.mu.Lock()
		f.data = strings.Join(data, "\n")
		f.mu.Unlock()
		fmt.Fprintf(w, "225-17\r\n225 OK MESSAGE QUEUED\r\n")
		w.Flush()
		if f.behave != nil {
			f.behave(w, strings.Count(strings.Join(data, ""), "<mark "))
		}
		if f.hangUp {
			return
		}
	}
}

func event(w *bufio.Writer, code int, text string, lines ...string) {
	for _, l := range append([]string{"17", "3"}, lines...) {
		fmt.Fprintf(w, "%d-%s\r\n", code, l)
	}
	fmt.Fprintf(w, "%d %s\r\n", code, text)
	w.Flush()
}

func speakAll(w *bufio.Writer, marks int) {
	event(w, 701, "BEGIN")
	for i := range marks {
		event(w, 700, "INDEX MARK", fmt.Sprintf("s%d", i))
	}
	event(w, 702, "END")
}

func dialer(network, addr string) (net.Conn, error) {
	return net.DialTimeout(network, addr, time.Second)
}

func TestSpeechdSpeak(t *testing.T) {
	f := startFakeSpeechd(t, &fakeSpeechd{behave: speakAll})
	e := newSpeechd("unix", f.sock, dialer)
	var started []int
	sentences := []string{"Fish & chips <cheap>.", "Line\n.hidden dot", "Третье."}
	if err := e.Speak(context.Background(), Voice{Lang: "ru", Rate: 2}, sentences, func(i int) { started = append(started, i) }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(started, []int{0, 1, 2}) {
		t.Errorf("started %v", started)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	wantCmds := []string{
		"SET SELF CLIENT_NAME user:pismreader:main",
		"SET SELF LANGUAGE ru",
		"SET SELF RATE 100",
		"SET SELF SSML_MODE on",
		"SET SELF NOTIFICATION ALL on",
		"SPEAK",
	}
	if !slices.Equal(f.commands, wantCmds) {
		t.Errorf("commands\n got %q\nwant %q", f.commands, wantCmds)
	}
	wantData := "<speak>\n" +
		`<mark name="s0"/>Fish &amp; chips &lt;cheap&gt;.` + "\n" +
		`<mark name="s1"/>Line&#xA;.hidden dot` + "\n" +
		`<mark name="s2"/>Третье.` + "\n</speak>"
	if f.data != wantData {
		t.Errorf("data\n got %q\nwant %q", f.data, wantData)
	}
}

func TestSpeechdFailures(t *testing.T) {
	tests := []struct {
		name   string
		behave func(w *bufio.Writer, marks int)
		reply  map[string]string
		hangUp bool
		cancel bool
		want   error
	}{
		{"closes mid-speech", func(w *bufio.Writer, _ int) { event(w, 700, "INDEX MARK", "s0") }, nil, true, false, ErrEngineFailed},
		{"cancelled elsewhere", func(w *bufio.Writer, _ int) { event(w, 703, "CANCELED") }, nil, false, false, ErrEngineFailed},
		{"refuses language", nil, map[string]string{"SET SELF LANGUAGE": "410 ERR INVALID"}, false, false, ErrEngineFailed},
		{"garbage", func(w *bufio.Writer, _ int) { w.WriteString("hello\r\n"); w.Flush() }, nil, false, false, ErrEngineFailed},
		{"silent until cancelled", nil, nil, false, true, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := startFakeSpeechd(t, &fakeSpeechd{behave: tt.behave, reply: tt.reply, hangUp: tt.hangUp})
			e := newSpeechd("unix", f.sock, dialer)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancel {
				time.AfterFunc(200*time.Millisecond, cancel)
			}
			begin := time.Now()
			err := e.Speak(ctx, Voice{Lang: "en"}, []string{"One.", "Two."}, nil)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Speak = %v, want %v", err, tt.want)
			}
			if d := time.Since(begin); d > 2*time.Second {
				t.Errorf("Speak took %v", d)
			}
			if tt.cancel {
				select {
				case <-f.gotStop:
				case <-time.After(time.Second):
					t.Error("server never got CANCEL self")
				}
			}
		})
	}
}

func TestSpeechdNoReply(t *testing.T) {
	l, err := net.Listen("unix", filepath.Join(t.TempDir(), "s.sock"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		c, err := l.Accept()
		if err == nil {
			time.Sleep(3 * time.Second) // reads nothing, answers nothing
			c.Close()
		}
	}()
	e := newSpeechd("unix", l.Addr().String(), dialer)
	e.replyTimeout = 200 * time.Millisecond
	if err := e.Speak(context.Background(), Voice{}, []string{"Hi."}, nil); !errors.Is(err, ErrEngineFailed) {
		t.Fatalf("Speak = %v, want ErrEngineFailed", err)
	}
}

func TestSSIPRate(t *testing.T) {
	tests := []struct {
		rate float64
		want int
	}{{0, 0}, {1, 0}, {2, 100}, {0.5, -100}, {1.5, 58}, {0.75, -42}, {5, 100}, {0.1, -100}}
	for _, tt := range tests {
		if got := ssipRate(Voice{Rate: tt.rate}); got != tt.want {
			t.Errorf("ssipRate(%v) = %d, want %d", tt.rate, got, tt.want)
		}
	}
}

func TestDotEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\n.b\r\n..c\rd", "a\r\n..b\r\n...c\r\nd"},
		{".", ".."},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := dotEscape(tt.in); got != tt.want {
			t.Errorf("dotEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
