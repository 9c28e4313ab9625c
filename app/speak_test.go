package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pismreader/settings"
	"pismreader/speech"
)

// fakeEngine "reads" a sentence until the test says it is done.
type fakeEngine struct {
	next  chan struct{} // one value per sentence finished
	fail  error         // returned after the first sentence starts
	voice chan speech.Voice
}

func newFakeEngine() *fakeEngine {
	return &fakeEngine{next: make(chan struct{}), voice: make(chan speech.Voice, 16)}
}

func (f *fakeEngine) Name() string { return "fake" }

func (f *fakeEngine) Speak(ctx context.Context, v speech.Voice, sentences []string, started func(int)) error {
	f.voice <- v
	for i := range sentences {
		started(i)
		if f.fail != nil {
			return f.fail
		}
		select {
		case <-f.next:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// speakingWindow opens the Spotlight with a fake engine whose events run
// on the test's goroutine, through the returned channel.
func speakingWindow(t *testing.T, e *fakeEngine) (*mainWindow, fyne.Window, chan func()) {
	t.Helper()
	m, w := newTestWindow(t, fyne.NewSize(1024, 768))
	events := make(chan func(), 64)
	m.speaker.do = func(f func()) { events <- f }
	m.speaker.choose = func(string) (speech.Engine, error) { return e, nil }
	t.Cleanup(func() {
		if m.speaker.player != nil {
			m.speaker.player.Close()
		}
	})
	spot, _ := m.lib.ByID(spotlightID)
	m.open(spot, false)
	return m, w, events
}

// await runs the player's events until cond holds.
func await(t *testing.T, events chan func(), what string, cond func() bool) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for !cond() {
		select {
		case f := <-events:
			f()
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// markedText is the text drawn highlighted as the sentence being read.
func markedText(m *mainWindow) string {
	s := m.speaker
	if s.marked == nil || len(s.marked.marks) != 1 {
		return ""
	}
	mk := s.marked.marks[0]
	return s.marked.text[mk[0]:mk[1]]
}

func TestReadAloudHighlightFollows(t *testing.T) {
	e := newFakeEngine()
	m, w, events := speakingWindow(t, e)
	s := m.speaker
	spot := m.reader.brief

	// Ctrl+R starts at the top: the title, then the lead sentence by sentence.
	w.Canvas().(desktopShortcutCanvas).TypedShortcut(ctrl(fyne.KeyR))
	await(t, events, "the title", func() bool { return s.cur == 0 })
	if got := markedText(m); got != spot.Title {
		t.Errorf("first sentence highlighted %q, want the title", got)
	}
	if v := <-e.voice; v.Lang != "en" || v.Rate != 1 {
		t.Errorf("voice %+v, want English at 1×", v)
	}
	if s.playBtn.Text != "Pause" || !s.stopBtn.Visible() {
		t.Errorf("while reading: play button %q, stop shown %v", s.playBtn.Text, s.stopBtn.Visible())
	}
	e.next <- struct{}{}
	await(t, events, "the lead", func() bool { return s.cur == 1 })
	if got, want := markedText(m), "On 20 October, President Donald Trump announced that the U.S. will withdraw from the Intermediate-Range Nuclear Forces (INF) treaty."; got != want {
		t.Errorf("second sentence %q, want %q", got, want)
	}
	title := m.reader.blocks.blocks[m.reader.titleBlock].(*textBlock)
	if len(title.marks) != 0 {
		t.Error("the title keeps its highlight after the reading moved on")
	}

	// Pause keeps the place and the highlight; resume reads that sentence again.
	s.toggle()
	await(t, events, "pause", func() bool { return s.state == speech.Paused })
	if s.playBtn.Text != "Resume" || s.cur != 1 || markedText(m) == "" {
		t.Errorf("paused: button %q, sentence %d, highlight %q", s.playBtn.Text, s.cur, markedText(m))
	}
	s.toggle()
	await(t, events, "resume", func() bool { return s.state == speech.Playing && s.cur == 1 })
	<-e.voice

	// Escape stops and takes the highlight away.
	m.otherKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	await(t, events, "stop", func() bool { return s.state == speech.Stopped })
	if markedText(m) != "" || s.playBtn.Text != "Read aloud" || s.stopBtn.Visible() {
		t.Errorf("stopped: highlight %q, button %q", markedText(m), s.playBtn.Text)
	}
}

func TestReadAloudFromPickedBlockKeepsInView(t *testing.T) {
	e := newFakeEngine()
	m, _, events := speakingWindow(t, e)
	s := m.speaker
	spot := m.reader.brief
	// The reader jumps to the fourth heading and reads from there.
	h := spot.Headings()[3]
	m.reader.jumpToBodyBlock(h)
	s.toggle()
	await(t, events, "the heading", func() bool { return s.cur >= 0 })
	<-e.voice
	if got := markedText(m); got != spot.Body[h].Text {
		t.Fatalf("reading starts at %q, want the heading %q", got, spot.Body[h].Text)
	}
	// Sentence after sentence, the highlighted one stays in view.
	v := m.reader.blocks
	for i := 0; i < 12; i++ {
		cur := s.cur
		e.next <- struct{}{}
		await(t, events, fmt.Sprintf("sentence %d", cur+1), func() bool { return s.cur == cur+1 || s.state == speech.Stopped })
		if s.state == speech.Stopped {
			break
		}
		sn := s.sentences[s.cur]
		if !v.inView(sn.block) {
			t.Fatalf("sentence %d (block %d) is out of view", s.cur, sn.block)
		}
	}
	s.stop()
}

func TestReadAloudEngineFails(t *testing.T) {
	e := newFakeEngine()
	e.fail = fmt.Errorf("espeak-ng: signal: killed: %w", speech.ErrEngineFailed)
	m, w, events := speakingWindow(t, e)
	s := m.speaker
	s.toggle()
	await(t, events, "the failure", func() bool { return s.state == speech.Stopped && s.cur == -1 })
	if !strings.Contains(dialogText(w), "The speech engine stopped unexpectedly") {
		t.Errorf("no message after the engine died: %q", dialogText(w))
	}
	// The window still works: the next key scrolls the brief.
	m.reader.blocks.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if top, _ := m.reader.blocks.TopBlock(); top == 0 {
		t.Error("Page Down does nothing after the engine died")
	}
}

func TestReadAloudWithoutEngine(t *testing.T) {
	m2, w2, _ := speakingWindow(t, newFakeEngine())
	m2.speaker.choose = func(string) (speech.Engine, error) {
		return nil, &speech.MissingError{Install: []string{"espeak-ng", "speech-dispatcher"}, GOOS: "linux"}
	}
	m2.speaker.toggle()
	if got := dialogText(w2); !strings.Contains(got, "sudo apt install espeak-ng") {
		t.Errorf("missing engine message %q does not say what to install", got)
	}
	if m2.speaker.state != speech.Stopped {
		t.Error("reading started without an engine")
	}
}

// dialogText is the text shown in the window's overlays, such as a
// dialog, wrapped lines joined again.
func dialogText(w fyne.Window) string {
	var sb strings.Builder
	for _, o := range w.Canvas().Overlays().List() {
		walkDrawn(o, func(x fyne.CanvasObject) {
			if t, ok := x.(*canvas.Text); ok {
				sb.WriteString(t.Text + "\n")
			}
		})
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// TestGoldenReadAloud shows the sentence being read in the high-contrast
// themes, at 200 %: the sentence in the hit colours, the rest plain.
func TestGoldenReadAloud(t *testing.T) {
	for _, theme := range []string{settings.YellowOnBlack, settings.Light} {
		t.Run(theme, func(t *testing.T) {
			e := newFakeEngine()
			m, w, events := speakingWindow(t, e)
			s := settings.Defaults()
			s.Theme, s.TextScale = theme, 200
			m.applySettings(s)
			spot := m.reader.brief
			m.reader.jumpToBodyBlock(1)
			m.speaker.toggle()
			<-e.voice
			await(t, events, "a sentence", func() bool { return m.speaker.cur >= 0 })
			e.next <- struct{}{}
			await(t, events, "the next sentence", func() bool { return m.speaker.cur >= 1 })
			if got := markedText(m); !strings.HasPrefix(spot.Body[1].Text, got) && !strings.Contains(spot.Body[1].Text, got) {
				t.Fatalf("highlighted %q, not in the paragraph read", got)
			}
			test.AssertImageMatches(t, "read-aloud-"+theme+".png", w.Canvas().Capture())
			m.speaker.stop()
		})
	}
}
