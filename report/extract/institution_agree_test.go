package extract

import "testing"

// TestPageWord checks that the word a phrase opens with is the longest prefix the page opens
// phrases with often enough and follows with different characters, and that a line repeated
// whole (a headline shown three times) is no word.
func TestPageWord(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, s, page, want string }{
		{"a bureau the page keeps naming",
			"醫管局舉辦活動",
			"醫管局舉辦活動\n醫管局舉辦活動\n醫管局舉辦活動\n有職員獻唱、醫管局中樂團演奏。", "醫管局"},
		{"an abbreviation after a caption mark",
			"臺中榮總歲末送暖",
			"▲臺中榮總歲末送暖\n臺中榮總繼去年義診之後，再度到鄉。\n臺中榮總為配合義診，調派人力。", "臺中榮總"},
		{"named twice: too few",
			"東湖醫院召開會議",
			"東湖醫院召開會議\n東湖醫院院長講話。", ""},
		{"a headline repeated whole is followed by one thing only",
			"東湖醫院召開會議",
			"東湖醫院召開會議\n東湖醫院召開會議\n東湖醫院召開會議\n", ""},
		{"inside a word it does not open a phrase",
			"湖醫院召開會議",
			"東湖醫院召開會議，東湖醫院院長講話，東湖醫院職工參加。", ""},
	}
	for _, tt := range tests {
		if got := pageWord(tt.s, tt.page); got != tt.want {
			t.Errorf("%s: pageWord %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestAgreedName checks which words a page agrees on are a body's name: one ending in a body's
// word or a place and a word of its own, not a word for a kind, a person or a part of a body
// (whose body is named instead, when the page names it), and not a name the page gives longer.
func TestAgreedName(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, w, page, want string }{
		{"a bureau", "醫管局", "醫管局舉辦活動。", "醫管局"},
		{"a college", "東華學院", "東華學院命名實驗室。", "東華學院"},
		{"a place and a word of its own", "臺中榮總", "臺中榮總義診。", "臺中榮總"},
		{"a party's committee", "联合三支委会", "联合三支委会开展支部活动。", "联合三支委会"},
		{"a word for a kind", "党员们", "党员们参观。党员们学习。", ""},
		{"a meeting", "会议", "会议指出。会议强调。", ""},
		{"a part of a body the page names", "台灣中油公司煉製事業部", "台灣中油公司煉製事業部舉辦捐血活動。台灣中油公司表示。", "台灣中油公司"},
		{"a part of no body named", "教务处", "教务处召开会议。", ""},
		{"a school's college", "艺术学院", "上一篇：学校召开推进会\n艺术学院师生作品入选。艺术学院院长表示。", ""},
		{"cut from a longer name", "九三学社", "九三学社泰安市委召开会议。九三学社泰安市委主委讲话。", ""},
	}
	for _, tt := range tests {
		if got := agreedName(tt.w, &pageIndex{page: tt.page}); got != tt.want {
			t.Errorf("%s: agreedName(%q) %q, want %q", tt.name, tt.w, got, tt.want)
		}
	}
}

// TestInstitutionByAgreement checks, on pages written for it (after 346, 359, 373, 355 and
// 337 of the twelfth and eleventh collections), that the body the headline or the lead opens
// with and the page keeps naming is the institution, whatever its institutional word: before a
// hospital the lead names first, before a hospital named in passing, and in its whole name
// where a shorter name was found inside it.
func TestInstitutionByAgreement(t *testing.T) {
	t.Parallel()
	checkInstitutions(t, []instRow{
		{"the headline's holder before the hospitals of the lead",
			"西岭局舉辦多項活動迎新春\n\n2026年02月15日\n\n農曆新年將至，南山兒童醫院、北山醫院的醫護人員為病人安排活動。\n南山兒童醫院在大堂舉行音樂會，西岭局中樂團演奏傳統曲目。\n北山醫院義工佈置禮物車。\n西岭局表示，活動將持續舉行。",
			"西岭局"},
		{"an abbreviation the page keeps opening with",
			"高雄榮總歲末送暖到客庄\n\n高雄榮總繼去年到北鄉義診之後，二十九日再度到西湖鄉提供義診服務。副縣長頒發獎座感謝高雄榮總。\n高雄榮總為配合義診，調派人力布置診間；部立北山醫院派員協助。",
			"高雄榮總"},
		{"a college named by no suffix list",
			"東岭學院 » 公共事務\n\n東岭學院命名電腦實驗室\n\n東岭學院自2010年成立以來，歷年獲得各界支持。\n命名典禮於今天舉行，由東岭學院校長主持。",
			"東岭學院"},
		{"the lead's holder over another name for it in the headline",
			"北山醫院紀念140周年活動\n\n【本報訊】仁和綜合醫院於昨日舉行140周年郵品發行儀式，儀式由衛生局局長及仁和綜合醫院院長主持。\n院長致辭時表示，仁和綜合醫院自發展至今已成為現代化醫院。\n仁和綜合醫院前身是一間軍人醫院。",
			"仁和綜合醫院"},
		{"a school of a university named whole",
			"南海大學專業進修學院 畢業典禮\n\n南海大學專業進修學院今日在南海大學邵逸夫堂舉行畢業典禮，南海大學副校長蒞臨主禮。\n南海大學專業進修學院院長致辭。",
			"南海大學專業進修學院"},
	})
}

// TestAgreedPart checks, on pages written for it (after 348 of the twelfth collection and 296
// and 311 of the tenth), that the part of the institution the lead's holding sentence opens
// with, and the page keeps naming, is the organizing unit in its fullest form, and that a part
// of another body or a part named once is not.
func TestAgreedPart(t *testing.T) {
	t.Parallel()
	checkInstUnits(t, []instUnitRow{
		{"a company's division named with a short form of the company",
			"東岭自來水公司成立已50年。為慶祝五十周年，東水二區處於今日擇大湳給水廠，舉辦淨水參訪活動。\n現場展示參與東水二區處重要建設的看板。\n東水二區處將持續供應自來水。",
			"東岭自來水公司", "東水二區處"},
		{"the fuller form in the body for the headline's",
			"西電新竹區營業處座談 宣導用戶預防措施\n\n西電新竹區營業處表示，為防止事故，呼籲民眾注意。\n西電公司新竹區營業處20日下午舉辦新聞媒體聯誼座談，由西電公司新竹區營業處蔡蓮州處長主持，與會人員包括記者以及西電公司新竹區營業處相關主管人員。",
			"西電公司", "西電公司新竹區營業處"},
		{"a part named once holds nothing by agreement",
			"東岭自來水公司成立已50年。為慶祝五十周年，東水二區處於今日擇大湳給水廠，舉辦淨水參訪活動。\n東岭自來水公司表示將持續供應自來水。",
			"東岭自來水公司", "東岭自來水公司"},
	})
}

// TestOwnerPrefix checks how much of a part's name is its body's name or a short form of it.
func TestOwnerPrefix(t *testing.T) {
	t.Parallel()
	tests := []struct{ w, inst, want string }{
		{"台灣中油公司煉製事業部", "台灣中油公司", "台灣中油公司"},
		{"台水二區處", "台灣自來水公司", "台水"},
		{"東湖區教育局", "東岭大學", ""},
		{"中油公司煉製事業部", "台灣中油公司", ""},
	}
	for _, tt := range tests {
		if got := tt.w[:ownerPrefix(tt.w, tt.inst)]; got != tt.want {
			t.Errorf("ownerPrefix(%q, %q): %q, want %q", tt.w, tt.inst, got, tt.want)
		}
	}
}
