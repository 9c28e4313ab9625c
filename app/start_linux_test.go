package app

import (
	"testing"
	"time"
)

func TestProcessAge(t *testing.T) {
	age, ok := processAge()
	if !ok {
		t.Fatal("no process age on Linux")
	}
	// The test binary started before this test and, on any sane machine,
	// less than an hour ago; /proc counts in 10 ms steps.
	if since := time.Since(processStart); age < since-20*time.Millisecond || age > time.Hour {
		t.Errorf("process age %v, but the program initialised %v ago", age, since)
	}
}
