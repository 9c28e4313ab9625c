package speech

import (
	"context"
	"errors"
	"sync"
	"time"
)

// State is what a Player is doing.
type State int

// Player states.
const (
	Stopped State = iota
	Playing
	Paused
)

// String returns the state's name, for logs and tests.
func (s State) String() string {
	switch s {
	case Stopped:
		return "Stopped"
	case Playing:
		return "Playing"
	case Paused:
		return "Paused"
	}
	return "State(?)"
}

// EventKind says what happened to a Player.
type EventKind int

// Player events. The paused and stopped events carry an Event prefix because
// the State constants Paused and Stopped already use those names.
const (
	Started      EventKind = iota // Index is the sentence now being read
	EventPaused                   // by Pause or Toggle; Index is kept for Resume
	Finished                      // read to the end
	EventStopped                  // by Stop or Close
	Failed                        // the engine failed; Err is set and the state is Stopped
)

// String returns the kind's name, for logs and tests.
func (k EventKind) String() string {
	switch k {
	case Started:
		return "Started"
	case EventPaused:
		return "Paused"
	case Finished:
		return "Finished"
	case EventStopped:
		return "Stopped"
	case Failed:
		return "Failed"
	}
	return "EventKind(?)"
}

// Event is one change reported by a Player.
type Event struct {
	Kind  EventKind
	Index int
	Err   error
}

// Player drives an Engine for the app: play, pause, resume and stop, reporting
// progress as Events. All methods are safe from any goroutine and never wait for
// the engine, so a stuck engine cannot freeze the UI.
type Player struct {
	engine Engine

	mu        sync.Mutex
	state     State
	index     int
	voice     Voice
	sentences []string
	gen       int                // bumped by every change, so stale engine calls are ignored
	cancel    context.CancelFunc // of the running Speak, if any
	queue     []Event
	closed    bool
	wake      chan struct{}
	workers   sync.WaitGroup

	done chan struct{} // closed when the event goroutine has delivered everything
}

// NewPlayer returns a Player for e. on is called from the player's own
// goroutine, in order, never concurrently; it may call the Player's methods
// other than Close.
func NewPlayer(e Engine, on func(Event)) *Player {
	p := &Player{engine: e, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go p.deliver(on)
	return p
}

// deliver calls on for queued events until the player is closed and drained.
func (p *Player) deliver(on func(Event)) {
	defer close(p.done)
	for range p.wake {
		for {
			p.mu.Lock()
			q := p.queue
			p.queue = nil
			closed := p.closed
			p.mu.Unlock()
			if len(q) == 0 {
				if closed {
					return
				}
				break
			}
			for _, ev := range q {
				if on != nil {
					on(ev)
				}
			}
		}
	}
}

// emit queues ev; p.mu must be held.
func (p *Player) emit(ev Event) {
	if p.closed {
		return
	}
	p.queue = append(p.queue, ev)
	select {
	case p.wake <- struct{}{}:
	default: // a wake-up is already pending
	}
}

// halt cancels the running Speak without waiting for it; p.mu must be held.
func (p *Player) halt() {
	p.gen++
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
}

// start runs the engine from sentence from; p.mu must be held.
func (p *Player) start(from int) {
	p.halt()
	if from >= len(p.sentences) {
		p.state, p.index = Stopped, max(len(p.sentences)-1, 0)
		p.emit(Event{Kind: Finished, Index: p.index})
		return
	}
	p.state, p.index = Playing, from
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	gen, v, rest := p.gen, p.voice, p.sentences[from:]
	p.workers.Add(1)
	go func() {
		defer p.workers.Done()
		defer cancel()
		err := p.engine.Speak(ctx, v, rest, func(i int) {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.gen == gen && p.state == Playing {
				p.index = from + i
				p.emit(Event{Kind: Started, Index: p.index})
			}
		})
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.gen != gen || p.state != Playing {
			return // stopped, paused or restarted meanwhile: that change reported itself
		}
		p.cancel = nil
		p.state = Stopped
		switch {
		case err == nil:
			p.emit(Event{Kind: Finished, Index: p.index})
		case errors.Is(err, context.Canceled):
			p.emit(Event{Kind: EventStopped, Index: p.index})
		default:
			p.emit(Event{Kind: Failed, Index: p.index, Err: err})
		}
	}()
}

// Play starts, or restarts, reading sentences at index from.
func (p *Player) Play(v Voice, sentences []string, from int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.voice = v
	p.sentences = append([]string(nil), sentences...)
	p.start(max(from, 0))
}

// Pause stops the sound and keeps the current index; Resume restarts that sentence.
func (p *Player) Pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || p.state != Playing {
		return
	}
	p.halt()
	p.state = Paused
	p.emit(Event{Kind: EventPaused, Index: p.index})
}

// Resume reads on from the start of the sentence that was paused.
func (p *Player) Resume() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || p.state != Paused {
		return
	}
	p.start(p.index)
}

// Toggle plays from the start when stopped, pauses when playing and resumes
// when paused: the one key the app binds to reading aloud.
func (p *Player) Toggle() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	switch p.state {
	case Stopped:
		p.start(0)
	case Playing:
		p.halt()
		p.state = Paused
		p.emit(Event{Kind: EventPaused, Index: p.index})
	case Paused:
		p.start(p.index)
	}
}

// Stop ends reading; the index stays where it was.
func (p *Player) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || p.state == Stopped {
		return
	}
	p.halt()
	p.state = Stopped
	p.emit(Event{Kind: EventStopped, Index: p.index})
}

// SetRate changes the speed. While playing, the current sentence restarts at
// the new rate, since engines cannot change speed mid-utterance.
func (p *Player) SetRate(r float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.voice.Rate = r
	if p.state == Playing {
		p.start(p.index)
	}
}

// State returns what the player is doing and the index of the current sentence.
func (p *Player) State() (State, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.state, p.index
}

// closeWait bounds how long Close waits for engines to notice cancellation;
// an engine breaking its contract must not hang the app on exit.
const closeWait = 2 * time.Second

// Close stops reading, delivers the events already queued and waits for the
// player's goroutines. The Player must not be used afterwards.
func (p *Player) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		<-p.done
		return
	}
	if p.state != Stopped {
		p.halt()
		p.state = Stopped
		p.emit(Event{Kind: EventStopped, Index: p.index})
	} else {
		p.halt()
	}
	p.closed = true
	p.mu.Unlock()
	close(p.wake)
	<-p.done
	finished := make(chan struct{})
	go func() { p.workers.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(closeWait):
	}
}
