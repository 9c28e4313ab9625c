package app

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// processAge returns how long ago the kernel started this process, from
// /proc, to 10 ms. It counts what happens before any Go code runs: loading
// the shared libraries and the package initialisers.
func processAge() (time.Duration, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	uptime, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0, false
	}
	// The command name, field 2, is in parentheses and may hold spaces.
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 20 {
		return 0, false
	}
	ticks, err1 := strconv.ParseFloat(fields[19], 64) // field 22, starttime
	up, err2 := strconv.ParseFloat(strings.Fields(string(uptime))[0], 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	const clockTicks = 100 // USER_HZ, 100 on every Linux architecture Go supports
	return time.Duration((up - ticks/clockTicks) * float64(time.Second)), true
}
