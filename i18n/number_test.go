package i18n

import "testing"

func TestNumber(t *testing.T) {
	const nbsp = "\u00a0"
	tests := []struct {
		n          int
		en, pl, ru string
	}{
		{0, "0", "0", "0"},
		{999, "999", "999", "999"},
		{1000, "1,000", "1000", "1" + nbsp + "000"},
		{9999, "9,999", "9999", "9" + nbsp + "999"},
		{10000, "10,000", "10" + nbsp + "000", "10" + nbsp + "000"},
		{1234567, "1,234,567", "1" + nbsp + "234" + nbsp + "567", "1" + nbsp + "234" + nbsp + "567"},
		{-1000, "-1,000", "-1000", "-1" + nbsp + "000"},
		{-12345, "-12,345", "-12" + nbsp + "345", "-12" + nbsp + "345"},
	}
	for _, tt := range tests {
		for code, want := range map[string]string{"en": tt.en, "pl": tt.pl, "ru": tt.ru} {
			if got := ForCode(code).Number(tt.n); got != want {
				t.Errorf("%s %d: %q, want %q", code, tt.n, got, want)
			}
		}
	}
}

func TestDigits(t *testing.T) {
	for n, want := range map[int]int{0: 1, 9: 1, -9: 1, 10: 2, -10: 2, 9999: 4, 10000: 5, -10000: 5} {
		if got := digits(n); got != want {
			t.Errorf("digits(%d) = %d, want %d", n, got, want)
		}
	}
}
