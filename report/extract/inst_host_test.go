package extract

import "testing"

// instRow is a table row of a page and the institution it names ("" for none).
type instRow struct{ name, text, inst string }

// instUnitRow is a table row of a page, its institution and its organizing unit.
type instUnitRow struct{ name, text, inst, unit string }

// checkInstitutions extracts each row's text and compares its institution.
func checkInstitutions(t *testing.T, rows []instRow) {
	t.Helper()
	for _, tt := range rows {
		if got := Extract(tt.text, Options{}).Summary.Institution; got != tt.inst {
			t.Errorf("%s: institution %q, want %q", tt.name, got, tt.inst)
		}
	}
}

// checkInstUnits extracts each row's text and compares its institution and organizing unit.
func checkInstUnits(t *testing.T, rows []instUnitRow) {
	t.Helper()
	for _, tt := range rows {
		s := Extract(tt.text, Options{}).Summary
		if s.Institution != tt.inst || s.Unit != tt.unit {
			t.Errorf("%s: institution %q, unit %q; want %q, %q", tt.name, s.Institution, s.Unit, tt.inst, tt.unit)
		}
	}
}

// TestInstitutionHost checks, on leads written for it, whose news a page is when the page
// names more than one body: an affiliated hospital named after its university without 附属 is
// the hospital; a body named only as a partner, a place visited or a word for a kind is none.
func TestInstitutionHost(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"a university's hospital named without 附属", "5月8日，东湖大学南山医院工会组织职工前往西山开展登山活动。", "东湖大学南山医院"},
		{"a university's numbered hospital", "5月8日，东湖大学第三医院在门诊楼举行义诊活动，200余名市民受益。", "东湖大学第三医院"},
		{"a kind of hospital, two kind words", "西岭大学临床教学医院工作推进会举行\n6月2日，西岭大学临床教学医院工作推进会在学校举行，副校长周平出席。", "西岭大学"},
		{"the review's teaching hospitals", "东湖大学教学医院教学工作会议召开\n3月5日，东湖大学教学医院教学工作会议在东湖大学召开，副校长李华出席。", "东湖大学"},
		{"the review's internship hospitals", "东湖大学实习医院座谈会召开\n3月5日，东湖大学实习医院座谈会召开，教务处处长张明主持。", "东湖大学"},
		{"the review's hospital to be built", "东湖大学新医院项目开工\n3月5日，东湖大学新医院项目开工仪式举行，校长王伟出席。", "东湖大学"},
		{"a specialty hospital is a name", "5月8日，东湖大学口腔医院在门诊楼举行义诊活动，200余名市民受益。", "东湖大学口腔医院"},
		{"a university and a hospital joined are two", "5月8日，东湖大学与南山医院签署合作协议，双方将共建临床学院。", "东湖大学"},
		{"a university holding its event at a hospital", "5月8日，东湖大学在南山医院举行临床教学工作会议。", "东湖大学"},
		{"a count of hospitals", "5月8日，东湖大学三家医院联合举行义诊活动，200余名市民受益。", "东湖大学"},
		{"a university sending a hospital's experts", "5月8日，东湖大学组织医院专家赴西山开展义诊。", "东湖大学"},
		{"a district's government, its registered name in the lead", "徐汇区政府与东湖大学签署合作协议\n3月5日，徐汇区人民政府与东湖大学在区行政中心签署战略合作协议。", "徐汇区人民政府"},
		{"a district's government with its city before it", "西湖区政府召开常务会议\n3月5日，杭州市西湖区人民政府召开第十次常务会议，区长王明主持。", "杭州市西湖区人民政府"},
		{"a city's district's government, named whole in the lead", "3月5日，杭州市西湖区人民政府与东湖大学举行合作签约仪式，双方代表出席。", "杭州市西湖区人民政府"},
		{"a province's city's district's government", "3月5日，湖北省武汉市江夏区人民政府与东湖集团举行合作签约仪式，双方代表出席。", "湖北省武汉市江夏区人民政府"},
		{"a government the page writes only short", "徐汇区政府召开常务会议\n3月5日，徐汇区政府召开第十次常务会议，区长王明主持。", "徐汇区政府"},
		{"two cities' districts of one name: neither city is taken", "朝阳区政府与西山学院签订共建协议\n4月2日，北京市朝阳区政府与西山学院签订校地共建协议。座谈中，长春市朝阳区人民政府的来宾分享了做法。", "朝阳区政府"},
		{"the review's page: another city's namesake named once", "朝阳区政府与东湖大学签署合作协议\n3月5日，长春市朝阳区政府与东湖大学签署战略合作协议，区长王伟出席。会上，北京市朝阳区人民政府代表介绍了经验。", "朝阳区政府"},
	}
	checkInstitutions(t, tests)
}

// TestBareAffiliated checks, on leads written for it, that 附属医院 alone is no name: a page
// that names its hospital only so names no institution and no organizing unit, and lists no
// unit of that word; a numbered one (第二附属医院) and one with its university are names.
func TestBareAffiliated(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"the affiliated hospital alone", "3月2日上午，附属医院在门诊楼前举行新院区启用仪式，医院党委书记王明主持。", "", ""},
		{"the affiliated hospital alone, traditional", "3月2日上午，附屬醫院在門診大樓前舉行新院區啟用儀式，醫院院長王明致詞。", "", ""},
		{"a numbered affiliated hospital", "3月2日上午，第二附属医院在门诊楼前举行新院区启用仪式，医院党委书记王明主持。", "第二附属医院", "第二附属医院"},
		{"an affiliated hospital with its university", "3月2日上午，东湖大学附属医院在门诊楼前举行新院区启用仪式。", "东湖大学附属医院", "东湖大学附属医院"},
	}
	checkInstUnits(t, tests)
	for _, tt := range tests {
		for _, u := range Extract(tt.text, Options{}).Summary.UnitsInvolved {
			if reBareAffiliated.MatchString(u) && tt.inst == "" {
				t.Errorf("%s: unit named %q, the page's word for itself", tt.name, u)
			}
		}
	}
}

// TestPlaceFrame checks, on pages written for them, that a company named in running text only as
// the place a sentence opens with (在某公司，县长……) is no institution, while one that holds an
// event in the same page still is.
func TestPlaceFrame(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"sites a county head visits", "2月3日，县委副书记、县长王明深入企业检查安全生产工作。县领导李强参加活动。\n在西山派出所，王明看望了值班民警。在杭州东湖纺织有限公司和杭州西山化工有限公司，王明仔细查看了消防设施，并提出具体要求。\n王明强调，要压实企业主体责任。", ""},
		{"a site named after 在, traditional", "2月3日，縣長王明前往企業檢查安全生產工作。縣府團隊陪同。\n在西山派出所，王明看望了值班員警。在臺中東湖紡織有限公司，王明仔細查看了消防設施，並提出具體要求。\n王明強調，要壓實企業主體責任。", ""},
		{"a company that also holds the event", "2月3日，县长王明深入企业检查安全生产工作。县领导李强参加活动。\n在西山派出所，王明看望了值班民警。杭州东湖纺织有限公司随后召开安全生产专题会议，在杭州东湖纺织有限公司，王明听取了汇报。\n王明强调，要压实企业主体责任。", "杭州东湖纺织有限公司"},
	}
	checkInstitutions(t, tests)
}

// TestPartyOfNoPlace checks, on leads written for it, that a party's committee a city's page
// names by its level alone (民盟市委) is the one the page names with its place, and no name
// when the page names none or two; never the span run on to the meeting it holds.
func TestPartyOfNoPlace(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"named with its place later", "5月9日，民盟市委召开五届二次全委会。主委王明出席并讲话。\n王明要求全体盟员做好参政议政工作，使民盟杭州市委的各项工作再上新台阶。", "民盟杭州市委"},
		{"the full party name", "5月9日，九三学社市委召开四届三次全委会。主委王明出席并讲话。\n王明要求全体社员做好调研工作，使九三学社杭州市委的工作再上新台阶。", "九三学社杭州市委"},
		{"named with no place anywhere", "5月9日，民盟市委召开五届二次全委会。主委王明出席并讲话。\n王明要求全体盟员做好参政议政工作。", ""},
		{"two cities' committees named", "5月9日，民盟市委召开五届二次全委会。民盟宁波市委主委李强应邀出席。\n王明要求全体盟员学习民盟宁波市委和民盟杭州市委的经验。", ""},
	}
	checkInstitutions(t, tests)
}

// TestPartyOrganClause checks that a span from a party's name to a committee's word that runs
// over the meeting the committee holds (某市委召开……全委会) is no organisation of the party.
func TestPartyOrganClause(t *testing.T) {
	t.Parallel()
	tests := []struct {
		span string
		want bool
	}{
		{"九三学社市委召开四届三次全委会", false},
		{"民盟市委举行五届二次市委", false},
		{"九三学社杭州市委", true},
		{"民盟东湖区基层委员会", true},
	}
	for _, tt := range tests {
		if got := partyOrgan(tt.span); got != tt.want {
			t.Errorf("partyOrgan(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}

// TestDefinedName checks, on pages written for it, that a body the lead introduces with its
// short form in brackets and then calls by it is the institution, and the unit the lead opens
// with under it (轄下某學院) holds an event its lead's later clause tells without a subject.
func TestDefinedName(t *testing.T) {
	t.Parallel()
	const page = "東湖專業進修學校(東專)轄下設計學院每年都培育不少新晉設計師，為了表揚學員，今年6月在東專西山校園舉行「優秀學員頒獎禮」。\n東專一直致力推動職業教育，東專的課程廣受歡迎。"
	tests := []instUnitRow{
		{"a school introduced with its short form", page, "東湖專業進修學校", "設計學院"},
		{"the short form used once only", "東湖專業進修學校(東專)轄下設計學院每年都培育不少新晉設計師，今年6月在校園舉行「優秀學員頒獎禮」。\n學院一直致力推動職業教育。", "", ""},
		{"a partner introduced after 與", "今年6月，本校與西山理工大學(西理)簽署合作備忘錄。西理校長致辭，西理與本校將互派學生。", "", ""},
		{"a clause before the bracket", "今年6月，學生參觀東湖博物中心(東博)，東博館長講解，東博的藏品令學生讚嘆。", "", ""},
		{"a visiting delegation introduced with its short form", "西理师生来访\n4月8日，西山理工大学（西理）师生代表团到校参观交流。西理师生参观了实验室，西理与学校将开展合作。", "", ""},
		{"a visiting company, the page not calling itself 我校", "北岭科技来访\n4月8日，北岭科技有限公司（北岭科技）一行莅临东湖研究院洽谈合作。北岭科技介绍了产品，双方希望北岭科技与研究院共建平台。", "", ""},
		{"the review's page: a guest on a page that says 我校", "交流\n3月5日，清华大学（清华）代表团到我校交流。清华代表介绍了经验，清华的做法值得学习，我校与清华将深化合作。", "", ""},
		{"the review's company variant", "南山科技有限公司来我院洽谈合作\n3月5日，南山科技有限公司（南山科技）一行到我院洽谈合作。南山科技总经理介绍了公司情况，院长表示欢迎南山科技来院合作，希望与南山科技共建实验室。", "", ""},
		{"a later clause with its own subject", "東湖專業進修學校(東專)轄下設計學院每年都培育不少新晉設計師，西山商會今年6月在東專校園舉行「優秀學員頒獎禮」。\n東專一直致力推動職業教育，東專的課程廣受歡迎。", "東湖專業進修學校", "西山商會"},
	}
	checkInstUnits(t, tests)
}

// TestInvitedGuest checks, on a page written for it, that a body the page says was invited
// (应邀参会) is a guest wherever the page names it, and that another city's committee of the same
// party is not the host's fuller name.
func TestInvitedGuest(t *testing.T) {
	t.Parallel()
	const page = "8月5日至6日，西部城市盟务工作交流会在会议中心举行。各省市民盟组织共30个单位参加了会议。西部各市均派员出席。\n" +
		"本次会议由民盟杭州市委会承办，主题为“加强自身建设”。民盟呼和浩特市委会应邀参会。\n" +
		"会上，民盟呼和浩特市委会提交了调研报告，与会代表进行了交流。"
	if got := Extract(page, Options{}).Summary.Institution; got != "民盟杭州市委会" {
		t.Errorf("institution %q, want the committee that runs the meeting, not the invited one", got)
	}
}

// TestPlaceBureau checks, on leads written for it, that a state body named by a place and no
// level (某某供电分局) is a name from a boundary, and that a place before a word that only ends in
// 局 (新格局, 大局) or a bureau named in a title is not.
func TestPlaceBureau(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"a power-supply branch bureau", "温州供电分局“光明”志愿服务队走进社区\n7月8日上午，温州供电分局“光明”志愿服务队来到社区，为老人检修线路。", "温州供电分局"},
		{"a customs office", "3月5日，杭州海关召开全面从严治党工作会议，关长王明出席并讲话。", "杭州海关"},
		{"a new pattern is no bureau", "3月5日，温州迎来发展新格局，各界人士纷纷表示祝贺。", ""},
		{"the whole picture is no bureau", "会议指出，上海要服务全国大局，主动作为。", ""},
		{"a bureau named in a title", "3月5日，温州供电局局长王明到社区走访慰问困难群众。", ""},
	}
	checkInstitutions(t, tests)
}

// TestInvitedOnlyBody checks, on pages written for it, that a body the page says was invited is
// the page's own when it is the only body the page names (a guest of an event whose host the
// page does not name), and a guest when the page calls itself 本校 or names who holds the event.
func TestInvitedOnlyBody(t *testing.T) {
	t.Parallel()
	tests := []instRow{
		{"the only body, invited", "西岭大学受邀出席全省职业教育峰会\n6月2日，西岭大学受邀出席全省职业教育峰会，校长周平作主题发言。", "西岭大学"},
		{"the review's page, traditional", "東湖大學應邀出席論壇\n3月5日，東湖大學應邀出席兩岸高教論壇，校長王偉發表演講。", "東湖大學"},
		{"the page's own word for itself", "6月2日，本校举办职业教育峰会，西岭大学受邀参加，双方交流了办学经验。", ""},
		{"another body runs the event", "6月2日，全省职业教育峰会在南湖宾馆举行，西岭大学受邀参加，东湖职业技术学院承办本次峰会。", "东湖职业技术学院"},
	}
	checkInstitutions(t, tests)
}

// TestInstitutionVisitedSide checks, on pages written for it, that a body named only as the
// owner of the place a caption puts the visitors at (在某支部教学基地), or in the titles of officers
// who accompany a visiting party (某公司董事长某某陪同调研), is the side visited and not the page's
// own: the page's is found elsewhere, or none is.
func TestInstitutionVisitedSide(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"the owner of the base visited", "西山市支部赴东湖开展联合活动\n在民革东湖县支部教学基地座谈交流\n6月18日，民进西山市支部开展联合活动，赴东湖县考察学习。", "民进西山市支部", "民进西山市支部"},
		{"officers who accompany the visitors, in the opening", "6月25日，党委书记王明，副校长李华一行到东湖经济开发区考察调研。东湖客车股份有限公司董事长赵强、总经理钱亮陪同调研。王明表示，洛阳东湖大学将深化与企业的合作。", "洛阳东湖大学", ""},
		{"officers who accompany the visitors, the page's own body unnamed", "6月25日，党委书记王明一行到东湖经济开发区考察调研。王明一行先后走进两家企业的生产车间。双方进行了座谈交流。东湖客车股份有限公司董事长赵强陪同调研。", "", ""},
	}
	checkInstUnits(t, tests)
}

// TestInstitutionFragments checks, on pages written for it, that a span that is no name — a
// party's name run into the university its branch is at, a visitor's name run into its visit —
// is neither the institution's fuller form nor the unit, and that the body said to come to the
// page's own (某联谊会一行来到我校) holds the event.
func TestInstitutionFragments(t *testing.T) {
	t.Parallel()
	tests := []instUnitRow{
		{"a greeting's object in the headline, the name in the lead", "慶祝東湖醫院成立百週年\n【記者王明報導】衛生福利部東湖醫院11日歡慶百歲生日，同時舉辦新大樓啟用典禮，到場貴賓眾多。", "衛生福利部東湖醫院", "衛生福利部東湖醫院"},
		{"the site's owner, not the party's name run into it", "东湖企业家联谊会来我校开展交流\n7月24日下午，东湖企业家联谊会一行14人来到我校，与民盟东湖理工大学基层委员会共同开展座谈交流。\n版权所有：东湖理工大学 宣传部", "东湖理工大学", "东湖企业家联谊会"},
	}
	checkInstUnits(t, tests)
}

// TestVisitorHost checks, on sentences written for it, that the body said to come to the page's
// own (某考察团一行40余人来我区) is read as the visit's holder, and people coming name none.
func TestVisitorHost(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, want string }{
		{"a federation with its party and a count", "7月24日下午，民盟东湖企业家联谊会一行14人来到我校，开展座谈交流。", "民盟东湖企业家联谊会"},
		{"a delegation after a description with 的", "4月3日，由王明率队的东湖市商会考察团一行40余人来我区开展投资考察。", "东湖市商会考察团"},
		{"people coming: retired leaders", "6月5日，西湖师范大学老领导一行20人来到我校参观交流。", ""},
		{"a person with a title", "6月5日，西湖师范大学副校长王明一行来我校交流。", ""},
		{"no visit to the page's own", "6月5日，东湖市商会考察团一行40余人赴西湖区开展考察。", ""},
		{"several bodies described with 各 (REVIEW16 R4)", "6月5日，来自东湖市各县的企业联合会一行30人来到我校参观交流。", ""},
		{"a count of bodies described", "6月5日，西湖区三家医院的医务工作者协会一行来我院交流。", ""},
		{"a guest the page's own side invited", "6月5日，我院邀请的东湖市医学会一行来到我院开展学术交流。", ""},
	}
	for _, tt := range tests {
		if got := visitorHost(tt.text); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
