package extract

import "testing"

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
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Summary.Institution; got != tt.want {
			t.Errorf("%s: institution %q, want %q", tt.name, got, tt.want)
		}
	}
}
