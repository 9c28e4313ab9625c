package speech

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"
)

// wavFormat is the PCM format of a WAV stream.
type wavFormat struct {
	channels   uint16
	sampleRate uint32
	byteRate   uint32
	blockAlign uint16
	bits       uint16
	dataSize   uint32
}

var errBadWAV = errors.New("not a PCM WAV stream")

// WAVDuration reads a RIFF/WAVE PCM stream to its end and returns how long it
// plays: data bytes / byte rate. It reads the whole data chunk so that a stream
// shorter than its header promises is reported rather than trusted.
func WAVDuration(r io.Reader) (time.Duration, error) {
	f, err := readWAV(r)
	if err != nil {
		return 0, err
	}
	return time.Duration(float64(f.dataSize) / float64(f.byteRate) * float64(time.Second)), nil
}

// readWAV checks the header, skips chunks other than "fmt " and "data", and
// consumes the data chunk.
func readWAV(r io.Reader) (wavFormat, error) {
	var f wavFormat
	var hdr [12]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return f, fmt.Errorf("%w: RIFF header: %w", errBadWAV, err)
	}
	if string(hdr[0:4]) != "RIFF" || string(hdr[8:12]) != "WAVE" {
		return f, fmt.Errorf("%w: no RIFF/WAVE signature", errBadWAV)
	}
	riffSize := binary.LittleEndian.Uint32(hdr[4:8])
	read := uint64(4) // "WAVE" counts towards the RIFF size
	haveFmt := false
	for {
		var ch [8]byte
		if _, err := io.ReadFull(r, ch[:]); err != nil {
			return f, fmt.Errorf("%w: no data chunk: %w", errBadWAV, err)
		}
		id, size := string(ch[0:4]), binary.LittleEndian.Uint32(ch[4:8])
		read += 8 + uint64(size)
		switch id {
		case "fmt ":
			if size < 16 || size > 1<<16 {
				return f, fmt.Errorf("%w: fmt chunk of %d bytes", errBadWAV, size)
			}
			b := make([]byte, size+size&1)
			if _, err := io.ReadFull(r, b); err != nil {
				return f, fmt.Errorf("%w: fmt chunk: %w", errBadWAV, err)
			}
			if err := f.parse(b); err != nil {
				return f, err
			}
			haveFmt = true
			read += uint64(size & 1)
		case "data":
			if !haveFmt {
				return f, fmt.Errorf("%w: data before fmt", errBadWAV)
			}
			if read > uint64(riffSize) {
				return f, fmt.Errorf("%w: data chunk of %d bytes overruns RIFF size %d", errBadWAV, size, riffSize)
			}
			n, err := io.CopyN(io.Discard, r, int64(size))
			if err != nil {
				return f, fmt.Errorf("%w: data chunk has %d of %d bytes: %w", errBadWAV, n, size, err)
			}
			if size%uint32(f.blockAlign) != 0 {
				return f, fmt.Errorf("%w: data size %d not a multiple of block size %d", errBadWAV, size, f.blockAlign)
			}
			f.dataSize = size
			return f, nil
		default:
			read += uint64(size & 1)
			if _, err := io.CopyN(io.Discard, r, int64(size)+int64(size&1)); err != nil {
				return f, fmt.Errorf("%w: %q chunk: %w", errBadWAV, id, err)
			}
		}
	}
}

// parse reads a fmt chunk and checks that its numbers agree with each other,
// since a player trusts byte rate and block size blindly.
func (f *wavFormat) parse(b []byte) error {
	format := binary.LittleEndian.Uint16(b[0:2])
	f.channels = binary.LittleEndian.Uint16(b[2:4])
	f.sampleRate = binary.LittleEndian.Uint32(b[4:8])
	f.byteRate = binary.LittleEndian.Uint32(b[8:12])
	f.blockAlign = binary.LittleEndian.Uint16(b[12:14])
	f.bits = binary.LittleEndian.Uint16(b[14:16])
	const pcm, extensible = 1, 0xFFFE
	if format == extensible && len(b) >= 26 {
		format = binary.LittleEndian.Uint16(b[24:26]) // first bytes of the sub-format GUID
	}
	switch {
	case format != pcm:
		return fmt.Errorf("%w: format %d is not PCM", errBadWAV, format)
	case f.channels == 0 || f.sampleRate == 0 || f.bits == 0 || f.bits%8 != 0:
		return fmt.Errorf("%w: %d channels, %d Hz, %d bits", errBadWAV, f.channels, f.sampleRate, f.bits)
	case uint32(f.blockAlign) != uint32(f.channels)*uint32(f.bits/8):
		return fmt.Errorf("%w: block size %d for %d channels of %d bits", errBadWAV, f.blockAlign, f.channels, f.bits)
	case uint64(f.byteRate) != uint64(f.sampleRate)*uint64(f.blockAlign):
		return fmt.Errorf("%w: byte rate %d for %d Hz × %d bytes", errBadWAV, f.byteRate, f.sampleRate, f.blockAlign)
	}
	return nil
}
