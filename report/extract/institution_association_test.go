package extract

import "testing"

// TestAssociationHost: an association the lead's first clause says holds the event, named in the
// headline too, is the page's host; one the headline does not name, or one that only attends, is
// not. Made-up rows.
func TestAssociationHost(t *testing.T) {
	for _, tc := range []struct{ title, opening, want string }{
		{"澳門東山同鄉會新一屆理事就職", "澳門東山同鄉會新一屆理事就職\n\n【特訊】澳門東山同鄉會昨晚假東海酒樓舉辦成立二十週年會慶暨理事就職典禮。\n\n多位嘉賓出席典禮。", "澳門東山同鄉會"},
		{"慶祝西港商會成立30周年", "西港商會5月2日在會展中心舉行慶祝成立30周年酒會，會長李明致辭。", "西港商會"},
		{"東海大學舉辦校友日", "東山同鄉會5月2日在東海大學舉行聯歡會，會長李明致辭。", ""},
		{"慶祝西港商會成立30周年", "5月2日，多位嘉賓出席西港商會酒會，會長李明致辭。", ""},
		{"", "西港商會5月2日在會展中心舉行慶祝酒會。", ""},
		{"东湖市政治协商会议常委会召开", "东湖市政治协商会议常委会昨日在市会议中心召开。", ""},
		{"東灣大學會計學會舉辦講座", "東灣大學會計學會昨日在禮堂舉辦講座。", ""},
	} {
		if got := associationHost(tc.title, tc.opening); got != tc.want {
			t.Errorf("associationHost(%q, %q) = %q, want %q", tc.title, tc.opening, got, tc.want)
		}
	}
	page := "慶祝西港商會成立30周年\n西港商會5月2日在會展中心舉行慶祝成立30周年酒會，會長李明致辭。西港商會將繼續服務會員。"
	if got := Extract(page, Options{}).Summary.Institution; got != "西港商會" {
		t.Errorf("Extract(%q).Institution = %q, want %q", page, got, "西港商會")
	}
}
