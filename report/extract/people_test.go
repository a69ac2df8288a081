package extract

import (
	"fmt"
	"testing"
)

// TestSpeakers checks, on sentences written for it, who is read as speaking at the event: the
// people said to speak (讲话, 致辞, 讲座, 发表感言) or whose words are reported (表示, 希望, 说,
// 告诉记者), and not a word or a unit read as a name.
func TestSpeakers(t *testing.T) {
	t.Parallel()
	const lead = "3月5日上午，东湖医院召开年度工作大会。"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"各位 before a title is no name", "会上由各位副院长分别通报了分管工作，院长王明作总结讲话。", []string{"王明"}},
		{"an adverb after a title is no name", "沈孟儒校長熱忱歡迎來賓，在致詞時沈校長簡單介紹學校的歷史。", []string{"沈孟儒"}},
		{"代表 after a title is no name", "第一项，由学生会主席2019级秘书学同学代表在校学生发言。", nil},
		{"those spoken to", "西湖大学校长王志刚出席仪式。东湖大学党委书记李明出席并致辞。李明对周建华、王志刚一行表示欢迎。", []string{"李明"}},
		{"a lecture, after 以", "会议期间，王建国以《传承与创新》为题作专题讲座。", []string{"王建国"}},
		{"到会讲话", "副县长叶明到会讲话。", []string{"叶明"}},
		{"相继致辞", "院长陈大海及副院长林小东相继致辞。", []string{"陈大海", "林小东"}},
		{"还 after a name", "医务科长李文静还对演练作了点评。", []string{"李文静"}},
		{"说 closing a quote", "“这次活动很实用。”居民张国强说。", []string{"张国强"}},
		{"told the reporter", "服务队队长李晓东告诉记者，服务队将继续开展活动。", []string{"李晓东"}},
		{"希望", "主委王书华希望大家加强交流。", []string{"王书华"}},
		{"发表感言", "颁奖结束后，周明发表了获奖感言。", []string{"周明"}},
		{"the subject of a sentence", "周明代表市委会，向大家致以感谢，并提出三点希望。", []string{"周明"}},
		{"a question others raised", "会后，科长赵强与学员进行了交流，就学员提出的问题进行了解答。", nil},
		{"a sentence going on with 并", "科长周明充分肯定了一年来的成绩。并提出三点希望。", []string{"周明"}},
		{"a clause going on with 并", "大会尾声，林芳主任为优秀护士颁发了奖品，并发言鼓励大家。", []string{"林芳"}},
		{"titled names in a series", "省政协副主席、民盟省委主委杨光，市委统战部副部长戴明出席会议并讲话。", []string{"杨光", "戴明"}},
		{"a series only attending", "省政协副主席、民盟省委主委杨光，市委统战部副部长戴明出席会议。", nil},
		{"name before title", "衛生局李翠英局長表示，活動很有意義。", []string{"李翠英"}},
		{"name before title after an abbreviation", "澳科大王明德校長為新生致辭。", []string{"王明德"}},
		{"family name and title again", "副院长陈耀东为护士颁发证书，陈院长代表医院向大家表示祝贺。", []string{"陈耀东"}},
		{"given name and 同志", "县委常委周小兰召开调度会。小兰同志强调，要压实责任。", []string{"周小兰"}},
		{"an aside after the title", "市委宣传部副部长（主持工作）温建国作专题讲座。", []string{"温建国"}},
		{"a title closing the name before a conjunction", "会上，何力主委和徐红部长分别讲话。", []string{"何力", "徐红"}},
		{"a preposition before a known name", "程海作表态发言。杨丹代表省委会，向程海、李佳表示热烈祝贺。", []string{"程海", "杨丹"}},
		{"no particle in a name", "护理部主任王宁对工作作了总结发言。王宁的发言引起共鸣。", []string{"王宁"}},
		{"a unit's word before title and name", "会上，支社主委李爱国作工作报告。最后，项目经理白世平作总结讲话。", []string{"李爱国", "白世平"}},
		// 陳院長錦章 (family name, title, given name) is not read; 由陳 must not be read instead.
		{"a function word before family name and title", "由陳院長錦章提供書籍，並致辭勉勵學生。", nil},
		{"a given name ending in 中 after a title", "副院长陈耀中致辞。", []string{"陈耀中"}},
		{"family name 傅", "院长傅明志致辞。", []string{"傅明志"}},
		{"bare names in series", "会上，张明、李华和王强分别作交流发言。", []string{"张明", "李华", "王强"}},
		{"a name and a title opening a clause", "王强书记强调，要提高认识。", []string{"王强"}},
		{"a report heard", "大会听取并审议了王强代表第七届委员会所作的工作报告。", []string{"王强"}},
		{"a preposition before names in series", "杨丹代表省委会，向程海、李佳表示热烈祝贺。", []string{"杨丹"}},
		{"family name, title, given name", "參觀由王校長如哲陪同。本校王副校長曉璿與來賓合影。再由王副校長致詞並介紹講座。", []string{"王曉璿"}},
		{"family name and title, no given name", "陳院長表示，活動很有意義。", nil},
		{"a Latin name after a title, 期望", "烏拉圭大學副校長Maria Lopez期望雙方深化合作。", []string{"Maria Lopez"}},
		{"explaining to the meeting", "会议听取了市委统战部党派处王明进处长的讲解辅导。", []string{"王明进"}},
		{"阐述", "李明昌院长就办学理念等方面进行了详细的阐述。", []string{"李明昌"}},
		{"a report named by its title", "党委委员、财务部部长周明作《医院2024年财务决算与2025年财务预算情况报告》。", []string{"周明"}},
		{"parallel clauses, each with its report", "财务分管院长吴明秀作《财务工作报告》、工会主席王国平作《工会工作报告》、丁宇作《提案解答工作报告》。", []string{"吴明秀", "王国平", "丁宇"}},
		{"说 and a comma, the clause going on with 他", "随后，副县长郑立群说，他很高兴看到大家的进步。", []string{"郑立群"}},
		{"a contest's prize grade is no name", "随后，国赛三等奖得主代表分享了参赛体会。", nil},
		{"the guest welcomed is no speaker", "东湖大学党委书记周正明致辞，代表学校欢迎西湖大学校长林国栋一行，并简要介绍了学校概况。", []string{"周正明"}},
		{"a welcome ceremony names no guest", "在欢迎仪式上校长赵明德致辞。", []string{"赵明德"}},
		{"one students like, who speaks", "最后，深受学生欢迎的教师蒋玉华代表教师发言。", []string{"蒋玉华"}},
		{"thanks, a verb of speech", "校长冯国明感谢各位校友的支持。", []string{"冯国明"}},
		{"a letter of thanks received is no speech", "护士长韩雪梅代表科室接过患者送来的感谢信。", nil},
		{"谈到 at the meeting", "副院长孔令辉在会上谈到，医院将继续加强合作。", []string{"孔令辉"}},
		{"简介 to the guests", "院长邹文静向来宾简介了学院的发展规划。", []string{"邹文静"}},
		{"review 14 #11: a group named for welcoming, its head speaks", "迎宾组组长钱晓梅介绍了接待安排。欢迎组组长赵立群介绍了迎新安排。", []string{"钱晓梅", "赵立群"}},
		{"review 14 #11: a visiting team's head speaks", "看望慰问小组组长赵立群介绍了慰问安排。", []string{"赵立群"}},
		{"review 14 #11 control: a head welcomed is not the one who speaks", "院长钱晓梅欢迎处长赵立群一行，并介绍了学院概况。", []string{"钱晓梅"}},
		{"review 14 #6: a profile's heading on its own line is no speech", "北岭医院主任医师赵立群主讲。\n钱晓梅简介\n钱晓梅，南湖学院副教授，长期研究公共卫生。", []string{"赵立群"}},
		{"review 14 #6: a profile's heading before a colon", "钱晓梅简介：南湖学院副教授，长期研究公共卫生。", nil},
		{"review 14 #6: a memoir's title", "《孙启明回忆录》出版座谈会举行，社长周立言致辞。", []string{"周立言"}},
		{"review 14 #6: a memoir without book marks", "会上首发的是老院长孙启明回忆录。", nil},
		{"review 14 #6 control: 简介 with its object", "处长钱晓梅简介学院近三年的招生情况。", []string{"钱晓梅"}},
		{"嘱咐", "队长潘志强嘱咐队员们注意安全。", []string{"潘志强"}},
		{"回忆", "退休教授严正德回忆起建校初期的艰苦岁月。", []string{"严正德"}},
		{"those thanked, after a modifier with 的", "局长刘德华向即将调任的陈立新处长、周小平科长表示感谢。", []string{"刘德华"}},
		{"those thanked, a long list after a modifier", "书记周国强向今年退休的马建华主任医师、邓丽萍护士长和冯德胜副主任表示感谢。", []string{"周国强"}},
		{"the one another stands in for is not there", "区文化局周晓云局长代表刘建国区长到场，并感谢大家的付出。", []string{"周晓云"}},
		{"区 closing 社区 is no family name", "社区全科医生表示，将定期上门随访。", nil},
		{"a word opening a title is no name", "明星讲师说明了课程安排。", nil},
		{"the chair speaks in a sentence of their own", "会议由副院长韦建军主持。首先，副院长韦建军带领大家学习了有关文件，并结合工作实际，强调要提高服务质量。", []string{"韦建军"}},
		{"参加 inside a document's title is no attendance", "首先，支部书记姜海燕带领党员学习了《关于参加基层调研工作的通知》，强调要把调研做实。", []string{"姜海燕"}},
		{"a report heard, named in book-title marks", "二是听取了工会主席卢建民同志《关于职工提案落实情况的报告》。", []string{"卢建民"}},
		{"a report heard, owned with 的", "会议听取了副院长曹文华同志的年度工作报告。", []string{"曹文华"}},
		{"a report heard, another's report", "会议听取了副院长曹文华对张明的考核意见。", nil},
		{"the chief executive, named again by the title alone", "校董会昨日拜会行政长官邝志华。行政长官希望学院培养更多人才。", []string{"邝志华"}},
		{"a worker quoted by name", "工友钟大伟接过绿豆汤笑着说：“天再热也不怕了。”", []string{"钟大伟"}},
		{"a form of address quoted is no name", "居民王大妈拉着队员的手激动地说：“谢谢你们。”", nil},
		{"workers as a group name no one", "职工纷纷表示要把安全放在首位。", nil},
		{"a dotted name after a title", "副主席热依拉·阿不都热合曼作工作报告。", []string{"热依拉·阿不都热合曼"}},
		{"a dotted name opening a clause", "会上，吐尔逊·艾买提强调，要抓好落实。", []string{"吐尔逊·艾买提"}},
		{"a dot between a place and a college is no name", "会上，东湖·国际学院介绍了办学情况。", nil},
		{"a family name the list lacks, named twice", "东湖科大覺明远校長出席会议。覺明远校長表示，两校将深化合作。", []string{"覺明远"}},
		{"a family name the list lacks, named once", "会上，覺明远校長表示，两校将深化合作。", nil},
		{"a word opening the sentence before a family name and title, twice", "同时陶主任介绍了情况。同时陶主任表示，要抓好落实。", nil},
		{"随后 before a family name and title, twice", "随后钱主委介绍了情况。随后钱主委表示，要抓好落实。", nil},
		{"a unit before its head, named twice", "医院质控科主任出席。质控科主任表示，将加强管理。", nil},
		{"the head of a village", "村长邱德明介绍了村里的产业情况。", []string{"邱德明"}},
		{"the head of a delegation", "代表团团长韦志坚致辞。", []string{"韦志坚"}},
		{"the head of an agency", "衛生署長蔡明宏表示，將持續推動。", []string{"蔡明宏"}},
		{"the secretary-general of a society", "協會總幹事簡志成說明了活動內容。", []string{"簡志成"}},
		{"the head of a station", "服务站站长洪志远讲话。", []string{"洪志远"}},
		{"a convener", "召集人葉建宏表示，將持續關注。", []string{"葉建宏"}},
		{"the head of a board of supervisors", "监事长符国梁作监事会工作报告。", []string{"符国梁"}},
		{"佈署 as Taiwan's pages write it", "區長翁立仁佈署年度防災工作。", []string{"翁立仁"}},
		{"family name and a short form of the title", "市政府专门委员邵立群出席。邵专委表示，社区工作者辛苦了。", []string{"邵立群"}},
		{"a short form of the title, two of that family name", "专门委员邵立群、专门委员邵志刚出席。邵专委表示，社区工作者辛苦了。", nil},
		{"a Japanese guest after a title", "會中邀請東京某大學校長鈴木健一教授發表專題演講。", []string{"鈴木健一"}},
		{"words quoted after a colon", "東湖大學周克修董事長也以經文：「兩個人總比一個人好。」來形容合作。", []string{"周克修"}},
		{"a speech studied, not given", "会议集体学习了总书记的重要讲话精神；冷劲松市长在全市推进会上的讲话精神。", nil},
		{"a family name known only from the page", "会议由教学副院长行建海主持。行副院长传达了会议精神。", []string{"行建海"}},
		{"a semicolon ends the sentence", "会议学习了有关文件；冷劲松市长在推进会上的讲话精神；各副县长分别就分管工作进行了汇报。", nil},
		{"the audience of a verb of speech after 向", "医护人员通过发放宣传单等形式，向群众讲解防控常识。", nil},
		{"titled names in series with 、, 先后", "党委书记张明、校长李华先后讲话。", []string{"张明", "李华"}},
		{"bare names in series, 先后作了发言", "会上，张明、李华先后作了发言。", []string{"张明", "李华"}},
		{"会上, a clause each", "会上，党委书记张明传达了会议精神，院长李华作了工作部署。", []string{"张明", "李华"}},
		{"titled names in series with ，, 分别致辞", "党委书记张明，校长李华分别致辞。", []string{"张明", "李华"}},
		{"traditional 致詞時表示", "校長張明致詞時表示，學校將持續推動交流。", []string{"張明"}},
		{"traditional name before title", "張明校長致詞。", []string{"張明"}},
		{"a former minister comes to the school to lecture (蒞校演講)", "本校邀請前部長李華蒞校演講。", []string{"李華"}},
		{"a student after 代表", "学生代表王明同学发言。", []string{"王明"}},
		{"a student named between a description and 同学", "由2023级汉语言文学专业李晓红同学代表新生发言。", []string{"李晓红"}},
		{"students in series, each with 同学", "新生代表张小明同学和刘海同学先后发言。", []string{"张小明", "刘海"}},
		{"a unit, a name and the title after it", "财务科王丽娟科长作了财务工作报告。", []string{"王丽娟"}},
		{"an office (院办), a name and the title after it", "院办李红梅主任作了工作报告。", []string{"李红梅"}},
		{"a report named in quotes, a space after 作", "随后，由市委党史研究室主任周丽作 “传承红色基因”的主题报告。", []string{"周丽"}},
		{"秘书 is a title", "工会秘书陈立新表示，活动将持续举办。", []string{"陈立新"}},
		{"titled names in series, 依次发言", "教师代表王刚、学生代表李丽依次发言。", []string{"王刚", "李丽"}},
		{"names in series after one title", "学生代表王刚、李丽、赵强先后发言。", []string{"王刚", "李丽", "赵强"}},
		{"和 before a title and a name joins two people", "副校长张明和院长李华先后致辞。", []string{"张明", "李华"}},
		{"a second clause with 也", "会上，张明作了动员讲话，李华也作了发言。", []string{"张明", "李华"}},
		{"traditional titled series 分別致詞", "校長張明、院長李華分別致詞。", []string{"張明", "李華"}},
		{"traditional 指出", "院長李華指出，醫院將持續改善服務。", []string{"李華"}},
		{"宣读", "党委副书记赵强宣读了表彰决定。", []string{"赵强"}},
		{"由 before the title", "最后，由党委书记张明作总结讲话。", []string{"张明"}},
		{"names before their titles in series", "张明书记、李华校长分别讲话。", []string{"张明", "李华"}},
		{"a unit's abbreviation after 、 is no name", "院长张明、党办主任李华分别讲话。", []string{"张明", "李华"}},
		{"a department before its head in a series", "总工程师肖明、党建工作部部长刘强分别讲话。", []string{"肖明", "刘强"}},
		{"students as a group are no name", "全体同学参加活动，同学们表示收获很大。", nil},
		{"a student who only wins", "一班王明同学获得一等奖。", nil},
		// Review 10, findings 6–8: words, places and winners read as speakers.
		{"names in series closed by 等同学", "会上，张明、王强等同学发言。", []string{"张明", "王强"}},
		{"a family name alone after 代表, before 同学", "优秀毕业生代表高同学发言。", nil},
		{"a family name alone with 同學 in a series", "學生代表林小明、陳大文、王同學先後發言。", []string{"林小明", "陳大文"}},
		{"places in a series after a title, 等地校友", "学生代表王刚、李丽、江西、湖南等地校友先后发言。", []string{"王刚", "李丽"}},
		{"places after 和 in a series, 校友代表", "校长王刚和温州、台州校友代表先后发言。", []string{"王刚"}},
		{"traditional places in a series, 校友", "學生代表林小明、陳大文、高雄、台南校友先後發言。", []string{"林小明", "陳大文"}},
		{"offices in a series, 负责人", "院长王刚、党办、校办负责人先后发言。", []string{"王刚"}},
		{"a word sharing 学者 with the next", "教师代表王刚、黄河、长江学者代表先后发言。", []string{"王刚"}},
		{"a student who wins, another who speaks", "2024级李明同学获一等奖，学生代表王强同学发言。", []string{"王强"}},
		{"students who win, one who speaks", "李明同学获得一等奖，王强同学获得二等奖，张华同学发言。", []string{"张华"}},
		{"a word before 和 in a unit's name", "卫生和计划生育委员会主任李华讲话。", []string{"李华"}},
		{"a word before 和 in a bureau's name", "文化和旅游局局长李华讲话。", []string{"李华"}},
		{"names in series after a title, closed by 等同学", "学生代表王刚、李丽等同学发言。", []string{"王刚", "李丽"}},
		{"a student after a title", "学生会主席王丽同学发言。", []string{"王丽"}},
		{"an office's name is no name before the title", "医务科长李香颜作了点评，并与办公室主任周明一同讲解应急知识。", []string{"李香颜"}},
		{"a name of three ending in 和 before a title alone", "会上，王建和院长作了报告。", []string{"王建和"}},
		{"會中 before a titled name", "會中，校長張明致詞，感謝各界支持。", []string{"張明"}},
		{"由 a professor 主讲", "本次讲座由张明教授主讲。", []string{"张明"}},
		{"特邀 before a name and its title", "特邀张明教授作专题讲座。", []string{"张明"}},
		{"以《…》为题作报告", "张明教授以《数字时代的教育》为题作报告。", []string{"张明"}},
		{"立委 is a title", "立委張明表示，將持續爭取經費。", []string{"張明"}},
		{"護理長 is a title", "護理長張明表示，活動很有意義。", []string{"張明"}},
		{"護理長 after the name", "張明護理長表示，活動很有意義。", []string{"張明"}},
		{"嘉宾 is a title", "受邀嘉宾张明发言。", []string{"张明"}},
		{"主讲人 is a title", "主讲人张明结合案例进行了讲解。", []string{"张明"}},
		{"书记 after the name, 在讲话中指出", "张明书记在讲话中指出，要抓好落实。", []string{"张明"}},
		{"two titles before one name", "党委书记、校长张明出席并讲话。", []string{"张明"}},
		{"分享", "优秀员工代表張明分享了工作心得。", []string{"張明"}},
		{"醫師 after the name", "家醫科張明醫師表示，民眾應定期健檢。", []string{"張明"}},
		{"也表示", "理事長張明也表示，感謝大家參與。", []string{"張明"}},
		{"a title, two names joined by 和", "副院长张明和李华分别就分管工作作了部署。", []string{"张明", "李华"}},
		{"a village's branch secretary", "村党支部书记张明介绍了村里的发展情况。", []string{"张明"}},
		{"鎮長 致詞表示", "鎮長張明致詞表示，歡迎大家蒞臨。", []string{"張明"}},
		{"随后 before bare names in series", "随后，张明、李华先后作了交流发言。", []string{"张明", "李华"}},
		{"主任委員", "主任委員張明致詞。", []string{"張明"}},
		{"a company's chairman and general manager", "集团董事长张明、总经理李华分别讲话。", []string{"张明", "李华"}},
		{"就……作了讲话", "县长张明就做好安全生产工作作了讲话。", []string{"张明"}},
		{"老师 after the name", "张明老师结合自身经历作了分享。", []string{"张明"}},
		{"医生 after the name", "心内科张明医生为居民讲解了高血压防治知识。", []string{"张明"}},
		{"护士长 is a title", "护士长张明作了总结发言。", []string{"张明"}},
		{"names in series only attending", "出席会议的有张明、李华、王强。", nil},
		{"颁奖 is no speech", "副校长张明为获奖学生颁奖。", nil},
		{"titled names only attending", "校長張明、副校長李華等出席。", nil},
		{"experts and doctors as groups are no names", "医院组织专家团队开展义诊，医生为群众讲解健康知识。", nil},
		{"嘉宾 as a group", "嘉宾们纷纷表示，活动很有意义。", nil},
		{"會中, names before titles joined by 與, 分別致詞", "會中，張明理事長與李華秘書長分別致詞。", []string{"張明", "李華"}},
		{"the chair presides, another is invited to speak", "典禮由校長張明主持，並邀請市長李華致詞。", []string{"李華"}},
		{"a semicolon between two speakers", "张明指出，要提高认识；李华强调，要狠抓落实。", []string{"张明", "李华"}},
		{"会上, titled names with ，, 分别作了讲话", "会上，县委书记张明，县长李华分别作了讲话。", []string{"张明", "李华"}},
		{"会上, a clause each for three bare names", "会上，张明传达了上级会议精神，李华通报了近期工作情况，王强对下一步工作作了部署。", []string{"张明", "李华", "王强"}},
		{"在讲话中肯定", "党委书记张明在讲话中充分肯定了一年来的成绩。", []string{"张明"}},
		{"宣布开幕", "副校长张明宣布大会开幕。", []string{"张明"}},
		{"invited to give a lecture", "会议邀请省委党校教授张明作专题辅导报告。", []string{"张明"}},
		{"name before title, 在致詞時", "張明董事長在致詞時感謝同仁的辛勞。", []string{"張明"}},
		{"勉励 in a second clause", "院长张明与大家亲切交流，勉励大家再接再厉。", []string{"张明"}},
		{"names in series, 等同志先后发言", "张明、李华、王强等同志先后发言。", []string{"张明", "李华", "王强"}},
		{"the chair does not speak, the other does", "大会由副县长张明主持，县委书记李华出席并讲话。", []string{"李华"}},
		{"感謝 after a name, 他說 in the next clause", "校長張明感謝大家的參與，他說，學校會持續支持。", []string{"張明"}},
		{"branch secretaries in series 分别汇报", "各支部书记张明、李华、王强分别汇报了支部工作。", []string{"张明", "李华", "王强"}},
		{"names before their titles, three in series", "张明书记、李华院长、王强副院长先后讲话。", []string{"张明", "李华", "王强"}},
		{"同志 after the name", "会上，张明同志宣读了任职决定。", []string{"张明"}},
		{"最后, a bare name", "最后，张明作总结讲话。", []string{"张明"}},
		{"里長 is a title", "活動中，里長張明也到場致詞。", []string{"張明"}},
		{"寄语", "他希望大家珍惜时光。校长张明在开学典礼上寄语新生。", []string{"张明"}},
		{"a title with 常委会", "省人大常委会副主任张明讲话。", []string{"张明"}},
		{"兼 between two titles", "党委书记兼院长张明作动员讲话。", []string{"张明"}},
		{"two titles joined by 、", "公司党委副书记、总经理张明出席会议并讲话。", []string{"张明"}},
		{"titled names attending only", "民盟市委主委张明，副主委李华、王强出席会议。", nil},
		{"两位老师 after names in series", "张明、李华两位老师分别作了专题讲座。", []string{"张明", "李华"}},
		{"an adverb after a family name and title is no given name", "縣長王乾明出席。王縣長由衷感謝鄉親，他指出，明年將推動建設。", []string{"王乾明"}},
		{"an adverb after a title is no name before 感謝", "縣長由衷感謝鄉親的支持，他說，明年會更好。", nil},
		{"a Latin name opening a line", "總領事Pedro Costa一行到訪。\nPedro Costa指出，雙方交流密切。", []string{"Pedro Costa"}},
		{"leaders named together after 院领导, the last before 及 a guest", "院领导周明、吴立、郑华及东湖学院冯远教授分别作了专题讲座。", []string{"周明", "吴立", "郑华", "冯远"}},
		{"应邀 after a name", "市卫健委主任陈立应邀出席并致辞。", []string{"陈立"}},
		{"a name before its title after a county's name, 親臨", "東湖縣林大同縣長親臨現場致詞。", []string{"林大同"}},
		{"亲临 after a name", "副县长黄立亲临现场讲话。", []string{"黄立"}},
		{"博士 after the name", "东湖大学王明远博士表示，合作意义重大。", []string{"王明远"}},
		{"來賓 before a name", "來賓王大明致詞，感謝主辦單位。", []string{"王大明"}},
		{"学生 before a name", "新生代表、临床医学专业学生周小川发言。", []string{"周小川"}},
		{"他指出 after the one attending", "副校长孙立出席会议。他指出，要抓好落实。", []string{"孙立"}},
		{"她强调 after the chair", "院长吴芳主持会议。她强调，要守住底线。", []string{"吴芳"}},
		{"他指出 after two attending is no one's", "市政协副主席张伟，市委统战部部长李强出席会议。他指出，要团结。", nil},
		{"他们 is not the one attending", "副校长孙立出席会议。他们认真听取了介绍。", nil},
		{"family name and 副总 again", "副总经理许正荣出席。许副总强调，要抓好安全。", []string{"许正荣"}},
		{"a family name and 副 is no name", "许副主任强调，要抓好安全。", nil},
		{"副总裁 is not 副总", "集团副总裁王立新作总结讲话。", []string{"王立新"}},
		{"执行长 before a name", "事業部執行長黃大同表示，將持續改善。", []string{"黃大同"}},
		{"董事 before a name", "勞工董事蘇立仁致詞。", []string{"蘇立仁"}},
		{"随后 before a family name and title", "支部主委钱立人出席。随后钱主委向大家介绍了支部的历史。", []string{"钱立人"}},
		{"共同学习 holds no 同学", "党员共同学习并交流发言。", nil},
		{"a speech studied, given elsewhere", "处长带领大家学习了副部长王大明在全省推进会上的讲话，院长李华作总结讲话。", []string{"李华"}},
		{"who relays a speech given elsewhere speaks", "院长李华传达了省委书记王大明在全省大会上的重要讲话。", []string{"李华"}},
		{"a bare title again, the chair", "董事长刘明主持会议。董事长就近期工作作出部署。", []string{"刘明"}},
		{"a bare title again, not the deputy's", "院长王明、副院长李华出席。随后，院长强调要守住底线。", []string{"王明"}},
		{"a bare title two hold is no one's", "东湖大学校长王明、西湖大学校长李华出席。校长表示，合作意义重大。", nil},
		{"a group's delegate is no name", "居民代表发言，毕业班代表、高管代表也先后致辞。", nil},
		{"a guests' delegate named after 代表", "来宾代表、西湖大学副校长孙波致辞。", []string{"孙波"}},
		{"groups before 代表 and a name", "来宾代表王大明、毕业生代表李小红先后致辞。", []string{"王大明", "李小红"}},
		{"a name and 代表 as a verb", "院长钱明代表医院发言。", []string{"钱明"}},
		{"补充说", "会上，吴立补充说，要注意安全。", []string{"吴立"}},
		{"提到", "副院长冯远提到，今年任务很重。", []string{"冯远"}},
		{"充分肯定", "院长郑华充分肯定了全院一年的成绩。", []string{"郑华"}},
		{"补充 in a document's name is no speech", "院长郑华签署了补充协议。", nil},
		{"a name, 前 and a body before the title", "本校邀請林志遠前行政院院長蒞校演講。", []string{"林志遠"}},
		{"a name and 前 before the title", "王大明前部長致詞，感謝大家。", []string{"王大明"}},
		{"a lecture hall in a building named for a person", "會議在東湖醫院邵明德博士大樓演講廳舉行，院長林志遠致詞。", []string{"林志遠"}},
		{"a lecture hall named for a person", "会议在王大同演讲厅举行。", nil},
		{"a lecture series named for a person", "王大同教授捐款成立「王大同講座」，校長林志遠致詞感謝。", []string{"林志遠"}},
		{"a name owning the subject", "中文系王大同教授的女兒王小梅，捐款成立「王大同講座」。", nil},
		{"a word of speech in a list of fields", "由东湖县长林国栋、西湖大学校长陈明远代表签署，双方将在人才培养、就业辅导等方面合作。", nil},
		{"family name and title again, a verb after it", "东湖市市长林美华出席典礼。院长与林市长寒暄。林市长则指出，新院区意义重大。", []string{"林美华"}},
		{"in order of first appearance, not of speech", "校长周明出席会议。副校长林华作报告。周明最后讲话。", []string{"周明", "林华"}},
		{"lecturing is speaking", "会上，王建国为全体党员授课。", []string{"王建国"}},
		{"telling is speaking", "会上，李红梅讲述了入党经历。", []string{"李红梅"}},
		{"representatives of a group who speak", "以张国强、刘秀英等为代表的老党员纷纷表示，要发挥余热。", []string{"张国强", "刘秀英"}},
		{"representatives of a group who only attend", "以张国强、刘秀英等为代表的老党员参加了活动。", nil},
		{"a place represented is no name", "以东湖、西湖等为代表的景区纷纷表示欢迎。", nil},
		{"an order given, then a clause that speaks", "集团董事长周建新下达启动令，宣布安全月活动正式启动。", []string{"周建新"}},
		{"a document signed, no speech", "集团董事长周建新签署责任书。", nil},
		{"a speech in a report hall still speaks", "院长王明德在学术报告厅作报告。", []string{"王明德"}},
		{"a delegation after a speaker is no speaker", "会上，东湖县长林国栋讲话，台中市代表团观摩。", []string{"林国栋"}},
		{"领导班子 is no name", "院长钱明讲话，新一届领导班子表态发言。", []string{"钱明"}},
		{"a word opening a title is no name", "东湖公司代表高级经理周文涛表示，合作意义重大。", []string{"周文涛"}},
		{"a word opening a title, a degree after it", "校方代表荣誉教授林海生致辞。", []string{"林海生"}},
		{"a facility's staff is no name", "参观结束后，纪念馆讲解员为党员们讲解了馆藏文物。", nil},
		{"a given name ending in 長", "前副院長林德長表示，合作意義重大。", []string{"林德長"}},
		{"a family name and a title ending in 長", "會後，林市長表示，合作意義重大。", nil},
		// Review 13, finding 12: a family name and a title ending in 长 is no name; a given name
		// ending in 长 is read only where a title or a mention before proves it one.
		{"a family name and the head of a district or a household", "会上，郑片长通报了情况，吴户长表示要配合，院长林大同作总结讲话。", []string{"林大同"}},
		{"a title before a family name and the head of a site", "会上，支部书记刘场长作动员讲话，院长林大同作总结讲话。", []string{"林大同"}},
		{"a given name ending in 长, titled and met again", "副校长林德长致辞。林德长表示，合作意义重大。", []string{"林德长"}},
		// A given name ending in 长 met before, named bare at a clause's start: it opens the
		// series whose names share its predicate (the other name is found only through it).
		{"a given name ending in 长 met before opens a series that speaks", "副校长林德长出席会议。会上，林德长、张伟华先后发言。", []string{"林德长", "张伟华"}},
		// Review 13, finding 2: a name that spells a word of the genre or a form of address is a
		// name where its place proves one: right after a title, right before a verb of speech.
		{"names that spell words, after a title, before speech", "副院长黄金作专题报告，财务处处长冷静指出要控制成本。", []string{"黄金", "冷静"}},
		{"a name that spells a form of address, after a title", "副主任刘科介绍了经验。", []string{"刘科"}},
		{"adverbs after a title are no names", "院长严格要求大家，主任初步介绍了情况，院长公开表示支持，部长严肃指出问题，书记林大同作总结讲话。", []string{"林大同"}},
		{"review 13, finding 2: 卓越", "副校长卓越表示，要提升本科教学质量。", []string{"卓越"}},
		{"review 13, finding 2: 王科", "副院长王科指出，要抓好医疗质量安全。", []string{"王科"}},
		{"review 13, finding 2: 盛大", "教授盛大作题为《唐诗之美》的报告。", []string{"盛大"}},
		{"review 13, finding 2: 冷静", "总经理冷静强调，要坚持安全生产。", []string{"冷静"}},
		{"review 13, finding 2: traditional", "副校長王科致詞。", []string{"王科"}},
		{"a unit's words before a title and a family name with a title", "农场党支部书记王场长作动员讲话，林场党总支书记刘书记作总结，院长林大同致辞。", []string{"林大同"}},
		{"review 13, finding 12: 场长", "东湖国有林场召开安全生产会议。张场长强调，要做好森林防火工作。院长林大同作总结讲话。", []string{"林大同"}},
		{"review 13, finding 12: 矿长", "东湖矿业公司召开安全生产会议。李矿长强调，要做好安全生产工作。院长林大同作总结讲话。", []string{"林大同"}},
		{"review 13, finding 12: 河长", "东湖区召开河长制工作会议。刘河长指出，要加强河道巡查。区长林大同作总结讲话。", []string{"林大同"}},
		{"an adviser", "會上，國策顧問林志遠致詞表示，合作意義重大。", []string{"林志遠"}},
		{"a vice-minister", "教育部政務次長王大明也說，期待雙方合作。", []string{"王大明"}},
		{"an assistant to a head", "开班仪式后，院长助理李晓光为学员们授课。", []string{"李晓光"}},
		{"a dean of a Taiwan university, after the name", "本校林大同研發長致詞，感謝來賓。", []string{"林大同"}},
		{"a province's head", "副省长王建国出席会议并讲话。", []string{"王建国"}},
		{"a name before 共同 and a verb", "仪式由东湖大学校长林国栋与西湖科技董事长周明远共同签署。西湖科技周明远董事长表示，合作意义重大。", []string{"周明远"}},
		{"an adverb of the genre is no name", "同时，严格要求全体员工遵守纪律。", nil},
		{"a word before a title is no name", "会上，金牌讲师介绍了课程。", nil},
		{"a word before a title, read back from it", "会上，宣传部长介绍了情况。", nil},
		{"工作 is no name's end", "会上，明年工作要点被宣读。", nil},
		{"a family name and a short title is no name", "会上，张总强调要抓好落实。王工介绍了项目进展。", nil},
		{"a family name and a craft is no name", "会上，刘师傅介绍了经验。退休职工代表王大爷发言。", nil},
		{"a name before 先生", "林天明先生致詞時表示，感謝大家的支持。", []string{"林天明"}},
		{"a name before 女士", "陳美玲女士在會中分享了她的經驗。", []string{"陳美玲"}},
		{"a name before 校友", "會後，王志明校友分享求學經驗。", []string{"王志明"}},
		{"a name before 老師, after 由", "會中由王美玲老師示範教學，並說明注意事項。", []string{"王美玲"}},
		{"a name before a profession", "東湖律師事務所陳志明律師說明相關法律。", []string{"陳志明"}},
		{"the head of a press", "本校社長王大明致詞。", []string{"王大明"}},
		{"the people addressed are no names", "院长向各位女士、先生们表示感谢。", nil},
		{"a family name and 老先生 is no name", "王老先生表示，感谢大家。", nil},
		{"an adverb of manner after a name of three", "会上，王明华语重心长地表示，要珍惜时光。", []string{"王明华"}},
		{"the speaker of a council", "東湖縣長林大明、議長陳大華出席並致詞。", []string{"林大明", "陳大華"}},
		{"an official of a grade", "市卫健委二级调研员林大同出席并讲话。", []string{"林大同"}},
		{"a counsellor of students", "辅导员林大同作经验分享。", []string{"林大同"}},
		{"the means of speech after a name", "東湖市長黃大明透過視訊致詞。", []string{"黃大明"}},
		{"the occasion of speech after a name", "東湖大學校長林大同接受本報專訪時說，醫學教育要改革。", []string{"林大同"}},
		{"the chair goes on to speak", "院长王大明主持会议，并作总结讲话。", []string{"王大明"}},
		{"the chair goes on to speak, by 他", "典禮由校長林志明主持，他在致詞中勉勵畢業生。", []string{"林志明"}},
		{"the chair invites another to speak", "会议由院长王大明主持，并请副院长李华作报告。", []string{"李华"}},
		{"the one who spoke before, after 继", "继王小梅发言之后，护理部主任李华作总结。", []string{"王小梅", "李华"}},
		{"a family name and a board's title", "會後，陳董事長表示，合作意義重大。", nil},
		// Held-out 10 (scored), 302: 外 closing 除了……外 ends no name (宿舍外 before 还).
		{"外 closing 除了 is no given name", "代表们除了参观学生宿舍外，还听取了创新经验分享。", nil},
		{"外 inside a given name", "院长张外生出席会议并讲话。", []string{"张外生"}},
		{"外 inside a given name, chair and speaker", "部长王外明主持会议并讲话。", []string{"王外明"}},
		// Session 16: a person named again by family name and title (held-out 10 and 11).
		{"family name, title, given name opening with a family name; the name whole elsewhere", "副市長鄭大同與區長顏金明表揚績優員工。顏區長金明表示，要做好服務。", []string{"顏金明"}},
		{"a name after a stop and a space", "典禮隆重舉行。 林志明致辭時表示，要珍惜時光。", []string{"林志明"}},
		{"deputies who only make suggestions do not speak", "座谈会上，镇人大主席王大勇汇报了工作，市人大代表赵明华、钱小红就民生工作提出了意见建议。", []string{"王大勇"}},
		{"suggestions counted and told are speech", "座谈会上，县长孙立新就下一步工作提出了三点意见：一是抓落实，二是强作风。", []string{"孙立新"}},
		{"指 right after the name and an honorific", "校長林志明教授指是次合作意義重大。", []string{"林志明"}},
		{"指导 after a name is no speech", "校长林志明指导学生完成实验。", nil},
		{"family name and title after 会议中", "会议由区长许明华主持。会议中许区长特别感谢各位里长的付出。", []string{"许明华"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Extract(lead+tt.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: speakers %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestHeadlineSpeaker: a speaker named only in the headline (教授来校讲座) is a speaker; one
// whose speech the event relays (某某教授讲话精神学习会) is not.
func TestHeadlineSpeaker(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"东湖大学邀请孙立新教授来校讲座\n3月5日下午，讲座在图书馆报告厅举行，300余名师生到场聆听。", "[孙立新]"},
		// Review 11, finding 29.
		{"西湖学院李华教授讲话精神传达会举行\n3月6日，西湖学院召开会议，传达李华教授讲话精神，院长张强主持。", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Extract(tt.text, Options{}).Summary.Speakers {
			got = append(got, p.Name)
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("%s: speakers %q, want %s", tt.text, got, tt.want)
		}
	}
}

// TestChair checks, on sentences written for it, who is read as presiding.
func TestChair(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"presides at a venue", "3月5日，区长秦明在区会议中心3号会议室主持召开区政府常务会议。", "秦明"},
		{"attends and presides", "3月5日，学校召开推进会，校党委副书记孙明出席并主持会议。", "孙明"},
		{"takes part and presides", "3月5日，集团召开安全工作会议。集团董事长范立新参加并主持会议，各部门负责人参加会议。", "范立新"},
		{"two preside together: no one chair", "3月5日，东湖大学召开推进会。会议由校党委书记王明德和校长李国华共同主持。", ""},
		{"two preside, listed: no one chair", "3月5日，东湖大学召开推进会。会议由副校长王明德、李国华主持。", ""},
		{"one presides, with a title and 和 later in the sentence", "3月5日，东湖大学召开推进会。会议由副校长王明德主持，党委书记和校长出席。", "王明德"},
		{"one attends, another presides", "3月5日，学校召开推进会，校长王强出席会议，副校长李华主持会议。", "李华"},
		{"a family name not in the list, in the chair's place", "3月5日，学院召开教学工作会议。会议由教学副院长行建海主持，院长任利成参加会议。", "行建海"},
		{"takes part in and presides over a group's discussion, another chairs the meeting", "3月5日，西岭市政协十届三次会议举行小组讨论。市长赵刚参加并主持文化界别小组讨论，会议由政协主席孙立主持。", "孙立"},
		{"attends and presides over a delegation's discussion, another chairs the meeting", "3月5日，西岭县人代会举行分组审议。县委书记赵刚出席并主持城关代表团分组审议，县长孙立主持大会。", "孙立"},
		{"presides over a group's discussion only: no chair of the meeting", "3月5日，学院召开教学工作会议。副院长赵刚参加并主持分组讨论。", ""},
		{"a group's discussion chaired by one, the meeting by another", "3月5日，学院召开教学工作会议。会议由院长孙立主持。随后举行分组讨论，各小组讨论由组长赵刚主持。", "孙立"},
		{"a group's discussion chaired by one, the meeting's chair unnamed", "3月5日，学院召开教学工作会议。各小组讨论由组长赵刚主持。", ""},
		{"a word, not a name, between title and 主持", "3月5日，学院召开教学工作会议。会议由院长亲自主持。", ""},
		{"the chair himself: 本人 is no name", "3月5日，学院召开教学工作会议。会议由院长本人主持。", ""},
		{"in turn: 轮流 is no name", "3月5日，学院召开教学工作会议。由各科主任轮流主持。", ""},
		{"throughout: 全程 is no name though 全 is a family name", "3月5日，学院召开教学工作会议。会议由院长全程主持。", ""},
		{"presides, an honorific between the name and 主持", "3月5日，学院召开迎新大会。大会由学工部部长郑小川教授主持，新生代表发言。", "郑小川"},
		{"在……的主持下: the one named before 的 presides", "3月5日，支部召开交流座谈会。在宣传部部长韩立军的主持下，与会代表开展了交流。", "韩立军"},
		{"presides, and another presides with the chair in the same sentence", "区长颜志平出席晚会。晚会由颜区长主持与副市长郑大同联合主持。", ""},
		{"在……的主持下 of two: no one chair", "3月5日，支部召开交流座谈会。在宣传部部长韩立军和秘书长吴小东的主持下，与会代表开展了交流。", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := Extract(tt.text, Options{}).Summary.Chair; c != nil {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("%s: chair %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDottedName checks the reading of a name whose parts a dot separates (Uyghur, Kazakh,
// Tibetan and foreign names written in Han characters), and that a place or a unit joined to
// another by a dot is none.
func TestDottedName(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"阿布都·热合曼指出", "阿布都·热合曼"},
		{"古丽娜·买买提·艾力作报告", "古丽娜·买买提·艾力"},
		{"玛依拉•托合提讲话", "玛依拉•托合提"},
		{"中国·东湖医院指出", ""},
		{"东湖·西湖区表示", ""},
		{"阿布都·热合曼买了", ""},
	}
	for _, tt := range tests {
		if got, _ := dottedNameAt(tt.text, 0); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.text, got, tt.want)
		}
	}
}
