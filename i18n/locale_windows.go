//go:build windows

package i18n

import (
	"syscall"
	"unsafe"
)

var getUserDefaultLocaleName = syscall.NewLazyDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")

// localeNameMaxLength is LOCALE_NAME_MAX_LENGTH, in UTF-16 code units
// with the terminating zero.
const localeNameMaxLength = 85

// platformLocales returns the user's default locale name, such as
// "pl-PL", from GetUserDefaultLocaleName in kernel32.dll (Windows Vista
// and later).
func platformLocales() []string {
	if getUserDefaultLocaleName.Find() != nil {
		return nil
	}
	var buf [localeNameMaxLength]uint16
	n, _, _ := getUserDefaultLocaleName.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return nil
	}
	return []string{syscall.UTF16ToString(buf[:])}
}
