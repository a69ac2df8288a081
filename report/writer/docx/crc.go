package docx

// The CRC-32 (IEEE) of two pieces put together, from the CRCs of each and the length of the
// second: a CRC is linear over GF(2), so crc(A‖B) is crc(A) carried through len(B) bytes of
// zeros (multiplied by x^(8·len(B)) modulo the polynomial) plus crc(B). Polynomials are held
// bit-reversed, as package hash/crc32 holds them: the top bit is x⁰, the lowest x³¹.

// crcPoly is the IEEE polynomial, bit-reversed (crc32.IEEE).
const crcPoly = 0xedb88320

// crcMul multiplies a and b modulo crcPoly.
func crcMul(a, b uint32) uint32 {
	var p uint32
	for m := uint32(1) << 31; m != 0; m >>= 1 {
		if a&m != 0 {
			p ^= b
		}
		if b&1 != 0 {
			b = b>>1 ^ crcPoly
		} else {
			b >>= 1
		}
	}
	return p
}

// crcPow2 holds x^(2^k) modulo crcPoly for k = 0..31; x^(2^32) is x again (the order of x
// divides 2³²−1), so the table repeats.
var crcPow2 = func() (t [32]uint32) {
	t[0] = 1 << 30 // x¹
	for k := 1; k < 32; k++ {
		t[k] = crcMul(t[k-1], t[k-1])
	}
	return t
}()

// crc32Combine returns the CRC-32 (IEEE) of A‖B from crcA, crcB and len(B).
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB <= 0 {
		return crcA
	}
	x := uint32(1) << 31 // x⁰
	e := uint64(lenB) * 8
	for k := 0; e != 0; k, e = k+1, e>>1 {
		if e&1 != 0 {
			x = crcMul(crcPow2[k&31], x)
		}
	}
	return crcMul(x, crcA) ^ crcB
}
