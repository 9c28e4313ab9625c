package speech

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
)

// sapiScript drives System.Speech. It is fixed: the text arrives on stdin, one
// sentence a line, and the settings in environment variables, so nothing the
// user reads is ever parsed as PowerShell. Before each sentence it prints
// "S <index>" so that Speak can report progress from a single process (starting
// PowerShell per sentence would add a second of silence each time).
const sapiScript = `$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Speech
[Console]::InputEncoding = New-Object System.Text.UTF8Encoding $false
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$lang = $env:PISMREADER_SAPI_LANG
foreach ($v in $s.GetInstalledVoices()) {
  if ($v.Enabled -and $v.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $lang) {
    $s.SelectVoice($v.VoiceInfo.Name)
    break
  }
}
$s.Rate = [int]$env:PISMREADER_SAPI_RATE
$out = $env:PISMREADER_SAPI_WAV
if ($out) { $s.SetOutputToWaveFile($out) } else { $s.SetOutputToDefaultAudioDevice() }
$i = 0
while ($null -ne ($line = [Console]::In.ReadLine())) {
  [Console]::Out.WriteLine('S ' + $i)
  [Console]::Out.Flush()
  if ($line.Trim()) { $s.Speak($line) }
  $i++
}
$s.Dispose()
`

// sapi speaks through Windows' System.Speech via PowerShell.
type sapi struct {
	command
}

func newSAPI(path string) *sapi { return &sapi{command{path: path}} }

// Name returns SAPI.
func (s *sapi) Name() string { return SAPI }

// sapiRate maps a speed factor to SAPI's -10..10, where each step is roughly a
// factor of 3^(1/10) in speed, so 2× is about +6 and 0.5× about -6.
func sapiRate(v Voice) int {
	return min(max(int(math.Round(10*math.Log(v.rate())/math.Log(3))), -10), 10)
}

// args passes the script as -EncodedCommand (UTF-16LE, base64): -Command would
// put it through Windows' command-line quoting, which mangles quotes and newlines.
func (s *sapi) args() []string {
	u := utf16.Encode([]rune(sapiScript))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		binary.LittleEndian.PutUint16(b[2*i:], c)
	}
	return []string{"-NoProfile", "-NonInteractive", "-EncodedCommand", base64.StdEncoding.EncodeToString(b)}
}

// env carries the settings; wavPath is empty for speaking aloud.
func (s *sapi) env(v Voice, wavPath string) []string {
	return []string{
		"PISMREADER_SAPI_LANG=" + v.lang()[:2],
		"PISMREADER_SAPI_RATE=" + strconv.Itoa(sapiRate(v)),
		"PISMREADER_SAPI_WAV=" + wavPath,
	}
}

// sapiInput puts each sentence on one line, as the script reads them.
func sapiInput(sentences []string) string {
	var b strings.Builder
	for _, t := range sentences {
		b.WriteString(strings.Join(strings.Fields(t), " "))
		b.WriteString("\r\n")
	}
	return b.String()
}

// Speak runs one PowerShell for all sentences, following its "S i" lines.
func (s *sapi) Speak(ctx context.Context, v Voice, sentences []string, started func(int)) error {
	cmd := s.cmd(ctx, s.args(), s.env(v, "")...)
	cmd.Stdin = strings.NewReader(sapiInput(sentences))
	cmd.Stdout = &progressWriter{n: len(sentences), started: started}
	var stderr tailBuffer
	cmd.Stderr = &stderr
	return run(ctx, SAPI, cmd, budget(v.rate(), sentences...), &stderr)
}

// Record writes all sentences to one WAV file.
func (s *sapi) Record(ctx context.Context, v Voice, sentences []string, w io.Writer) error {
	return recordToFile(ctx, SAPI, w, func(path string) error {
		cmd := s.cmd(ctx, s.args(), s.env(v, path)...)
		cmd.Stdin = strings.NewReader(sapiInput(sentences))
		var stderr tailBuffer
		cmd.Stderr = &stderr
		return run(ctx, SAPI, cmd, budget(v.rate(), sentences...), &stderr)
	})
}

// progressWriter turns "S <index>" lines into started calls, each index once and
// in order, ignoring anything else a profile or module might print.
type progressWriter struct {
	mu      sync.Mutex
	n       int
	next    int
	line    []byte
	started func(int)
}

func (p *progressWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range b {
		if c != '\n' {
			if len(p.line) < 64 {
				p.line = append(p.line, c)
			}
			continue
		}
		line := string(bytes.TrimSpace(p.line))
		p.line = p.line[:0]
		rest, ok := strings.CutPrefix(line, "S ")
		if !ok {
			continue
		}
		i, err := strconv.Atoi(rest)
		if err != nil || i < p.next || i >= p.n {
			continue
		}
		p.next = i + 1
		if p.started != nil {
			p.started(i)
		}
	}
	return len(b), nil
}
