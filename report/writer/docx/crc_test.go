package docx

import (
	"hash/crc32"
	"math/rand"
	"testing"
)

// TestCRC32Combine: the CRC-32 of two pieces combined from theirs is the CRC-32 of the whole,
// for pieces of every length from none to several blocks of the table.
func TestCRC32Combine(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewSource(1))
	data := make([]byte, 5000)
	r.Read(data)
	for _, n := range []int{0, 1, 7, 64, 100, 1000, 5000} {
		whole := data[:n]
		for _, cut := range []int{0, 1, n / 3, n / 2, n - 1, n} {
			if cut < 0 || cut > n {
				continue
			}
			a, b := whole[:cut], whole[cut:]
			got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b)))
			if want := crc32.ChecksumIEEE(whole); got != want {
				t.Errorf("%d bytes cut at %d: combined %08x, want %08x", n, cut, got, want)
			}
		}
	}
}
