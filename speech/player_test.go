package speech

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// fakeEngine "speaks" each sentence for step, failing at failAt (if >= 0) and,
// if stuck, ignoring cancellation for a while as a broken engine would.
type fakeEngine struct {
	step   time.Duration
	failAt int
	stuck  time.Duration

	mu     sync.Mutex
	calls  []Voice
	firsts []string
}

func (f *fakeEngine) Name() string { return "fake" }

func (f *fakeEngine) Speak(ctx context.Context, v Voice, sentences []string, started func(int)) error {
	f.mu.Lock()
	f.calls = append(f.calls, v)
	if len(sentences) > 0 {
		f.firsts = append(f.firsts, sentences[0])
	}
	f.mu.Unlock()
	for i, s := range sentences {
		started(i)
		if s == fmt.Sprint("s", f.failAt) {
			return fmt.Errorf("fake: %w: process killed", ErrEngineFailed)
		}
		if f.stuck > 0 {
			time.Sleep(f.stuck)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(f.step):
		}
	}
	return nil
}

func (f *fakeEngine) lastCall() (Voice, string, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[len(f.calls)-1], f.firsts[len(f.firsts)-1], len(f.calls)
}

// recorder collects a Player's events and checks they never overlap.
type recorder struct {
	t      *testing.T
	events chan Event
	busy   sync.Mutex
}

func newRecorder(t *testing.T) *recorder {
	return &recorder{t: t, events: make(chan Event, 100)}
}

func (r *recorder) on(ev Event) {
	if !r.busy.TryLock() {
		r.t.Error("on called concurrently")
		return
	}
	defer r.busy.Unlock()
	r.events <- ev
}

// waitFor returns the events up to and including the first of kind at index.
func (r *recorder) waitFor(kind EventKind, index int) []Event {
	r.t.Helper()
	var seen []Event
	timeout := time.After(3 * time.Second)
	for {
		select {
		case ev := <-r.events:
			seen = append(seen, ev)
			if ev.Kind == kind && ev.Index == index {
				return seen
			}
		case <-timeout:
			r.t.Fatalf("no %v %d; saw %v", kind, index, seen)
		}
	}
}

func (r *recorder) none(d time.Duration) {
	r.t.Helper()
	select {
	case ev := <-r.events:
		r.t.Errorf("unexpected event %v", ev)
	case <-time.After(d):
	}
}

var five = []string{"s0", "s1", "s2", "s3", "s4"}

func TestPlayerPlaysToEnd(t *testing.T) {
	r := newRecorder(t)
	p := NewPlayer(&fakeEngine{step: 5 * time.Millisecond, failAt: -1}, r.on)
	defer p.Close()
	p.Play(Voice{Lang: "pl"}, five, 2)
	got := r.waitFor(Finished, 4)
	want := []Event{{Kind: Started, Index: 2}, {Kind: Started, Index: 3}, {Kind: Started, Index: 4}, {Kind: Finished, Index: 4}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("events %v, want %v", got, want)
	}
	if s, i := p.State(); s != Stopped || i != 4 {
		t.Errorf("State = %v %d", s, i)
	}
	p.Play(Voice{}, five, 9)
	r.waitFor(Finished, 4)
}

func TestPlayerPauseResume(t *testing.T) {
	r := newRecorder(t)
	e := &fakeEngine{step: 30 * time.Millisecond, failAt: -1}
	p := NewPlayer(e, r.on)
	defer p.Close()
	p.Play(Voice{}, five, 0)
	r.waitFor(Started, 1)
	p.Pause()
	r.waitFor(EventPaused, 1)
	if s, i := p.State(); s != Paused || i != 1 {
		t.Errorf("State = %v %d, want Paused 1", s, i)
	}
	r.none(80 * time.Millisecond) // the cancelled engine must not report anything
	p.Resume()
	r.waitFor(Started, 1)
	if _, first, _ := e.lastCall(); first != "s1" {
		t.Errorf("resumed at %q, want s1", first)
	}
	r.waitFor(Finished, 4)
}

func TestPlayerToggle(t *testing.T) {
	r := newRecorder(t)
	p := NewPlayer(&fakeEngine{step: time.Second, failAt: -1}, r.on)
	defer p.Close()
	p.Play(Voice{}, five, 3)
	r.waitFor(Started, 3)
	p.Stop()
	r.waitFor(EventStopped, 3)
	steps := []struct {
		want  State
		event EventKind
		index int
	}{
		{Playing, Started, 0}, // stopped: from the start
		{Paused, EventPaused, 0},
		{Playing, Started, 0},
		{Paused, EventPaused, 0},
	}
	for _, s := range steps {
		p.Toggle()
		r.waitFor(s.event, s.index)
		if st, _ := p.State(); st != s.want {
			t.Errorf("after Toggle: %v, want %v", st, s.want)
		}
	}
}

func TestPlayerSetRate(t *testing.T) {
	r := newRecorder(t)
	e := &fakeEngine{step: 50 * time.Millisecond, failAt: -1}
	p := NewPlayer(e, r.on)
	defer p.Close()
	p.Play(Voice{Lang: "ru", Rate: 1}, five, 0)
	r.waitFor(Started, 1)
	p.SetRate(2)
	r.waitFor(Started, 1)
	if v, first, n := e.lastCall(); v.Rate != 2 || v.Lang != "ru" || first != "s1" || n != 2 {
		t.Errorf("after SetRate: voice %+v from %q, %d calls", v, first, n)
	}
	p.Pause()
	p.SetRate(0.5) // paused: no restart until Resume
	r.waitFor(EventPaused, 1)
	r.none(60 * time.Millisecond)
	p.Resume()
	r.waitFor(Started, 1)
	if v, _, _ := e.lastCall(); v.Rate != 0.5 {
		t.Errorf("resumed at rate %v", v.Rate)
	}
}

func TestPlayerEngineFails(t *testing.T) {
	r := newRecorder(t)
	p := NewPlayer(&fakeEngine{step: 5 * time.Millisecond, failAt: 2}, r.on)
	defer p.Close()
	p.Play(Voice{}, five, 0)
	got := r.waitFor(Failed, 2)
	if last := got[len(got)-1]; !errors.Is(last.Err, ErrEngineFailed) {
		t.Errorf("Failed event Err = %v", last.Err)
	}
	if s, i := p.State(); s != Stopped || i != 2 {
		t.Errorf("State = %v %d, want Stopped 2", s, i)
	}
	r.none(50 * time.Millisecond)
}

func TestPlayerStopStuckEngine(t *testing.T) {
	r := newRecorder(t)
	p := NewPlayer(&fakeEngine{step: time.Millisecond, failAt: -1, stuck: 500 * time.Millisecond}, r.on)
	p.Play(Voice{}, five, 0)
	r.waitFor(Started, 0)
	begin := time.Now()
	p.Stop()
	p.Pause()
	p.Play(Voice{}, five, 4)
	p.Stop()
	if d := time.Since(begin); d > 50*time.Millisecond {
		t.Errorf("Stop/Pause/Play took %v with a stuck engine", d)
	}
	r.waitFor(EventStopped, 0)
	begin = time.Now()
	p.Close()
	if d := time.Since(begin); d > closeWait+time.Second {
		t.Errorf("Close took %v", d)
	}
	p.Play(Voice{}, five, 0) // after Close: ignored, no panic
	if s, _ := p.State(); s != Stopped {
		t.Errorf("State after Close = %v", s)
	}
}

func TestPlayerCloseEmitsStopped(t *testing.T) {
	r := newRecorder(t)
	p := NewPlayer(&fakeEngine{step: time.Second, failAt: -1}, r.on)
	p.Play(Voice{}, five, 1)
	r.waitFor(Started, 1)
	p.Close()
	p.Close()
	r.waitFor(EventStopped, 1)
}
