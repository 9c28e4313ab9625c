package speech

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// speechd talks SSIP to speech-dispatcher over its socket, one connection per
// Speak, so that CANCEL self on one utterance cannot touch the next.
type speechd struct {
	network, addr string
	dial          func(network, addr string) (net.Conn, error)
	replyTimeout  time.Duration // how long a command may wait for its reply
}

func newSpeechd(network, addr string, dial func(network, addr string) (net.Conn, error)) *speechd {
	return &speechd{network: network, addr: addr, dial: dial, replyTimeout: 5 * time.Second}
}

// Name returns SpeechDispatcher.
func (e *speechd) Name() string { return SpeechDispatcher }

// ssipRate maps a speed factor to SSIP's -100..100 on a log scale, so that 2×
// and 0.5× are the ends and 1× is the user's configured default (0).
func ssipRate(v Voice) int {
	return min(max(int(math.Round(100*math.Log2(v.rate()))), -100), 100)
}

// ssipMessage is one reply or event: continuation lines ("NNN-...") then the
// final line ("NNN text").
type ssipMessage struct {
	code  int
	lines []string
	text  string
}

// ssipConn reads messages in its own goroutine so that every wait in Speak can
// also watch the context and a timer.
type ssipConn struct {
	conn net.Conn
	msgs chan ssipMessage
	done chan struct{}
	err  error // why msgs was closed; read after msgs is drained
	once sync.Once
}

func newSSIPConn(conn net.Conn) *ssipConn {
	c := &ssipConn{conn: conn, msgs: make(chan ssipMessage), done: make(chan struct{})}
	go c.readLoop()
	return c
}

func (c *ssipConn) readLoop() {
	defer close(c.msgs)
	r := bufio.NewReaderSize(c.conn, 4096)
	var m ssipMessage
	for {
		b, err := r.ReadSlice('\n')
		if err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				err = errors.New("reply line too long")
			}
			c.err = err
			return
		}
		line := strings.TrimRight(string(b), "\r\n")
		if len(line) < 4 || (line[3] != '-' && line[3] != ' ') {
			c.err = fmt.Errorf("malformed reply %q", line)
			return
		}
		code, err := strconv.Atoi(line[:3])
		if err != nil {
			c.err = fmt.Errorf("malformed reply %q", line)
			return
		}
		if line[3] == '-' {
			m.lines = append(m.lines, line[4:])
			continue
		}
		m.code, m.text = code, line[4:]
		select {
		case c.msgs <- m:
		case <-c.done:
			return
		}
		m = ssipMessage{}
	}
}

func (c *ssipConn) close() {
	c.once.Do(func() {
		close(c.done)
		c.conn.Close()
	})
}

func (c *ssipConn) write(s string, timeout time.Duration) error {
	if err := c.conn.SetWriteDeadline(time.Now().Add(timeout)); err != nil {
		return err
	}
	_, err := c.conn.Write([]byte(s))
	return err
}

func failed(format string, a ...any) error {
	return fmt.Errorf("%s: %w: %w", SpeechDispatcher, ErrEngineFailed, fmt.Errorf(format, a...))
}

// next waits for the next message, the context, or the timer.
func (c *ssipConn) next(ctx context.Context, timeout <-chan time.Time) (ssipMessage, error) {
	select {
	case <-ctx.Done():
		return ssipMessage{}, ctx.Err()
	case <-timeout:
		return ssipMessage{}, failed("no reply")
	case m, ok := <-c.msgs:
		if !ok {
			return m, failed("connection lost: %w", c.err)
		}
		return m, nil
	}
}

// command sends one line and waits for its reply, skipping events.
func (e *speechd) command(ctx context.Context, c *ssipConn, cmd string, want int) error {
	if err := c.write(cmd+"\r\n", e.replyTimeout); err != nil {
		return failed("send %q: %w", cmd, err)
	}
	t := time.NewTimer(e.replyTimeout)
	defer t.Stop()
	for {
		m, err := c.next(ctx, t.C)
		if err != nil {
			return err
		}
		if m.code >= 700 {
			continue
		}
		if m.code != want {
			return failed("%q: %d %s", cmd, m.code, m.text)
		}
		return nil
	}
}

// ssipText builds the SSML for SPEAK: a mark before each sentence to learn when
// it starts, the text XML-escaped, lines beginning with "." doubled as SSIP
// requires, and the terminating "." line.
func ssipText(sentences []string) string {
	var b strings.Builder
	b.WriteString("<speak>\n")
	for i, s := range sentences {
		fmt.Fprintf(&b, `<mark name="s%d"/>`, i)
		xml.EscapeText(&b, []byte(s)) // never fails on a strings.Builder
		b.WriteString("\n")
	}
	b.WriteString("</speak>")
	return dotEscape(b.String()) + "\r\n.\r\n"
}

// dotEscape converts line ends to CRLF and doubles a leading "." on any line,
// so that text can never end the SSIP data block early.
func dotEscape(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, ".") {
			lines[i] = "." + l
		}
	}
	return strings.Join(lines, "\r\n")
}

// Speak sends all sentences as one SSML message and follows its index marks.
func (e *speechd) Speak(ctx context.Context, v Voice, sentences []string, started func(int)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	conn, err := e.dial(e.network, e.addr)
	if err != nil {
		return fmt.Errorf("%s: %w: connect: %w", SpeechDispatcher, ErrEngineFailed, err)
	}
	c := newSSIPConn(conn)
	defer c.close()
	setup := []struct {
		cmd  string
		want int
	}{
		{"SET SELF CLIENT_NAME user:pismreader:main", 208},
		{"SET SELF LANGUAGE " + v.lang(), 201},
		{"SET SELF RATE " + strconv.Itoa(ssipRate(v)), 203},
		{"SET SELF SSML_MODE on", 219},
		{"SET SELF NOTIFICATION ALL on", 220},
		{"SPEAK", 230},
	}
	for _, s := range setup {
		if err := e.command(ctx, c, s.cmd, s.want); err != nil {
			return err
		}
	}
	// From here on the daemon may be speaking, so leaving early must stop it.
	err = e.command(ctx, c, strings.TrimSuffix(ssipText(sentences), "\r\n"), 225)
	if err == nil {
		err = e.follow(ctx, c, v, sentences, started)
	}
	if err != nil {
		// Best effort and brief: the daemon may be the thing that is broken.
		_ = c.write("CANCEL self\r\n", 100*time.Millisecond)
	}
	return err
}

// follow reports index marks until the message ends. A watchdog sized to the
// sentence being read catches a daemon that has silently stopped.
func (e *speechd) follow(ctx context.Context, c *ssipConn, v Voice, sentences []string, started func(int)) error {
	next := 0
	limit := func() time.Duration {
		if next < len(sentences) {
			return budget(v.rate(), sentences[next])
		}
		return budget(v.rate())
	}
	idle := time.NewTimer(limit())
	defer idle.Stop()
	for {
		m, err := c.next(ctx, idle.C)
		if err != nil {
			return err
		}
		switch m.code {
		case 700: // INDEX MARK: the mark name is the last continuation line
			if len(m.lines) == 0 {
				continue
			}
			i, err := strconv.Atoi(strings.TrimPrefix(m.lines[len(m.lines)-1], "s"))
			if err != nil || i < next || i >= len(sentences) {
				continue
			}
			next = i + 1
			if started != nil {
				started(i)
			}
		case 702: // END
			return nil
		case 703: // CANCELED by someone else, e.g. another client or the user's desktop
			return failed("speech cancelled by another client")
		case 704: // PAUSED elsewhere: no progress is expected until RESUMED
			idle.Stop()
			continue
		}
		idle.Reset(limit())
	}
}
