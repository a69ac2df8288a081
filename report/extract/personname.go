package extract

import (
	"strings"
	"unicode/utf8"
)

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
	return !isPlace(s) && !nonName[s] && !plainWords[s] && !reCreditUnit.MatchString(s)
}

// isPlace reports whether s is a place of the gazetteer, with or without its level's word (高雄,
// 江北区).
func isPlace(s string) bool {
	return s != "" && placeAt(s) == len(s)
}

// plainWords are ordinary words that open with a family name and so read like a name of two
// (文明, 师生, 高等): words of the genre met where a credit or a series names people, and the
// words that open a title (高级经理, 荣誉教授, 代理院长, 时任书记), met where a title reads a name.
var plainWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`文明 文化 文艺 文藝 文字 文稿 文件 文章 师生 師生 全体 全體 全校 全院 全员 全員 全部
		高等 党建 黨建 党办 黨辦 党政 黨政 宣传 宣傳 宣教 信息 国际 國際 国家 國家 和谐 和諧 平安 平台 平臺 相关 相關
		应急 應急 卫生 衛生 管理 公共 公益 公司 司法 包括 金融 景观 景觀 海报 海報 花絮 云端 雲端 计划 計劃 项目 項目 代表
		高级 高級 荣誉 榮譽 代理 常任 时任 時任 原任 全职 全職 高层 高層 高管 高阶 高階`) {
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
