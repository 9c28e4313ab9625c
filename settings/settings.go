// Package settings holds the reader's choices of theme, text size, font,
// spacing, line length, motion and language, and keeps them in the app's
// own file, written atomically. A corrupt file gives the defaults and is
// kept aside; it never stops the app.
package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"pismreader/speech"
	"pismreader/state"
)

// Theme names, as the --theme flag and the settings file spell them.
// System follows the desktop's light or dark variant.
const (
	System        = "system"
	Light         = "light"
	Dark          = "dark"
	Sepia         = "sepia"
	WhiteOnBlack  = "white-on-black"
	YellowOnBlack = "yellow-on-black"
	BlackOnYellow = "black-on-yellow"
	BlackOnWhite  = "black-on-white"
	Custom        = "custom"
)

// Themes lists every theme name in the order the settings show them.
var Themes = []string{System, Light, Dark, Sepia, WhiteOnBlack, YellowOnBlack, BlackOnYellow, BlackOnWhite, Custom}

// HighContrast reports whether theme is one of the high-contrast presets,
// held to 7:1 rather than 4.5:1.
func HighContrast(theme string) bool {
	switch theme {
	case WhiteOnBlack, YellowOnBlack, BlackOnYellow, BlackOnWhite:
		return true
	}
	return false
}

// Font names.
const (
	NotoSans             = "noto-sans"
	AtkinsonHyperlegible = "atkinson-hyperlegible"
	Mono                 = "mono"
)

// Fonts lists every font name.
var Fonts = []string{NotoSans, AtkinsonHyperlegible, Mono}

// ScaleSteps are the text sizes, in percent, that Smaller and Bigger step
// through; any whole percentage between the first and the last is valid.
var ScaleSteps = []int{50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400}

// Limits of the spacing and line-length settings.
const (
	MinScale, MaxScale             = 50, 400
	MinLineSpacing, MaxLineSpacing = 1.0, 2.0
	MinParagraph, MaxParagraph     = 1.0, 3.0
	MinLineLength, MaxLineLength   = 40, 120
)

// Settings are the reader's choices.
type Settings struct {
	Theme     string `json:"theme"`
	TextScale int    `json:"text_scale"` // percent of the default size
	Font      string `json:"font"`
	// LineSpacing is the height of a line as a multiple of the text size.
	LineSpacing float64 `json:"line_spacing"`
	// ParagraphSpacing is the space between paragraphs as a multiple of
	// the line height.
	ParagraphSpacing float64 `json:"paragraph_spacing"`
	// LineLength limits lines to about this many characters; 0 is the
	// full width of the reader.
	LineLength   int  `json:"line_length"`
	ReduceMotion bool `json:"reduce_motion"`
	// TextColor and BackgroundColor are the custom theme's, as #rrggbb.
	TextColor       string `json:"text_color"`
	BackgroundColor string `json:"background_color"`
	// Lang is the interface language code, or "" for the system's.
	Lang string `json:"lang,omitempty"`
	// SpeechEngine is the engine that reads aloud, one of SpeechEngines.
	SpeechEngine string `json:"speech_engine"`
	// SpeechRate is the speed of reading aloud: 1 is the engine's normal.
	SpeechRate float64 `json:"speech_rate"`
}

// SpeechAuto lets the app pick the best speech engine installed.
const SpeechAuto = "auto"

// SpeechEngines lists the speech engine names the settings accept; which
// of them exist depends on the system (see speech.Available).
var SpeechEngines = []string{SpeechAuto, speech.SpeechDispatcher, speech.ESpeak, speech.Say, speech.SAPI}

// Limits of the reading-aloud speed.
const MinSpeechRate, MaxSpeechRate = 0.5, 2.0

// Defaults returns the settings of a first start.
func Defaults() Settings {
	return Settings{
		Theme: System, TextScale: 100, Font: NotoSans,
		LineSpacing: 1.5, ParagraphSpacing: 1.5, LineLength: 70,
		TextColor: "#000000", BackgroundColor: "#ffffff",
		SpeechEngine: SpeechAuto, SpeechRate: 1,
	}
}

// Scale returns the text scale as a factor: 1 for 100 %.
func (s Settings) Scale() float32 { return float32(s.TextScale) / 100 }

// Bigger returns the next step above the current text size.
func (s Settings) Bigger() int {
	for _, st := range ScaleSteps {
		if st > s.TextScale {
			return st
		}
	}
	return MaxScale
}

// Smaller returns the next step below the current text size.
func (s Settings) Smaller() int {
	for i := len(ScaleSteps) - 1; i >= 0; i-- {
		if ScaleSteps[i] < s.TextScale {
			return ScaleSteps[i]
		}
	}
	return MinScale
}

// Sanitize replaces every value out of range or unknown with its default,
// and reports what it replaced.
func (s *Settings) Sanitize() error {
	d := Defaults()
	var errs []error
	bad := func(field string, v any) { errs = append(errs, fmt.Errorf("%s %v: %w", field, v, ErrInvalid)) }
	if !slices.Contains(Themes, s.Theme) {
		bad("theme", s.Theme)
		s.Theme = d.Theme
	}
	if s.TextScale < MinScale || s.TextScale > MaxScale {
		bad("text_scale", s.TextScale)
		s.TextScale = d.TextScale
	}
	if !slices.Contains(Fonts, s.Font) {
		bad("font", s.Font)
		s.Font = d.Font
	}
	if !(s.LineSpacing >= MinLineSpacing && s.LineSpacing <= MaxLineSpacing) {
		bad("line_spacing", s.LineSpacing)
		s.LineSpacing = d.LineSpacing
	}
	if !(s.ParagraphSpacing >= MinParagraph && s.ParagraphSpacing <= MaxParagraph) {
		bad("paragraph_spacing", s.ParagraphSpacing)
		s.ParagraphSpacing = d.ParagraphSpacing
	}
	if s.LineLength != 0 && (s.LineLength < MinLineLength || s.LineLength > MaxLineLength) {
		bad("line_length", s.LineLength)
		s.LineLength = d.LineLength
	}
	if _, err := ParseColor(s.TextColor); err != nil {
		bad("text_color", s.TextColor)
		s.TextColor = d.TextColor
	}
	if _, err := ParseColor(s.BackgroundColor); err != nil {
		bad("background_color", s.BackgroundColor)
		s.BackgroundColor = d.BackgroundColor
	}
	if s.Lang != "" && s.Lang != "en" && s.Lang != "pl" && s.Lang != "ru" {
		bad("lang", s.Lang)
		s.Lang = ""
	}
	if !slices.Contains(SpeechEngines, s.SpeechEngine) {
		bad("speech_engine", s.SpeechEngine)
		s.SpeechEngine = d.SpeechEngine
	}
	if !(s.SpeechRate >= MinSpeechRate && s.SpeechRate <= MaxSpeechRate) {
		bad("speech_rate", s.SpeechRate)
		s.SpeechRate = d.SpeechRate
	}
	return errors.Join(errs...)
}

// ErrInvalid marks a value out of range or unknown.
var ErrInvalid = errors.New("invalid value")

// Store reads and writes Settings in one file.
type Store struct{ Path string }

// DefaultStore returns the store in the user's configuration directory
// ($XDG_CONFIG_HOME/pismreader/settings.json on Linux).
func DefaultStore() (*Store, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, fmt.Errorf("settings: %w", err)
	}
	return &Store{Path: filepath.Join(dir, "pismreader", "settings.json")}, nil
}

// Load reads the settings. A missing file gives the defaults. A file that
// is not valid JSON is moved aside (to Path + ".corrupt") and gives the
// defaults with the error; unknown or out-of-range values are replaced by
// their defaults, also with an error, and the rest is kept.
func (st *Store) Load() (Settings, error) {
	s := Defaults()
	if err := state.ReadJSON(st.Path, &s); err != nil {
		return Defaults(), err
	}
	if err := s.Sanitize(); err != nil {
		return s, fmt.Errorf("load %s: %w", st.Path, err)
	}
	return s, nil
}

// Save writes the settings atomically.
func (st *Store) Save(s Settings) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("save %s: %w", st.Path, err)
	}
	return state.WriteFileAtomic(st.Path, append(data, '\n'), 0o600)
}

// ParseScale reads a text size given as "300" or "300%".
func ParseScale(v string) (int, error) {
	var n int
	v = strings.TrimSuffix(strings.TrimSpace(v), "%")
	if _, err := fmt.Sscanf(v, "%d", &n); err != nil || fmt.Sprint(n) != v || n < MinScale || n > MaxScale {
		return 0, fmt.Errorf("%q: %w", v, ErrInvalid)
	}
	return n, nil
}
