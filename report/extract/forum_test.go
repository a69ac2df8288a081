package extract

import "testing"

// TestPageDateForumProfile checks, on page heads written for it, that the date of a forum
// member's profile (每日心情, 签到天数) is never read as the page's date: a month and day in
// the text then gets no year from it.
func TestPageDateForumProfile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, head, want string
	}{
		{"a member's mood of the day", "楼主\n会员 TA的每日心情 | 愉快 2022-5-9 09:12 |\n签到天数: 12 天\n5月20日，东湖街道举办便民服务活动。", ""},
		{"a member's last login", "最后登录 2019-11-02 18:30\n3月2日，东湖医院召开会议。", ""},
		{"a post's own date stays the page's", "发表于 2021-4-6 10:20\n4月5日，东湖街道举办便民服务活动。", "2021-04-06"},
	}
	for _, tc := range tests {
		got, _ := pageDate(tc.head)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tc.want {
			t.Errorf("%s: pageDate = %q, want %q", tc.name, s, tc.want)
		}
	}
}
