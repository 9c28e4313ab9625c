package state

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	s := &Store{Path: filepath.Join(t.TempDir(), "sub", "state.json")}
	st, err := s.Load()
	if err != nil || st.LastBrief != "" {
		t.Fatalf("missing file: %+v, %v", st, err)
	}
	want := State{LastBrief: "a", Positions: map[string]Position{"a": {Block: 3, Fraction: 0.5}}}
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil || got.LastBrief != "a" || got.Positions["a"] != want.Positions["a"] {
		t.Fatalf("got %+v, %v", got, err)
	}
	if fi, _ := os.Stat(s.Path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path), "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestCorruptFileKeptAside(t *testing.T) {
	s := &Store{Path: filepath.Join(t.TempDir(), "state.json")}
	os.WriteFile(s.Path, []byte("{not json"), 0o600)
	st, err := s.Load()
	if err == nil || st.LastBrief != "" {
		t.Fatalf("got %+v, %v; want an empty state and an error", st, err)
	}
	if data, _ := os.ReadFile(s.Path + ".corrupt"); string(data) != "{not json" {
		t.Errorf("the corrupt file was not kept: %q", data)
	}
	if err := s.Save(State{LastBrief: "b"}); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Load(); err != nil || st.LastBrief != "b" {
		t.Errorf("after saving again: %+v, %v", st, err)
	}
}

func TestWriteFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "isdir")
	os.Mkdir(target, 0o700)
	os.WriteFile(filepath.Join(target, "keep"), []byte("x"), 0o600)
	if err := WriteFileAtomic(target, []byte("data"), 0o600); err == nil {
		t.Fatal("renaming over a folder succeeded")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(`{"last_brief":"a","positions":{"a":{"block":2}}}`))
	f.Add([]byte(`{"positions":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &Store{Path: filepath.Join(t.TempDir(), "state.json")}
		os.WriteFile(s.Path, data, 0o600)
		st, err := s.Load()
		if err != nil && st.LastBrief != "" {
			t.Fatal("a failed load returned state")
		}
	})
}
