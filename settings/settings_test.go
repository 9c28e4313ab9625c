package settings

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestSteps(t *testing.T) {
	for _, c := range []struct{ at, bigger, smaller int }{
		{100, 110, 90}, {50, 67, 50}, {400, 400, 350}, {105, 110, 100}, {300, 350, 250},
	} {
		s := Defaults()
		s.TextScale = c.at
		if got := s.Bigger(); got != c.bigger {
			t.Errorf("Bigger from %d = %d, want %d", c.at, got, c.bigger)
		}
		if got := s.Smaller(); got != c.smaller {
			t.Errorf("Smaller from %d = %d, want %d", c.at, got, c.smaller)
		}
	}
}

func TestParseScale(t *testing.T) {
	for in, want := range map[string]int{"300": 300, "300%": 300, "50": 50, "400": 400, " 125 ": 125} {
		if got, err := ParseScale(in); err != nil || got != want {
			t.Errorf("ParseScale(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "49", "401", "3e2", "abc", "300px", "-100", "1.5"} {
		if _, err := ParseScale(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseScale(%q): err %v, want ErrInvalid", in, err)
		}
	}
}

func TestSaveLoad(t *testing.T) {
	st := &Store{Path: filepath.Join(t.TempDir(), "sub", "settings.json")}
	s, err := st.Load()
	if err != nil || s != Defaults() {
		t.Fatalf("missing file: %+v, %v", s, err)
	}
	s.Theme, s.TextScale, s.Font, s.LineLength, s.ReduceMotion = YellowOnBlack, 300, AtkinsonHyperlegible, 0, true
	if err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load()
	if err != nil || got != s {
		t.Fatalf("Load after Save = %+v, %v; want %+v", got, err, s)
	}
}

func TestLoadCorrupt(t *testing.T) {
	dir := t.TempDir()
	st := &Store{Path: filepath.Join(dir, "settings.json")}
	broken := []byte(`{"theme": "dark", "text_scale": 2`)
	os.WriteFile(st.Path, broken, 0o600)
	s, err := st.Load()
	if err == nil || s != Defaults() {
		t.Fatalf("corrupt file: %+v, %v; want defaults and an error", s, err)
	}
	kept, _ := os.ReadFile(st.Path + ".corrupt")
	if string(kept) != string(broken) {
		t.Errorf("corrupt file not kept aside: %q", kept)
	}
}

func TestLoadOutOfRange(t *testing.T) {
	st := &Store{Path: filepath.Join(t.TempDir(), "settings.json")}
	os.WriteFile(st.Path, []byte(`{"theme":"neon","text_scale":900,"font":"mono","line_spacing":1.2,"paragraph_spacing":9,"line_length":10,"text_color":"red","background_color":"#000","lang":"de","speech_engine":"festival","speech_rate":3}`), 0o600)
	s, err := st.Load()
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	d := Defaults()
	want := Settings{Theme: d.Theme, TextScale: d.TextScale, Font: Mono, LineSpacing: 1.2, ParagraphSpacing: d.ParagraphSpacing,
		LineLength: d.LineLength, TextColor: d.TextColor, BackgroundColor: "#000",
		SpeechEngine: SpeechAuto, SpeechRate: 1}
	if s != want {
		t.Errorf("got %+v\nwant %+v", s, want)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"theme":"sepia","text_scale":150}`))
	f.Add([]byte(`{"line_spacing":1e309}`))
	f.Add([]byte(`nul`))
	f.Fuzz(func(t *testing.T, data []byte) {
		st := &Store{Path: filepath.Join(t.TempDir(), "settings.json")}
		os.WriteFile(st.Path, data, 0o600)
		s, _ := st.Load()
		if err := s.Sanitize(); err != nil {
			t.Fatalf("Load returned settings that do not sanitize: %+v: %v", s, err)
		}
	})
}

func TestParseColor(t *testing.T) {
	for in, want := range map[string]string{"#ffff00": "#ffff00", "FF0": "#ffff00", "#000": "#000000", " #1A2b3C ": "#1a2b3c"} {
		c, err := ParseColor(in)
		if err != nil || FormatColor(c) != want {
			t.Errorf("ParseColor(%q) = %s, %v", in, FormatColor(c), err)
		}
	}
	for _, in := range []string{"", "#12345", "#gggggg", "red", "#1234567"} {
		if _, err := ParseColor(in); err == nil {
			t.Errorf("ParseColor(%q) accepted", in)
		}
	}
}
