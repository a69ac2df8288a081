package reader

import (
	"bytes"
	"errors"
	"fmt"
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

// Decode returns data as UTF-8 text and the name of the encoding found; see decode.
func Decode(data []byte, enc string) ([]byte, string, error) { return decode(data, enc) }

// decode returns data as UTF-8 text and the name of the encoding found. enc is "" or "auto" to
// detect: a UTF-8 or UTF-16 byte order mark, valid UTF-8, else GB18030 or Big5, whichever decodes
// to more common Chinese characters. A file with NUL bytes (and no UTF-16 mark) is not text.
func decode(data []byte, enc string) ([]byte, string, error) {
	switch strings.ToLower(enc) {
	case "", "auto":
	case "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			return nil, "", errors.New("not valid UTF-8 text")
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
		if !utf8.Valid(data) {
			return nil, "", errors.New("starts with a UTF-8 byte order mark but is not valid UTF-8")
		}
		return data, "utf-8", nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeWith(data, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, "", errors.New("not a text file (it holds NUL bytes)")
	}
	if utf8.Valid(data) {
		return data, "utf-8", nil
	}
	gb, gbErr := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	b5, b5Err := traditionalchinese.Big5.NewDecoder().Bytes(data)
	gbScore, b5Score := score(gb, gbErr), score(b5, b5Err)
	switch {
	case gbScore < 0 && b5Score < 0:
		return nil, "", errors.New("not UTF-8, GB18030 or Big5 text")
	case b5Score > gbScore:
		return b5, "big5", nil
	}
	return gb, "gb18030", nil
}

func decodeWith(data []byte, e encoding.Encoding, name string) ([]byte, string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", fmt.Errorf("not valid %s text: %v", name, err)
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		return nil, "", fmt.Errorf("not valid %s text: it holds bytes that are no %s character", name, name)
	}
	return out, name, nil
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
