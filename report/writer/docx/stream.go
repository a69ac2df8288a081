package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"time"

	"github.com/jianbao/jianbao/report/internal/safego"
)

// streamChunk is how much of document.xml is written before it goes to the compressor.
const streamChunk = 256 << 10

// newCompressor makes the DEFLATE writer of document.xml; tests replace it to make the
// compressor fail.
var newCompressor = func(w io.Writer) io.WriteCloser {
	fw, _ := flate.NewWriter(w, 5) // level 5 is valid: no error
	return fw
}

// deflater compresses document.xml on a goroutine of its own while the blocks are written, as
// archive/zip would (DEFLATE level 5, CRC-32), so that the document is never held whole and
// uncompressed (34 MB for 10,000 articles): what zip then stores is the same bytes. When the
// compressor stops early (a panic, which its Catcher turns into an error), send and write stop
// handing it chunks and return that error, instead of waiting for a reader that is gone.
type deflater struct {
	chunks chan chunk
	free   chan []byte
	done   chan struct{}
	catch  safego.Catcher

	out  bytes.Buffer
	crc  uint32
	size int64
	err  error
}

func newDeflater() *deflater {
	d := &deflater{chunks: make(chan chunk, 2), free: make(chan []byte, 4), done: make(chan struct{})}
	go func() {
		defer close(d.done)
		d.catch.Do(func() {
			fw := newCompressor(&d.out)
			h := crc32.NewIEEE()
			for c := range d.chunks {
				h.Write(c.data)
				d.size += int64(len(c.data))
				if _, err := fw.Write(c.data); err != nil && d.err == nil {
					d.err = err
				}
				if !c.own {
					continue
				}
				select {
				case d.free <- c.data[:0]:
				default:
				}
			}
			if err := fw.Close(); err != nil && d.err == nil {
				d.err = err
			}
			d.crc = h.Sum32()
		})
	}()
	return d
}

// send hands b's bytes to the compressor and gives b a spare chunk to go on with. It returns
// the compressor's panic as an error when the compressor has stopped.
func (d *deflater) send(b *bytes.Buffer) error {
	if b.Len() == 0 {
		return nil
	}
	if err := d.hand(chunk{b.Bytes(), true}); err != nil {
		return err
	}
	var spare []byte
	select {
	case spare = <-d.free:
	default:
		spare = make([]byte, 0, streamChunk+streamChunk/4)
	}
	*b = *bytes.NewBuffer(spare)
	return nil
}

// write hands a piece that the caller no longer changes to the compressor. It is never reused
// as a spare chunk: it may be part of a larger buffer whose other pieces still wait.
func (d *deflater) write(piece []byte) error {
	if len(piece) == 0 {
		return nil
	}
	return d.hand(chunk{piece, false})
}

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

// chunk is a part of document.xml for the compressor; own is set for a buffer of send's, which
// may be reused once compressed.
type chunk struct {
	data []byte
	own  bool
}

// finish waits for the compressor and returns the compressed part.
func (d *deflater) finish() (*rawPart, error) {
	close(d.chunks)
	<-d.done
	if err := d.catch.Err(); err != nil {
		return nil, err
	}
	if d.err != nil {
		return nil, d.err
	}
	return &rawPart{data: d.out.Bytes(), crc: d.crc, size: d.size}, nil
}

// rawPart is a part compressed already: its DEFLATE stream, the CRC-32 and the size of what it
// holds.
type rawPart struct {
	data []byte
	crc  uint32
	size int64
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
		CRC32:        raw.crc, CompressedSize64: uint64(len(raw.data)), UncompressedSize64: uint64(raw.size),
	}
	return fh
}
