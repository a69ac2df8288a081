package extract

import "testing"

// TestChairCoordinateAndPost: two names joined as one subject of 主持 (no adverb of several)
// name no chair; one named after 由 with 擔任主席 presides; a 主席 post held is no presiding.
func TestChairCoordinateAndPost(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, text, want string }{
		{"two alumni host together, joined by 、", "5月18日，校友返校日登場。畢業30年校友游明志、曾文嵐在活動中擔任主持，帶大家重溫回憶。", ""},
		{"two joined by 和", "3月5日，学院召开座谈会。院长王明德和副院长李国华主持会议。", ""},
		{"one presides, another attends", "3月5日，学院召开座谈会，院长王明德主持会议，副院长李国华出席。", "王明德"},
		{"a chair given by 由 with 擔任主席", "本校護理系於5月7日舉辦加冠典禮。典禮由護理系主任黃美玲擔任主席，全體師生參加。", "黃美玲"},
		{"a 主席 post held, not given by 由", "5月7日，協會舉辦年會。黃美玲曾擔任協會主席，全體會員參加。", ""},
		{"由 and 擔任主席團 members", "5月7日，大會舉行。由黃美玲擔任主席團成員，全體會員參加。", ""},
	} {
		got := ""
		if p := Extract(c.text, Options{}).Summary.Chair; p != nil {
			got = p.Name
		}
		if got != c.want {
			t.Errorf("%s: chair %q, want %q", c.name, got, c.want)
		}
	}
}
