package extract

import "testing"

// TestLecturerBody: the body in a guest speaker's title is a guest's, and the page's own name,
// given elsewhere, is the institution; a body whose head chairs, or whose member only attends,
// is read as before. Made-up rows.
func TestLecturerBody(t *testing.T) {
	for _, tc := range []struct {
		page, want string
	}{
		{"9月16日上午，校庆学术活动月在图书馆开幕。校党委书记李明主持开幕式并致辞。开幕式后，西山大学文学院院长王华教授在图书馆作了题为《社会调查》的报告。\n下午，学校邀请张平院士作了题为《为了宣城大学的发展》的报告。", "宣城大学"},
		{"9月16日上午，西山大学党委书记李明在图书馆作了题为《社会调查》的报告。", ""},
		{"9月16日上午，西山大学党委书记李明主持召开党委常委会。", "西山大学"},
		// the lead opens with the lecturer's body: a guest named after it is no host
		{"5月8日，东湖大学计算机学院院长张三在图书馆做了人工智能专题报告。北京大学李四教授出席。", ""},
		// the person named before the title (翻译学院的李华教授), the talk 做了, its titles holding a comma
		{"10月8日上午，我院中文系邀请部分校友为师生做了四场学术报告。同时，湖南西山外语大学翻译学院的李华教授在报告厅做了题为“人生有来世，还干教学”的学术报告。", ""},
		{"10月8日上午，我院中文系邀请部分校友为师生做了四场学术报告。同时，湖南西山外语大学翻译学院李华教授在报告厅做了题为“人生有来世”的学术报告。", ""},
		{"10月8日上午，我院中文系邀请部分校友为师生作了四场学术报告。同时，湖南西山外语大学翻译学院李华教授在报告厅作了题为“人生有来世，还干教学”的学术报告。", ""},
	} {
		px := &pageIndex{page: tc.page}
		if got := institution("", firstSentences(tc.page, 3), tc.page, px); got != tc.want {
			t.Errorf("institution(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
