package extract

import (
	"strings"
	"testing"
)

// TestHeadline checks, on page heads written for it, that the headline is the article's own
// line and never the page's furniture, a photo caption or the site's clock.
func TestHeadline(t *testing.T) {
	t.Parallel()
	const body = "3月5日上午，东湖医院召开安全生产工作会议，部署全年工作。院长李明华出席会议并讲话。"
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"a site's notice above the datelined headline", []string{"东湖资讯平台", "欢迎各单位投递新闻稿件！人工服务时间为周一至周五9:00-17:00，周末发稿请于周五前完成。", "", "东湖大学与西湖中学签署合作协议", "", "发稿时间：2024/12/24 16:07", body}, "东湖大学与西湖中学签署合作协议"},
		{"a signature below the lead is no headline", []string{"来源： 时间：2013-12-26", "喜讯传来，校园处处是笑脸，师生无不欢欣鼓舞。", body, "东湖医院办公室宣传组", "2013年12月26日"}, ""},
		{"photo caption above the lead", []string{"会议现场", "", "院党委书记王建国主持会议并讲话", body}, ""},
		{"a news platform's name above the headline", []string{"东湖社訊息平台", "", "东湖医院召开安全生产工作会议", "", body}, "东湖医院召开安全生产工作会议"},
		{"caption with a bare name", []string{"李明华院长致辞", body}, ""},
		{"caption of a summing-up", []string{"副院长张红作总结讲话", body}, ""},
		{"a person convening an event is a headline", []string{"王建国主持召开安全生产专题会", "日期：2023-03-05", body}, "王建国主持召开安全生产专题会"},
		{"an archive link above the datelined headline", []string{"查看往期报纸 及 最新资讯汇总", "", "东湖大学迎来三千余名新生", "", "2023年9月1日 校园新闻", body}, "东湖大学迎来三千余名新生"},
		{"an app's name above the datelined headline", []string{"东湖新闻APP 东湖新闻APP", "下载", "", "东湖大学举行建校九十周年庆祝大会", "2020/11/15 10:16（11/15 11:01 更新）", body}, "东湖大学举行建校九十周年庆祝大会"},
		{"a subtitle is not the headline", []string{"东湖医院召开安全生产工作会议", "部署全年安全生产重点任务", "2023-03-05", body}, "东湖医院召开安全生产工作会议"},
		{"residue before", []string{"??东湖医院举办护士节表彰大会", "2019/5/12 东湖医院", body}, "东湖医院举办护士节表彰大会"},
		{"residue lines around", []string{"-", "王建国主持召开安全生产专题会", "-", "日期：2023-03-05", body}, "王建国主持召开安全生产专题会"},
		{"a slogan before a bar", []string{"携手同行，共谋发展|东湖医院与西湖镇卫生院签订帮扶协议", body}, "东湖医院与西湖镇卫生院签订帮扶协议"},
		{"a slogan of three phrases before a bar", []string{"凝心聚力,砥砺前行,再创佳绩｜东湖大学召开年度工作总结大会", body}, "东湖大学召开年度工作总结大会"},
		{"a sentence before a bar is no slogan", []string{"东湖大学召开会议，部署春季学期工作|东湖大学新闻网", body}, "东湖大学召开会议，部署春季学期工作"},
		{"a tag before a bar", []string{"端午節|東湖大學舉辦龍舟友誼賽暨同樂日", body}, "東湖大學舉辦龍舟友誼賽暨同樂日"},
		{"the site's clock", []string{"今天是：2024年03月01日 星期五", "", "东湖区召开区政府全体会议", "来源：区政府办", body}, "东湖区召开区政府全体会议"},
		{"labels and buttons", []string{"通版阅读请点击：", "展开通版", "收缩通版", "当前版：02版", "东湖集团启动党建共建活动", body}, "东湖集团启动党建共建活动"},
		{"privacy notice and Japanese edition", []string{"本網站使用Cookie技術提供更好的閱讀體驗，點這裡瞭解隱私權政策。", "こちらのページは繁体字版です。", "", "東湖大學舉行校慶大會", "2020/11/15 10:16", body}, "東湖大學舉行校慶大會"},
		{"the site's clock, no dateline below the headline", []string{"今天是2024年3月1日 星期五", "东湖区召开区政府全体会议", body}, "东湖区召开区政府全体会议"},
		{"a licence number", []string{"鄂ICP备12345678号", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"print and close buttons", []string{"[打印] [关闭]", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a site's name and a column's", []string{"东湖医院 - 医院新闻", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a greeting after 您好", []string{"您好，欢迎访问东湖医院官方网站！", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a caption of the scene above the headline", []string{"图片新闻", "活动现场合影留念", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a site's notice above the breadcrumb", []string{"东湖网已全面升级", "首页 > 新闻中心 > 政务要闻", "简讯 | 东湖医院召开安全生产工作会议", "发布日期: 2024-03-05 10:21 信息来源: 院办", body}, "东湖医院召开安全生产工作会议"},
		{"a traditional site's notice above the breadcrumb", []string{"東湖網站全新改版上線", "首頁 > 新聞中心 > 校園動態", "東湖大學舉行校慶大會", "發布日期：113-03-06", "東湖大學3月5日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a headline with numbers set off by spaces is no link list", []string{"南嶺學院於 2024 年畢業典禮授予 1200 個學位和證書", "", "南嶺學院今年共授予1200個學位和證書。", "", "今年，南嶺學院於 2024 年 7 月 6 日（星期六）在學院禮堂舉行畢業典禮，共 1200 名學生獲得學位或證書，畢業生及其親友出席典禮。"}, "南嶺學院於 2024 年畢業典禮授予 1200 個學位和證書"},
		{"a menu with a number among its items is still a menu", []string{"首頁 新聞 活動 3C 專區 影音 聯絡", "南嶺學院舉行畢業典禮", "今年，南嶺學院於7月6日在學院禮堂舉行畢業典禮，共1200名學生獲得學位或證書。"}, "南嶺學院舉行畢業典禮"},
		{"a media tag and a bar before the headline", []string{"图文|南岭学院召开教学工作会议", "发布时间：2024-10-14", body}, "南岭学院召开教学工作会议"},
		{"a media tag and a colon before the headline", []string{"图文：南岭学院召开教学工作会议", "发布时间：2024-10-14", body}, "南岭学院召开教学工作会议"},
		{"a tag before a bar written 丨", []string{"中秋节丨南岭学院举办中秋游园会", "发布时间：2024-09-14", body}, "南岭学院举办中秋游园会"},
		{"a photo credit above the headline is no headline", []string{"图文：张晓东", "南岭学院召开教学工作会议", body}, "南岭学院召开教学工作会议"},
		{"a headline broken in two after a name of government", []string{"南岭学院与西岭市人民政府", "签署战略合作协议", "发布时间：2024-10-14", "10月13日，南岭学院与西岭市人民政府签署战略合作协议，双方将在人才培养等方面开展合作。"}, "南岭学院与西岭市人民政府签署战略合作协议"},
		{"a headline broken in two inside a meeting's name", []string{"南岭学院召开2024年秋季学期", "安全生产工作会议", "发布时间：2024-10-14", "10月13日，南岭学院召开2024年秋季学期安全生产工作会议，院长出席并讲话。"}, "南岭学院召开2024年秋季学期安全生产工作会议"},
		{"a main line and its subtitle the body does not run together stay apart", []string{"南岭学院召开教代会", "聚焦教学改革与人才培养", "2024-10-14", "10月13日，南岭学院召开第五届教代会，聚焦教学改革与人才培养。"}, "南岭学院召开教代会"},
		{"a site's IPv6 notice", []string{"本站已支持IPv6", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a version for the elderly", []string{"适老化无障碍服务", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a QR code's notice", []string{"扫一扫在手机打开当前页", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a visitor counter", []string{"您是本站第20315位访客", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a counter after the site's welcome", []string{"欢迎光临西湖医院网站，你是第 000815 位访问者！", "西湖医院召开安全生产工作会议", body}, "西湖医院召开安全生产工作会议"},
		{"a counter alone on its line", []string{"第20315位访客", "西湖医院召开安全生产工作会议", body}, "西湖医院召开安全生产工作会议"},
		{"a headline about a library's milestone reader is no counter", []string{"西湖图书馆迎来第50万名访客", "11月6日，西湖图书馆迎来第50万名访客，馆长向其赠送纪念品。"}, "西湖图书馆迎来第50万名访客"},
		{"a headline about a museum's milestone visitor is no counter", []string{"西湖博物馆今年第100000位访客入馆", "11月6日，西湖博物馆今年第100000位访客入馆，馆长向其赠送纪念品。"}, "西湖博物馆今年第100000位访客入馆"},
		{"review 13 #25: 迎来第10000位访客", []string{"东湖大学校史馆迎来第10000位访客", "3月5日，东湖大学校史馆迎来第10000位访客，校史馆为其颁发纪念证书。"}, "东湖大学校史馆迎来第10000位访客"},
		{"a share button", []string{"分享至Facebook", "東湖大學舉行校慶大會", "東湖大學3月5日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a skip link", []string{"跳到主要內容區塊", "東湖大學舉行校慶大會", "東湖大學3月5日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a site map's link is not joined to the headline", []string{"回首頁", "網站導覽", "東湖大學舉行校慶大會", "東湖大學3月5日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a headline about making homes fit for the elderly is one", []string{"东湖社区推进适老化改造", "发布时间：2024-03-05", "3月4日，东湖社区召开适老化改造推进会，为辖区老人家庭加装扶手。"}, "东湖社区推进适老化改造"},
		{"a headline about IPv6 is one", []string{"东湖大学校园网完成IPv6升级改造", "发布时间：2024-03-05", "3月4日，东湖大学信息中心召开校园网IPv6升级改造验收会。"}, "东湖大学校园网完成IPv6升级改造"},
		{"a site's logo with its English name", []string{"东湖大学 DONGHU UNIVERSITY", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"links to home pages", []string{"学校首页 | 新闻网首页", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"column labels are not joined to the headline", []string{"栏目导航", "通知公告", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a page title's column and site after underscores", []string{"东湖医院召开安全生产工作会议_新闻中心_东湖医院", body}, "东湖医院召开安全生产工作会议"},
		{"a greeting after Hi", []string{"Hi，欢迎来到东湖网", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a search box's hot words", []string{"热门搜索：招生 就业 校历", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"an owner's name and its site's word", []string{"東湖大學 全球資訊網", "東湖大學舉行校慶大會", "東湖大學3月5日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a newspaper's edition date above the headline", []string{"當前報章2024年03月06日", "東湖大學舉行校慶大會", "東湖大學昨日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		// An e-paper's masthead line: the paper, its day, the weekday, the page or the issue.
		{"an e-paper's masthead line above the headline", []string{"西岭日报 2023年03月06日 星期一 第3版", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a masthead line with the page's section", []string{"西岭日报 第03版：要闻", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a masthead line with the issue", []string{"东湖校报 第512期 2023-03-06", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a masthead line, traditional, a weekday in brackets", []string{"西嶺日報 2023年3月6日(星期一) A5版", "東湖大學舉行校慶大會", "東湖大學昨日舉行校慶大會，校長致詞，師生五百餘人參加。"}, "東湖大學舉行校慶大會"},
		{"a masthead line run together", []string{"西岭晚报2023年03月06日第A05版", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		// A headline that names a paper says more than its masthead: it stays the headline.
		{"a headline naming a paper and its page", []string{"西岭日报第3版刊登东湖医院安全生产经验", body}, "西岭日报第3版刊登东湖医院安全生产经验"},
		{"a dateline above the headline", []string{"2024-03-05 10:00 来源：东湖医院", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a labelled headline among bulleted menu items", []string{"2022-04-08", "• 会议题目 • 东湖区召开区政府第4次常务会议", "  • 会议内容", "  • 提纲速读", "  • 解读评论", "", body}, "东湖区召开区政府第4次常务会议"},
		{"a print button below the headline", []string{"漫遊東湖-東湖自助旅行論壇", "標題:", "東湖大學舉行元旦升旗典禮", "[打印本頁]", "作者:", "admin", body}, "東湖大學舉行元旦升旗典禮"},
		{"photo captions with their credits above the lead", []string{"晚宴有學生帶來中樂表演。(張明攝)", "一眾嘉賓舉行祝酒儀式。(張明攝)", body}, ""},
		{"an advertisement's label after the stored copy's date", []string{" date 2026-02-13 我是廣告 請繼續往下閱讀", "", body}, ""},
		{"a headline after the stored copy's date", []string{" date 2026-02-13 東湖大學舉行元旦升旗典禮", "", body}, "東湖大學舉行元旦升旗典禮"},
		{"a wire service's dateline below the stored copy's date", []string{" date 2026-02-11 快訊", "中央社／ 台中11日電", body}, ""},
		{"a logo's alternative texts above the headline", []string{"东湖快报(Logo-image) 东湖快报(Logo-text)", "", "东湖医院召开安全生产工作会议", "", body}, "东湖医院召开安全生产工作会议"},
		{"a column's name and 正文 run together", []string{"东湖网江南要闻正文", "", "东湖医院召开安全生产工作会议", "", body}, "东湖医院召开安全生产工作会议"},
		{"a caption closed by a reporter's credit without brackets", []string{"放大图片", "■东湖医院安全生产工作会议召开，与会人员合影。 东湖日报记者赵大勇 摄", body}, ""},
		{"a channel's name before the headline", []string{"江南新闻：东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"no headline", []string{body}, ""},
		{"a short lead without a stop", []string{"6月5日上午，东湖医院召开安全生产工作会议", "院长李明华出席会议并讲话。"}, ""},
		{"a time of posting after the headline", []string{" date 2024-03-06 东湖医院召开安全生产工作会议 09:40", body}, "东湖医院召开安全生产工作会议"},
		{"a note that pictures go with the headline", []string{"东湖医院召开安全生产工作会议（组图）", "2024-03-06", body}, "东湖医院召开安全生产工作会议"},
		{"a caption of someone speaking at the meeting", []string{"院长李明华在会上讲话", body}, ""},
		{"a caption's sentence with its credit after the full stop", []string{"院长李明华出席会议并作动员。摄影 周晓", body}, ""},
		{"a line with the day and time of posting above the headline", []string{"东湖医院 2024-03-06 08:15 发表于东湖", "东湖医院召开安全生产工作会议", body}, "东湖医院召开安全生产工作会议"},
		{"a caption opened by a pointer on the stored copy's date line", []string{" date 2024-03-06 ▲院长李明华为先进个人颁发证书", body}, ""},
		{"a caption that gives a person's place in the picture", []string{" date 2024-03-06 院长李明华（右）为先进个人颁发证书", body}, ""},
		{"a caption that says which picture it is", []string{"左图为院长李明华为先进个人颁发证书", body}, ""},
		{"a spaced-dash subtitle is no column", []string{"迎接新时代 - 再创新辉煌 - 东湖大学新闻网", body}, "迎接新时代 - 再创新辉煌"},
		{"a serial's part mark is no caption", []string{"抗疫一线的东湖医院人（中）", body}, "抗疫一线的东湖医院人（中）"},
		{"a short headline of two parts with a full stop", []string{"东湖大学举办开学典礼。新生代表发言", body}, "东湖大学举办开学典礼。新生代表发言"},
		{"图为 after a colon: serving the people", []string{"东湖大学：图为民服务办实事", body}, "东湖大学：图为民服务办实事"},
		{"（左起） closing a headline", []string{"东湖大学与西湖学院签约（左起）", body}, "东湖大学与西湖学院签约（左起）"},
		{"a caption with the one in the middle named", []string{"院长李明华（中）为先进个人颁发证书", body}, ""},
		{"a caption with （左起） before the names", []string{"（左起）李明华、张红为先进个人颁发证书", body}, ""},
		{"a caption's position after a colon", []string{"表彰大会：左图为院长李明华颁发证书", body}, ""},
		{"a column and the site after the headline, set off by dashes", []string{"东湖医院召开安全生产工作会议 - 医院新闻 - 东湖医院", body}, "东湖医院召开安全生产工作会议"},
	}
	// Below a body long enough to judge by, a headline-like line whose words the body never
	// uses is an advertisement, a slogan of the site or a link, not the headline (tiedToBody).
	const long = "3月5日上午，东湖医院在行政楼三楼会议室召开安全生产工作会议，总结去年安全生产工作，部署今年重点任务。" +
		"院长李明华出席会议并讲话，要求各科室压实安全责任，把隐患排查整治做细做实。\n" +
		"会上，各职能部门负责人逐一汇报了本部门消防、用电、危化品管理等方面的情况，并签订了安全生产责任书。"
	tests = append(tests, []struct {
		name  string
		lines []string
		want  string
	}{
		{"an advertisement above a newspaper's date and page", []string{"西岭银行白金信用卡", "星期三", "2024年3月6日", "第B02版：要闻", "", "东湖医院召开安全生产工作会议", "", long}, "东湖医院召开安全生产工作会议"},
		{"a site's slogan above the headline", []string{"西岭日报为您提供本地时事评论、专题报道、生活资讯与印刷服务！", "", "东湖医院召开安全生产工作会议", "", long}, "东湖医院召开安全生产工作会议"},
		{"links to other pages and no headline", []string{"招生就业处_校园招聘", "春季大型双选会参会单位名单", "赵一鸣", "招生就业处_校园招聘", "春季大型双选会参会单位名单", "赵一鸣", "", long}, ""},
		// A headline that reads like a slogan stays when the body tells what it names.
		{"a slogan-like headline the body quotes", []string{"筑牢安全防线 守护平安医院", "", long + "会议号召全院职工筑牢安全防线，共同守护平安医院。"}, "筑牢安全防线 守护平安医院"},
		{"a slogan-like headline with a dashed subtitle", []string{"春风化雨润心田", "——东湖医院召开安全生产工作会议", "", long}, "春风化雨润心田"},
		{"a subtitle goes with the line above it", []string{"凝聚奋进力量 共谱时代华章 描绘发展新蓝图", "——东湖医院召开会议", "", long}, "凝聚奋进力量 共谱时代华章 描绘发展新蓝图"},
		{"a subtitle is turned down with the advertisement above it", []string{"西岭银行白金信用卡 尊享生活新体验", "——西岭银行信用卡中心", "", "东湖医院召开安全生产工作会议", "", long}, "东湖医院召开安全生产工作会议"},
		{"a link to another notice of the site", []string{"东湖医院2024年护士招聘公告", "", "东湖医院召开安全生产工作会议", "2024-03-05", long}, "东湖医院召开安全生产工作会议"},
		{"a link to another notice and no headline", []string{"东湖医院2024年护士招聘公告", "", long}, ""},
		{"a column's name after the site's", []string{"东湖医院新闻动态", "", body}, ""},
		{"a column's name after the site's and a dot", []string{"东湖医院·新闻中心", "东湖医院召开安全生产工作会议", "2024-03-05", body}, "东湖医院召开安全生产工作会议"},
		{"the site's welcome", []string{"东湖医院欢迎您！", "", long}, ""},
		{"a column's tag on a line of its own", []string{"【医院要闻】", "东湖医院召开安全生产工作会议", "2024-03-05", long}, "东湖医院召开安全生产工作会议"},
		{"a headline of the institution and the body's event stays", []string{"东湖医院部署安全生产", "", long}, "东湖医院部署安全生产"},
		{"a headline in other words than the body", []string{"东湖医院部署今年安全生产重点任务", "", long}, "东湖医院部署今年安全生产重点任务"},
	}...)
	// A headline-like line is turned down only on a positive sign that it is not the article's
	// (the line repeated on the page, a notice's shape, or a later line, above the body and
	// not below this line's dateline, that reads as a headline and is tied): headlines
	// abbreviate or paraphrase their bodies, and figurative ones share no words with them. A
	// bare name of a unit, a caption or a line below the dateline is never promoted.
	const (
		oath = "近日，东湖区人民检察院组织新入职干警开展入职宣誓活动，检察长王明带领大家重温检察官誓词，并为新干警佩戴检察徽章，勉励大家扎根基层、勤学苦练，尽快成长为业务骨干。" +
			"活动结束后，新干警们还参观了院史陈列室，了解检察工作的发展历程。"
		school = "9月10日，东湖区实验小学举行教师节表彰会，校长李华为从教三十年的老教师颁发纪念证书，青年教师代表发言，表示要以老教师为榜样，潜心育人、关爱学生，做学生成长路上的引路人。" +
			"会后，全体教师合影留念，少先队员为老师们送上亲手制作的贺卡。"
		aid = "2月9日上午，东湖医院第二批援鄂医疗队队员在门诊楼前集结，院长李明华为队员们送行，叮嘱大家做好个人防护，平安归来。队员们纷纷表示，一定不辱使命，圆满完成支援任务。\n" +
			"此次医疗队共有队员20人，其中医生6人、护士14人，来自呼吸科、重症医学科、感染科等科室。"
		valve = "近日，东湖医院心血管内科团队为一名87岁高龄主动脉瓣重度狭窄患者实施了经导管主动脉瓣置换术，这是该院开展的第一例此类手术。术后患者恢复良好，已于5月6日顺利出院。" +
			"该技术无需开胸，创伤小、恢复快，为无法耐受外科开胸的高龄患者带来了新希望。"
		trip = "5月6日至8日，东湖市人民政府主要负责同志带领考察团前往香港特别行政区，拜访多家知名企业和商会，推介东湖的营商环境和重点项目，现场签约项目12个，总投资约86亿元。" +
			"考察团还与香港贸发局负责人进行了会谈。"
		nurses = "5月12日，东湖医院以“护佑健康 青春担当”为主题，开展庆祝国际护士节活动。院长李明华出席并讲话，向全院护理工作者致以节日问候，对受到表彰的优秀护士表示祝贺，" +
			"希望大家继续弘扬南丁格尔精神，为患者提供更加优质的护理服务。"
		gala = "2月5日，东湖集团在总部多功能厅举办春节联欢会，集团领导与职工代表欢聚一堂，共同回顾过去一年的奋斗历程，展望新一年的发展蓝图。" +
			"联欢会在欢快的歌舞中拉开帷幕，职工们自编自演的节目精彩纷呈，赢得阵阵掌声。"
		contest = "近日，2024年全国大学生数学建模竞赛结果揭晓，东湖大学代表队共获得国家一等奖2项、国家二等奖5项，获奖数量创历史新高。" +
			"学校高度重视学科竞赛工作，组织指导教师团队开展了为期两个月的集中培训。"
		profile = "三十年来，赵刚扎根检修一线，带领班组完成线路检修任务上千次，练就了一身过硬本领。每逢雨雪冰冻天气，他总是第一个冲到现场，排除故障，保障了千家万户的正常用电。" +
			"同事们都说，他就像一颗钉在岗位上的螺丝钉。"
	)
	tests = append(tests, []struct {
		name  string
		lines []string
		want  string
	}{
		{"a figurative headline above the unit's name and the dateline", []string{"薪火相传 青春接力", "东湖区人民检察院", "发布时间：2024-05-08", oath}, "薪火相传 青春接力"},
		{"a figurative headline above a school's name", []string{"春风化雨 润物无声", "东湖区实验小学", "发布时间：2024-09-11", school}, "春风化雨 润物无声"},
		{"a figurative headline above a school's name and its editor", []string{"春风化雨 润物无声", "东湖大学附属中学", "编辑：王强", school}, "春风化雨 润物无声"},
		{"a caption below the dateline is never the headline", []string{"白衣执甲 逆行出征", "发布时间：2020-02-10", "院长李明华为医疗队员送行", aid}, "白衣执甲 逆行出征"},
		{"a caption below a bare date is never the headline", []string{"白衣执甲 逆行出征", "2020-02-10", "院长李明华为医疗队员送行", aid}, "白衣执甲 逆行出征"},
		{"a caption below the editor's name is never the headline", []string{"春风化雨 润物无声", "编辑：王强", "校长李华为老教师颁发纪念证书", school}, "春风化雨 润物无声"},
		{"a caption of the scene above the dateline is never the headline", []string{"白衣执甲 逆行出征", "东湖医院援鄂医疗队出征仪式现场", "发布时间：2020-02-10", aid}, "白衣执甲 逆行出征"},
		{"an advertisement above a newspaper page's date and a figurative headline", []string{"西岭银行白金信用卡", "星期一", "2020年2月10日", "第A02版：要闻", "", "白衣执甲 逆行出征", "", aid}, "白衣执甲 逆行出征"},
		{"a figurative headline above an advertisement", []string{"白衣执甲 逆行出征", "", "西岭银行白金信用卡", "", aid}, "白衣执甲 逆行出征"},
		{"a headline that abbreviates its body", []string{"我院成功实施首例TAVR手术", "发布时间：2024-05-08", valve}, "我院成功实施首例TAVR手术"},
		{"a headline that abbreviates its body, no dateline", []string{"市长率团赴港招商", "", trip}, "市长率团赴港招商"},
		{"a headline that shares few of its pairs with the body", []string{"我院举办护士节系列活动", "发布时间：2024-05-12", nurses}, "我院举办护士节系列活动"},
		{"a figurative headline and a profile's subtitle", []string{"一颗螺丝钉的坚守", "——记东湖电力公司检修班班长赵刚", "", profile}, "一颗螺丝钉的坚守"},
		{"a short headline opened by the institution", []string{"东湖集团喜迎新春", "发布时间：2024-02-06", gala}, "东湖集团喜迎新春"},
		{"a short headline opened by the institution, no dateline", []string{"东湖大学学子再创佳绩", "", contest}, "东湖大学学子再创佳绩"},
		{"a short headline opened by the institution above its unit", []string{"东湖集团喜迎新春", "东湖集团工会", "发布时间：2024-02-06", gala}, "东湖集团喜迎新春"},
		{"a short headline opened by the institution above its office", []string{"东湖大学学子再创佳绩", "东湖大学教务处", "发布时间：2024-05-08", contest}, "东湖大学学子再创佳绩"},
		{"a link repeated on the page and no headline", []string{"东湖大学就业处_就业服务", "第12期就业见习岗位", "东湖大学就业处_就业服务", "第12期就业见习岗位", "", contest}, ""},
	}...)
	for _, tt := range tests {
		if got := Extract(strings.Join(tt.lines, "\n"), Options{}).Summary.Title; got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMastheadLine: a paper's name is a paper's word (日报, 晚报, 校报), or any name with the
// issue or the page printed beside it; a headline ending in a report's word (通报, 汇报) and
// its date is no masthead (review 14 #19).
func TestMastheadLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line string
		want bool
	}{
		{"北岭中学情况通报 2024-04-12", false},
		{"北岭学院工作汇报 2024年4月12日", false},
		{"北岭晚报 2024-04-12", true},
		{"北岭校报数字版 2024年4月12日 星期五", true},
		{"防汛工作简报 第12期 2024-04-12", true},
	}
	for _, tt := range tests {
		if got := mastheadLine(tt.line); got != tt.want {
			t.Errorf("mastheadLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
