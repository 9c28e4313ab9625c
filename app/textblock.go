package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// textStyle is how a textBlock draws its text.
type textStyle struct {
	size   fyne.ThemeSizeName // theme.SizeNameText, SizeNameHeadingText...
	bold   bool
	italic bool
	indent float32 // left indent, in text sizes
}

var (
	bodyStyle    = textStyle{size: theme.SizeNameText}
	leadStyle    = textStyle{size: theme.SizeNameText, bold: true}
	titleStyle   = textStyle{size: theme.SizeNameHeadingText, bold: true}
	headingStyle = textStyle{size: theme.SizeNameSubHeadingText, bold: true}
	quoteStyle   = textStyle{size: theme.SizeNameText, italic: true, indent: 1.5}
)

// textBlock is a paragraph wrapped at word boundaries and drawn one
// canvas.Text per line. Fyne's RichText re-shapes the text many times to
// find each line break, and cannot space its lines; this widget measures
// every word once, at a reference size, and scales, so that re-wrapping
// at a new width or text size is arithmetic.
type textBlock struct {
	widget.BaseWidget
	text   string
	style  textStyle
	marker string // drawn in the indent: a bullet or an item number

	// marks are byte ranges of text drawn highlighted: search hits, or the
	// sentence read aloud; current, if ≥ 0, is the one framed as current.
	marks   [][2]int
	current int

	runes []rune
	adv   []float32 // the advance of each rune at refSize
	words [][2]int  // rune ranges of the words

	lines   []string // wrapped at width
	ranges  [][2]int // the rune range of each line
	width   float32
	tsize   float32 // the text size lines were wrapped at
	spacing float32 // and the line spacing
	font    string  // the font file adv was measured in
	height  float32
}

func newTextBlock(text string, style textStyle) *textBlock {
	t := &textBlock{text: text, style: style, width: -1, current: -1}
	t.ExtendBaseWidget(t)
	return t
}

// SetMarks highlights the byte ranges marks of the text, current (an
// index into marks, or -1) framed.
func (t *textBlock) SetMarks(marks [][2]int, current int) {
	t.marks, t.current = marks, current
	t.Refresh()
}

// SetText replaces the text.
func (t *textBlock) SetText(text string) {
	if text == t.text {
		return
	}
	t.text, t.runes, t.width, t.marks = text, nil, -1, nil
	t.Refresh()
}

func (t *textBlock) textSize() float32 { return theme.Size(t.style.size) }

func (t *textBlock) lineHeight() float32 { return t.textSize() * prefs.line }

func (t *textBlock) indent() float32 {
	if t.marker != "" && t.style.indent == 0 {
		return t.textSize() * 1.5
	}
	return t.textSize() * t.style.indent
}

// heightFor wraps the text at width w and returns the block's height.
func (t *textBlock) heightFor(w float32) float32 {
	size := t.textSize()
	if f := themeFont(t.style); f != t.font {
		t.runes, t.font = nil, f // another font: measure the runes again
		t.width = -1
	}
	if w != t.width || size != t.tsize || prefs.line != t.spacing {
		t.width, t.tsize, t.spacing = w, size, prefs.line
		t.lines = t.wrap(w-t.indent(), size)
		t.height = float32(max(len(t.lines), 1)) * t.lineHeight()
	}
	return t.height
}

// MinSize implements fyne.Widget: the height at the current width.
func (t *textBlock) MinSize() fyne.Size {
	return fyne.NewSize(t.textSize()*4, t.heightFor(max(t.Size().Width, t.textSize()*4)))
}

// CreateRenderer implements fyne.Widget.
func (t *textBlock) CreateRenderer() fyne.WidgetRenderer {
	return &textBlockRenderer{t: t}
}

type textBlockRenderer struct {
	t        *textBlock
	texts    []*canvas.Text
	marker   *canvas.Text
	hitRects []*canvas.Rectangle
	hitTexts []*canvas.Text
	frame    *focusFrame // around the current mark
	objs     []fyne.CanvasObject
}

func (r *textBlockRenderer) Layout(size fyne.Size) {
	t := r.t
	t.heightFor(size.Width)
	ts := fyne.TextStyle{Bold: t.style.bold, Italic: t.style.italic}
	fg := theme.Color(theme.ColorNameForeground)
	for len(r.texts) < len(t.lines) {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	r.texts = r.texts[:len(t.lines)]
	lh := t.lineHeight()
	// canvas.Text sits at the top of its box; centre it in the line.
	textH := textHeight(t.tsize, ts)
	off := (lh - textH) / 2
	r.objs = r.objs[:0]
	for i, line := range t.lines {
		txt := r.texts[i]
		txt.Text, txt.TextSize, txt.TextStyle, txt.Color = line, t.tsize, ts, fg
		txt.Move(fyne.NewPos(t.indent(), float32(i)*lh+off))
		txt.Resize(fyne.NewSize(size.Width-t.indent(), textH))
		r.objs = append(r.objs, txt)
	}
	r.layoutMarks(lh, off, textH, ts)
	if t.marker != "" {
		if r.marker == nil {
			r.marker = canvas.NewText("", fg)
		}
		r.marker.Text, r.marker.TextSize, r.marker.TextStyle, r.marker.Color = t.marker, t.tsize, ts, fg
		r.marker.Move(fyne.NewPos(0, off))
		r.objs = append(r.objs, r.marker)
	}
}

// layoutMarks draws each mark as its text in the hit colours on a box of
// the hit background, line by line, and frames the current one.
func (r *textBlockRenderer) layoutMarks(lh, off, textH float32, ts fyne.TextStyle) {
	t := r.t
	if len(t.marks) == 0 {
		return
	}
	bg, fg := theme.Color(colorNameHitBackground), theme.Color(colorNameHitForeground)
	runeAt := byteToRune(t.text)
	n := 0
	var cur fyne.Position
	var curEnd fyne.Position
	for mi, m := range t.marks {
		if m[0] < 0 || m[1] > len(t.text) || m[0] >= m[1] {
			continue
		}
		a, b := runeAt[m[0]], runeAt[m[1]]
		for i, lr := range t.ranges {
			ra, rb := max(a, lr[0]), min(b, lr[1])
			if ra >= rb {
				continue
			}
			x0 := t.indent() + t.span(lr[0], ra, t.tsize)
			x1 := t.indent() + t.span(lr[0], rb, t.tsize)
			if n == len(r.hitRects) {
				r.hitRects = append(r.hitRects, canvas.NewRectangle(bg))
				r.hitTexts = append(r.hitTexts, canvas.NewText("", fg))
			}
			rect, txt := r.hitRects[n], r.hitTexts[n]
			n++
			rect.FillColor = bg
			rect.Move(fyne.NewPos(x0, float32(i)*lh))
			rect.Resize(fyne.NewSize(x1-x0, lh))
			txt.Text, txt.TextSize, txt.TextStyle, txt.Color = string(t.runes[ra:rb]), t.tsize, ts, fg
			txt.Move(fyne.NewPos(x0, float32(i)*lh+off))
			txt.Resize(fyne.NewSize(x1-x0, textH))
			r.objs = append(r.objs, rect, txt)
			if mi == t.current {
				if cur == (fyne.Position{}) {
					cur = rect.Position()
				}
				curEnd = rect.Position().AddXY(rect.Size().Width, lh)
			}
		}
	}
	if t.current >= 0 && curEnd != (fyne.Position{}) {
		if r.frame == nil {
			r.frame = newFocusFrame()
		}
		w := ringWidth()
		// The frame around the current hit: from its first box to its
		// last, widened by the frame itself so as not to cover the text.
		pos := cur.SubtractXY(w, 0)
		size := fyne.NewSize(max(curEnd.X-cur.X, 0)+2*w, curEnd.Y-cur.Y)
		r.frame.show(true, size)
		for _, o := range r.frame.objects() {
			o.Move(o.Position().Add(pos))
			r.objs = append(r.objs, o)
		}
	}
}

// byteToRune maps every byte offset of s (and len(s)) to a rune index.
func byteToRune(s string) []int {
	idx := make([]int, len(s)+1)
	n := 0
	for i := range s {
		for j := i; j < len(s) && (j == i || !utf8.RuneStart(s[j])); j++ {
			idx[j] = n
		}
		n++
	}
	idx[len(s)] = n
	return idx
}

func (r *textBlockRenderer) MinSize() fyne.Size { return r.t.MinSize() }

func (r *textBlockRenderer) Refresh() {
	r.Layout(r.t.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *textBlockRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *textBlockRenderer) Destroy() {}

// refSize is the text size advances are measured at; glyph advances grow
// linearly with the size, so widths at other sizes are scaled from it.
const refSize = 100

// shape measures the text once: its words and the advance of every rune.
func (t *textBlock) shape() {
	if t.runes != nil {
		return
	}
	t.runes = []rune(t.text)
	t.adv = measurer.advances(t.runes, fyne.TextStyle{Bold: t.style.bold, Italic: t.style.italic})
	t.words = t.words[:0]
	start := -1
	for i, r := range t.runes {
		if r == ' ' || r == '\n' || r == '\t' {
			if start >= 0 {
				t.words = append(t.words, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		t.words = append(t.words, [2]int{start, len(t.runes)})
	}
}

// span returns the width of runes [a, b) at text size size.
func (t *textBlock) span(a, b int, size float32) float32 {
	w := float32(0)
	for _, x := range t.adv[a:b] {
		w += x
	}
	return w * size / refSize
}

// wrap breaks the text into lines no wider than width, at spaces; a word
// wider than a line is broken between letters.
func (t *textBlock) wrap(width, size float32) []string {
	t.shape()
	var (
		lines      []string
		start, end = -1, -1 // rune range of the current line
		lineW      float32
	)
	t.ranges = t.ranges[:0]
	space := t.spaceWidth(size)
	for _, w := range t.words {
		a, b := w[0], w[1]
		ww := t.span(a, b, size)
		if start >= 0 && lineW+space+ww > width {
			lines = append(lines, string(t.runes[start:end]))
			t.ranges = append(t.ranges, [2]int{start, end})
			start = -1
		}
		for ww > width && b-a > 1 {
			n := a + 1
			for n < b-1 && t.span(a, n+1, size) <= width {
				n++
			}
			lines = append(lines, string(t.runes[a:n]))
			t.ranges = append(t.ranges, [2]int{a, n})
			a = n
			ww = t.span(a, b, size)
		}
		if start < 0 {
			start, lineW = a, ww
		} else {
			lineW += space + ww
		}
		end = b
	}
	if start >= 0 {
		lines = append(lines, string(t.runes[start:end]))
		t.ranges = append(t.ranges, [2]int{start, end})
	}
	return lines
}

// spaceWidth is the advance of a space between words.
func (t *textBlock) spaceWidth(size float32) float32 {
	for i, r := range t.runes {
		if r == ' ' {
			return t.adv[i] * size / refSize
		}
	}
	return size / 4
}

// textHeights caches the height of a line of text per size, style and
// font: fyne.MeasureText looks the font faces up at every call, which for
// every block at every text-size step cost more than the wrapping itself.
var textHeights = map[textKey]float32{}

type textKey struct {
	size  float32
	style fyne.TextStyle
	font  string
}

// themeFont names the font file the theme draws a style in.
func themeFont(st textStyle) string {
	return fyne.CurrentApp().Settings().Theme().Font(fyne.TextStyle{Bold: st.bold, Italic: st.italic}).Name()
}

// textHeight is the height Fyne gives a line of text.
func textHeight(size float32, style fyne.TextStyle) float32 {
	k := textKey{size, style, fyne.CurrentApp().Settings().Theme().Font(style).Name()}
	h, ok := textHeights[k]
	if !ok {
		h = fyne.MeasureText("Mg", size, style).Height
		textHeights[k] = h
	}
	return h
}
