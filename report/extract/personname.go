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
// (文明, 师生, 高等): words of the genre met where a credit or a series names people.
var plainWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`文明 文化 文艺 文藝 文字 文稿 文件 文章 师生 師生 全体 全體 全校 全院 全员 全員 全部
		高等 党建 黨建 党办 黨辦 党政 黨政 宣传 宣傳 宣教 信息 国际 國際 国家 國家 和谐 和諧 平安 平台 平臺 相关 相關
		应急 應急 卫生 衛生 管理 公共 公益 公司 司法 包括 金融 景观 景觀 海报 海報 花絮 云端 雲端 计划 計劃 项目 項目 代表`) {
		plainWords[w] = true
	}
}
