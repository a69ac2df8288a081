package extract

import (
	"strconv"
	"strings"
	"testing"
)

// hostileShapes are texts made to make the extractor read the page again for every candidate:
// one endless sentence of titled names, of names, of dates or of counted facts, a name that
// speaks in every clause, and a page of thousands of short paragraphs that join into one line.
// Each builds a text of n repeats.
var hostileShapes = []struct {
	name string
	text func(n int) string
}{
	{"names", func(n int) string { return strings.Repeat("校长张三、", n) }},
	{"titles", func(n int) string { return strings.Repeat("党委书记张三，", n) }},
	{"speakers", func(n int) string { return strings.Repeat("张三指出，", n) }},
	{"paragraphs", func(n int) string {
		return HTMLText("<html><body>" + strings.Repeat("<p>东湖大学召开会议</p>", n) + "</body></html>")
	}},
	{"dates", func(n int) string { return strings.Repeat("9月31日", n) }},
	{"figures", func(n int) string { return strings.Repeat("100万元", n) }},
	{"reports in series", func(n int) string { return strings.Repeat("张三作《工作报告》、", n) }},
	{"bare days", func(n int) string { return " date 2025-12-09 " + strings.Repeat("东湖大学3日举行", n) }},
	{"credits", func(n int) string { return strings.Repeat("会议召开。一审 张三二审 李四\n", n) }},
	{"visits", func(n int) string { return strings.Repeat("参观了东湖博物馆、", n) }},
	{"enumerations", func(n int) string {
		return strings.Repeat("青川电信、", n) + strings.Repeat("青石航空、青川电信等2家单位", n)
	}},
	{"reports joined", func(n int) string { return strings.Repeat("3个工作报告以及", n) }},
	{"grouped thousands", func(n int) string {
		return strings.Repeat("1,000,", n) + "000人" + strings.Repeat("，超1,000名", n)
	}},
	{"days in clauses of purpose", func(n int) string { return strings.Repeat("为贯彻3月5日会议精神，", n) + "3月8日举行" }},
	{"vague days", func(n int) string { return " date 2025-12-09 " + strings.Repeat("近日日前", n) + "3月1日举行" }},
	// Dates of session 16: links to other pages with their dates glued (furnitureDate reads
	// each line once), and days written with a slash or joined by 及 (rewritten once).
	{"listed dates", func(n int) string {
		return "东湖大学召开会议。\n" + strings.Repeat("东湖大学召开本学期教学工作会议2026-03-12\n", n)
	}},
	{"slashed and joined days", func(n int) string { return strings.Repeat("（113）年11/11日及12日、", n) }},
	{"names in series after titles", func(n int) string { return strings.Repeat("学生代表张三、李四、王五和院长赵六、", n) }},
	{"students", func(n int) string { return strings.Repeat("一班张三同学和", n) }},
	// Units' names in an endless list after 来自: each candidate is masked (maskNameWords) and
	// read at its own position, not from there to the end.
	{"units from", func(n int) string { return strings.Repeat("来自青川市第一人民医院、", n) }},
	// A name and 和 before each title: each 和 asks whether a title and a name follow it.
	{"names joined to titles", func(n int) string { return strings.Repeat("张明和院长", n) }},
	// Each sentence goes on with 他 and asks who it refers back to.
	{"sentences going on with 他", func(n int) string { return strings.Repeat("副校长张三出席会议。他指出", n) }},
	{"bare titles again", func(n int) string {
		return "董事长张三主持会议。" + strings.Repeat("董事长就工作作出部署，", n)
	}},
	// Credited words of twelve characters, each split into names every way it can be.
	{"names written jointly", func(n int) string {
		return "会议召开。\n" + strings.Repeat("撰稿：王明李华张强赵刚刘洋陈静 ", n)
	}},
	// Units' names on lines of their own, each asked whether it signs the page (groupRole).
	{"units on lines of their own", func(n int) string {
		return strings.Repeat("\n东湖大学保卫处　2021-05-06\n青川市第一人民医院", n)
	}},
	{"speeches studied", func(n int) string { return strings.Repeat("学习了部长张三在大会上的讲话", n) }},
	// Lines that read like headlines over a body that never uses their words: each is turned
	// down (tiedToBody) after reading the body below it, a bounded number of times.
	{"untied headlines", func(n int) string {
		return strings.Repeat("西岭银行白金信用卡优惠\n", n) + strings.Repeat("3月5日，东湖医院召开安全生产工作会议，部署全年工作。", n)
	}},
	// Days of last month, each made public: each asks whether the next day is the event's.
	{"relative days made public", func(n int) string { return " date 2025-12-09 " + strings.Repeat("上月28日公布，", n) }},
	// One sentence of names joined by 、 after one title: each name asks where the next clause
	// that opens with another person starts (nextOther), and none does.
	{"names of one sentence", func(n int) string {
		return "3月5日，医院召开会议。院长" + strings.Repeat("张三、李四、", n) + "出席"
	}},
	// Days after the page's date, each a plan's passed over for the next.
	{"planned days", func(n int) string { return " date 2025-12-09 " + strings.Repeat("将于12月20日举行，", n) }},
	// Foundings with their days, each asked whether it is history before the next day
	// (historyDay).
	{"founding days", func(n int) string {
		return strings.Repeat("1964年10月8日，西岭农业专科学校成立，这是西岭农学院的前身。", n)
	}},
	// Dates broken after their number, each rejoined (dateSeam).
	{"dates broken after their number", func(n int) string { return strings.Repeat("6\n月3日，", n) }},
	// Dates in sentences, each asked whether it is the page's (inSentence).
	{"dates in sentences", func(n int) string { return strings.Repeat("会议解读了2019-01-01起施行的办法，", n) }},
	// One clause of counts each followed by 的: each asks whether the clause before its own
	// lists as many things (restatesClause, restatesList), and its own clause opens far back.
	{"counts of one clause", func(n int) string {
		return "学校开会\n3月5日，东湖大学召开会议" + strings.Repeat("听取了3个甲的介绍", n) + "。"
	}},
	// A visiting party welcomed at an event held at the page's own, again and again: each party's
	// leader is looked for with a bounded number of bodies (visitors).
	{"visiting parties", func(n int) string {
		return "3月5日，东湖大学与西山大学签约仪式在我校举行。" + strings.Repeat("西山大学校长张三，欢迎张三校长一行，", n)
	}},
	// Offices, branches and colleges named by their place, one after another.
	{"offices by their place", func(n int) string {
		return strings.Repeat("东区区公所、建行东湖市分行、湖南水利学院、", n)
	}},
	// A list of things named one by one, then counts of them: each count reads back over the
	// list (restatesList, for nouns of two and three characters) within listWindow only.
	{"counts after a long list", func(n int) string {
		return strings.Repeat("东区党支部、", n) + "南区党支部联合举办活动。" + strings.Repeat("三个党支部参加，", n) + "。"
	}},
	// Shapes of the speakers' rules of session 14: a family name the list lacks before each
	// title (each counts the name's repeats in a window), guests received in series, dotted
	// names, stand-ins, reports heard, workers quoted.
	{"rare names before titles", func(n int) string { return strings.Repeat("，覺明远校長", n) }},
	{"guests received", func(n int) string {
		return "院长王明致辞，欢迎" + strings.Repeat("校长张三、", n) + "一行"
	}},
	{"dotted names", func(n int) string { return strings.Repeat("主任阿布都·热合曼、", n) }},
	{"stand-ins", func(n int) string { return strings.Repeat("张三局长代表李四市长出席，", n) }},
	{"reports heard", func(n int) string { return strings.Repeat("听取了书记张三同志《工作报告》，", n) }},
	{"workers quoted", func(n int) string { return strings.Repeat("工友张家明拿着水果：“好”", n) }},
	// A page of source lines and lists with no sentence mark: each line-start candidate asks
	// whether a sentence came before it (signs).
	{"source lines without sentences", func(n int) string {
		return "东湖大学召开会议\n" + strings.Repeat("西岭公司、东湖银行等单位参加\n东湖大学保卫处　2021-05-06\n", n)
	}},
	// Counts of one person closing clause after clause (代表1名，): each asks whether it is one
	// item of a list of counts (inCountList), reading only its own clause and its neighbours.
	{"counts of one in a list", func(n int) string {
		return "3月5日，东湖大学召开会议，" + strings.Repeat("代表1名，", n) + "。"
	}},
	// Counts after names in series, after a speaker's introduction and after durations (figures of
	// session 15: closesOwnList, personRecord, durationOf read bounded windows before each count).
	{"counts closing lists of names", func(n int) string { return strings.Repeat("张三、李四和王五三位专家，", n) }},
	{"records in an introduction", func(n int) string {
		return "主讲人张三，博士生导师，" + strings.Repeat("主持课题5项，", n)
	}},
	{"durations after activities", func(n int) string { return strings.Repeat("清扫活动，进行2小时，", n) }},
	// A name written around its title (family name, title, given name) again and again, never
	// whole: each asks whether the page writes the whole name elsewhere (nameAcrossTitle), from
	// an index of the page's names built once, not by reading the page again.
	{"names around their titles", func(n int) string {
		return "东湖区召开会议\n3月10日，" + strings.Repeat("，陈局长明华表示", n) + "。"
	}},
	// A party coming to the page's own again and again in one sentence with no mark.
	{"parties coming without marks", func(n int) string {
		return "来宾到访\n3月10日" + strings.Repeat("东山县工会一行来到我院", n) + "\n"
	}},
	// Counts closing 、-lists with 等 (figures of session 16: bodiesClosedByDeng and
	// peopleClosedByDeng read one clause of a bounded window through closedList), and counts in one long paragraph
	// after a frame of years (yearsFrames reads each clause once per text; a count looks back
	// over the clauses of paraWindow bytes of its paragraph, its own clause read up to it).
	{"lists closed by 等", func(n int) string {
		return strings.Repeat("东区支部、西区支部等2个支部，张三、李四等2位老师，", n)
	}},
	{"counts after a frame of years", func(n int) string {
		return "十年来，协会坚持开展义诊" + strings.Repeat("，捐助资金5万元", n) + "。"
	}},
	{"running totals", func(n int) string { return "截至目前" + strings.Repeat("，已累计开展义诊36场", n) + "。" }},
	{"parts of a count", func(n int) string { return "共有学生600名，其中" + strings.Repeat("女生31名，", n) + "。" }},
	{"sets a thing belongs to", func(n int) string { return strings.Repeat("跻身全国300个项目之列，", n) }},
	// Units in a short form and in a fuller one, again and again: each unit kept asks the page's
	// names and the page once for its fullest form (fullestUnits), a bounded number of units.
	{"units in short and fuller forms", func(n int) string {
		return "东湖大学签约\n3月5日，" + strings.Repeat("东湖大学与市卫生健康委、枣庄市卫生健康委、香港中文大学(深圳)签约，", n) + "。"
	}},
	{"a line of credits", func(n int) string {
		var b strings.Builder
		b.WriteString("会议召开。\n")
		for i := 0; i < n; i++ {
			b.WriteString("撰稿：" + hostileName(i) + " ")
		}
		return b.String()
	}},
	// Offices whose officers attend by post, in one endless sentence: each enumeration reads the
	// rest of its sentence up to postWindowBytes only (attendsByPost), with and without a verb.
	{"officers by post", func(n int) string {
		return "东湖大学召开会议\n3月5日，" + strings.Repeat("教务处、图书馆等部门负责人，", n) + "参加会议。" + strings.Repeat("保卫处负责人、", n)
	}},
	// A headline's word the page opens phrases with again and again, each time followed by
	// something else: each prefix of the headline counts a bounded number of mentions (pageWord).
	{"words the page agrees on", func(n int) string {
		return "醫管局舉辦活動\n" + strings.Repeat("醫管局中樂團演奏，醫管局舉辦活動，", n)
	}},
}

// hostileName is the i-th of 1000 different names of three characters.
func hostileName(i int) string {
	sur, mid, last := []rune("王李张刘陈杨黄赵吴周"), []rune("明华强伟芳军杰娟涛静"), []rune("东西南北春夏秋冬山水")
	return string([]rune{sur[i%10], mid[i/10%10], last[i/100%10]})
}

// longHostile names the shapes that are also run at 4000 and 8000 repeats. Names around their
// titles grew ×5.6 in CPU time from 2000 to 8000 before wholeNames (a quadratic term the small
// sizes hide), ×3.5 after. Paragraphs' and units from's ns/op grew ×5-6 from 500 to 2000 on a
// loaded machine, but ns/op is wall time: their CPU time (user + sys of the test binary under
// /usr/bin/time) grows ×3.6 from 500 to 2000 and ×4.0 from 2000
// to 8000, and a CPU profile at 8000 and 32000 grows ×4.0-4.4 in every function that counts:
// linear. The larger sizes make that plain; on a shared machine, read CPU time.
var longHostile = map[string]bool{"paragraphs": true, "units from": true, "names around their titles": true}

// BenchmarkExtractHostile: extraction stays linear on hostile shapes of text; cpu-ns/op (the
// test binary's user + system time, which a loaded machine does not inflate as it does ns/op)
// should about double from one size to the next (names, titles and paragraphs at 2000 took
// 14-20 s and grew four times for twice the text; now 0.2-0.3 s).
func BenchmarkExtractHostile(b *testing.B) {
	for _, s := range hostileShapes {
		sizes := []int{500, 1000, 2000}
		if longHostile[s.name] {
			sizes = append(sizes, 4000, 8000)
		}
		for _, n := range sizes {
			text := s.text(n)
			b.Run(s.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				cpu0, ok := processCPU()
				for i := 0; i < b.N; i++ {
					Extract(text, Options{Year: 2021})
				}
				if cpu1, ok1 := processCPU(); ok && ok1 {
					b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
				}
			})
		}
	}
}
