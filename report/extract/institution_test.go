package extract

import "testing"

// TestInstitutionAfterCredit checks, on leads written for it, that a credit or a wire dateline
// opening the lead is not read into the name of the institution that follows it: the name
// starts after the brackets or the dateline.
func TestInstitutionAfterCredit(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"a reporter's credit in brackets opening the lead", "（西湖晚报记者 李青）东湖大学昨日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a wire dateline and a credit opening the lead", "西湖网东湖4月9日电（记者 李青）东湖大学9日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a wire dateline run into the lead", "西湖网东湖4月9日电东湖大学9日在体育馆举行运动会，校长致辞。", "东湖大学"},
		{"a nickname in quotes inside the name stays", "4月9日，东湖供电公司“小灯泡”志愿服务队在社区开展义务维修活动。", "东湖供电公司"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{}).Summary.Institution; got != tt.want {
			t.Errorf("%s: institution %q, want %q", tt.name, got, tt.want)
		}
	}
}
