//go:build !darwin && !windows

package i18n

// platformLocales returns nothing: on Linux and the other Unix systems the
// environment variables that System reads first are the system's locale.
func platformLocales() []string { return nil }
