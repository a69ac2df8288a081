package extract

import "testing"

// TestShortMinguoYear checks, on texts written for it, that a Minguo year of two digits before a
// month and a day (96年10月22日) dates the event on a page in traditional script, and is left
// alone on a page in simplified script or inside a longer number.
func TestShortMinguoYear(t *testing.T) {
	t.Parallel()
	checkDateRows(t, []dateRow{
		{"a listed session with a two-digit Minguo year", "活動日期及地點:\n1.96年10月22日(一)9:00~9:30 大廳\n本院舉辦衛生教育講座，由護理部主講，民眾踴躍參與。", "2007-10-22"},
		{"民國 and a two-digit year opening the lead", "東湖醫院於民國99年3月5日舉辦健康講座，院長致詞，民眾踴躍參與。", "2010-03-05"},
		{"a two-digit year on a page in simplified script gives no day", "东湖医院于98年3月5日举办健康讲座，院长致辞，群众踊跃参与。", ""},
		{"nor is its month and day dated in the page's year", "东湖中学校庆\n发布日期：2024年5月10日\n东湖中学96年10月22日创校。今年5月8日，学校举行校庆。", "2024-05-08"},
		{"a Taiwan page naming Hong Kong", "東湖中學校慶\n發布日期：2024年5月10日\n東湖中學96年10月22日創校。今年5月8日，學校舉行校慶，香港校友會代表出席。", "2024-05-08"},
		{"a Hong Kong or Macau page's two-digit year is no Minguo year", "澳門東灣同鄉會於99年12月20日舉行慶祝澳門回歸典禮，會長致辭。", ""},
		{"a year of the common era is read as written", "東湖醫院於1996年3月5日舉辦健康講座，院長致詞，民眾踴躍參與。", "1996-03-05"},
	})
}
