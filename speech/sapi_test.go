package speech

import (
	"encoding/base64"
	"encoding/binary"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestSAPIArgs(t *testing.T) {
	args := newSAPI("powershell.exe").args()
	if !slices.Equal(args[:3], []string{"-NoProfile", "-NonInteractive", "-EncodedCommand"}) || len(args) != 4 {
		t.Fatalf("args = %q", args)
	}
	b, err := base64.StdEncoding.DecodeString(args[3])
	if err != nil || len(b)%2 != 0 {
		t.Fatalf("bad encoded command: %v", err)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	if got := string(utf16.Decode(u)); got != sapiScript {
		t.Errorf("encoded script differs:\n%s", got)
	}
	for _, want := range []string{"GetInstalledVoices", "TwoLetterISOLanguageName", "SetOutputToWaveFile($out)", "[Console]::In.ReadLine()"} {
		if !strings.Contains(sapiScript, want) {
			t.Errorf("script lacks %q", want)
		}
	}
}

func TestSAPIEnvAndInput(t *testing.T) {
	tests := []struct {
		v    Voice
		wav  string
		want []string
	}{
		{Voice{Lang: "pl"}, "", []string{"PISMREADER_SAPI_LANG=pl", "PISMREADER_SAPI_RATE=0", "PISMREADER_SAPI_WAV="}},
		{Voice{Lang: "ru", Rate: 2}, `C:\t\a.wav`, []string{"PISMREADER_SAPI_LANG=ru", "PISMREADER_SAPI_RATE=6", `PISMREADER_SAPI_WAV=C:\t\a.wav`}},
		{Voice{Lang: "en-gb", Rate: 0.5}, "", []string{"PISMREADER_SAPI_LANG=en", "PISMREADER_SAPI_RATE=-6", "PISMREADER_SAPI_WAV="}},
	}
	for _, tt := range tests {
		if got := newSAPI("p").env(tt.v, tt.wav); !slices.Equal(got, tt.want) {
			t.Errorf("env(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
	// Text with quotes and PowerShell syntax stays data on stdin, one line each.
	in := sapiInput([]string{`$(rm -r C:\) "quoted"`, "two\nlines", ""})
	if want := "$(rm -r C:\\) \"quoted\"\r\ntwo lines\r\n\r\n"; in != want {
		t.Errorf("sapiInput = %q, want %q", in, want)
	}
}

func TestProgressWriter(t *testing.T) {
	var got []int
	p := &progressWriter{n: 3, started: func(i int) { got = append(got, i) }}
	for _, chunk := range []string{"Warn", "ing\r\nS 0\r", "\nS 0\nS 2\nS 1\nS 9\nS x\n", "S 1"} {
		p.Write([]byte(chunk))
	}
	if !slices.Equal(got, []int{0, 2}) {
		t.Errorf("started %v, want [0 2]", got)
	}
}
