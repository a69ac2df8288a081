package script

import "testing"

func TestOf(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in   string
		want Mode
	}{
		{"圖書館舉辦讀書月活動，參會人員八十餘人。", Traditional},
		{"图书馆举办读书月活动，参会人员八十余人。", Simplified},
		{"范先生在台北", Keep},            // both scripts write every character
		{"Library week 2024", Keep}, // no Chinese at all
		{"", Keep},
		{"學院召开会议，討論课程", Simplified}, // 学 is missing: 召开会议课程 outnumber 學討論
		{"公里、鄰里與皇后", Traditional},   // 鄰 and 與 tell; 里, 后 tell nothing
	} {
		if got := Of(c.in); got != c.want {
			s, tr := Count(c.in)
			t.Errorf("Of(%q) = %v (simplified %d, traditional %d), want %v", c.in, got, s, tr, c.want)
		}
	}
}

func TestConvertForeign(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		m        Mode
		in, want string
	}{
		// The tool's own words become traditional.
		{Traditional, "参会人员", "參會人員"},
		{Traditional, "工作简报", "工作簡報"},
		{Traditional, "较上期增加3篇", "較上期增加3篇"},
		// Traditional text stays as written: the surnames 范 and 余, 台, 鄰里 and 干預 are
		// traditional as they are (Convert writes 範, 餘, 臺, 鄰裡, 幹預).
		{Traditional, "范老師與余主任在台北談鄰里、干預", "范老師與余主任在台北談鄰里、干預"},
		// A simplified word in traditional text: only its simplified characters change.
		{Traditional, "范老師来访", "范老師來訪"},
		// A phrase holding a simplified character chooses for the characters both write.
		{Traditional, "关于本月工作数据的说明", "關於本月工作數據的說明"},
		// A limit: the conversion reads 其余人员 as 其, 余人 (a phrase, and a name's start), 员, so
		// 余 stays as written.
		{Traditional, "其余人员", "其余人員"},
		// 余 and 万 after a digit are quantity words; 余人傑 is a name (余人 is a phrase of the
		// tables: 餘人), and 于 alone a surname.
		{Traditional, "50余人，1.2万元", "50餘人，1.2萬元"},
		{Traditional, "余人傑與于老師", "余人傑與于老師"},
		{Traditional, "工作群", "工作群"},
		// Quotation marks are left as written.
		{Traditional, "“读书月”", "“讀書月”"},
		{Simplified, "參會人員", "参会人员"},
		{Simplified, "范老师与余主任", "范老师与余主任"},
		{Simplified, "「讀書月」", "「读书月」"},
		{Keep, "参会人员與會", "参会人员與會"},
		{Traditional, "", ""},
		{Traditional, "\xff参", "\ufffd參"},
	} {
		if got := c.m.ConvertForeign(c.in); got != c.want {
			t.Errorf("%v.ConvertForeign(%q) = %q, want %q", c.m, c.in, got, c.want)
		}
	}
}
