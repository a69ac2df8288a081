package extract

import "testing"

// TestFiguresFig15 holds the classes of figure errors met on held-out 15 (scored), each row made
// up, not a page's text.
func TestFiguresFig15(t *testing.T) {
	checkFigureRows(t, []figureRow{
		// 73026部队: a number before 部队 designates an army unit; 部 begins the word, as 部门 does.
		{"an army unit's number is no count", "学院在某营区61234部队举行开班仪式，50名士兵参加。", []string{"士兵=50名/"}},
		{"an army unit's number, traditional", "學院在某營區61234部隊舉行開班儀式，50名士兵參加。", []string{"士兵=50名/"}},
		// 县规建局、县交通局2家部门: a count right after as many names as it counts refers back.
		{"two named bodies and their count", "县民政局、县财政局2家部门和甲建设公司、乙矿业有限公司2家企业作了发言，80名干部参加会议。", []string{"干部=80名/"}},
		{"two named hospitals and their count, traditional", "東湖醫院與南山醫院兩家醫院共同舉辦義診，服務民眾300人次。", []string{"服務民眾=300人次/"}},
		{"named teams and their count", "会上成立宣传、服务、保障3个小组，志愿者60名参加。", []string{"志愿者=60名/"}},
		{"a list shorter than its count stands", "县民政局、县财政局等5家部门参加会议。", []string{"部门=5家/"}},
		{"a total with 共 stands", "甲公司與乙公司、丙公司共3家企業聯合主辦活動。", []string{"企業=3家/"}},
		{"a count whose noun determines people stands", "来自甲县、乙县两个县区的80名学员参加培训。", []string{"县区=2个/", "学员=80名/"}},
		{"sessions named by their times stand", "典禮分上午和下午兩場舉行，共300名學生獲得學位。", []string{"典禮分上午和下午=2場/", "獲得學位學生=300名/"}},
		// 由原来的16个扩展到32个: the state a change starts from is background.
		{"the state a change starts from", "今年服务点由原来的12个扩展到24个，志愿者80名参加。", []string{"志愿者=80名/"}},
		{"the state a change starts from, 从 and 增加到", "协会会员从原来的30名发展到120名会员。", []string{"会员=120名/"}},
		{"a count after 由 with no change stands", "由80名志愿者组成的服务队走进社区。", []string{"志愿者=80名/"}},
		// 大溪區28里共有678位鄰長: a named place's stock is background, as 全区共有 is.
		{"a contest's division is no place: its count is the event's (review20)", "本届比赛东湖赛区共有32支队伍，决出一等奖5个。", []string{"队伍=32支/", "决出一等奖=5个/"}},
		{"a named district's stock", "東湖區公所今日辦理績優鄰長表揚活動，東湖區32里共有540位鄰長，此次表揚共45位。", []string{"表揚=45位/"}},
		{"a named county's stock, simplified", "东湖县共有中小学86所，今年组织教师120名参加培训。", []string{"教师=120名/"}},
		{"a named district's parts and stock", "區公所表示，東湖區共32里，計540位鄰長；今年共45位資深鄰長獲表揚。", []string{"資深鄰長=45位/"}},
		{"a named district's people who take part stand", "东湖区共有300名志愿者参加活动。", []string{"志愿者=300名/"}},
		// 支部会员已扩大到了15位，其中在职会员8位: a body's standing size and make-up are background.
		{"a size grown to and its part", "东湖支部举行新年活动，支部会员已扩大到了25位，其中在职会员12位，30名嘉宾出席。", []string{"嘉宾=30名/"}},
		{"a size grown to and a part set up", "目前，支部盟员已发展到41人，设有4个小组，活动共有60人参加。", []string{"参加人员=60人/"}},
		{"a count after 已经 with no growth stands", "服务队已经开展义诊12场。", []string{"义诊=12场/"}},
		// 两位新会员，他们是张彪老师和陶海凤老师: a count followed by the names it counts refers to them.
		{"a count followed by the people it counts", "东湖支部吸纳了三位新会员，他们是王明老师、李华老师和赵强老师，60名会员出席。", []string{"会员=60名/"}},
		{"a count followed by more people than it counts stands", "东湖支部吸纳了三位新会员，他们是王明老师和李华老师等，60名会员出席。", []string{"新会员=3位/", "会员=60名/"}},
		{"a count after a list of another size stands", "县民政局、县财政局3家部门参加会议。", []string{"部门=3家/"}},
	})
}
