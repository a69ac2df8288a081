package extract

import "testing"

// TestSeveralPreside checks that a page on which several people are said to preside —
// together, separately, or each over a part of what it tells — names no chair, and that one
// person said to preside more than once is the chair.
func TestSeveralPreside(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want, role string }{
		{"a list after 由, each name with a title after it", "3月5日，启用仪式举行。仪式由社会局张明远局长、卫生局李华东局长及东湖医院王强生院长主持。", "", ""},
		{"two preside separately", "3月5日，学术月在两个校区同时开幕。校党委书记王明德、副校长李国华分别主持了两个校区的开幕式。", "", ""},
		{"one after the other", "3月5日，学校召开推进会。校党委书记王明德、校长李国华先后主持会议。", "", ""},
		{"each over a part of the event", "3月5日上午，学术月开幕式举行，开幕式由校长王明德主持。下午的报告会由副校长李国华主持。", "", ""},
		{"a delegation's hosts each preside on their own visits", "3月5日，东湖学院代表团访问两所大学。在西岭大学，由西岭大学校长王明德亲自主持座谈会。在南山大学，由南山大学党委书记李国华亲自主持座谈会。", "", ""},
		{"one presides twice", "3月5日上午，学术月开幕式举行，开幕式由校长王明德主持。下午的报告会也由校长王明德主持。", "王明德", "校长"},
		{"one presides over two sessions: 分别 with one name", "3月5日，学院召开教学工作会议。副院长王明德分别主持了上午和下午的讨论。", "王明德", "副院长"},
		{"in person, the event's word and 由 before the title", "3月5日，代表团访问西岭大学，此行由西岭大学校长王明德亲自主持座谈会。", "王明德", "西岭大学校长"},
	}
	for _, tt := range tests {
		got, role := "", ""
		if c := Extract(tt.text, Options{}).Summary.Chair; c != nil {
			got, role = c.Name, c.Role
		}
		if got != tt.want || role != tt.role {
			t.Errorf("%s: chair %q (%q), want %q (%q)", tt.name, got, role, tt.want, tt.role)
		}
	}
}
