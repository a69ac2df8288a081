package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestInstitutionStart checks, on leads written for it, where the institution's name starts: a
// credit or a wire dateline opening the lead is not read into it (the name starts after the
// brackets or the dateline), and a party branch's city before the party's name is (常州民盟…).
func TestInstitutionStart(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"a reporter's credit in brackets opening the lead", "（西湖晚报记者 李青）东湖大学昨日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a wire dateline and a credit opening the lead", "西湖网东湖4月9日电（记者 李青）东湖大学9日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a wire dateline run into the lead", "西湖网东湖4月9日电东湖大学9日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a party's branch named after its city first", "6月3日上午，常州民盟金坛区支部在区文化馆召开换届筹备会议，全体盟员参加会议。", "常州民盟金坛区支部"},
		{"a government named by its place", "東湖新聞網記者王明/台中報導\n2023.10.10\n台中縣政府表示，縣府今天舉辦國慶升旗典禮，吸引民眾參與。", "台中縣政府"},
		{"a government's name is not read from a clause before it", "3月5日，县政府召开常务会议，安排部署下一阶段县政府重点工作。", ""},
		{"a state company's engineering bureau", "3月29日，中建九局东湖项目党支部联合东湖街道党工委开展植树活动。", "中建九局"},
		{"a bureau followed by its own company is not the host alone", "6月2日，中建九局三公司东湖项目部开展安全生产月活动。", ""},
		{"a nickname in quotes inside the name stays", "4月9日，东湖供电公司“小灯泡”志愿服务队在社区开展义务维修活动。", "东湖供电公司"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Summary.Institution; got != tt.want {
			t.Errorf("%s: institution %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShortUniversity checks, on pages written for it, that a university the page names only
// by its short form is written so when the headline or the lead names it at a boundary and the
// page uses it again and again, and that no other 某大 is.
func TestShortUniversity(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"the headline's short form, used throughout", "嶺大新生入學禮 校長勉勵新生\n2024-09-02 00:00\n嶺大昨日舉行新生入學禮，校長致辭。他表示，嶺大的學生要心懷希望，嶺大將繼續支持學生。", "嶺大"},
		{"named once only", "嶺大新生入學禮 校長勉勵新生\n2024-09-02 00:00\n新生入學禮昨日舉行，校長致辭，勉勵新生心懷希望。", ""},
		{"a person named with a title", "签约仪式举行\n2024-09-02\n严大林校长在仪式上致辞\n9月1日，我校与东湖区人民政府签署合作协议，校长严大林出席。严大林表示，双方将深化合作。", ""},
		{"a count of ten is no university", "十大新闻评选揭晓\n2024-09-02\n十大新闻由师生投票选出。十大新闻中，有三条与科研有关；十大新闻将在校园展出。", ""},
		{"各大 before a noun: every hospital", "各大医院启动义诊周活动\n3月12日，各大医院启动义诊周活动。各大医院专家走进社区，各大医院共派出专家300名。", ""},
		{"各大 before a noun, traditional", "各大醫院啟動義診週活動\n3月12日，各大醫院啟動義診週活動。各大醫院專家走進社區，各大醫院共派出專家300名。", ""},
		{"a street named 东大街", "东大街社区举办邻里节\n3月12日，东大街社区举办邻里节。东大街居民200余人参加，东大街社区主任王明致辞。东大街今年还将举办更多活动。", ""},
		{"a night market named 東大門", "東大門夜市舉辦美食節\n3月12日，東大門夜市舉辦美食節。東大門商圈業者200家參加，東大門今年還將舉辦更多活動。", ""},
		{"本科 and 大一, a student's year", "本科大一新生入学教育启动\n3月6日，本科大一新生入学教育启动。本科大一学生3000人参加，本科大一辅导员王明主持。", ""},
		{"中大型, a size", "中大型医院院长培训班开班\n3月6日，中大型医院院长培训班开班，中大型医院院长100人参加。中大型医院管理经验交流会同期举行。", ""},
		{"the short form before a mark and 的", "港大舉行開學典禮\n3月6日，港大舉行開學典禮。校長致辭時表示，港大的學生應關心社會，港大，是大家的家。", "港大"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, Options{}).Summary
		if s.Institution != tt.want {
			t.Errorf("%s: institution %q, want %q", tt.name, s.Institution, tt.want)
		}
		if tt.want == "" && utf8.RuneCountInString(s.Unit) <= 3 && strings.Contains(s.Unit, "大") {
			t.Errorf("%s: unit %q, a short form that is none", tt.name, s.Unit)
		}
	}
}

// TestWireLeadWord checks, on leads written for it, that a lead opening with a subject, a day and
// a word that starts with 电 (电子, 电网, 電機, 电话, 电梯) keeps that word whole: no wire dateline
// is cut off it, so no unit or figure label starts inside the word; a real dateline still goes.
func TestWireLeadWord(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, unit string }{
		{"电子 after the day", "东湖大学电子信息学院召开会议\n东湖大学3月12日电子信息学院召开教学工作会议。", "东湖大学电子信息学院"},
		{"电网 after the day", "东湖市供电公司举行开工仪式\n东湖市供电公司3月5日电网改造工程正式开工。", "东湖市供电公司"},
		{"電機 after the day, traditional", "東湖大學舉辦研討會\n東湖大學3月6日電機工程學系舉辦研討會，系主任陳大文主持。", "東湖大學"},
		{"电话 after the day", "东湖医院开展随访\n东湖医院3月6日电话随访患者200余人次。", "东湖医院"},
		{"电梯 after a community's day", "东湖社区开展改造\n东湖社区3月12日电梯改造工程启动，社区主任王明主持。", "东湖社区"},
		{"a wire dateline run into the lead", "东湖大学运动会开幕\n西湖网东湖4月9日电东湖大学9日在体育馆举行运动会，校长致辞。", "东湖大学"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, Options{Year: 2025}).Summary
		if s.Unit != tt.unit {
			t.Errorf("%s: unit %q, want %q", tt.name, s.Unit, tt.unit)
		}
		var parts []string
		parts = append(parts, s.UnitsInvolved...)
		for _, f := range s.Figures {
			parts = append(parts, f.Label)
		}
		for _, p := range parts {
			if i := strings.Index(tt.text, p); i > 0 {
				if prev, _ := utf8.DecodeLastRuneInString(tt.text[:i]); prev == '电' || prev == '電' {
					t.Errorf("%s: %q starts inside a word with 电", tt.name, p)
				}
			}
		}
	}
}

// TestInvitedBy checks, on leads written for it, that 应 of 应某某邀请 (at the invitation of) is
// not read into the name after it, and that names which start with 应 (应城市, 应急管理局,
// 应用技术学院) keep it.
func TestInvitedBy(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, inst, unit string }{
		{"应 before the inviting university", "王明教授来校讲座\n3月6日，应东湖大学邀请，西湖学院著名学者作了题为《人工智能》的讲座。", "", ""},
		{"應 before the inviting university, traditional", "王明教授來校講座\n3月6日，應東湖大學之邀，西湖學院著名學者作了講座。", "", ""},
		{"a city whose name starts with 应", "应城市人民医院召开会议\n3月6日，应城市人民医院召开职工大会，院长王明主持。", "应城市人民医院", "应城市人民医院"},
		{"a bureau whose name starts with 应", "应急管理局召开会议\n3月6日，应急管理局召开会议。", "", "应急管理局"},
	}
	for _, tt := range tests {
		s := Extract(tt.text, Options{Year: 2025}).Summary
		if s.Institution != tt.inst || s.Unit != tt.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", tt.name, s.Institution, s.Unit, tt.inst, tt.unit)
		}
		for _, u := range s.UnitsInvolved {
			if strings.HasPrefix(u, "应东") || strings.HasPrefix(u, "應東") {
				t.Errorf("%s: unit involved %q holds 应 of 应…邀请", tt.name, u)
			}
		}
	}
}
