package extract

import (
	"strings"
	"unicode/utf8"
)

// japaneseFamilies are common Japanese family names of two characters, as Taiwan's and Hong
// Kong's pages write Japanese guests (佐藤光史, 鈴木一郎), in Japanese and simplified script:
// read as the compound family names of the list are, a given name of one or two characters
// after them. From the most frequent Japanese family names (national surname rankings), less
// those that are Chinese words or places (田中, 中村, 小林, 山口, 清水, 福田, 松下, 前田) and
// those of three characters (佐佐木), which no reading of a name here takes.
const japaneseFamilies = `佐藤 鈴木 铃木 高橋 渡邊 渡辺 渡边 伊藤 加藤 齋藤 斎藤 斋藤 山本 松本 井上 木村
	橋本 桥本 近藤 遠藤 远藤 藤原 藤田 岡田 冈田 坂本 青木 西村 岡本 冈本 中島 中岛 村上 後藤 森田 竹内`

func init() {
	for _, s := range strings.Fields(japaneseFamilies) {
		surnames[s] = true
	}
}

// personName reports whether s reads as a person's name where a credit or a series may as well
// hold a unit's name, a place or an ordinary word (来源：某中心 文明, （摄影组 全体）, 記者某某
// 高雄報導): a family name of the list and one or two more characters (two more after a compound
// family name), not a place of the gazetteer, not a unit, not a word that reads like a name
// (文明, 师生).
func personName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 || !allHan(s) {
		return false
	}
	rs := []rune(s)
	compound := n >= 3 && surnames[string(rs[:2])]
	if !compound && (n == 4 || !surnames[string(rs[:1])]) {
		return false
	}
	return !isPlace(s) && !nonName[s] && !plainWords[s] && !addressForm(s) && !reCreditUnit.MatchString(s)
}

// memberName reports whether s, written after a unit's name in a credit, is the name of a
// person of that unit: it reads as a person's name (personName) and is none of the words that
// open with a family name and follow a unit's name as readily as a member does (REVIEW16 R2): a
// place, by the word that ends it (某家村, 某府井, 某某社区: a village or a street supplies the
// photos); a holiday or an anniversary (某金周, 某年庆, 某某节); a word of three whose first two are
// a plain word that opens with a family name (黄金周: 黄金).
func memberName(s string) bool {
	if !personName(s) || rePlaceEnd.MatchString(s) || reHolidayWord.MatchString(s) {
		return false
	}
	rs := []rune(s)
	return len(rs) != 3 || !plainWords[string(rs[:2])] && !nonName[string(rs[:2])]
}

var (
	// rePlaceEnd ends a place's name, not a person's: a village, a street, a quarter.
	rePlaceEnd = lazyRE(`(?:村|庄|莊|屯|寨|堡|镇|鎮|乡|鄉|街|路|巷|井|苑|湾|灣|园|園|沟|溝|岭|嶺|社区|社區|小区|小區|院区|院區|校区|校區)$`)
	// reHolidayWord is a holiday, a week of one or an anniversary (黄金周, 周年庆, 校庆, 某某节).
	reHolidayWord = lazyRE(`(?:周|週|节|節)$|周年|週年|(?:年|校|院|厂|廠)(?:庆|慶)`)
)

// addressForm reports whether s, a family name and one or two more characters, is a form of
// address and no name (README's labelling rules: 王大姐 has no name): a family name with a
// kinship word (王大爷, 李阿姨), a craft's (刘师傅, 王大夫) or a short title (张总, 王工, 李老,
// 陈董).
func addressForm(s string) bool {
	rs := []rune(s)
	switch {
	case len(rs) == 2:
		return strings.ContainsRune(addressOne, rs[1])
	case len(rs) == 3:
		return addressTwo[string(rs[1:])]
	}
	return false
}

// addressOne are the words of one character that make a form of address after a family name
// (张总, 王工, 李老, 陈姐, 刘董, 王科).
const addressOne = "总總工老哥姐嫂叔姨爷爺伯妈媽婶嬸娘姑婆董科"

// addressTwo are the words of two characters that do (王大爷, 李阿姨, 刘师傅, 张大夫).
var addressTwo = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`大爷 大爺 大妈 大媽 大姐 大哥 大叔 大婶 大嬸 大娘 大伯 阿姨 奶奶 爷爷 爺爺 婆婆 伯伯 叔叔
		阿婆 阿公 阿伯 老伯 老汉 老漢 老太 师傅 師傅 大夫 小姐 先生 女士 师兄 師兄 师姐 師姐 总工 總工`) {
		addressTwo[w] = true
	}
}

// isPlace reports whether s is a place of the gazetteer, with or without its level's word (高雄,
// 江北区).
func isPlace(s string) bool {
	return s != "" && placeAt(s) == len(s)
}

// plainWords are ordinary words that open with a family name and so read like a name of two
// (文明, 师生, 高等): words of the genre met where a credit or a series names people, and the
// words that open a title (高级经理, 荣誉教授, 代理院长, 时任书记, 明星讲师, 王牌教练), met where a
// title reads a name.
var plainWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`文明 文化 文艺 文藝 文字 文稿 文件 文章 师生 師生 全体 全體 全校 全院 全员 全員 全部
		高等 党建 黨建 党办 黨辦 党政 黨政 宣传 宣傳 宣教 信息 国际 國際 国家 國家 和谐 和諧 平安 平台 平臺 相关 相關
		应急 應急 卫生 衛生 管理 公共 公益 公司 司法 包括 金融 景观 景觀 海报 海報 花絮 云端 雲端 计划 計劃 项目 項目 代表
		高级 高級 荣誉 榮譽 代理 常任 时任 時任 原任 全职 全職 高层 高層 高管 高阶 高階
		严格 嚴格 严肃 嚴肅 严厉 嚴厲 严密 嚴密 严谨 嚴謹 金牌 余名 余家 余位 余项 余項 明年 明日 许多 許多
		任何 于是 於是 成员 成員 程序 龙头 龍頭 马上 馬上 高端 钱款 錢款 方向 方式 方法 常态 常態 平等 平稳 平穩
		黄金 黃金 田间 田間 林业 林業 石化 石油 关注 關注 关心 關心 关爱 關愛 关键 關鍵 相互 国内 國內 国务 國務
		公开 公開 公安 公众 公眾 公示 应当 應當 应该 應該 解决 解決 时期 時期 时代 時代 时候 時候 商务 商務 农业 農業
		农村 農村 农民 農民 连续 連續 师资 師資 师德 師德 游客 遊客 展示 展开 展開 展览 展覽 利用 利益 智能 智慧
		元旦 幸福 由于 都是 都要 普遍 普及 修订 修訂 战略 戰略 银行 銀行 干部 幹部 但是 纪律 紀律 纪念 紀念 纪检 紀檢
		凌晨 毕业 畢業 单位 單位 季度 成为 成為 成绩 成績 盛大 蓝图 藍圖 管控 解答 阳光 陽光 司机 司機 卓越 车间 車間
		景区 景區 费用 費用 冷静 冷靜 宗旨 边境 邊境 和平 巩固 鞏固 官方 官兵 封闭 封閉 乐观 樂觀 南方 班级 班級
		储备 儲備 原则 原則 原来 原來 劳动 勞動 满意 滿意 位于 位於 区域 區域 强化 強化 丰富 豐富 支持 支部 初步
		门诊 門診 容易 普通 薄弱 鲜花 鮮花 印发 印發 隆重 诸多 諸多 战士 戰士 奉献 奉獻 闭幕 閉幕 路线 路線
		高质量 高質量 高标准 高標準 高水平 高起点 高起點 高规格 高規格 高要求 全方位 全覆盖 全覆蓋 全流程 全过程 全過程
		常态化 常態化 严要求 嚴要求
		明星 王牌 周末 高兴 高興`) {
		plainWords[w] = true
	}
}

// reGroupCredit is a word for a group of people credited as a whole (全体师生, 校记者团).
var reGroupCredit = lazyRE(`师生|師生|全体|全體|同学|同學|学生|學生|员工|員工|教师|教師|老师|老師|志愿者|志願者|团队|團隊|小组|小組|网友|網友|群众|群眾|记者团|記者團|工作室|编辑部|編輯部`)

// jointNames returns the names a credited word holds: the word itself when it reads as one
// name, or when it is of two to four characters (a family name outside the list, 覺文郁; a
// pen name); the names it was written jointly from (张明李华, names without a space) when it
// splits into names of the list in exactly one way; none when a word of five or more
// characters splits in no way or in several (王明华李强: 王明华 李强 or 王明 华李强), which
// no one name is.
func jointNames(s string) []string {
	n := utf8.RuneCountInString(s)
	if personName(s) || n < 4 || !allHan(s) {
		return []string{s}
	}
	var found []string
	count := 0
	var try func(rs []rune, parts []string)
	try = func(rs []rune, parts []string) {
		if len(rs) == 0 {
			if len(parts) >= 2 {
				count++
				found = parts
			}
			return
		}
		for _, k := range []int{2, 3, 4} {
			if k <= len(rs) && personName(string(rs[:k])) {
				try(rs[k:], append(parts[:len(parts):len(parts)], string(rs[:k])))
			}
		}
	}
	if n <= 12 {
		try([]rune(s), nil)
	}
	switch {
	case count == 1:
		return found
	case n == 4:
		return []string{s} // 陳李秀英: a married name of four
	default:
		return nil
	}
}
