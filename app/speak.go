package app

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pismreader/content"
	"pismreader/library"
	"pismreader/settings"
	"pismreader/speech"
)

// spoken is one sentence of the open brief as read aloud: where it is
// drawn, so that it can be highlighted and kept in view.
type spoken struct {
	block int        // the reader's block it is in
	tb    *textBlock // its text: the block, or an item of its list
	span  [2]int     // its bytes in tb.text
}

// speaker reads the open brief aloud, sentence by sentence, highlighting
// the sentence being read and keeping it in view.
type speaker struct {
	m *mainWindow

	player    *speech.Player
	engine    string // the engine setting the player was made for
	sentences []spoken
	brief     *content.Brief
	state     speech.State
	cur       int // the sentence being read, or -1

	// marked is the text whose search marks the sentence replaced, and
	// those marks, given back when the sentence moves on.
	marked      *textBlock
	markedMarks [][2]int
	markedCur   int

	playBtn, stopBtn *ringButton

	// choose finds the engine; tests put a fake one here.
	choose func(name string) (speech.Engine, error)
	// do runs the player's events on Fyne's goroutine.
	do func(func())
}

func newSpeaker(m *mainWindow) *speaker {
	s := &speaker{m: m, cur: -1, do: fyne.Do}
	s.choose = func(name string) (speech.Engine, error) { return speech.Choose(speech.Host(), name) }
	s.playBtn = newButton("", theme.MediaPlayIcon(), s.toggle)
	s.stopBtn = newButton("", theme.MediaStopIcon(), s.stop)
	s.stopBtn.Hide()
	s.relabel()
	return s
}

// relabel names the buttons for the state of the reading.
func (s *speaker) relabel() {
	l := s.m.loc
	switch s.state {
	case speech.Playing:
		s.playBtn.SetText(l.T("Pause"))
		s.playBtn.SetIcon(theme.MediaPauseIcon())
	case speech.Paused:
		s.playBtn.SetText(l.T("Resume"))
		s.playBtn.SetIcon(theme.MediaPlayIcon())
	default:
		s.playBtn.SetText(l.T("Read aloud"))
		s.playBtn.SetIcon(theme.MediaPlayIcon())
	}
	s.stopBtn.SetText(l.T("Stop"))
	// Stop shows only while there is something to stop: the bar is
	// crowded at large text sizes.
	if s.state == speech.Stopped {
		if s.stopBtn.Visible() {
			s.stopBtn.Hide()
			s.m.reader.fillBar()
		}
	} else if !s.stopBtn.Visible() {
		s.stopBtn.Show()
		s.m.reader.fillBar()
	}
}

// voice is the voice for the open brief: its language, at the set speed.
func (s *speaker) voice() speech.Voice {
	return speech.Voice{Lang: string(s.brief.Lang), Rate: s.m.settings.SpeechRate}
}

// toggle starts reading at the reading position, pauses or resumes.
func (s *speaker) toggle() {
	switch s.state {
	case speech.Playing:
		s.player.Pause()
	case speech.Paused:
		if s.brief != s.m.reader.brief {
			s.startAt(s.m.reader.readingBlock())
			return
		}
		s.player.Resume()
	default:
		s.startAt(s.m.reader.readingBlock())
	}
}

// startFromTop reads the brief from its title.
func (s *speaker) startFromTop() { s.startAt(0) }

// startAt reads the open brief from the first sentence of reader block
// block on.
func (s *speaker) startAt(block int) {
	r := s.m.reader
	if r.brief == nil {
		return
	}
	if s.player == nil || s.engine != s.m.settings.SpeechEngine {
		e, err := s.choose(s.m.settings.SpeechEngine)
		if err != nil {
			s.m.showMessage(s.m.loc.T("Read aloud"), library.SpeechMessage(s.m.loc, err))
			return
		}
		if s.player != nil {
			s.player.Close()
		}
		s.player = speech.NewPlayer(e, func(ev speech.Event) { s.do(func() { s.event(ev) }) })
		s.engine = s.m.settings.SpeechEngine
	}
	s.brief = r.brief
	s.sentences = r.spokenSentences()
	from := len(s.sentences)
	for i, sn := range s.sentences {
		if sn.block >= block {
			from = i
			break
		}
	}
	if from == len(s.sentences) {
		from = 0
	}
	texts := make([]string, len(s.sentences))
	for i, sn := range s.sentences {
		texts[i] = sn.tb.text[sn.span[0]:sn.span[1]]
	}
	s.state = speech.Playing
	s.relabel()
	s.player.Play(s.voice(), texts, from)
}

// stop ends the reading and takes the highlight away.
func (s *speaker) stop() {
	if s.player != nil {
		s.player.Stop()
	}
	s.finish()
}

func (s *speaker) finish() {
	s.mark(-1)
	s.state = speech.Stopped
	s.relabel()
}

// setRate applies a new speed to the reading under way.
func (s *speaker) setRate(r float64) {
	if s.player != nil {
		s.player.SetRate(r)
	}
}

// briefChanged stops reading when another brief is shown: its sentences
// are not on screen any more.
func (s *speaker) briefChanged() {
	if s.state != speech.Stopped {
		s.stop()
	}
	s.marked = nil
}

// event follows the player: the sentence being read is highlighted and
// kept in view.
func (s *speaker) event(ev speech.Event) {
	switch ev.Kind {
	case speech.Started:
		if s.brief != s.m.reader.brief {
			return // a late event of a brief no longer shown
		}
		s.state = speech.Playing
		s.mark(ev.Index)
	case speech.EventPaused:
		s.state = speech.Paused
	case speech.Finished, speech.EventStopped:
		s.finish()
		return
	case speech.Failed:
		s.finish()
		s.m.showMessage(s.m.loc.T("Read aloud"), library.SpeechMessage(s.m.loc, ev.Err))
		return
	}
	s.relabel()
}

// mark highlights sentence i, or nothing for -1, giving back the search
// marks the previous sentence covered.
func (s *speaker) mark(i int) {
	if s.marked != nil {
		s.marked.SetMarks(s.markedMarks, s.markedCur)
		s.marked = nil
	}
	s.cur = i
	if i < 0 || i >= len(s.sentences) {
		return
	}
	sn := s.sentences[i]
	s.marked, s.markedMarks, s.markedCur = sn.tb, sn.tb.marks, sn.tb.current
	sn.tb.SetMarks([][2]int{sn.span}, -1)
	s.m.reader.keepInView(sn.block, sn.tb, sn.span)
}

// spokenSentences splits the open brief into the sentences read aloud:
// the title, the lead, then the body, a list item by item.
func (r *readerView) spokenSentences() []spoken {
	var out []spoken
	add := func(block int, tb *textBlock) {
		for _, sp := range speech.Sentences(string(r.brief.Lang), tb.text) {
			out = append(out, spoken{block: block, tb: tb, span: [2]int{sp.Start, sp.End}})
		}
	}
	if r.titleBlock >= 0 {
		add(r.titleBlock, r.blocks.blocks[r.titleBlock].(*textBlock))
	}
	if r.leadBlock >= 0 {
		add(r.leadBlock, r.blocks.blocks[r.leadBlock].(*textBlock))
	}
	r.textBlocks(func(block int, tb *textBlock) {
		if block >= r.headerBlocks {
			add(block, tb)
		}
	})
	return out
}

// readingBlock is where reading aloud starts: the block the reader
// clicked last if it is in view, else the first block in view.
func (r *readerView) readingBlock() int {
	v := r.blocks
	top, _ := v.TopBlock()
	if p := v.picked; p >= 0 && p < len(v.tops) && v.inView(p) {
		return p
	}
	if top < r.headerBlocks && r.titleBlock >= 0 && v.inView(r.titleBlock) {
		return r.titleBlock
	}
	return top
}

// keepInView scrolls, only when needed, so that the bytes span of tb, in
// reader block block, are in view, a third of the way down.
func (r *readerView) keepInView(block int, tb *textBlock, span [2]int) {
	v := r.blocks
	if block >= len(v.tops) {
		return
	}
	first := r.lineTop(block, tb, span[0])
	last := r.lineTop(block, tb, max(span[1]-1, span[0])) + tb.lineHeight()
	top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
	if first >= top && last <= bottom {
		return
	}
	v.scrollTo(first - v.scroll.Size().Height/3)
}

// stepSpeechRate makes reading aloud a quarter faster (dir 1) or slower
// (dir -1), within the limits.
func (m *mainWindow) stepSpeechRate(dir int) {
	s := m.settings
	s.SpeechRate = min(max(s.SpeechRate+0.25*float64(dir), settings.MinSpeechRate), settings.MaxSpeechRate)
	m.changeSettings(s)
}

// speechEngineNames lists the engines the settings offer on this system.
func speechEngineNames() []string {
	return append([]string{settings.SpeechAuto}, speech.Names(runtime.GOOS)...)
}
