package extract

import (
	"testing"
)

// TestNamesReadAsCounts checks, on pages written for it (TRUTH18 F5), that a numeral inside a
// name counts nothing: a person's given name (院长胡三元), an organ numbered by its name
// (联合三支委会); while a measure word that counts its noun (两支医疗队, 三台设备) and a count of
// bodies in Hong Kong's 間 stay counts (the keep rows: controls, true with or without the rule).
func TestNamesReadAsCounts(t *testing.T) {
	t.Parallel()
	const head = "东湖医院召开工作会议\n2024-08-05\n8月5日，东湖医院召开工作会议。"
	checkFigureRows(t, []figureRow{
		{"a given name of a numeral and a measure word", head + "党委副书记、院长胡三元主持会议并讲话。", nil},
		{"an organ numbered by its name", "联合三支委会开展支部活动\n2024-07-01\n7月1日，联合三支委会组织党员开展支部活动。", nil},
		{"keep: an organ numbered by its name, 部", head + "会议听取了三支部委员会的工作汇报。", nil},
		{"keep: teams counted", head + "医院派出两支医疗队参加义诊。", []string{"医疗队=2支/"}},
		{"keep: machines counted", head + "医院新购置三台设备。", []string{"设备=3台/"}},
		{"keep: bodies counted with 間", "東湖大學舉行頒獎禮\n2024-08-05\n8月5日，東湖大學舉行頒獎禮，十七間贊助機構代表出席並頒發獎學金。", []string{"贊助機構代表=17間/"}},
	})
}
