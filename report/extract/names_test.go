package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestInstitutionRules: each row is one rule of what names an institution (see names.go and
// institution.go); the sentences are made up for the test.
func TestInstitutionRules(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ rule, text, inst, unit string }{
		// A time word ends the subject's name: what follows is when and where (假某酒店), not the
		// name; the wire dateline before it is no part of it either.
		{"dateline and time in the subject", "青石日報訊（記者 周明）青石醫院昨日假海景酒店宴會廳隆重舉行週年慶典。", "青石醫院", "青石醫院"},
		// A body named in a person's title holds nothing: 集团党委书记某某主持召开.
		{"body in the chair's title", "6月9日上午，集团党委书记、董事长周明主持召开董事会会议，研究安全生产工作。", "", ""},
		// 直属 describes, as 下属 does: 直属公司 is no name.
		{"直属 before 公司", "6月9日，周明主持召开会议。会议要求，各部门、直属公司迅速传达会议精神；各部门、直属公司全面开展自查。", "", ""},
		// A body named by its level and no place names the page's own body only when it holds the
		// event; as a participant it is one of an unnamed government's.
		{"bare body taking part", "1月5日下午，副县长周明在县行政中心召开调度会，县商务局、县科工局分别作了发言。", "", ""},
		{"bare body holding", "7月2日，区水务局在局机关会议室召开防汛工作会议。", "区水务局", "区水务局"},
		{"bare hospital in a headline", "县人民医院“送医下乡”暖人心\n3月1日，志愿者医疗队来到青石村开展义诊。", "", ""},
		// In running text, a verb and its object are no name (做好集团, 保障医院).
		{"verb before 集团", "集团召开工作会议。会议听取了汇报。会议研究了工作。会议要求，要做好集团全年工作安排。", "", ""},
		{"以 before 医院", "医院召开工作会议。会议听取了汇报。会议研究了工作。要以保障医院安全运行为重点。", "", ""},
		// 等 closes an enumeration: what follows it is a new phrase.
		{"等 before 医院", "5月3日，院长带领职能部门负责人深入门诊、病房及后勤保障等医院各个区域检查。", "", ""},
		// 去, 没有: a clause, not a name.
		{"去 before 医院", "5月3日，志愿者来到青石村，让没有时间去大医院看病的群众在家门口就诊。", "", ""},
		// A date run into a meeting's name is not part of a name.
		{"date before 集团", "12月27日，集团公司召开2025年集团工作会议。", "", ""},
		// A party organisation's meeting named with its term is held by its standing body, as
		// the page names it.
		{"term meeting", "中国民主同盟青川市第五次代表大会召开\n5月8日，中国民主同盟青川市第五次代表大会在青川召开。大会选举产生了新一届委员会。过去五年，民盟青川市委会团结带领广大盟员履职尽责。", "民盟青川市委会", "民盟青川市委会"},
		{"term committee", "5月8日，九三学社青川市第九届委员会第二次全体会议召开。会议总结了工作。九三学社青川市委会将继续努力。", "九三学社青川市委会", "九三学社青川市委会"},
		{"term without its standing name", "5月8日，九三学社青川市第九届委员会第二次全体会议召开。会议总结了工作。", "九三学社青川市第九届委员会", "九三学社青川市第九届委员会"},
		// 本校理學院 organizing is 理學院 (a committee keeps 校: 校党委); 於……辦理 holds an event.
		{"本校 unit", "國立青川大學\n本校理學院於110年4月13日於音樂廳辦理演講活動。", "國立青川大學", "理學院"},
		// 学院 alone is the institution's word for itself, as 学校 is.
		{"学院 alone", "2006年9月6日，学院召开新学期开学教职工大会。", "", ""},
		// A campus holds its own meetings.
		{"campus", "东湖大学\n3月31日下午，青石校区召开动员大会。", "东湖大学", "青石校区"},
		// The subject of the event's verb is the host, whole, however long, past an adverb
		// (及时召开); a construction project is a unit (某公司某铁路项目).
		{"long host", "6月20日，青川建工集团四公司青石工业园区九年一贯制学校项目部组织开展了安全生产月活动。", "青川建工集团", "青川建工集团四公司青石工业园区九年一贯制学校项目部"},
		{"project and adverb", "5月31日，青川建工集团市政公司青石排洪渠工程项目及时召开动员会。", "青川建工集团", "青川建工集团市政公司青石排洪渠工程项目"},
		// A party committee named in full: 某市委员会, not 某市委.
		{"委员会 in full", "9月30日，九三学社青川市委员会召开全体会议。", "九三学社青川市委员会", "九三学社青川市委员会"},
		// A kind of company after a verb is no name (提高代建公司的水平), in the opening too.
		{"kind of company", "5月18日，区长周明赴区发改委调研。周明要求，要集中技术力量、提高代建公司的专业水平。", "", ""},
		// The fullest form: a hospital's name with its kind inserted; not a sister hospital named
		// in its director's title.
		{"kind inserted", "青川冉升医院举办护士节表彰大会\n5月12日，青川冉升精神医院组织了表彰活动。", "青川冉升精神医院", "青川冉升精神医院"},
		{"sister hospital in a title", "青川医院举办院庆活动\n3月24日，青川医院举办院庆活动，青川癌治疗医院周明院长出席。", "青川医院", "青川医院"},
		// The institution's own committee named by its word for itself is written as the text
		// writes it; a short form of the institution is the institution.
		{"own committee", "青川师范学院召开推进会\n10月17日上午，学校党委组织召开清廉学校建设推进会。", "青川师范学院", "学校党委"},
		{"short form organizing", "8月16日下午，青川区政府召开全体会议。\n主办：青川市青川区人民政府", "青川市青川区人民政府", "青川市青川区人民政府"},
		// A name starts with a place or an organisation's head (places.go, orgheads.go); a span
		// that holds one after a clause starts there, and a span with none is a name only where
		// the page gives it as one more than once (by its own word too); else no name at all.
		{"head after a clause", "5月8日，周明、吴强分别代表中国青石大学、冉升市人民政府签署合作协议。周明表示，双方将深化合作。", "中国青石大学", "中国青石大学"},
		{"clause tail, no head", "5月7日，我院召开职工代表大会。与会代表共商发展大计，共绘医院发展蓝图。", "", ""},
		{"subject after a date", "3月5日上午青石医院召开职工代表大会。", "青石医院", "青石医院"},
		{"由 before the host", "6月3日，由青石医院主办的学术年会在冉升举行。", "青石医院", "青石医院"},
		{"name in a title", "6月3日，青石大学校长周明会见冉升集团董事长李华一行。", "青石大学", "青石大学"},
		{"company's form", "6月3日，青石集团有限公司于近日召开安全会议。", "青石集团有限公司", "青石集团有限公司"},
		{"headless name given twice", "为全面回顾总结集团公司年度工作，1月28日上午，青石集团公司召开年度工作会议。会上，青石集团公司董事长作报告。", "青石集团公司", "青石集团公司"},
		{"headless name by its own word", "4/13(冉升日報)冉升醫學中心今日前往青石義診。\n冉升在去年首次前往青石。\n今年，青石再次邀請冉升與當地醫院合作。", "冉升醫學中心", "冉升醫學中心"},
		{"level without place", "9月5日，为落实部署，在市青石集团召开安全会议。", "市青石集团", "市青石集团"},
		{"headline's subject", "青山医院获评省级文明单位\n近日，经省文明委评定，授予青山医院省级文明单位称号。", "青山医院", "青山医院"},
		{"body without a head", "近日，经省文明委评定，授予青山医院省级文明单位称号。", "", ""},
		{"place with its level", "7月2日，青川县人民医院与冉升公司签订合作协议。", "青川县人民医院", "青川县人民医院"},
		// A party's name and a committee's word around a clause are no organisation (民盟盟员积极
		// 参加市委); nor is a clause that ends in a unit's word the organizer.
		{"party clause", "5月8日，民盟盟员积极参加市委组织的活动。", "", ""},
		{"organizer clause", "5月8日，民进会员深入基层支部开展活动。", "", ""},
		// A body invited to the event is a guest.
		// A body named by its level alone holding the event of an unnamed institution is that
		// institution, unnamed.
		{"bare organ", "12月5日，区委常委会（扩大）会议召开，区长周明主持会议并讲话。", "", ""},
		{"invited", "8月14日，2019民盟西部城市盟务工作会议在青石举行。民盟冉升市委会应邀参会。本次会议由民盟青石市委会承办。民盟青石市委会主委周明致辞。", "民盟青石市委会", "民盟青石市委会"},
		// The longest complete name: an affiliated hospital (附設), a company's plant.
		{"附設 hospital", "中國青石大學附設醫院今天舉辦迎春活動，院長周明出席。", "中國青石大學附設醫院", "中國青石大學附設醫院"},
		{"fuller form of an abbreviation", "▲台青公司冉升發電廠舉辦迎春活動。\n台灣青石電力公司冉升發電廠於今日上午在行政大樓舉辦迎春活動，由廠長周明主持。", "台灣青石電力公司冉升發電廠", "台灣青石電力公司冉升發電廠"},
		// A name with 第一 (中医, 妇幼) put before its institutional word is a sister institution.
		{"sister hospital named side by side", "3月5日，东湖市人民医院召开医联体工作会议。会上，东湖市人民医院与东湖市第一人民医院签署合作协议。", "东湖市人民医院", "东湖市人民医院"},
		{"sister hospital named apart", "3月5日，东湖市人民医院召开医联体工作会议。东湖市第一人民医院院长周明出席。", "东湖市人民医院", "东湖市人民医院"},
		{"plant", "台灣青石公司冉升發電廠於今日上午舉辦迎春活動，由廠長周明主持。", "台灣青石公司冉升發電廠", "台灣青石公司冉升發電廠"},
		// A party organisation's fullest form is written with the party's full name.
		{"party's full name", "1月9日，民进青石市委举行座谈会。民进青石市委副主委周明出席并讲话。\n中国民主促进会青石市委员会版权所有", "中国民主促进会青石市委员会", "中国民主促进会青石市委员会"},
		// A party's grass-roots organisation in an institution, its committee named short.
		{"grass-roots organisation", "7月8日下午，社杭州市委青石第一人民医院基层委员会走进冉升社区，举行义诊活动。", "社杭州市委青石第一人民医院基层委员会", "社杭州市委青石第一人民医院基层委员会"},
		// The organizing unit: 学院 alone is the college's word for itself, 学院党委 its own
		// committee; a unit after 在 is a venue; the last of an enumeration is not the subject.
		{"学院 for itself", "9月6日，学院召开新学期开学教职工大会，院长周明讲话。", "", ""},
		{"学院党委", "学院党委于11月25日至26日召开工作务虚会，全体中层干部参加。", "", "学院党委"},
		{"venue after 在", "10月18日，我院在校本部学术报告厅召开教学工作会议。", "", ""},
		{"enumeration", "5月8日，民盟青石区支部联合机关支部、冉升支部开展主题活动。", "民盟青石区支部", "民盟青石区支部"},
		// A group of the school's committee holds the event: the group, as the text writes it.
		{"committee's group", "4月14日下午，学校党委理论学习中心组举行集中学习，校长周明主持学习并讲话。", "", "学校党委理论学习中心组"},
		// 组织部 is a department, not the verb 组织: its college organizes nothing.
		{"组织部", "9月19日上午，民盟青石区第四支社联合冉升学院支社开展了主题活动。冉升学院组织部副部长周明、支社主委李华参加活动。", "民盟青石区第四支社", "民盟青石区第四支社"},
		// 校长和部分, 一贯制学校项目部: no unit of the school's own.
		{"no 校长和部", "7月5日，高级研修班开班，40位来自各中小学的校长和部分教育局负责人参加。", "", ""},
	} {
		s := Extract(c.text, Options{Year: 2021}).Summary
		if s.Institution != c.inst || s.Unit != c.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", c.rule, s.Institution, s.Unit, c.inst, c.unit)
		}
	}
}

// TestUnitsRules: each row is one rule of which organisations count as units taking part; the
// sentences are made up for the test.
func TestUnitsRules(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		// An organisation in a former or present title names a person, not a unit.
		{"former title", "5月8日，东湖大学召开座谈会。青川师范学院原校长周明、原党委书记吴强出席。", nil},
		// Units the meeting sets up do not yet take part: 成立, 组建, 设立 as 新增, 开设.
		{"units set up", "5月8日，东湖科技有限公司召开首次总经理办公会议。会议决定，公司成立安全管理部、质量管理部等两个部门。", nil},
		// Units whose reports are heard report at the event: they take part (听取某局汇报).
		{"reports heard", "7月5日，区委书记周明主持召开防汛工作会议，听取区水利局、区住建局和各镇防汛工作情况汇报。", []string{"区水利局", "区住建局"}},
		// An organisation before a name in Latin letters and a title names a person.
		{"Latin name and title", "5月8日，东湖大学召开研讨会。青川科技大学R.Kumar教授等学者与会。", nil},
		// The issuer of a document named in book-title marks is its source, not a unit taking part.
		{"document issued", "5月8日，东湖大学召开座谈会，周明带领大家逐条解读致公党中央下发的《党费管理办法》、青川市委制定的《2021年度培训方案》。", nil},
		// A department and a title after an organisation make a title (某特区政府社会文化司司长).
		{"department and title", "5月8日，东湖大学召开座谈会。青川特区政府社会文化司司长周明出席。", nil},
		// The owner of a meeting named inside the meeting's name is not said to take part.
		{"inside a meeting's name", "5月8日，东湖大学召开会议，会议同时作为青川区安全生产委员会2021年第二次会议。", nil},
		// Units credited in a bracket closing the article wrote it; they did not take part.
		{"credit", "5月8日，东湖大学召开座谈会，保卫处有关负责人参加。\n（东湖大学党委宣传部、校长办公室）", []string{"保卫处"}},
		// The site's furniture: 技术支持：某中心.
		{"furniture", "5月8日，东湖大学召开座谈会，保卫处有关负责人参加。\n技术支持：青川县信息中心", []string{"保卫处"}},
		// After a copula, a noun phrase says what something is.
		{"predicate", "5月8日，东湖大学召开座谈会。校长表示，东湖大学作为应用科学大学，要服务地方。", nil},
		// A name may start with a numeral (九龙江, 九三学社); a numeral and a unit's word alone is
		// a piece of an enumeration (第一、二党支部).
		{"numeral starts a name", "5月8日，东湖大学召开座谈会，九龙江集团党委理论学习中心组成员参加会议。", []string{"九龙江集团党委理论学习中心组"}},
		{"ordinal piece", "5月8日，东湖大学召开座谈会。周明代表学校第一、二党支部发言。", nil},
		// 与 before the Party's name starts a name: 始终与中共某市委 is no name.
		{"与 before 中共", "5月8日，东湖大学召开座谈会，中共青川市委统战部有关负责人参加。东湖大学多年来始终与中共青川市委共建实践基地。", []string{"中共青川市委统战部", "中共青川市委"}},
		// The headline names units too; the fuller of two forms stands.
		{"headline", "青川师范学院老领导一行来我校考察\n5月8日，十余位老领导来到我校座谈。", []string{"青川师范学院"}},
		{"fuller form", "党委理论学习中心组开展专题学习\n5月8日，东湖大学党委理论学习中心组开展专题学习。", []string{"东湖大学党委理论学习中心组"}},
		// The institution's word for itself before a unit: the unit is its own (赠予本校图书馆).
		{"本校 before a unit", "5月8日，周院长赠予本校图书馆图书一套，保卫处有关负责人参加。", []string{"图书馆", "保卫处"}},
		// A word for the institution joined to another noun is no name.
		{"与医院", "5月8日，东湖医院举办志工感恩会。院长说，志工默默守护病人与医院。", nil},
		// 服务中心大局 is a phrase, not 服务中心.
		{"服务中心大局", "5月8日，东湖大学召开会议，提出三点希望：深化政治交接；服务中心大局；锻造过硬队伍。", nil},
		// Verbs before a unit's word, in both scripts: 成立, 位列, 守護.
		{"成立", "5月8日，东湖大学召开动员会，及时成立“安全月”活动领导小组。", nil},
		{"位列", "5月8日，東湖大學舉行典禮。東湖大學發展迅速，位列大中華區大學前20名。", nil},
		// Government offices' short names end in 办; 举办 is a verb.
		{"office short names", "9月30日，区政府召开全体会议。区督查办、区环委办、区食药安办通报了有关工作。", []string{"区督查办", "区环委办", "区食药安办"}},
		{"office short names, traditional", "9月30日，區政府召開全體會議。區督查辦、區環委辦通報了有關工作。", []string{"區督查辦", "區環委辦"}},
		{"举办", "9月30日，东湖大学保卫处与青川县委联合举办安全讲座。", []string{"东湖大学保卫处", "青川县委"}},
		// A community is named in its administrative chain; 社区 alone is none.
		{"community", "9月30日，东湖大学志愿服务队走进青川街道青石社区，服务院内及社区居民。", []string{"东湖大学志愿服务队", "青川街道青石社区"}},
		// Bodies that are names alone or by their level: 工商联, 县人大; a democratic party's centre.
		{"standalone bodies", "9月30日，会议召开。周明代表各民主党派、工商联、知联会致辞，县人大、县政协有关负责人参加。", []string{"工商联", "知联会", "县人大", "县政协"}},
		{"party centre", "9月30日，会议召开。社中央、民盟中央派员参加，会议传达了党中央精神。", []string{"社中央", "民盟中央"}},
		// Titles: 副秘书长, 党组成员.
		{"titles", "9月30日，会议召开。省政协副秘书长周明，市政协党组成员吴强出席。", nil},
		// 省委省政府: the higher authorities, sources of policy.
		{"authorities", "9月30日，会议召开，深入贯彻省委省政府、市委市政府部署。", nil},
		// 社市委 is the institution 九三学社青川市委 itself; 社省委 is another body.
		{"party short form", "九三学社青川市委员会召开会议\n9月30日，九三学社青川市委员会召开会议。社市委、社省委有关人员参加。", []string{"社省委"}},
		// 总会, 分会, 联谊会, 书院.
		{"associations", "9月30日，东湖医院举办活动。青川工业总会、青川保护协会东湖分会、东湖医院退休人员联谊会、东湖大学明德书院派员参加。", []string{"青川工业总会", "青川保护协会东湖分会", "东湖医院退休人员联谊会", "东湖大学明德书院"}},
		// A commission's short name ends in 委 (区发改委); 常委 is a title.
		{"委", "5月18日上午，区委常委、副区长周明带队赴区发改委开展调研。", []string{"区发改委"}},
		// 某委相关科室: unnamed departments, which are no units, nor is their owner said to take part.
		{"相关科室", "5月18日，东湖大学召开座谈会，市发改委相关科室负责同志参加。", nil},
		// A bracketed date stands in the sentence, not in a name.
		{"date aside", "东湖大学周三（14日）与青川工业总会签署合作备忘录。", []string{"青川工业总会"}},
		// A unit linked with (连结了) takes part.
		{"连结了", "5月18日，东湖医院连结了青川发展协会、青石发展协会，为居民送去物资。", []string{"青川发展协会", "青石发展协会"}},
		// 安全部 is a department (not 全部), and it may arrange (安排) work.
		{"安全部", "5月18日，东湖集团召开安全月动员会。会议上，安全部安排部署了安全月工作。", []string{"安全部"}},
		// The sources of a policy carried out are not taking part.
		{"source of policy", "5月18日，东湖集团召开会议，要求落实市委、市国资委部署。", nil},
		// The institution's own committee organizing is a unit taking part.
		{"own committee", "青川师范学院召开推进会\n10月17日上午，学校党委组织召开清廉学校建设推进会。", []string{"学校党委"}},
		// Departments take part when sent or organized (组织心内科、儿科专家); specialties the
		// experts practise are not units (医疗队内科、儿科等专家询问病情).
		{"specialties sent", "东湖医院开展义诊\n9月4日，医院组织心内科、儿科专家到青石村义诊。", []string{"心内科", "儿科"}},
		{"doctors of departments sent", "东湖医院开展义诊\n9月4日，医院组织心内科、儿科医生到青石村义诊。", []string{"心内科", "儿科"}},
		{"specialties practised", "9月4日，东湖医院开展义诊。义诊期间，医疗队内科、儿科等专家询问了患者病情。", nil},
		// A unit takes part through its members (某医疗队的医务人员来到村里), after 带领.
		{"members", "9月4日，副院长周明带领医院志愿者巡回医疗队的医务人员来到村里。", []string{"医院志愿者巡回医疗队"}},
		// A headline that starts with a body named by its level names the page's own body.
		{"headline's own body", "县人民医院“下乡义诊”送健康\n9月4日，志愿者来到青石村开展义诊。县人民医院的专家为村民体检。", nil},
		// Units told what to do, or what they will do, are addressees, not taking part.
		{"instructed", "9月4日，东湖医院召开安全会议，保卫处有关负责人参加。院长要求，总务处、基建办等职能科室要提高警惕。安全生产委员会将于近期签订责任书。", []string{"保卫处"}},
		// A unit named is a complete noun phrase: followed by another noun it is a modifier
		// (青川医院改革发展大计); followed by a word for a day it stands (总会昨日签署).
		{"modifier of a noun", "5月8日，东湖大学召开职代会。会上，青川市人民医院改革经验受到关注。", nil},
		{"day after a name", "东湖大学与青川工业总会昨日签署合作备忘录。", []string{"青川工业总会"}},
		// After a verb of giving, the unit given to is followed by what is given (赠予本校图书馆
		// 上官鼎著作); a person's name after a unit in a list of guests is an affiliation.
		{"second object", "5月8日，东湖大学召开座谈会。陈院长赠予本校图书馆上官鼎著作一套。", []string{"图书馆"}},
		{"affiliation before a name", "5月8日，东湖大学举行晚宴。青川市教育局外事办公室刘明、青川市副市长吴强出席。", nil},
		// Two characters and a kind of institution are a name only with a head: a level (市政府),
		// or the name opening a sentence of the page; 寻求政府 is a verb and its object.
		{"short kind, no head", "5月8日，东湖大学召开会议，与企业管理部门对接，寻求政府和企业的支持。", nil},
		{"short kind, a place", "5月8日，东湖大学召开会议，常州大学和南通大学有关负责人参加。", []string{"常州大学", "南通大学"}},
		{"short kind, headed", "5月8日，东湖大学召开会议，区医院和青石公司有关负责人参加。青石公司成立于1990年。", []string{"区医院", "青石公司"}},
		// The institution's headquarters is the institution itself.
		{"headquarters", "5月8日，东湖集团召开年度大会，东湖集团总部全体成员参加。", nil},
		// Facilities visited (参观了某馆、某馆) or called facilities (……等设施) are no units.
		{"facilities visited", "5月8日，东湖大学与青川市政府签约。签约前，青川市政府一行参观了东湖大学博物馆、图书馆。", []string{"青川市政府"}},
		{"called facilities", "5月8日，东湖大学与青川理工大学签约。行程包括东湖大学的化学系实验室、物理系实验室等设施。", []string{"青川理工大学"}},
		// A title, a verb of a clause or a verb whose object is a document inside a span: no name.
		{"title inside", "5月8日，东湖大学召开座谈会，青川市国资委党委委员、副主任李小学出席。", nil},
		{"包括 inside", "5月8日，东湖大学召开会议。周明指出，多项重大工程包括青川防卫部及码头外迁。", nil},
		{"document's source", "5月8日，东湖大学召开会议。议程：一、学习中共青川市委〔2005〕38号文件。", nil},
		// A title after an organisation: 某防卫部副指挥官.
		{"指挥官", "5月8日，东湖大学举行典礼。青川防卫部副指挥官周明出席。", nil},
		// A page cut off right after a name: what followed it is not known.
		{"cut off", "5月8日，东湖大学召开座谈会。出席的有保卫处处长周明、继续教育学院", nil},
		// A preposition takes a noun phrase: two characters and a kind of institution after it
		// are a name (对青石公司开展检查).
		{"short kind after a preposition", "9月29日，东湖集团董事长周明带队对青石公司开展安全检查。", []string{"青石公司"}},
		// A body's leaders named as a group, with no person's name, are no title: sitting in
		// (列席), they take part for it.
		{"leaders as a group", "5月8日，东湖大学召开会议。周明院长、教务处、督导处领导列席了会议。", []string{"教务处", "督导处"}},
		// Units greeted (对某厅领导表示欢迎) are not said to take part; units whose support the
		// event received (受到了某市委、某支社的支持) are.
		{"greeted", "5月8日，东湖大学举行开班典礼。副院长致欢迎辞，并对省教厅领导、各县学员表示欢迎。", nil},
		{"span of time", "5月8日，九三学社青川市第九支社召开换届大会。五年来第九支社共发展社员20名。", nil},
		{"supported by", "5月8日，东湖大学举行义诊活动。此次活动受到了青川市委、青石支社领导的大力支持。", []string{"青川市委", "青石支社"}},
		// The institution itself in its short form, by the party's canonical name (民进某市委 for
		// 中国民主促进会某市委员会); the body it belongs to, named alone, is another unit.
		{"party's short form", "中国民主促进会青川市委员会举行座谈会\n1月9日，民进青川市委举行座谈会。", nil},
		{"parent body", "7月8日，社青川市委东湖医院基层委员会走进青石社区开展义诊。此次活动受到了社青川市委、青石支社领导的大力支持。", []string{"社青川市委", "青石支社"}},
		// An organisation in the title of a person who leads a group of it to the event takes
		// part (某学会理事长某某，率会员……); not when the person leads everyone in a review,
		// nor as its former officer.
		{"delegation", "5月8日，东湖大学召开座谈会。青川医学会副会长周明率领专家到会交流。", []string{"青川医学会"}},
		{"带领大家", "5月8日，东湖大学举办报告会。民盟青川市委宣传部部长周明作报告，带领大家回顾历史。", nil},
		{"former officer", "5月8日，东湖大学举办报告会。原民盟青川市委宣传部部长周明率领大家学习。", nil},
		// Ensembles take part: 合唱团, 乐团; one that leads the singing or the march (在某乐仪队引领下)
		// too, as the labels of real pages have it.
		{"ensembles", "1月1日，升旗典礼在广场举行。在青川中学乐仪队引领以及青石合唱团领唱下，全场高唱国歌。", []string{"青川中学乐仪队", "青石合唱团"}},
		// A body named by its level holding an unnamed institution's event is that institution.
		// Bodies whose document or decision (关于……) is conveyed are its sources, not units taking part.
		{"source of a document", "9月20日，东湖集团召开安全生产会议。会议还传达了国务院安委会办公室、应急管理部和省安委会办公室、省国资委关于汲取事故教训的通知。", nil},
		{"source of a decision", "近日，东湖集团召开专题会议。会议要求把思想统一到党中央和自治区党委、政府关于安全生产的决策部署上。", nil},
		// A body whose work is meant (抓实政府各项重点工作) does not take part.
		{"owner of work", "3月5日，东湖县召开全体会议。会议要求，凝心聚力、抓紧抓实政府各项重点工作。", nil},
		// A verb inside the span (建構契合式產業學院) makes it a clause, not a name.
		{"verb inside", "3月5日，東湖大學舉行簽約儀式。校長指出，該校發展立基於產學連結、潛力特色領域及建構契合式產業學院。", nil},
		// A unit named with and without its party's name is written in the fuller form.
		{"party's name", "9月19日上午，九三学社青石区第四支社联合冉升学院支社开展了主题活动。九三学社冉升学院支社主委李华参加活动。", []string{"九三学社冉升学院支社"}},
		{"a city's committee beside a party's", "3月5日，东湖市委组织部召开会议，民盟东湖市委主委李华出席。东湖市委、市政府有关领导出席。", []string{"东湖市委组织部", "东湖市委"}},
		{"bare organizer", "12月5日，区委常委会召开会议，传达学习有关精神。", nil},
	} {
		got := Extract(c.text, Options{Year: 2021}).Summary.UnitsInvolved
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.rule, got, c.want)
		}
	}
}

// BenchmarkExtractRepeatedNames: text that is nothing but names, with no sentence end, must stay
// linear (every candidate's fullest form is looked up in one index of the page; a term meeting
// repeated 2000 times once took 47 s). Compare -bench results at two sizes.
func BenchmarkExtractRepeatedNames(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		text := strings.Repeat("九三学社青川市第五届委员会（东湖大学保卫处、", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Extract(text, Options{})
			}
		})
	}
}
