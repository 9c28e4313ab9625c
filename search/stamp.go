package search

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"

	"pismreader/content"
)

// schemaVersion changes whenever the mapping or the analysis changes, so
// that an index built by an older version is rebuilt.
const schemaVersion = 1

// Keys of the index's internal store.
var (
	stampKey  = []byte("pismreader.stamp")
	hashesKey = []byte("pismreader.hashes")
)

// digest is the 128-bit hash of one brief: its ID and every field the index
// reads. It is made of two CRC-32 checksums (Castagnoli and IEEE, both
// computed by the processor) and the length of what was hashed: enough to
// tell that a brief changed, and six times faster than SHA-256, which
// matters because Open hashes the whole library every time.
type digest [16]byte

// briefDigest hashes everything of b that the index uses. buf is scratch
// space, returned for reuse.
func briefDigest(b *content.Brief, buf []byte) (digest, []byte) {
	buf = buf[:0]
	field := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	list := func(ss []string) {
		buf = binary.AppendUvarint(buf, uint64(len(ss)))
		for _, s := range ss {
			field(s)
		}
	}
	field(b.ID)
	field(string(b.Lang))
	field(b.Series)
	field(b.Number)
	field(b.Title)
	list(b.Authors)
	list(b.Tags)
	buf = binary.AppendVarint(buf, b.Date.Unix())
	field(b.Lead)
	for _, bl := range b.Body {
		buf = append(buf, byte(bl.Kind))
		field(bl.Text)
		list(bl.Items)
	}
	var d digest
	binary.LittleEndian.PutUint32(d[0:], crc32.Checksum(buf, castagnoli))
	binary.LittleEndian.PutUint32(d[4:], crc32.ChecksumIEEE(buf))
	binary.LittleEndian.PutUint64(d[8:], uint64(len(buf)))
	return d, buf
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// fingerprint sums the digests of a set of briefs: two 64-bit lanes added
// modulo 2⁶⁴, so that adding, replacing and removing a brief update it
// without hashing the others again.
type fingerprint struct {
	Lo, Hi uint64
	Count  int
}

func (f *fingerprint) add(d digest) {
	f.Lo += binary.LittleEndian.Uint64(d[:8])
	f.Hi += binary.LittleEndian.Uint64(d[8:])
	f.Count++
}

// String returns the fingerprint in hexadecimal.
func (f fingerprint) String() string {
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], f.Lo)
	binary.LittleEndian.PutUint64(b[8:], f.Hi)
	return fmt.Sprintf("%s/%d", hex.EncodeToString(b[:]), f.Count)
}

// libraryDigests hashes every brief of lib.
func libraryDigests(lib *content.Library) (map[string]digest, fingerprint) {
	ds := make(map[string]digest, lib.Len())
	var fp fingerprint
	var buf []byte
	for _, b := range lib.All() {
		var d digest
		d, buf = briefDigest(b, buf)
		ds[b.ID] = d
		fp.add(d)
	}
	return ds, fp
}

// stamp is what the index records about itself once it is complete.
type stamp struct {
	Schema      int    `json:"schema"`
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
}

func (s stamp) encode() []byte {
	data, _ := json.Marshal(s)
	return data
}

// decodeStamp reads a stamp; nil data, an index without one, is not an
// error but gives ok false.
func decodeStamp(data []byte) (s stamp, ok bool, err error) {
	if data == nil {
		return stamp{}, false, nil
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return stamp{}, false, fmt.Errorf("read index stamp: %w", err)
	}
	return s, true, nil
}

// encodeDigests writes the digest of every brief, sorted by ID, as
// uvarint length, ID, digest.
func encodeDigests(ds map[string]digest) []byte {
	ids := make([]string, 0, len(ds))
	n := 0
	for id := range ds {
		ids = append(ids, id)
		n += len(id) + 2 + len(digest{})
	}
	slices.Sort(ids)
	out := make([]byte, 0, n)
	for _, id := range ids {
		out = binary.AppendUvarint(out, uint64(len(id)))
		out = append(out, id...)
		d := ds[id]
		out = append(out, d[:]...)
	}
	return out
}

var errDigests = errors.New("malformed digests")

// decodeDigests reads what encodeDigests wrote.
func decodeDigests(data []byte) (map[string]digest, error) {
	ds := make(map[string]digest)
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n+uint64(len(digest{})) {
			return nil, fmt.Errorf("read index digests: %w", errDigests)
		}
		data = data[k:]
		id := string(data[:n])
		data = data[n:]
		var d digest
		copy(d[:], data)
		data = data[len(d):]
		ds[id] = d
	}
	return ds, nil
}

// fingerprintOf sums a set of digests.
func fingerprintOf(ds map[string]digest) fingerprint {
	var fp fingerprint
	for _, d := range ds {
		fp.add(d)
	}
	return fp
}
