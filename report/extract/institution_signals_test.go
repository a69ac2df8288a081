package extract

import "testing"

// TestInstitutionSignals checks, on pages written for it, the signals of whose page it is that
// real pages give beyond the headline and the lead: a government site's publisher line, a party
// branch named with its committee, and a government named as the owner of the meeting convened;
// and that none of them names a body the page does not own.
func TestInstitutionSignals(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"a government site's publisher line", "首页 政务公开 政府会议\n发文日期: 2023-06-04 发布机构: 东湖区人民政府\n东湖区召开防汛工作会议\n6月3日,全区防汛工作会议召开。区长王明出席会议并讲话。", "东湖区人民政府"},
		{"a publisher line naming a college of a university is no owner", "首页 新闻\n发布机构: 继续教育学院\n继续教育工作会议召开\n6月3日,继续教育工作会议召开。院长王明出席会议并讲话。", ""},
		{"a party branch named with its committee", "5月8日,民建芜湖市开发区直属支部委员会举行了第二次会员大会暨支部班子换届大会。民建芜湖市委主委王明出席会议并讲话。", "民建芜湖市开发区直属支部委员会"},
		{"the owner of the meeting convened, a district the gazetteer does not hold", "6月3日,副区长王明在区政府三楼会议室主持召开东湖区人民政府第5次常务会议,李强、赵刚参加会议。", "东湖区人民政府"},
		{"a headline's body named beside a subject not read as a name is a partner", "花縣府與國立東華大學簽署合作意向書\n花蓮縣政府與國立東華大學3日於縣府簽署合作意向書，由花蓮縣長王明、國立東華大學校長李強代表簽署。", "花蓮縣政府"},
		{"a lead's body named beside a subject not read as a name is a partner", "5月3日，花縣府與東海大學簽署合作意向書。東海大學校長李強表示，東海大學將與縣府合作。", ""},
		{"where a body goes is its partner", "4月11日,东湖学院赴杭州电力公司进行走访调研。活动中,杭州电力公司党委书记王明介绍了企业情况,杭州电力公司与学院签署共建协议。", ""},
		{"where a person goes may be the page's", "6月5日,省国资委主任王明一行到杭州能源集团调研安全生产工作。杭州能源集团总经理李强陪同。", "杭州能源集团"},
		{"a group written with its registered form elsewhere on the page", "发布时间:2024-06-06 来源:杭州能源集团有限公司\n6月5日,杭州能源集团召开安全生产工作会议,总经理王明出席会议并讲话。", "杭州能源集团有限公司"},
		{"a subsidiary's registered name is not the group's", "6月5日,杭州能源集团召开安全生产工作会议。杭州能源集团热电有限公司经理王明出席会议并讲话。", "杭州能源集团"},
		{"a city's hospital named by its number", "3月5日上午,宿州市一院组织20名党员志愿者来到社区,开展健康义诊活动。", "宿州市一院"},
		{"a city's hospital named by its number, written in full elsewhere", "3月5日上午,宿州市一院组织20名党员志愿者来到社区,开展健康义诊活动。\n宿州市第一人民医院 供稿", "宿州市第一人民医院"},
		{"a numbered hospital's director is no subject", "3月5日上午,宿州市一院院长王明带领专家来到社区,开展健康义诊活动。", ""},
		{"a company whose department holds the event", "【記者王明/高雄報導】台灣電力公司配電事業部今(3)日舉辦安全演練,員工200人參加。", "台灣電力公司"},
		{"a company in a department head's title is no subject", "【記者王明/高雄報導】台灣電力公司配電事業部經理李強今(3)日表示,颱風過後供電已恢復。", ""},
		{"a modifier before a county's government is no place (当地)", "6月3日，全市抗旱工作会议召开。会议要求，当地县人民政府要落实抗旱责任。", ""},
		{"a modifier before a county's government is no place (试点)", "6月3日，全省农村改厕工作推进会召开。会议指出，试点县人民政府负责组织实施。", ""},
		{"a modifier before a district's government is no place (涉事)", "据悉，涉事区人民政府已责成有关部门开展核查。", ""},
		{"a modifier before a county's government is no place (沿江)", "6月3日，全市防汛调度会召开。会议强调，沿江县人民政府要做好人员转移准备。", ""},
		{"a district the gazetteer does not hold, at a boundary, named alone elsewhere on the page", "6月3日，东湖区人民政府与西岭集团签署战略合作协议。东湖区区长王明出席签约仪式。", "东湖区人民政府"},
		{"every county's government is no owner", "6月3日,副市长王明主持召开各县人民政府分管负责人会议,李强参加会议。", ""},
	}
	checkInstitutions(t, tests)
}
