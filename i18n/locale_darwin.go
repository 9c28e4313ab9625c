//go:build darwin

package i18n

import (
	"context"
	"os/exec"
	"strings"
	"time"
)

// platformLocales returns the user's preferred languages from the macOS
// defaults, AppleLanguages, and, only when none of them is supported, the
// AppleLocale, the region format's locale ("en_PL"). Each "defaults" run
// takes a few tens of milliseconds, so System is called only when neither
// --lang nor the settings name a language.
func platformLocales() []string {
	langs := parseAppleLanguages(readDefault("AppleLanguages"))
	if _, ok := Match(parseAll(langs)...); ok {
		return langs
	}
	return append(langs, strings.TrimSpace(readDefault("AppleLocale")))
}

// readDefault returns the value of a global macOS default, or "".
func readDefault(key string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "defaults", "read", "-g", key).Output()
	if err != nil {
		return ""
	}
	return string(out)
}
