package extract

import (
	"fmt"
	"testing"
)

// TestSpeakerRoles checks, on sentences written for it, the title each speaker is given: their
// own, never words before it that name someone else (甲和院长乙: 乙's title is 院长).
func TestSpeakerRoles(t *testing.T) {
	t.Parallel()
	const lead = "3月5日上午，东湖医院召开年度工作大会。"
	tests := []struct {
		name, text string
		want       []string // name/title
	}{
		{"a name without a title before 和", "王刚和院长李华先后致辞。", []string{"王刚/", "李华/院长"}},
		{"titled names joined by 和", "副校长张明和院长李华先后致辞。", []string{"张明/副校长", "李华/院长"}},
		{"titled names joined by 、", "党委书记张明、校长李华先后讲话。", []string{"张明/党委书记", "李华/校长"}},
		{"an office before the second title", "院长张明、党办主任李华分别讲话。", []string{"张明/院长", "李华/党办主任"}},
		{"和 inside a unit's name stays in the title", "人力资源和社会保障局局长李华讲话。", []string{"李华/人力资源和社会保障局局长"}},
		{"a title and a name opening the sentence", "院长李华致辞。", []string{"李华/院长"}},
		// Review 11, finding 10: 在 of 在读 is part of the title, no preposition.
		{"在职 opens the title", "在职教师刘小洋发言。", []string{"刘小洋/在职教师"}},
		{"在 before a title is a preposition", "在会上，院长刘洋讲话。", []string{"刘洋/院长"}},
		// Review 11, finding 29: a speech relayed as a document names no speaker of the event.
		{"a speech relayed as a document, the headline's order", "王明院士讲话精神传达会召开。党委书记刘洋主持并讲话。", []string{"刘洋/党委书记"}},
		// Review 11, finding 32: an adverb after a noun that may be a title (学生齐声) read as a name.
		{"学生 as a subject, then adverbs", "学生齐声表示感谢，学生单独发言，学生代表刘洋致辞。", []string{"刘洋/学生代表"}},
		{"领导, 来宾, 博士 and 贵宾 as subjects", "院领导单独发言，来宾齐声称赞，博士单独汇报，贵宾齐声表示感谢。", nil},
		{"traditional 學生 as a subject", "學生齊聲表示感謝，學生單獨發言。", nil},
		{"a name of two after 博士 before a verb", "医学博士王明作报告。", []string{"王明/医学博士"}},
		{"names of two in a list after 学生", "学生王华、李强先后发言。", []string{"王华/学生", "李强/"}},
		// Review 11, finding 15: a bureau's name after a place's name read as a person before the title.
		{"a place, a bureau and its head", "东湖县农业局长致辞，东湖市文化馆长讲话。", nil},
		{"a place, a health centre and a bureau with their heads", "东湖镇卫生院长讲话，东湖区商务局副局长发言。", nil},
		{"a place, a person and the place's head", "东湖区李华区长讲话。", []string{"李华/区长"}},
		{"traditional: a place, a bureau and its head", "東湖縣農業局長致詞，台南市陳大文市長致詞。", []string{"陳大文/市長"}},
		// Review 11, finding 11: a word after a name (应邀) read as a name after the title 博士.
		{"博士 after a name, then 应邀", "李明博士应邀作报告。", []string{"李明/博士"}},
		// Review 13, finding 3: 先生 and 女士 follow a name; printed before it as its title
		// they make no Chinese (先生某某). The title before the name, or none.
		{"先生 and 女士 are no titles", "退休教师代表孙立群女士发言，赵海先生致辞，赵先生表示要多联系。", []string{"孙立群/退休教师代表", "赵海/"}},
		{"a guest's title after the verb inviting him, before 先生", "学院今年特别邀请前副院长钱立群先生作讲座。", []string{"钱立群/前副院长"}},
		{"review 13, finding 3", "校友代表张明先生发言，王丽女士介绍了创业经历。", []string{"张明/校友代表", "王丽/"}},
		// heldout15: a body's short form in 办 before a title (安办主任) read as a person's name.
		{"a body's short form in 办 before a title", "县安委会副主任、安办主任吉克伍沙同志通报情况，县长高峰讲话。", []string{"高峰/县长"}},
		{"traditional 辦 before a title", "縣安委會副主任、安辦主任吉克伍沙同志通報情況，縣長高峰講話。", []string{"高峰/縣長"}},
		// heldout15: a count's measure word (761位新同学) read as a family name before 同学.
		{"a count's measure word before 同学", "院长彭小红致辞，向761位新同学表示欢迎，两位新老师表示感谢。", []string{"彭小红/院长"}},
		// heldout15: an adverb in 地 after a title (副主任委员简短地介绍) read as a name.
		{"an adverb in 地 after a title", "院长李华致辞，主任简短地介绍了学习制度，委员高度地评价了工作。", []string{"李华/院长"}},
		{"traditional 博士 after a name, then 應邀; 親臨", "西湖學院李明博士應邀主講。台南市陳大文市長親臨致詞。", []string{"李明/博士", "陳大文/市長"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Extract(lead+tt.text, Options{}).Summary.Speakers {
			got = append(got, p.Name+"/"+p.Role)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: speakers %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestChairRole checks, on sentences written for it, the title the chair is given.
func TestChairRole(t *testing.T) {
	t.Parallel()
	const lead = "东湖大学举办学术讲座\n3月5日上午，东湖大学举办学术讲座。"
	tests := []struct{ name, text, want string }{
		// Review 11, finding 10: 在 of 在读 is part of the title, no preposition.
		{"在读 opens the title", "医学博士王明作报告。在读博士生刘洋主持。", "刘洋/在读博士生"},
		{"会议由 before the title", "会议由副院长刘洋主持。", "刘洋/副院长"},
		// Review 11, finding 27: a reporter's sentence joined to the next line is no title.
		{"a sentence with no stop joined to the next line", "会议取得圆满成功。记者王明现场采访了多位代表\n院长刘洋主持会议。", "刘洋/院长"},
	}
	for _, tt := range tests {
		got := ""
		if c := Extract(lead+tt.text, Options{}).Summary.Chair; c != nil {
			got = c.Name + "/" + c.Role
		}
		if got != tt.want {
			t.Errorf("%s: chair %q, want %q", tt.name, got, tt.want)
		}
	}
}
