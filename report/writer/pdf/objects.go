package pdf

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"fmt"
	"hash"
	"io"
	"strconv"
	"unicode/utf16"

	"github.com/klauspost/compress/zlib"
)

// objWriter writes the objects of one PDF file in order, as they are made: it numbers them,
// remembers their offsets for the cross-reference table, compresses streams with one reused
// zlib writer and hashes everything written for the document's /ID. Nothing written is kept.
//
// The zlib writer is github.com/klauspost/compress/zlib at BestSpeed (BSD-3-Clause, as the DOCX
// writer's flate), since 2026-11-26: compress/zlib's spent most of its time building a Huffman
// code for each page's small stream, a quarter of the CPU time of 1,000 articles to PDF. The
// same objects, other compressed bytes (and so another /ID): 1,000 articles 2.437 -> 2.403 MB,
// 315-335 -> 263-284 ms of CPU, 199-203 -> 160-169 ms (perf stat -r 5 x3, chrt -f 10).
type objWriter struct {
	w       *bufio.Writer
	sum     hash.Hash
	n       int64   // bytes written
	offsets []int64 // by object number; 0 for one not written yet
	err     error

	zbuf bytes.Buffer
	z    *zlib.Writer
}

func newObjWriter(w io.Writer) *objWriter {
	o := &objWriter{sum: md5.New(), offsets: []int64{0}}
	o.w = bufio.NewWriterSize(io.MultiWriter(w, o.sum), 64<<10)
	o.z, _ = zlib.NewWriterLevel(&o.zbuf, zlib.BestSpeed)
	// PDF 1.7 with a comment of four bytes above 127, so that the file is taken as binary.
	o.write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
	return o
}

func (o *objWriter) write(b []byte) {
	if o.err != nil {
		return
	}
	n, err := o.w.Write(b)
	o.n += int64(n)
	o.err = err
}

// alloc reserves the next object number.
func (o *objWriter) alloc() int {
	o.offsets = append(o.offsets, 0)
	return len(o.offsets) - 1
}

// object writes object num with the dictionary or value body.
func (o *objWriter) object(num int, body []byte) {
	o.offsets[num] = o.n
	o.write(strconv.AppendInt(nil, int64(num), 10))
	o.write([]byte(" 0 obj\n"))
	o.write(body)
	o.write([]byte("\nendobj\n"))
}

// stream writes object num as a stream: dict holds its entries other than /Length and
// /Filter; data is compressed when compress is set.
func (o *objWriter) stream(num int, dict string, data []byte, compress bool) {
	filter := ""
	if compress {
		o.zbuf.Reset()
		o.z.Reset(&o.zbuf)
		o.z.Write(data)
		o.z.Close()
		data, filter = o.zbuf.Bytes(), " /Filter /FlateDecode"
	}
	o.offsets[num] = o.n
	o.write(fmt.Appendf(nil, "%d 0 obj\n<<%s%s /Length %d>>\nstream\n", num, dict, filter, len(data)))
	o.write(data)
	o.write([]byte("\nendstream\nendobj\n"))
}

// finish writes the cross-reference table and the trailer, naming the catalog and the
// information dictionary; the /ID is the MD5 of everything before the table.
func (o *objWriter) finish(root, info int) error {
	if o.err == nil {
		o.err = o.w.Flush()
	}
	if o.err != nil {
		return o.err
	}
	id := fmt.Sprintf("%X", o.sum.Sum(nil))
	xref := o.n
	var b bytes.Buffer
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(o.offsets))
	for num := 1; num < len(o.offsets); num++ {
		if o.offsets[num] == 0 {
			return fmt.Errorf("pdf: object %d was never written", num)
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", o.offsets[num])
		if b.Len() > 32<<10 {
			o.write(b.Bytes())
			b.Reset()
		}
	}
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/ID [<%s><%s>]\n>>\nstartxref\n%d\n%%%%EOF\n",
		len(o.offsets), root, info, id, id, xref)
	o.write(b.Bytes())
	if o.err == nil {
		o.err = o.w.Flush()
	}
	return o.err
}

// textString writes s as a PDF text string: a literal string, in UTF-16BE with a byte order
// mark unless s is printable ASCII, with (, ) and \ escaped.
func textString(s string) []byte { return appendTextString(nil, s) }

// appendTextString appends s as a PDF text string (textString) to out.
func appendTextString(out []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 32 || s[i] > 126 {
			ascii = false
			break
		}
	}
	out = append(out, '(')
	put := func(c byte) {
		switch c {
		case '(', ')', '\\':
			out = append(out, '\\', c)
		case '\r':
			out = append(out, '\\', 'r')
		default:
			out = append(out, c)
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			put(s[i])
		}
	} else {
		put(0xfe)
		put(0xff)
		var u [2]uint16
		for _, r := range s {
			for _, c := range utf16.AppendRune(u[:0], r) {
				put(byte(c >> 8))
				put(byte(c))
			}
		}
	}
	return append(out, ')')
}

// num appends v with at most three decimals, trailing zeros dropped (a PDF real, never with
// an exponent).
func num(b []byte, v float64) []byte {
	if v > -0.0005 && v < 0.0005 {
		return append(b, '0')
	}
	b = strconv.AppendFloat(b, v, 'f', 3, 64)
	i := len(b) - 1
	for b[i] == '0' {
		i--
	}
	if b[i] == '.' {
		i--
	}
	return b[:i+1]
}
