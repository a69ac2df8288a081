package reader

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encodings are the encoding names that Options.Encoding accepts.
var Encodings = []string{"auto", "utf-8", "gb18030", "gbk", "big5"}

// common holds frequent characters in both scripts, to score a guessed decoding.
const common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说" +
	"产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好" +
	"应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变" +
	"条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边" +
	"流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规" +
	"热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万" +
	"每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影" +
	"算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精" +
	"值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁" +
	"價嚴龍飛們國會動發說過對經進學來時個為這後體義現實樣關與開麼點業當從還應傳師習講話員書長門問間結黨記會議習組織" +
	"總專題領導導師辦務學術參加紀檢審計處館黨委員會議召開舉辦"

// commonSet holds the runes of common, for score's per-character lookup.
var commonSet = func() map[rune]struct{} {
	m := map[rune]struct{}{}
	for _, r := range common {
		m[r] = struct{}{}
	}
	return m
}()

// Decode returns data as UTF-8 text and the name of the encoding found; see decode. An error
// names the line and byte of the first undecodable bytes.
func Decode(data []byte, enc string) ([]byte, string, error) {
	text, name, err := decode(data, enc)
	var le *lineError
	if errors.As(err, &le) {
		err = fmt.Errorf("line %d: %s", le.line, le.msg)
	}
	return text, name, err
}

// decode returns data as UTF-8 text and the name of the encoding found. enc is "" or "auto" to
// detect: a UTF-8 or UTF-16 byte order mark, valid UTF-8, else GB18030 or Big5, whichever decodes
// to more common Chinese characters. A file with NUL bytes (and no UTF-16 mark) is not text.
func decode(data []byte, enc string) ([]byte, string, error) {
	switch strings.ToLower(enc) {
	case "", "auto":
	case "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !validUTF8(data) {
			return nil, "", invalidAt(data, "not valid UTF-8 text")
		}
		return data, "utf-8", nil
	case "gb18030", "gbk", "gb2312":
		return decodeWith(data, simplifiedchinese.GB18030, "gb18030")
	case "big5":
		return decodeWith(data, traditionalchinese.Big5, "big5")
	default:
		return nil, "", fmt.Errorf("unknown encoding %q: want one of %s", enc, strings.Join(Encodings, ", "))
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		if !validUTF8(data) {
			return nil, "", invalidAt(data, "starts with a UTF-8 byte order mark but is not valid UTF-8")
		}
		return data, "utf-8", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeWith(data, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if e, ok := utf16Unmarked(data); ok {
			if out, name, err := decodeWith(data, xunicode.UTF16(e, xunicode.IgnoreBOM), "utf-16"); err == nil && score(out, nil) >= 0 {
				return out, name, nil
			}
			return nil, "", errors.New("looks like UTF-16 text without a byte order mark, but does not decode as UTF-16: save it as UTF-8")
		}
		return nil, "", errors.New("not a text file (it holds NUL bytes)")
	}
	if validUTF8(data) {
		return data, "utf-8", nil
	}
	gb, gbErr := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	b5, b5Err := traditionalchinese.Big5.NewDecoder().Bytes(data)
	gbScore, b5Score := score(gb, gbErr), score(b5, b5Err)
	switch {
	case gbScore < 0 && b5Score < 0:
		return nil, "", invalidAt(data, "not UTF-8, GB18030 or Big5 text")
	case b5Score > gbScore:
		return b5, "big5", nil
	}
	return gb, "gb18030", nil
}

// validUTF8 is utf8.Valid, run on two processors for a large text: its halves, split before a
// byte that starts a character, are each valid exactly when the whole is (no character spans the
// split; four continuation bytes in a row are never valid). 10,000 articles are some 21 MB,
// which utf8.Valid read in some 15 ms on the goroutine that reads the inputs one by one.
func validUTF8(b []byte) bool {
	if len(b) < validSplitMin || runtime.GOMAXPROCS(0) < 2 {
		return utf8.Valid(b)
	}
	mid := len(b) / 2
	for k := 0; mid < len(b) && b[mid]&0xC0 == 0x80; k++ { // a continuation byte
		if k == 3 {
			return false
		}
		mid++
	}
	second := make(chan bool, 1)
	go func() { second <- utf8.Valid(b[mid:]) }()
	first := utf8.Valid(b[:mid])
	return <-second && first
}

// validSplitMin is the size from which validUTF8 splits the text; tests lower it.
var validSplitMin = 1 << 20

func decodeWith(data []byte, e encoding.Encoding, name string) ([]byte, string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", fmt.Errorf("not valid %s text: %v", name, err)
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		msg := fmt.Sprintf("not valid %s text: it holds bytes that are no %s character", name, name)
		if name == "utf-16" {
			return nil, "", errors.New(msg)
		}
		return nil, "", firstBadLine(data, e, msg)
	}
	return out, name, nil
}

// utf16Unmarked reports whether data looks like UTF-16 without a byte order mark: most of its NUL
// bytes (the high or low halves of ASCII characters) sit on one parity of offsets.
func utf16Unmarked(data []byte) (xunicode.Endianness, bool) {
	var even, odd int
	for i, b := range data {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	n := even + odd
	switch {
	case n < 2 || n*8 < len(data):
		return xunicode.BigEndian, false
	case odd*10 >= n*9:
		return xunicode.LittleEndian, true
	case even*10 >= n*9:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// invalidAt returns msg positioned at the first byte of data that is not valid UTF-8.
func invalidAt(data []byte, msg string) error {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return positioned(data, off, msg)
}

// firstBadLine returns msg positioned at the first line of data that e does not decode cleanly.
func firstBadLine(data []byte, e encoding.Encoding, msg string) error {
	off := 0
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		out, err := e.NewDecoder().Bytes(line)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return positioned(data, off, msg)
		}
		off += len(line)
	}
	return errors.New(msg)
}

// positioned returns msg as an error at the line holding byte off, naming the byte.
func positioned(data []byte, off int, msg string) error {
	off = min(off, len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return &lineError{line, fmt.Sprintf("%s (byte %d, 0x%02x)", msg, off+1, byteAt(data, off))}
}

func byteAt(data []byte, off int) byte {
	if off < len(data) {
		return data[off]
	}
	return 0
}

// score rates a candidate decoding: -1 when it failed or holds replacement or control
// characters, else the share (in per mille) of Han characters that are common ones.
func score(text []byte, err error) int {
	if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
		return -1
	}
	han, hit := 0, 0
	for _, r := range string(text) {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			return -1
		}
		if unicode.Is(unicode.Han, r) {
			han++
			if _, ok := commonSet[r]; ok {
				hit++
			}
		}
	}
	if han == 0 {
		return 0
	}
	return hit * 1000 / han
}
