package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"time"

	"github.com/klauspost/compress/flate"

	"github.com/jianbao/jianbao/report/internal/safego"
)

// streamChunk is how much of document.xml is written before it goes to the compressor.
const streamChunk = 256 << 10

// chunkCap is the capacity of a buffer for a chunk: room to finish the block that takes it
// past streamChunk.
const chunkCap = streamChunk + streamChunk/4

// newCompressor makes the DEFLATE writer of the package's parts; tests replace it to make the
// compressor fail. It is github.com/klauspost/compress/flate at level 5 (archive/zip's level),
// which takes half the time of compress/flate's level 5 for a document.xml 9% larger (1,000
// articles: 5.1 ms against 11.4 ms, 120.7 KB against 111.0 KB; the package 8% larger).
// Measured again against klauspost's level 6 (medians of 9, document.xml in 256 KB writes, 2026-11-26,
// under chrt -f 10): 1,000 articles 5.1-6.0 ms for 120.7 KB against 7.5-8.1 ms for 109.7 KB,
// 10,000 articles 51-52 ms for 1.12 MB against 72-77 ms for 1.04 MB (level 4: no faster, 11%
// larger; level 7: slower and larger than 6). The compressor shares the two cores with the
// writer and the pagination, which end together, so level 6 would add about half its extra
// CPU time (some 12 ms for 10,000 articles) to the run for a package 7-9% smaller: level 5
// stays, as a digest of a few hundred KB to a few MB is not held back by its size.
var newCompressor = func(w io.Writer) compressor {
	fw, _ := flate.NewWriter(w, 5) // level 5 is valid: no error
	return fw
}

// newZip is a zip writer to w whose parts are compressed by fw (Reset for each part), or by a
// compressor of its own when fw is nil.
func newZip(w io.Writer, fw compressor) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			fw = newCompressor(out)
		} else {
			fw.Reset(out)
		}
		return fw, nil
	})
	return zw
}

// compressor is what the deflater needs of a *flate.Writer.
type compressor interface {
	io.WriteCloser
	Flush() error
	Reset(w io.Writer)
}

// deflater compresses document.xml on a goroutine of its own while the blocks are written
// (newCompressor), so that the document is never held whole and uncompressed (34 MB for 10,000
// articles). The DEFLATE stream is made of segments, each compressed on its own (a
// fresh compressor, ended by a sync flush, the last one by the final block): the document up to
// a contents block, the contents, the rest. A contents block waiting for its page labels
// (writer.Options.PageLabelsLater) is then only a segment filled at the end (fill), and what
// follows it is compressed while the pages are set instead of held and compressed after them.
// The contents cost their segments a little of the compression (back-references never reach
// across a cut: some 300 bytes for 1,000 articles); the segments are the same whether the labels
// come early or late, and so are the bytes. Without contents there is one segment: the bytes
// archive/zip stores with the same compressor. When the compressor stops early (a panic, which
// its Catcher turns into an error), send and the others stop handing it chunks and return that
// error, instead of waiting for a reader that is gone.
type deflater struct {
	chunks chan chunk
	free   chan []byte
	done   chan struct{}
	catch  safego.Catcher
	// made counts the segments begun, on the writer's side (hole's index).
	made int

	segs []*segment // the compressor's until finish
	fw   compressor // the compressor, for the other parts once finished
	err  error
}

// segment is a piece of document.xml compressed on its own: its DEFLATE blocks, the CRC-32
// and the size of what it holds.
type segment struct {
	out  bytes.Buffer
	crc  uint32
	size int64
}

// newDeflater starts the compressor's goroutine, on a first segment. Every deflater must be
// finished (finish), or the goroutine waits for chunks for ever.
func newDeflater() *deflater {
	d := &deflater{chunks: make(chan chunk, 2), free: make(chan []byte, 4), done: make(chan struct{}), made: 1}
	go func() {
		defer close(d.done)
		d.catch.Do(func() {
			cur := &segment{}
			d.segs = append(d.segs, cur)
			fw := newCompressor(&cur.out)
			d.fw = fw
			keep := func(err error) {
				if err != nil && d.err == nil {
					d.err = err
				}
			}
			for c := range d.chunks {
				if c.fill > 0 {
					cur = d.segs[c.fill-1]
					fw.Reset(&cur.out)
				}
				if len(c.data) > 0 {
					cur.crc = crc32.Update(cur.crc, crc32.IEEETable, c.data)
					cur.size += int64(len(c.data))
					_, err := fw.Write(c.data)
					keep(err)
				}
				switch {
				case c.last:
					keep(fw.Close())
				case c.cut || c.fill > 0:
					keep(fw.Flush())
				}
				if c.cut || c.hole {
					// A new segment; after a hole, the one just begun is left to fill.
					cur = &segment{}
					d.segs = append(d.segs, cur)
					fw.Reset(&cur.out)
				}
				if c.own {
					select {
					case d.free <- c.data[:0]:
					default:
					}
				}
			}
		})
	}()
	return d
}

// send hands b's bytes to the compressor and gives b a spare chunk to go on with. It returns
// the compressor's panic as an error when the compressor has stopped.
func (d *deflater) send(b *bytes.Buffer) error { return d.sendAs(b, chunk{}) }

// cut hands b's bytes over as the end of a segment: what follows is compressed on its own.
func (d *deflater) cut(b *bytes.Buffer) error {
	d.made++
	return d.sendAs(b, chunk{cut: true})
}

// last hands b's bytes over as the end of the document.
func (d *deflater) last(b *bytes.Buffer) error { return d.sendAs(b, chunk{last: true}) }

// sendAs hands b's bytes over as c says, and gives b a spare chunk.
func (d *deflater) sendAs(b *bytes.Buffer, c chunk) error {
	if b.Len() == 0 && !c.cut && !c.last {
		return nil
	}
	c.data, c.own = b.Bytes(), true
	if err := d.hand(c); err != nil {
		return err
	}
	var spare []byte
	select {
	case spare = <-d.free:
	default:
		spare = make([]byte, 0, chunkCap)
	}
	*b = *bytes.NewBuffer(spare)
	return nil
}

// hole leaves the segment just begun (by cut) to be filled at the end (fill), begins the next
// one, and returns the index of the one left.
func (d *deflater) hole() (int, error) {
	d.made++
	return d.made - 2, d.hand(chunk{hole: true})
}

// fill compresses data as the segment hole left at index at, once the rest is handed over
// (last). data is not changed until finish.
func (d *deflater) fill(at int, data []byte) error { return d.hand(chunk{data: data, fill: at + 1}) }

// hand gives c to the compressor, or returns its error when it has stopped (the goroutine
// ends before the chunks are closed only by a panic).
func (d *deflater) hand(c chunk) error {
	select {
	case d.chunks <- c:
		return nil
	case <-d.done:
		if err := d.catch.Err(); err != nil {
			return err
		}
		return errors.New("docx: the compressor of document.xml stopped early")
	}
}

// chunk is a part of document.xml for the compressor, and what to do after it: end the
// segment (cut), end the document (last), leave a segment to fill later (hole), or fill the
// segment at index fill-1. own is set for a buffer of send's, which may be reused once
// compressed.
type chunk struct {
	data                 []byte
	own, cut, last, hole bool
	fill                 int
}

// finish waits for the compressor and returns the compressed part: its segments in order.
func (d *deflater) finish() (*rawPart, error) {
	close(d.chunks)
	<-d.done
	if err := d.catch.Err(); err != nil {
		return nil, err
	}
	if d.err != nil {
		return nil, d.err
	}
	raw := &rawPart{}
	for i, s := range d.segs {
		raw.data = append(raw.data, s.out.Bytes())
		raw.length += len(s.out.Bytes())
		if i == 0 {
			raw.crc = s.crc
		} else {
			raw.crc = crc32Combine(raw.crc, s.crc, s.size)
		}
		raw.size += s.size
	}
	return raw, nil
}

// rawPart is a part compressed already: its DEFLATE stream (in pieces, written one after the
// other), the stream's length, the CRC-32 and the size of what it holds.
type rawPart struct {
	data   [][]byte
	length int
	crc    uint32
	size   int64
}

// rawHeader is the header archive/zip's CreateHeader makes for a deflated part called name,
// modified at stamp, with the sizes and checksum of raw filled in: what CreateRaw needs to
// store raw as CreateHeader would have stored it (a data descriptor after the data, version
// 2.0, the MS-DOS time and the extended timestamp).
func rawHeader(name string, stamp time.Time, raw *rawPart) *zip.FileHeader {
	var extra [9]byte
	extra[0], extra[1] = 0x55, 0x54 // extended timestamp (0x5455)
	extra[2], extra[3] = 5, 0       // its size
	extra[4] = 1                    // modification time only
	mt := uint32(stamp.Unix())
	extra[5], extra[6], extra[7], extra[8] = byte(mt), byte(mt>>8), byte(mt>>16), byte(mt>>24)
	fh := &zip.FileHeader{
		Name: name, Method: zip.Deflate, Modified: stamp, Flags: 0x8,
		CreatorVersion: 20, ReaderVersion: 20, Extra: extra[:],
		ModifiedDate: uint16(stamp.Day() + int(stamp.Month())<<5 + (stamp.Year()-1980)<<9),
		ModifiedTime: uint16(stamp.Second()/2 + stamp.Minute()<<5 + stamp.Hour()<<11),
		CRC32:        raw.crc, CompressedSize64: uint64(raw.length), UncompressedSize64: uint64(raw.size),
	}
	return fh
}

// putRaw stores raw, compressed already, as the part called name (rawHeader).
func putRaw(zw *zip.Writer, name string, stamp time.Time, raw *rawPart) error {
	f, err := zw.CreateRaw(rawHeader(name, stamp, raw))
	if err != nil {
		return err
	}
	for _, piece := range raw.data {
		if _, err := f.Write(piece); err != nil {
			return err
		}
	}
	return nil
}
