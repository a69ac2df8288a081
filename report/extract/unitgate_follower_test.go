package extract

import "testing"

// TestEndsPhraseFollowers: a name ends its noun phrase before the preposition 以 that opens the
// means its subject acts by (but not 以来, 以后, 以上: a time or an amount), before a verb of
// co-organising, preparing, mobilising or pairing (合办, 筹办, 发动, 结对), and before its
// volunteers (义工); a word that goes on the noun (建设, 改革) still makes the name a modifier.
// Each row is made up for the test.
func TestEndsPhraseFollowers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rest string
		want bool
	}{
		{"以“服务月”活动为抓手，组织党员", true},
		{"以作风建设为抓手", true},
		{"以来，医院发展迅速", false},
		{"以后将继续合作", false},
		{"以上人员参加", false},
		{"合辦的研討會", true},
		{"筹办了这次活动", true},
		{"发动党员参加义诊", true},
		{"结对共建开展活动", true},
		{"義工設計和佈置會場", true},
		{"建设取得成效", false},
		{"改革发展大计", false},
	} {
		if got := endsPhrase("", c.rest); got != c.want {
			t.Errorf("endsPhrase(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}
