// Package state keeps what the app must remember between runs — the last
// brief and where the reader left it — in the app's own file, written
// atomically so that a crash or a full disk never loses what was saved.
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Position is a place in a brief: the block at the top of the view and how
// far, as a fraction of that block's height, it is scrolled past. Blocks
// rather than pixels, so that the place survives a change of text size or
// window width.
type Position struct {
	Block    int     `json:"block"`
	Fraction float32 `json:"fraction,omitempty"`
}

// State is what is saved.
type State struct {
	LastBrief string              `json:"last_brief,omitempty"`
	Positions map[string]Position `json:"positions,omitempty"`
}

// Store reads and writes a State in one file.
type Store struct {
	Path string
}

// DefaultStore returns the store in the user's configuration directory
// ($XDG_CONFIG_HOME/pismreader/state.json on Linux).
func DefaultStore() (*Store, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	return &Store{Path: filepath.Join(dir, "pismreader", "state.json")}, nil
}

// Load reads the state. A missing file is an empty state. A corrupt one is
// moved aside (to Path + ".corrupt") so that it is not overwritten, and an
// empty state is returned with the error.
func (s *Store) Load() (State, error) {
	var st State
	if err := ReadJSON(s.Path, &st); err != nil {
		return State{}, err
	}
	return st, nil
}

// ReadJSON reads the JSON file at path into v. A missing file leaves v as
// it is. A file that is not valid JSON is moved aside, to path +
// ".corrupt", so that the next save does not destroy what may still be
// recovered from it; the error says where it went.
func ReadJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("load %s: %w", path, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		aside := path + ".corrupt"
		if rerr := os.Rename(path, aside); rerr != nil {
			return fmt.Errorf("load %s: %w (and moving it aside failed: %v)", path, err, rerr)
		}
		return fmt.Errorf("load %s: %w (kept as %s)", path, err, aside)
	}
	return nil
}

// Save writes the state atomically.
func (s *Store) Save(st State) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("save %s: %w", s.Path, err)
	}
	return WriteFileAtomic(s.Path, append(data, '\n'), 0o600)
}

// WriteFileAtomic writes data to a temporary file beside path, flushes it
// to disk and renames it over path, so that path always holds either the
// old or the new content in full.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable; not every system can sync a folder.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
