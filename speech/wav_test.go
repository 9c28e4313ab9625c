package speech

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
	"time"
)

// wavBytes builds a WAV stream; extra chunks go between fmt and data.
func wavBytes(format, channels uint16, rate uint32, bits uint16, data []byte, extra ...[]byte) []byte {
	var b bytes.Buffer
	le := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) }
	block := channels * bits / 8
	body := 4 + 24 + 8 + len(data) + len(data)%2
	for _, e := range extra {
		body += len(e)
	}
	b.WriteString("RIFF")
	le(uint32(body))
	b.WriteString("WAVEfmt ")
	le(uint32(16))
	le(format)
	le(channels)
	le(rate)
	le(rate * uint32(block))
	le(block)
	le(bits)
	for _, e := range extra {
		b.Write(e)
	}
	b.WriteString("data")
	le(uint32(len(data)))
	b.Write(data)
	if len(data)%2 == 1 {
		b.WriteByte(0)
	}
	return b.Bytes()
}

func TestWAVDuration(t *testing.T) {
	second := make([]byte, 22050*2)
	good := wavBytes(1, 1, 22050, 16, second)
	tests := []struct {
		name    string
		data    []byte
		want    time.Duration
		wantErr bool
	}{
		{"one second mono", good, time.Second, false},
		{"half second stereo", wavBytes(1, 2, 22050, 16, second), 500 * time.Millisecond, false},
		{"list chunk skipped", wavBytes(1, 1, 22050, 16, second, append([]byte("LIST\x03\x00\x00\x00abc"), 0)), time.Second, false},
		{"empty data", wavBytes(1, 1, 22050, 16, nil), 0, false},
		{"not RIFF", append([]byte("RIFX"), good[4:]...), 0, true},
		{"not PCM", wavBytes(3, 1, 22050, 32, second), 0, true},
		{"truncated data", good[:len(good)-10], 0, true},
		{"truncated header", good[:20], 0, true},
		{"odd data for 16 bits", wavBytes(1, 1, 22050, 16, make([]byte, 3)), 0, true},
		{"bad byte rate", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint32(b[28:], 1234)
			return b
		}(), 0, true},
		{"data beyond RIFF size", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint32(b[4:], 100)
			return b
		}(), 0, true},
		{"empty", nil, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := WAVDuration(bytes.NewReader(tt.data))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, errBadWAV) {
				t.Errorf("err = %v, want errBadWAV", err)
			}
			if got != tt.want {
				t.Errorf("duration = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzWAVDuration(f *testing.F) {
	f.Add(wavBytes(1, 1, 22050, 16, make([]byte, 100)))
	f.Add(wavBytes(1, 2, 8000, 8, make([]byte, 7), []byte("LIST\x01\x00\x00\x00a\x00")))
	f.Add([]byte("RIFF\xff\xff\xff\xffWAVEdata\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := WAVDuration(bytes.NewReader(b))
		if err == nil && d < 0 {
			t.Fatalf("negative duration %v", d)
		}
		if err != nil && d != 0 {
			t.Fatalf("duration %v with error %v", d, err)
		}
	})
}
