package extract

import (
	"strconv"
	"time"

	"github.com/jianbao/jianbao/report/period"
)

var (
	// reCompactStamp is a date written as eight digits and its time of posting right after it,
	// as a wire service stamps its releases ((中央社訊息服務20230901 16:17:54)): the page's date.
	// Eight digits with no time (an order or a serial number, 20230901001) are not read.
	reCompactStamp = lazyRE(`(?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})[ \t　]+\d{1,2}:\d{2}(?::\d{2})?(?:\D|$)`)
	// reMinguoFoot is a Minguo date written with dots closing a line, alone or after a closing
	// bracket (……秘書室編輯上稿)114.3.27), as Taiwan's sites sign a page at its foot: the page's
	// date. A dotted number inside a line (版本 1.2.3, 第114.3條) is not read, nor is a year
	// outside 100–119 (2011–2030).
	reMinguoFoot = lazyRE(`(?m)(?:^|[)）\]】][ \t　]*)(1[01]\d)\.(\d{1,2})\.(\d{1,2})[ \t　]*$`)
)

// stampDay reads the page's date from a wire service's compact stamp or a Minguo date at a
// line's end (reCompactStamp, reMinguoFoot); the zero time when head has neither, or the date
// is no calendar day.
func stampDay(head string) time.Time {
	if m := reCompactStamp.FindStringSubmatch(head); m != nil {
		if t, err := period.ParseDate(m[1] + "-" + m[2] + "-" + m[3]); err == nil {
			return t
		}
	}
	if m := reMinguoFoot.FindStringSubmatch(head); m != nil {
		n, _ := strconv.Atoi(m[1])
		if t, err := period.ParseDate(strconv.Itoa(n+1911) + "-" + m[2] + "-" + m[3]); err == nil {
			return t
		}
	}
	return time.Time{}
}
