//go:build !linux

package app

import "time"

// processAge is known on Linux only; elsewhere the time since the Go
// program initialised stands in for it.
func processAge() (time.Duration, bool) { return 0, false }
