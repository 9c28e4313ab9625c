package search

import "os"

// mkdirTemp makes a temporary directory for an index shared by tests.
func mkdirTemp() (string, error) { return os.MkdirTemp("", "pismreader-search-test-") }

// resetTermCache forgets the terms of all words, as in a new process.
func resetTermCache() {
	for _, c := range termCache {
		c.m.Clear()
		c.n.Store(0)
	}
}
