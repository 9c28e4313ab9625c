package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"pismreader/content"
	"pismreader/i18n"
	"pismreader/library"
	"pismreader/settings"
	"pismreader/speech"
	"pismreader/state"
)

// Sentences returns the sentences of b in reading order, as read aloud:
// the title, the lead, then the body.
func Sentences(b *content.Brief) []string {
	var out []string
	for _, p := range b.Parts() {
		for _, s := range speech.Sentences(string(b.Lang), p.Text) {
			out = append(out, p.Text[s.Start:s.End])
		}
	}
	return out
}

// runSpeak reads a brief aloud in its language, printing each sentence as
// it is read, or writes the speech to a WAV file with --out.
func runSpeak(o Options, lib *content.Library, l *i18n.Localizer, stdout, stderr io.Writer) int {
	b, ok := findBrief(lib, o.Args[0], l, stderr)
	if !ok {
		return 2
	}
	saved := settings.Defaults()
	if st, err := settings.DefaultStore(); err == nil {
		saved, _ = st.Load()
	}
	v := speech.Voice{Lang: string(b.Lang), Rate: saved.SpeechRate}
	if o.Rate != 0 {
		v.Rate = o.Rate
	}
	engine := saved.SpeechEngine
	if o.Engine != "" {
		engine = o.Engine
	}
	sentences := Sentences(b)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	if o.Out != "" {
		rec, err := speech.RecorderFor(speech.Host(), engine)
		if err != nil {
			fmt.Fprintln(stderr, "pismreader:", library.SpeechMessage(l, err))
			return 1
		}
		var buf bytes.Buffer
		if err := rec.Record(ctx, v, sentences, &buf); err != nil {
			fmt.Fprintln(stderr, "pismreader:", library.SpeechMessage(l, err))
			return 1
		}
		d, err := speech.WAVDuration(bytes.NewReader(buf.Bytes()))
		if err == nil {
			err = state.WriteFileAtomic(o.Out, buf.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "pismreader:", l.T("The audio file cannot be written: %v", err))
			return 1
		}
		fmt.Fprintln(stderr, l.T("Wrote %s (%d:%02d).", o.Out, int(d.Minutes()), int(d.Seconds())%60))
		return 0
	}

	e, err := speech.Choose(speech.Host(), engine)
	if err != nil {
		fmt.Fprintln(stderr, "pismreader:", library.SpeechMessage(l, err))
		return 1
	}
	err = e.Speak(ctx, v, sentences, func(i int) { fmt.Fprintln(stdout, sentences[i]) })
	switch {
	case errors.Is(err, context.Canceled):
		return 130
	case err != nil:
		fmt.Fprintln(stderr, "pismreader:", library.SpeechMessage(l, err))
		return 1
	}
	return 0
}
