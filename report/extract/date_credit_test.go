package extract

import "testing"

// TestPaperCreditDay checks, on texts written for it, that a newspaper's credit for the story
// it printed (the day, the paper, its page, set off by slashes) is the story's own day on
// a page that reposts it later: 昨天 counts from the issue, not from the repost's stamp. A credit
// later than the page's date, credits of two days, or a report's name with a slash are none.
func TestPaperCreditDay(t *testing.T) {
	t.Parallel()
	const lead = "【記者王小明╱東湖報導】東湖大學企管系30名師生昨天騎單車出發，拜訪系友企業。"
	checkDateRows(t, []dateRow{
		{"a blog's later stamp above, the paper's credit closing the story", "2015/03/12 10:20:30瀏覽88|回應0\n" + lead + "系主任說，活動將延續。【2015-03-05/東湖日報/A4版/教育】", "2015-03-04"},
		{"the paper's credit on its own line at the foot", "2015/03/12 10:20:30瀏覽88|回應0\n" + lead + "\n2015-03-05 ╱東湖時報 ╱第B11版 ╱地方", "2015-03-04"},
		{"the paper's name before the issue's day", "发表于 2015-03-12 10:20\n东湖大学昨天组织师生骑行出发，拜访校友企业。\n东湖日报/2015年3月5日/第3版", "2015-03-04"},
		{"a credit on a line of its own dates no event", "发表于 2015-03-12 10:20\n东湖大学组织师生骑行出发，拜访校友企业。\n东湖日报/2015年3月5日/第3版", ""},
		{"the credit on a page with no date of its own", lead + "【2015-03-05/東湖日報/A4版/教育】", "2015-03-04"},
		{"a credit later than the page's date is no repost's source", "2015/03/05 10:20:30瀏覽88|回應0\n" + lead + "【2015-03-12/東湖日報/A4版/教育】", "2015-03-04"},
		{"credits of two days are a list of reports", "2015/03/12 10:20:30瀏覽88|回應0\n" + lead + "\n2015-03-05/東湖日報/A4版\n2015-03-01/西岭晚报/A2版", "2015-03-11"},
		{"a day and a source with no page are no paper's credit", "2015/03/12 10:20:30瀏覽88|回應0\n" + lead + "【2015-03-05/東湖大學新聞網】", "2015-03-11"},
		{"another story's credit in the related links", "发布时间：2015-03-10\n东湖大学昨天召开教学工作会议。\n相关报道：2015-03-01/东湖日报/第3版", "2015-03-09"},
		{"a credit followed by another story's headline", "发布时间：2015-03-10\n东湖大学昨天召开教学工作会议。\n2015-03-01/东湖日报/第3版 东湖大学启动本科教学改革试点", "2015-03-09"},
		{"a report's name ending in 报 with no page is no credit", "2015/03/12 10:20:30瀏覽88|回應0\n" + lead + "2015-03-05/情况通报", "2015-03-11"},
	})
}

// dateRow is a page written for a test of the event's date and the date wanted (realDate: the
// full date, or --MM-DD when no year is known, or "").
type dateRow struct{ name, text, want string }

// checkDateRows checks the date Extract reads from each row's page.
func checkDateRows(t *testing.T, rows []dateRow) {
	t.Helper()
	for _, r := range rows {
		if got := realDate(Extract(r.text, Options{})); got != r.want {
			t.Errorf("%s: date %q, want %q", r.name, got, r.want)
		}
	}
}
