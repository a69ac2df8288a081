package extract

import "testing"

// TestPlaceGovernment: a local government its page names by its level (县政府, 縣府, 我县, 街道) or
// as the holder by a short form is the one place of that level the page names, in the fullest
// form the page writes of its body; nothing for a township, nor where the page names two places of the level, names
// the level only in a person's title or only after a year, or names a higher body by its level
// and never calls the place its own. The pages are made up; no row is a real page's text.
func TestPlaceGovernment(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"a word of time before 县委 names no county (review19)",
			"3月2日，我县举行重大项目集中开工仪式。\n会后县领导到工地调研。近期县委将召开全会。",
			""},
		{"a word of sequence before 县委 names no county (review19)",
			"县政府召开安全生产会议\n3月2日，县政府召开安全生产会议。会议强调，届时县委将开展督查。",
			""},
		{"a word of time before a sub-district's office names none (review19)",
			"街道召开工作会议\n3月2日，街道召开年度工作会议。会议要求，年底街道办事处将总结全年工作。",
			""},
		{"level only, the place written with its government",
			"柳溪简讯\n3月2日，县政府召开春耕生产调度会。副县长王明出席会议。\n会议要求，各乡镇要抓好春耕。柳溪县人民政府办公室供稿。",
			"柳溪县人民政府"},
		{"a newspaper's 该县, the place written alone, and an acting head (代县长) no county 代县",
			"本报讯 新春佳节即将来临，困难群众的生活牵动着武陟县领导干部的心。2月9日，武陟县四大班子领导分成8个小组，分别到各乡镇看望困难群众。\n该县县委书记李华一行到县敬老院慰问。该县县委副书记、代县长王玲一行到城区走访。",
			"武陟县"},
		{"our county, the place written alone",
			"3月2日，我县举行重大项目集中开工仪式，共开工项目12个。\n县委书记李华宣布开工。各项目要为青禾县发展作出贡献。青禾县将持续优化营商环境。",
			"青禾县"},
		{"Taiwan: 縣府, the government in a photo credit",
			"記者王小明/綜合報導\n縣政府5日在縣府大禮堂舉辦志工表揚典禮，共有100人參加。\n▲大合照。(圖/雲溪縣政府提供)",
			"雲溪縣政府"},
		{"four characters before a level's word that open no known place are no county's name",
			"5月26日，青禾县在杨塔乡开展防汛应急演练。\n演练模拟县水保局收到暴雨预警信息，向县政府分管领导请示启动预警。\n来源：青禾县委宣传部",
			"青禾县"},
		{"two counties of the level: which is meant the page does not say",
			"3月2日，县政府召开春耕生产调度会。\n会议听取了青禾县和柳溪县的经验介绍，青禾县、柳溪县分别发言。",
			""},
		{"the level only in a person's title, the county only as where a company is",
			"1月23日，县委副书记、县长魏明深入企业督导安全生产工作。\n在青禾县的几家企业，他详细了解了安全生产情况，要求为青禾县发展守住底线。",
			""},
		{"a higher body named by its level, the county never called our own",
			"3月2日，市督查组到县政府督查春耕工作。市农业局有关负责人参加。\n督查组充分肯定了青禾县的做法，青禾县将继续抓好春耕。",
			""},
		{"the county's word only after a year",
			"10月17日，我县召开2020年度县政府工作报告重点工作调度会议。县领导刘明参加会议。",
			""},
		{"a sub-district holding the event, its fuller form with the district",
			"桂溪桂林路街道举办社区邻里节\n5月20日，桂溪区桂林路街道第五届社区邻里节在中心广场开幕。\n居民载歌载舞，共度佳节。未来，桂林路街道将持续深化邻里建设。",
			"桂溪区桂林路街道"},
		{"a sub-district holding the event, its office written too",
			"4月10日，银杏街道召开2018年社会事业工作会议。\n由银杏街道办事处副主任张华带队，各社区负责人参加。",
			"银杏街道办事处"},
		{"a headline opening with a sub-district and a colon, a piece of a sentence before it in the lead",
			"• 柳溪区桂林路街道办事处\n• 2020-09-17\n桂林路街道：青春志愿社区行 共驻共建促提升\n9月17日上午，五号街坊社区联合柳溪区团区委等多家单位开展志愿服务活动。",
			"柳溪区桂林路街道办事处"},
		{"a headline's place holding the event, its government written in the lead",
			"國慶75周年|東區舉辦綵燈慶祝活動\n為慶祝國慶，東區各界聯會以及東區民政事務處，舉辦綵燈慶祝活動，共有500人參加。",
			"東區民政事務處"},
		{"a district office in a short form, the page writing its city in full",
			"新竹東山區公所新春團拜\n新竹市東山區公所4日舉辦新春團拜，邀集里長及社區代表共迎新春。\n區長林美表示，東山區各項建設持續推動。",
			"新竹市東山區公所"},
		{"a county's second body named by its level after its first, by its place: the county's, named, not the page's own",
			"3月2日，东湖学院与青禾县人民政府签订战略合作协议。\n院长王明表示，期待青禾县委、县政府继续关心学院的发展，青禾县将提供支持。",
			""},
		{"a phrase ending in the level's word once is no place",
			"縣政府5日舉辦志工表揚典禮，共有100人參加。\n包括縣議員王明、李華等貴賓亦到場。",
			""},
		{"a body named by its level in the headline, with its city in the lead",
			"市人大教科文卫委调研青禾县人大工作\n近日，常德市人大教科文卫委主任委员李明一行来青禾县，调研县人大工作。",
			"常德市人大教科文卫委"},
		{"a body named by its level, two cities' bodies of that name on the page",
			"市人大教科文卫委调研青禾县人大工作\n近日，常德市人大教科文卫委主任委员李明、岳阳市人大教科文卫委主任委员王华一行来青禾县调研。",
			""},
		{"a school's page naming the county it helps by its level",
			"3月2日，我校驻村工作队召开工作推进会。\n会议要求，要落实县委、县政府部署，为青禾县发展贡献力量。青禾县将继续支持工作队。",
			""},
		{"a township is not read: its page's institution is left empty, as the labels have it",
			"柳河镇召开防汛工作会议\n柳河镇人民政府 2021-05-06\n5月6日，柳河镇在镇政府会议室召开防汛工作会议，镇长王强主持会议。",
			""},
		{"Taiwan: the head leads 縣府's departments, the county named as a place",
			"雲溪縣長王明視察河道工程\n進入汛期，雲溪縣各項工程正積極推動中。雲溪縣長王明5日率縣府建設處、農業處團隊，前往視察河道疏濬進度。",
			"雲溪縣"},
		{"a campus holding the event is no district",
			"3月31日下午，管庄校区召开党史学习教育动员大会。校区全体教职工参加会议。",
			""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Extract(c.text, Options{}).Summary.Institution; got != c.want {
				t.Errorf("institution: got %q, want %q", got, c.want)
			}
		})
	}
}
