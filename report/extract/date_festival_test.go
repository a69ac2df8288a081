package extract

import "testing"

// TestFestivalDay checks, on texts written for it, that a bare day on a page with no date takes
// its month from the fixed-day holiday its sentence names when the day is the holiday's own
// (雙十國慶……10日 is --10-10), and from nothing else: another day in the holiday's sentence,
// a holiday in another sentence, or a page's date that gives the month.
func TestFestivalDay(t *testing.T) {
	t.Parallel()
	checkDateRows(t, []dateRow{
		{"a bare day on the holiday's own day", "迎接雙十國慶，東湖縣政府10日上午在縣府前舉行升旗典禮，縣長親自與會。", "--10-10"},
		{"a bare day on 五一", "庆祝五一劳动节，东湖医院1日上午举行表彰大会，院长讲话。", "--05-01"},
		{"a bare day on Teachers' Day", "东湖大学10日举行教师节庆祝大会，校长致辞。", "--09-10"},
		{"another day in the holiday's sentence", "迎接国庆，东湖医院28日举行文艺汇演，院长致辞。", ""},
		{"the holiday in another sentence", "国庆节将至。东湖医院1日举行文艺汇演，院长致辞。", ""},
		{"a holiday's short name inside a school's name", "1日上午，八一中学在学校操场举行开学典礼，校长致辞。", ""},
		{"inside a road's name", "1日，国庆路小学召开家长会，校长讲话。", ""},
		{"a building's number is no day", "迎接国庆，东湖医院1号楼28日举行文艺汇演，院长致辞。", ""},
		{"a day trip is no day", "喜迎国庆，东湖商场推出1日游活动，28日举行启动仪式，经理致辞。", ""},
		{"双十一 is no 雙十", "10日，东湖商城在双十一前夕召开消防安全会议，经理讲话。", ""},
		{"a page's date gives the month", "发布时间：2024-09-03\n迎接国庆，东湖医院1日举行升旗仪式，院长致辞。", "2024-09-01"},
	})
}
