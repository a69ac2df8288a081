package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestBylines checks, on credits written for it, who is read as an author and who is not.
func TestBylines(t *testing.T) {
	t.Parallel()
	const lead = "3月5日上午，东湖医院召开安全生产工作会议，部署全年工作。"
	const more = "院长李明华出席会议并讲话，各科室负责人参加会议。"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a unit supplying a photo is no author", []string{"▲院長感謝同仁的付出。(圖：東湖療養院提供)", "為感謝全體同仁，東湖療養院舉辦望年會活動。"}, nil},
		{"a person supplying a photo", []string{"▲院長感謝同仁的付出。(圖：王大明提供)", "為感謝全體同仁，東湖療養院舉辦望年會活動。"}, []string{"王大明"}},
		{"a photo's place closing the headline is no author", []string{"东湖大学与西湖学院签约（左起）", lead, more}, nil},
		{"news tag, name in brackets", []string{"本网讯（张晓东）" + lead, more}, []string{"张晓东"}},
		{"news tag, names and a role in brackets", []string{"本报讯（李红 记者 王刚）" + lead, more}, []string{"李红", "王刚"}},
		{"a station's tag with a place", []string{"本站武汉讯（赵一鸣 钱多多）" + lead, more}, []string{"赵一鸣", "钱多多"}},
		{"a wire dateline, names in brackets", []string{"东湖网江南3月5日电（秦晓峰 许丽 何大勇）" + lead, more}, []string{"秦晓峰", "许丽", "何大勇"}},
		{"a wire dateline, a reporter in brackets", []string{"新华社东湖3月5日電（記者 馮家明）" + lead, more}, []string{"馮家明"}},
		{"names closing the article, the page's furniture on the next line", []string{lead, more + "（邵文博）", "收藏"}, []string{"邵文博"}},
		{"tag inside the brackets", []string{"（本网讯 孙丽 报道）" + lead, more}, []string{"孙丽"}},
		{"tag and reporter opening the lead", []string{"本报讯周建国报道：" + lead, more}, []string{"周建国"}},
		{"wire dateline, name of three", []string{"（中央社記者林志明台北15日電）東湖大學今天舉行校慶大會。", "校長致詞。"}, []string{"林志明"}},
		{"wire dateline, name of two", []string{"（中央社記者王明台中3日電）東湖大學今天舉行校慶大會。", "校長致詞。"}, []string{"王明"}},
		{"reporters listed before the slash", []string{"記者陳一凡、黃大明∕綜合報導", "東湖大學今天舉行校慶大會。"}, []string{"陳一凡", "黃大明"}},
		{"chained roles", []string{lead, more, "（撰稿/初审：张小红 复审：李大伟 终审：王建新）"}, []string{"张小红", "李大伟", "王建新"}},
		{"a unit and a name closing the article", []string{lead, more + "（东湖区委 郭晓明）"}, []string{"郭晓明"}},
		{"names closed by their roles", []string{lead, more, "（张晓东 李红/文 王刚/图）"}, []string{"张晓东", "李红", "王刚"}},
		{"a name and its role after a slash", []string{"记者 张晓东/文 李红/摄", lead, more}, []string{"张晓东", "李红"}},
		{"a unit, a name and 供稿", []string{lead, more + "（宣传部 张晓东 供稿）"}, []string{"张晓东"}},
		{"图文", []string{lead, more, "图文：张晓东"}, []string{"张晓东"}},
		{"an outlet before 记者", []string{"东湖日报记者 张晓东 通讯员 李红", lead, more}, []string{"张晓东", "李红"}},
		{"本报记者", []string{"本报记者 张晓东", lead, more}, []string{"张晓东"}},
		{"photographers", []string{lead, more, "张晓东 李红 摄"}, []string{"张晓东", "李红"}},
		{"a unit supplies the text", []string{lead, more, "区政府办 供稿"}, nil},
		{"the reporter's name after 記者 and a slash", []string{"東湖傳媒記者 / 王大明採訪報導   2021-03-05 15:00", "東湖大學今天舉行校慶大會。", "校長致詞。"}, []string{"王大明"}},
		{"the paper credited as author is no person", []string{"作者:本报  发布时间:2021年03月05日  浏览次数:  放大 缩小", lead, more}, nil},
		{"a reporter's copy of a photo, the same below", []string{"▲院長與來賓合影留念。（圖／記者王大明翻攝，下同）", "", "記者王大明／東湖報導", "東湖大學今天舉行校慶大會。"}, []string{"王大明"}},
		{"a caption closed by a reporter's bare credit", []string{"■东湖医院安全生产工作会议召开，与会人员合影。 东湖日报记者赵大勇 摄", "东湖日报讯（记者 钱小红）" + lead, more}, []string{"赵大勇", "钱小红"}},
		{"a spaced name and a name closing the article", []string{lead, more + "（钱 勇 孙晓红）"}, []string{"钱勇", "孙晓红"}},
		{"a place credited as editor", []string{lead, "武汉市卫健委有关负责人参加会议。", "编辑：武汉"}, nil},
		{"a platform account", []string{lead, more, "记者：张晓东", "某观号作者：金山发布"}, []string{"张晓东"}},
		{"an image's source and the site's account", []string{lead, more, "（图片来源：网络）", "发布者：管理员"}, nil},
		{"positions in a photo caption", []string{lead, more, "李慧（左二）王静（左四）"}, nil},
		{"a credit run glued to the last sentence", []string{lead, more + "供稿 宣传部一审 张晓东二审 李红三审 王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"文/图 two names", []string{lead, more, "文/图：张晓东 李红"}, []string{"张晓东", "李红"}},
		{"通讯员 two names", []string{"通讯员 张晓东 王红", lead, more}, []string{"张晓东", "王红"}},
		{"供稿 names with 、", []string{lead, more, "供稿：张晓东、李红"}, []string{"张晓东", "李红"}},
		{"撰稿 审核", []string{lead, more, "撰稿 张晓东 审核 李红"}, []string{"张晓东", "李红"}},
		{"文字 摄影 comma", []string{lead, more, "文字：张晓东，摄影：李红"}, []string{"张晓东", "李红"}},
		{"slashes in brackets", []string{lead, more, "（文/张晓东 图/李红 编辑/王刚 审核/赵强）"}, []string{"张晓东", "李红", "王刚", "赵强"}},
		{"文/ names with 、", []string{lead, more, "文/张晓东、李红 图/王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"通讯员 names with ，", []string{lead, more, "通讯员：张晓东，李红"}, []string{"张晓东", "李红"}},
		{"作者 two", []string{lead, more, "作者：张晓东 李红"}, []string{"张晓东", "李红"}},
		{"credits between bars", []string{lead, more, "编辑：张晓东 | 审核：李红"}, []string{"张晓东", "李红"}},
		{"一二三审", []string{lead, more, "一审：张晓东 二审：李红 三审：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"traditional 文／ 圖／", []string{lead, more, "文／張曉東 圖／李紅"}, []string{"張曉東", "李紅"}},
		{"semicolons", []string{lead, more, "（文：张晓东；图：李红）"}, []string{"张晓东", "李红"}},
		{"拟稿", []string{lead, more, "拟稿：张晓东"}, []string{"张晓东"}},
		{"a one-character role before a bar", []string{lead, more, "文 | 张晓东", "图 | 李红"}, []string{"张晓东", "李红"}},
		{"unclosed credit after stop", []string{lead, more + "（撰稿：学生记者 张晓东 摄影：学生记者 李红等 审核：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"role/unit:name", []string{lead, more, "（图/党委宣传部：张晓东 文/党委宣传部：李红 审核：王刚）"}, []string{"张晓东", "李红", "王刚"}},
		{"a unit and a name in brackets, a bar after", []string{lead, more + "（第二支社 张晓东） |"}, []string{"张晓东"}},
		{"a person after the unit of a source line", []string{lead, more, "来源：区委宣传部 张晓东"}, []string{"张晓东"}},
		{"审核 three names", []string{lead, more, "（文字：张晓东 图片：李红 王刚 责任编辑：赵强）"}, []string{"张晓东", "李红", "王刚", "赵强"}},
		{"通讯员 in bracket with 、", []string{lead, more + "（通讯员 张晓东、李红）"}, []string{"张晓东", "李红"}},
		{"记者 通讯员 head", []string{"本报讯 记者 张晓东 通讯员 李红 王刚", lead, more}, []string{"张晓东", "李红", "王刚"}},
		{"图文 spaced", []string{lead, more, "图文 / 张晓东 李红"}, []string{"张晓东", "李红"}},
		{"初审复审终审", []string{lead, more, "初审：张晓东 复审：李红 终审：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"reporters in series before 報導", []string{"（記者張曉東、李紅報導）", lead, more}, []string{"張曉東", "李紅"}},
		{"摄影 names with 、", []string{lead, more, "摄影：张晓东、李红"}, []string{"张晓东", "李红"}},
		{"编辑 校对", []string{lead, more, "编辑：张晓东  校对：李红  审核：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"trailing 供稿 person after stop", []string{lead, more + "（撰稿：张晓东 审核：李红）"}, []string{"张晓东", "李红"}},
		{"学生记者", []string{lead, more, "学生记者：张晓东 李红"}, []string{"张晓东", "李红"}},
		{"a line of links between bars names nobody", []string{lead, more, "图片 | 视频 | 专题"}, nil},
		{"a source line naming units only", []string{lead, more, "来源：区委宣传部 文明办"}, nil},
		{"a source line naming a site", []string{lead, more, "来源：东湖大学 新闻网"}, nil},
		{"a list closed by 等", []string{lead, more, "摄影：张晓东 李红等"}, []string{"张晓东", "李红"}},
		{"审稿", []string{lead, more, "（供稿：张晓东 审稿：李红）"}, []string{"张晓东", "李红"}},
		{"撰文／ 攝影／", []string{lead, more, "撰文／張曉東 攝影／李紅"}, []string{"張曉東", "李紅"}},
		{"採訪", []string{lead, more, "採訪：張曉東"}, []string{"張曉東"}},
		{"策划 文案 排版", []string{lead, more, "策划：张晓东 文案：李红 排版：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"美编 审校", []string{lead, more, "美编：张晓东 审校：李红"}, []string{"张晓东", "李红"}},
		{"作者 with the unit in brackets", []string{lead, more, "作者：张晓东（党委宣传部）"}, []string{"张晓东"}},
		{"a press contact is no author", []string{lead, more, "新聞聯絡人：張曉東"}, nil},
		{"记者 通讯员 … 报道", []string{"记者 张晓东 通讯员 李红 王刚 报道", lead, more}, []string{"张晓东", "李红", "王刚"}},
		{"通讯员 three names with 、", []string{lead, more, "（通讯员：张晓东、李红、王刚）"}, []string{"张晓东", "李红", "王刚"}},
		{"文字 图片 and a slash between", []string{lead, more, "文字：张晓东 李红 / 图片：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"一审 二审 三审 with colons", []string{lead, more, "一审：张晓东 二审：李红 三审：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"a name and 供图", []string{lead, more, "（张晓东 供图）"}, []string{"张晓东"}},
		{"traditional 文： 圖： in brackets", []string{"（文：張曉東　圖：李紅）", lead, more}, []string{"張曉東", "李紅"}},
		{"责编", []string{lead, more, "责编：张晓东"}, []string{"张晓东"}},
		{"a name running into the next role", []string{lead, more, "校对：张晓东审核：李红"}, []string{"张晓东", "李红"}},
		{"one person, two roles", []string{lead, more, "文/张晓东 图/张晓东"}, []string{"张晓东"}},
		{"a university as 作者", []string{lead, more, "作者：东湖大学"}, nil},
		{"記者 with spaces and 台北報導", []string{"記者 張曉東 / 台北報導", lead, more}, []string{"張曉東"}},
		{"names with 、 in brackets closing the article", []string{lead, more + "（张晓东、李红）"}, []string{"张晓东", "李红"}},
		{"a unit and names with 、 closing the article", []string{lead, more + "（宣传部 张晓东、李红）"}, []string{"张晓东", "李红"}},
		{"places with 、 in brackets closing the article", []string{lead, more + "（江北区、江南区）"}, nil},
		{"学生记者 and two names closing the article", []string{lead, more + "（学生记者 张晓东 李红）"}, []string{"张晓东", "李红"}},
		{"文．圖／ joined by a dot", []string{lead, more, "文．圖／張曉東"}, []string{"張曉東"}},
		{"文、图： joined by 、", []string{lead, more, "文、图：张晓东"}, []string{"张晓东"}},
		{"credits split by ideographic spaces", []string{lead, more, "文字：张晓东　摄影：李红　编辑：王刚"}, []string{"张晓东", "李红", "王刚"}},
		{"编辑 in 【】", []string{lead, more, "【编辑：张晓东】"}, []string{"张晓东"}},
		{"a space after the slash", []string{lead, more, "文/ 张晓东   图/ 李红"}, []string{"张晓东", "李红"}},
		{"通讯员 before 记者", []string{lead, more, "通讯员：张晓东 记者：李红"}, []string{"张晓东", "李红"}},
		{"实习生 is a credit, not a name", []string{"记者 张晓东 实习生 李红", lead, more}, []string{"张晓东", "李红"}},
		{"作者 and 单位 on one line", []string{lead, more, "作者：张晓东 单位：党委宣传部"}, []string{"张晓东"}},
		{"a publication time closing the credits", []string{lead, more, "编辑：张晓东 审核：李红 发布时间：2024-05-06"}, []string{"张晓东", "李红"}},
		// Review 10, findings 1–5: words, places and units read as names.
		{"等 closing a name in a metadata line", []string{lead, more, "作者：王明等 来源：东湖大学"}, []string{"王明"}},
		{"等 closing the second credit's name", []string{lead, more, "撰稿：王明 审核：李华等"}, []string{"王明", "李华"}},
		{"a word closed by 等", []string{lead, more, "摄影：师生等"}, nil},
		{"an ordinary word credited", []string{lead, more, "编辑：高等"}, nil},
		{"words after a unit's colon", []string{lead, more, "图/党委宣传部：校园风光"}, nil},
		{"words after a hall's colon", []string{lead, more, "图/校史馆：历史照片"}, nil},
		{"a word after a source line's unit", []string{lead, more, "来源：区融媒体中心 文明"}, nil},
		{"a place after a source line's unit", []string{lead, more, "来源：东湖日报社 江北"}, nil},
		{"a word after a group named for its role", []string{lead, more + "（摄影组 全体）"}, nil},
		{"a person after a group named for its role", []string{lead, more + "（摄影组 张晓东）"}, []string{"张晓东"}},
		{"a word after an office", []string{lead, more + "（党政办 综合）"}, nil},
		{"a word after a press", []string{lead, more + "（出版社 高等教育）"}, nil},
		{"a word after a branch, a bar after", []string{lead, more + "（第二支社 活动） |"}, nil},
		{"a place before 報導 after a space", []string{"（記者 王小明 高雄報導）", lead, more}, []string{"王小明"}},
		{"a place before 報導 after 、", []string{"（記者張曉東、台北報導）", lead, more}, []string{"張曉東"}},
		{"credits between semicolons on a line", []string{lead, more, "校对：张晓东；审核：李红"}, []string{"张晓东", "李红"}},
		{"a sentence with a semicolon is no credit line", []string{lead, more, "记者从会上获悉；张晓东说明了情况。"}, nil},
		{"供图 before the name", []string{lead, more, "供图：张晓东"}, []string{"张晓东"}},
		{"names written jointly", []string{"记者 张明李华", lead, more}, []string{"张明", "李华"}},
		{"names written jointly after a slash", []string{lead, more, "文/张晓东李红"}, []string{"张晓东", "李红"}},
		{"names written jointly, split two ways", []string{lead, more, "通讯员：王明华李强"}, nil},
		{"a compound family name is one name", []string{"记者 欧阳明华", lead, more}, []string{"欧阳明华"}},
		{"a married name of four is one name", []string{lead, more, "文/陳李秀英"}, []string{"陳李秀英"}},
		{"a family name outside the list after a role", []string{lead, more, "文/覺文明"}, []string{"覺文明"}},
		{"a party's branch, then its member, on a metadata line", []string{"发布时间：2024年03月05日  作者:民盟支社 孙晓雯  ", lead, more}, []string{"孙晓雯"}},
		{"a department, then its campus, on a metadata line", []string{"发布时间：2024年03月05日  作者:党办 南院区  浏览：88", lead, more}, nil},
		{"a department, then a zone, on a metadata line", []string{"发布时间：2024年03月05日  作者:宣传部 高新区  浏览：88", lead, more}, nil},
		{"a department, then a township, on a metadata line", []string{"发布时间：2024年03月05日  作者:新闻中心 洪桥镇  浏览：88", lead, more}, nil},
		{"a party's name alone on a metadata line", []string{"发布时间：2024年03月05日  作者:九三学社  ", lead, more}, nil},
		{"a place run into the reporter's name", []string{"【記者林美玲台中報導】東湖醫院於5日舉行新大樓啟用典禮。", "院長致詞。"}, []string{"林美玲"}},
		{"a report put together, run into the name", []string{"（記者王大同綜合報導）東湖醫院於5日舉行新大樓啟用典禮。", "院長致詞。"}, []string{"王大同"}},
		{"a place and no name after 記者", []string{"【記者台中市政府報導】東湖醫院於5日舉行新大樓啟用典禮。", "院長致詞。"}, nil},
		{"a bullet, and a name padded right after the role", []string{"■记者赵 青", lead, more}, []string{"赵青"}},
		{"a place alone after 記者", []string{"【記者台中報導】東湖醫院於5日舉行新大樓啟用典禮。", "院長致詞。"}, nil},
		{"a group credited", []string{lead, more, "摄影：全体师生"}, nil},
		{"roles marked by an underscore", []string{lead, more, "文_张晓东 图_李红"}, []string{"张晓东", "李红"}},
		{"a name and a pen name closing the article", []string{lead, more + "（王晓东 晓风）"}, []string{"王晓东", "晓风"}},
		{"a name and a place closing the article", []string{"3月5日上午，东湖区人民医院召开安全生产工作会议。", more + "（王晓东 东湖）"}, nil},
		{"a name and a word of editing closing the article", []string{lead, more + "（王晓东 口述）"}, nil},
		{"roles marked by a bar", []string{lead, more, "文丨张晓东 图|李红"}, []string{"张晓东", "李红"}},
		{"a line of links with a bar credits no one", []string{lead, more, "图|视频|音频"}, nil},
		{"roles written with 人", []string{lead, more, "撰稿人：张晓东 审核人：李红"}, []string{"张晓东", "李红"}},
		{"文图 is a role, no name", []string{lead, more + "（文图 张晓东）"}, []string{"张晓东"}},
		{"a name and a form of address closing the article", []string{lead, more + "（王晓东 小王）"}, nil},
		// Review 13, finding 11: a word beside a name in the closing brackets is a pen name only
		// when it reads as a given name, not for being absent from lists of roles and verbs.
		{"a name and a task of the credits closing the article", []string{lead, more + "（王晓东 联络）"}, nil},
		{"a name and a verb of checking closing the article", []string{lead, more + "（王晓东 复核）"}, nil},
		{"a name and a verb of voicing closing the article", []string{lead, more + "（王晓东 朗读）"}, nil},
		{"review 13, finding 11: 主笔", []string{"学校召开会议", "3月5日，东湖大学召开会议。校长王伟讲话。", "（张华 主笔）"}, nil},
		{"review 13, finding 11: 把关", []string{"学校召开会议", "3月5日，东湖大学召开会议。校长王伟讲话。", "（王芳 把关）"}, nil},
		{"review 13, finding 11: a place the gazetteer lacks", []string{"学校召开会议", "3月5日，东湖大学召开会议。校长王伟讲话。", "（王芳 东湖）"}, nil},
		{"review 13, finding 11: a pen name", []string{"学校召开会议", "3月5日，东湖大学召开会议。校长王伟讲话。", "（张华 天明）"}, []string{"张华", "天明"}},
		{"two words, no name, closing the article", []string{lead, more + "（新闻 晓风）"}, nil},
		// Credits that name a unit, then a person of it (session 16: held-out 10 and 11).
		{"a source line: a unit, a dash, its member", []string{"发布时间:2024-03-05 09:12 来源:东湖区人民医院——孙晓雯", lead, more}, []string{"孙晓雯"}},
		{"a source line: a unit, a dash, a department", []string{"发布时间:2024-03-05 09:12 来源:东湖区人民医院——新闻中心", lead, more}, nil},
		{"图文: a unit and its member written on", []string{lead, more, "图文:西湖路街道钱小燕 编辑:周大伟"}, []string{"钱小燕", "周大伟"}},
		{"审核领导 is a 审核 credit", []string{lead, more, "编辑:周大伟 审核领导:吴建平"}, []string{"周大伟", "吴建平"}},
		{"a unit, then its member and 提供, on a line of its own", []string{"东湖医院召开安全生产工作会议", "总务室 赵一鸣提供", lead, more}, []string{"赵一鸣"}},
		{"a unit with 供稿, a person and 文/图 closing the article", []string{lead, more + "（东湖医院供稿 刘晓光 文/图）"}, []string{"刘晓光"}},
		{"a unit with 供稿, a place and 文/图 closing the article", []string{lead, more + "（东湖医院供稿 台中 文/图）"}, nil},
		{"a reporter's slash drawn ╱, a space before 報導", []string{"【記者 林美玲╱台中 報導】東湖醫院於5日舉行新大樓啟用典禮。", "院長致詞。"}, []string{"林美玲"}},
		{"a metadata value in square brackets", []string{"发布日期:[ 2024-03-05 ]   点击:[ 88 ] 作者:[ 孙晓雯 ]", lead, more}, []string{"孙晓雯"}},
		{"a photo credit with its role before and 摄 after", []string{"▲院长出席活动。(图／记者黄守作摄，2026.02.13)", lead, more}, []string{"黄守作"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Extract(strings.Join(tt.lines, "\n"), Options{}).Summary.Authors {
			got = append(got, p.Name)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: authors %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNewsTagLeavesTheLead: a paper's news tag with the credit in brackets (东湖日報訊(記者 某某))
// is taken off the lead, so the institution that opens the lead is read without the paper's name.
func TestNewsTagLeavesTheLead(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"東湖日報訊(記者 王明)東湖醫院昨日舉行年度表彰大會，院長李大華出席並致辭。", "東湖醫院"},
		{"江南晚报讯（记者 赵勇）东湖医院昨日举行年度表彰大会，院长李大华出席并讲话。", "东湖医院"},
	}
	for _, tt := range tests {
		if got := Extract(tt.text, Options{Year: 2021}).Summary.Institution; got != tt.want {
			t.Errorf("%s: institution %q, want %q", tt.text, got, tt.want)
		}
	}
}
