package app

import (
	"bytes"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// textMeasurer measures the advance of every rune of a paragraph with one
// shaping pass. fyne.MeasureText builds a new shaper, and so a new
// HarfBuzz font, for every call: measuring a brief word by word through it
// took over a second on start-up. The fonts and their fallback are those
// Fyne draws with: the theme's font for the style, then Fyne's default one.
type textMeasurer struct {
	mu     sync.Mutex
	faces  map[faceKey]*faceList
	parsed map[fyne.Resource]*font.Face // font files parsed so far
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
	avg    map[string]float32 // the average character advance at refSize, per font
}

var measurer = &textMeasurer{faces: map[faceKey]*faceList{}, parsed: map[fyne.Resource]*font.Face{}, avg: map[string]float32{}}

// faceKey names a list of faces by the style and the theme's font file for
// it, so that faces chosen under one theme are never used under another.
type faceKey struct {
	style fyne.TextStyle
	font  string
}

// faceList is a shaping.Fontmap: the first face with a glyph for a rune.
type faceList struct{ faces []*font.Face }

func (l *faceList) ResolveFace(r rune) *font.Face {
	for _, f := range l.faces {
		if _, ok := f.NominalGlyph(r); ok {
			return f
		}
	}
	return l.faces[0]
}

func (m *textMeasurer) facesFor(style fyne.TextStyle) *faceList {
	themed := fyne.CurrentApp().Settings().Theme().Font(style)
	key := faceKey{style, themed.Name()}
	if l, ok := m.faces[key]; ok {
		return l
	}
	fallback := defaultFont(style)
	l := &faceList{}
	for _, res := range []fyne.Resource{themed, fallback} {
		if f := m.parse(res); f != nil {
			l.faces = append(l.faces, f)
		}
		if res == fallback {
			break
		}
	}
	m.faces[key] = l
	return l
}

// avgChar is the average advance of a character of running text at size,
// spaces included, for turning a line length in characters into a width.
// It is asked at every layout of the reader, so it is shaped once per font.
func (m *textMeasurer) avgChar(size float32) float32 {
	font := fyne.CurrentApp().Settings().Theme().Font(fyne.TextStyle{}).Name()
	m.mu.Lock()
	avg, ok := m.avg[font]
	m.mu.Unlock()
	if !ok {
		const sample = "the quick brown fox jumps over the lazy dog, and The Quick Brown Fox too."
		adv := m.advances([]rune(sample), fyne.TextStyle{})
		for _, a := range adv {
			avg += a
		}
		avg /= float32(len(adv))
		m.mu.Lock()
		m.avg[font] = avg
		m.mu.Unlock()
	}
	return avg * size / refSize
}

// parse reads a font file once.
func (m *textMeasurer) parse(res fyne.Resource) *font.Face {
	if f, ok := m.parsed[res]; ok {
		return f
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		fyne.LogError("font "+res.Name(), err)
	}
	m.parsed[res] = f
	return f
}

// defaultFont is the font Fyne falls back to for a style.
func defaultFont(style fyne.TextStyle) fyne.Resource {
	switch {
	case style.Bold && style.Italic:
		return theme.DefaultTextBoldItalicFont()
	case style.Bold:
		return theme.DefaultTextBoldFont()
	case style.Italic:
		return theme.DefaultTextItalicFont()
	}
	return theme.DefaultTextFont()
}

// preparse parses the default fonts of the styles the first screen uses.
// It needs no app, so it can start before the app exists.
func (m *textMeasurer) preparse() {
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		m.mu.Lock()
		m.parse(defaultFont(st))
		m.mu.Unlock()
	}
}

// advances returns the advance of each rune of text at refSize; a cluster
// of several runes puts its whole advance on its first rune.
func (m *textMeasurer) advances(text []rune, style fyne.TextStyle) []float32 {
	m.mu.Lock()
	defer m.mu.Unlock()
	adv := make([]float32, len(text))
	faces := m.facesFor(style)
	if len(text) == 0 || len(faces.faces) == 0 {
		return adv
	}
	in := shaping.Input{
		Text: text, RunStart: 0, RunEnd: len(text), Direction: di.DirectionLTR,
		Face: faces.faces[0], Size: fixed.Int26_6(refSize * 64),
	}
	for _, run := range m.seg.Split(in, faces) {
		out := m.shaper.Shape(run)
		for _, g := range out.Glyphs {
			if g.ClusterIndex >= 0 && g.ClusterIndex < len(adv) {
				adv[g.ClusterIndex] += float32(g.XAdvance) / 64
			}
		}
	}
	return adv
}
