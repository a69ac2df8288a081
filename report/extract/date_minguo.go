package extract

import "strconv"

// reShortMinguo is a Minguo year of two digits before a month and a day (96年10月22日, 民國
// 99年3月5日): Taiwan's years before the hundredth (2011) are written so. Only 60 to 99 (1971
// to 2010), the years a page on the web can report; not inside a longer number.
var reShortMinguo = lazyRE(`(^|[^\d])([6-9]\d)(\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號])`)

// reHongKongMacau names Hong Kong or Macau: a traditional page that does is not Taiwan's, and
// writes no Minguo years.
var reHongKongMacau = lazyRE(`香港|澳門|澳门|港澳|特區|特区|特別行政區`)

// shortMinguoYears writes a two-digit Minguo year before a month and a day (reShortMinguo) as
// the common era's year (96年10月22日 → 2007年10月22日), on a text in traditional script that
// names neither Hong Kong nor Macau; elsewhere (a page in simplified script, where 98年3月5日
// means 1998 if anything) such a date is read as none.
func shortMinguoYears(text string) string {
	if !reShortMinguo.MatchString(text) {
		return text
	}
	if !traditionalPage(text) || reHongKongMacau.MatchString(text) {
		// 98年3月5日 on a page in simplified script, or on one naming Hong Kong or Macau, is
		// 1998 or Minguo 98, which the page does not say: no day of it is read, rather than its
		// month and day in the page's year.
		return reShortMinguo.ReplaceAllString(text, "${1}某年某月某日")
	}
	return reShortMinguo.ReplaceAllStringFunc(text, func(s string) string {
		m := reShortMinguo.FindStringSubmatch(s)
		y, _ := strconv.Atoi(m[2])
		return m[1] + strconv.Itoa(y+1911) + m[3]
	})
}
