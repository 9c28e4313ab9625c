package i18n

import "golang.org/x/text/number"

// minimumGroupingDigits holds CLDR's minimumGroupingDigits where it is
// not 1: golang.org/x/text/number does not apply it. In Polish a number
// of four digits is not grouped: "1000", but "10 000".
var minimumGroupingDigits = map[string]int{"pl": 2}

// Number formats n in l's language with its CLDR digit grouping:
// "10,000" in English, "10 000" in Polish and Russian, where the
// separator is a no-break space (U+00A0), and "1000" in Polish, which
// groups only numbers of five digits or more.
func (l *Localizer) Number(n int) string {
	if min := minimumGroupingDigits[l.Code()]; min > 1 && digits(n) < 3+min {
		return l.p.Sprint(number.Decimal(n, number.NoSeparator()))
	}
	return l.p.Sprint(number.Decimal(n))
}

// digits returns the number of decimal digits of n, without the sign.
func digits(n int) int {
	d := 1
	for n >= 10 || n <= -10 {
		n /= 10
		d++
	}
	return d
}
