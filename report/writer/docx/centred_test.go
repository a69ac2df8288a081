package docx

import (
	"strings"
	"testing"

	"github.com/jianbao/jianbao/report/doc"
)

// TestCentredPunctuation: a document in traditional script whose marks sit centred (Taiwan, Hong
// Kong: doc.PunctCentred) asks Word and LibreOffice not to compress punctuation and names its
// Chinese zh-TW; a GB document compresses and is zh-CN.
func TestCentredPunctuation(t *testing.T) {
	for _, tc := range []struct {
		lang, punct        string
		compress, eastAsia string
	}{
		{"zh-CN", doc.PunctGB, `<w:characterSpacingControl w:val="compressPunctuation"/>`, `w:eastAsia="zh-CN"`},
		{"zh-Hant", doc.PunctCentred, `<w:characterSpacingControl w:val="doNotCompress"/>`, `w:eastAsia="zh-TW"`},
	} {
		d := fixture()
		d.Meta.Lang, d.Punct = tc.lang, tc.punct
		parts := unzip(t, write(t, d))
		if settings := string(parts["word/settings.xml"]); !strings.Contains(settings, tc.compress) || !strings.Contains(settings, tc.eastAsia) {
			t.Errorf("%s: settings.xml lacks %s or %s", tc.lang, tc.compress, tc.eastAsia)
		}
		styles := string(parts["word/styles.xml"])
		if n, all := strings.Count(styles, tc.eastAsia), strings.Count(styles, `w:eastAsia="zh-`); n == 0 || n != all {
			t.Errorf("%s: %d of the %d Chinese languages in styles.xml are %s", tc.lang, n, all, tc.eastAsia)
		}
	}
}
