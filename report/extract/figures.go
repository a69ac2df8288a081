package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// measures are the measure words a counted fact ends with, longest first.
const measures = `人次|人|名|位|项|項|个|個|件|场次|場次|场|場|次|篇|万元|萬元|亿元|億元|元|所|家|支|条|條|份|册|冊|本|间|間|套|台|批|期|门|門|类|類|处|處|天|小时|小時|学时|學時|课时|課時|平方米|亩|畝|公里|户|戶|笔|筆|节|節|堂|组|組|队|隊|部|首|幅|棵|株|吨|噸|辆|輛|所`

var (
	reFigure = regexp.MustCompile(`(约|約|近|逾|超过|超過|将近|將近|大约|大約|共计|共計|累计|累計|共|达|達|计|計)?(\d+(?:\.\d+)?|[零一二三四五六七八九十百千万萬两兩]+)(余|餘|多)?(万|萬|亿|億)?(` + measures + `)`)
	// Contexts that make a number no figure: view counters, document numbers, ordinals, phone
	// numbers, voltage ratings, floors and rooms, slogans in quotes.
	reNotFigureBefore = regexp.MustCompile(`(?:届|屆|浏览|瀏覽|点击|點擊|阅读|閱讀|访问|訪問|第|前|后|後|\]|〕|】|電話|电话|热线|熱線|楼|樓|号|號)[量数數次率]*[:：\s]*$`)
	reLabelAfter      = regexp.MustCompile(`^[\p{Han}]{1,8}?(?:[，。；、,;的和与與及]|$|参加|參加|参与|參與|出席|到会|到會|完成|开展|開展)`)
	reLabelBefore     = regexp.MustCompile(`[\p{Han}]{2,8}$`)
	// reNounAfter: the noun a count is of, up to a function word or a verb: 8個方面的工作 → 方面.
	reNounAfter = regexp.MustCompile(`^([\p{Han}]{2,6}?)(?:[，。；、,;：:）)]|的|和|与|與|及|等|在|对|對|为|為|已|共|均|参加|參加|参与|參與|出席|到会|到會|完成|开展|開展|进行|進行|得到|获得|獲得|受益|$)`)
	labelTrim   = regexp.MustCompile(`^(?:共|约|約|近|达|達|计|計|有|累计|累計|已|其中|包括|共有|总计|總計|合计|合計)+|(?:共|约|約|近|达|達|计|計|有|为|為|已|了)+$`)
	// rePolicy: 24小时值班, 24小时开放 are arrangements, not counted facts.
	rePolicy          = regexp.MustCompile(`^(?:值班|开放|開放|营业|營業|服务|服務|在线|在線|热线|熱線|不间断|不間斷)`)
	reMeasureWord     = regexp.MustCompile(`^(?:项目|項目|名单|名單|名称|名稱|名义|名義|名额|名額|个人|個人|条例|條例|部门|部門|期间|期間|家庭|门户|門戶|批次|次序|处理|處理)`)
	reStructure       = regexp.MustCompile(`^(?:阶段|階段|方面|原则|原則|希望|事|要求|意见|意見|特点|特點|方向|维度|維度|步骤|步驟|层面|層面|关系|關係|重点|重點|目标|目標|任务|任務|举措|舉措|大类|大類)`)
	reStructureBefore = regexp.MustCompile(`(?:这|這|分为|分為|以下|如下)$`)
	reTermBefore      = regexp.MustCompile(`(?:届|屆)[\p{Han}]{0,6}$`)
	reQuoted          = regexp.MustCompile(`“[^”]{0,20}”|「[^」]{0,20}」|《[^》]{0,40}》`)
)

// chineseNumber reads 一万, 一百二十, 两千五百 and the like; ok is false for other text.
func chineseNumber(s string) (float64, bool) {
	digits := map[rune]float64{'零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	units := map[rune]float64{'十': 10, '百': 100, '千': 1000}
	total, section, num := 0.0, 0.0, 0.0
	seen := false
	for _, r := range s {
		switch {
		case r == '万' || r == '萬' || r == '亿' || r == '億':
			mult := 1e4
			if r == '亿' || r == '億' {
				mult = 1e8
			}
			total = (total + section + num) * mult
			section, num = 0, 0
		case digits[r] != 0 || r == '零':
			num = digits[r]
			seen = true
		case units[r] != 0:
			if num == 0 {
				num = 1
			}
			section += num * units[r]
			num = 0
			seen = true
		default:
			return 0, false
		}
	}
	return total + section + num, seen
}

// figures finds the counted facts of a text: value, measure word, approximation and a label
// taken from the noun after the number (126个问题) or before it (参会人员150余人).
func figures(text string) []model.Figure {
	// Numbers inside quotes and titles are slogans and names (“两个一百年”, 《十四五规划》).
	masked := reQuoted.ReplaceAllStringFunc(text, func(s string) string { return strings.Repeat("\x00", len(s)) })
	var out []model.Figure
	seen := map[string]bool{}
	for _, loc := range reFigure.FindAllStringSubmatchIndex(masked, -1) {
		get := func(k int) string {
			if loc[2*k] < 0 {
				return ""
			}
			return masked[loc[2*k]:loc[2*k+1]]
		}
		numText, unit := get(2), get(5)
		before, after := tailOf(masked[:loc[0]], 48), masked[loc[1]:min(len(masked), loc[1]+64)]
		// With a word like 超过 or 约 before it the number is a statement, whatever precedes.
		if get(1) == "" && reNotFigureBefore.MatchString(before) {
			continue
		}
		// A digit glued before (2018年 → "018"), a code (G3项目部) or a year, date or
		// percentage after is no count.
		if r, _ := lastRune(before); r >= '0' && r <= '9' || r == '.' || r < 0x80 && unicode.IsLetter(r) {
			continue
		}
		// The measure word begins a word (项目, 名单) or counts the parts of a speech or plan
		// (两个阶段, 三点希望, 这4项是): no counted fact.
		if reMeasureWord.MatchString(unit+after) || reStructure.MatchString(after) || reStructureBefore.MatchString(before) {
			continue
		}
		if strings.HasPrefix(after, "年") || strings.HasPrefix(after, "月") || strings.HasPrefix(after, "日") || rePolicy.MatchString(after) {
			continue
		}
		// 十五届四次全会, 七届二次盟员大会: the session of a body's term, an ordinal.
		if (unit == "次" || unit == "期") && reTermBefore.MatchString(tailOf(before, 24)) {
			continue
		}
		v, err := strconv.ParseFloat(numText, 64)
		if err != nil {
			var ok bool
			if v, ok = chineseNumber(numText); !ok {
				continue
			}
			// 一个, 一次 and the like are words, not counts; so are 千人, 百家 (a thousand
			// runners, a hundred schools of thought).
			if v < 2 && !strings.HasSuffix(unit, "元") || (numText == "百" || numText == "千" || numText == "万" || numText == "萬") && get(1)+get(3) == "" {
				continue
			}
		}
		if v == 0 {
			continue
		}
		scale := get(4)
		if strings.HasPrefix(unit, "万") || strings.HasPrefix(unit, "萬") || strings.HasPrefix(unit, "亿") || strings.HasPrefix(unit, "億") {
			scale, unit = unit[:len("万")], unit[len("万"):]
		}
		approx := get(3) != "" || strings.ContainsAny(get(1), "约約近逾超将將大")
		label := ""
		if m := reNounAfter.FindStringSubmatch(after); m != nil && utf8.RuneCountInString(m[1]) >= 2 {
			label = m[1] // 126个问题, 8個方面的工作, 305项整改措施
		} else if m := reLabelAfter.FindString(after); m != "" {
			label = strings.TrimRight(m, "，。；、,;的和与與及")
			for _, v := range []string{"参加", "參加", "参与", "參與", "出席", "到会", "到會", "完成", "开展", "開展"} {
				if strings.HasSuffix(label, v) && label != v {
					label = strings.TrimSuffix(label, v)
				}
			}
		}
		if label == "" || len([]rune(label)) < 2 {
			if m := reLabelBefore.FindString(before); m != "" {
				label = m
			}
		}
		label = labelTrim.ReplaceAllString(label, "")
		if utf8.RuneCountInString(label) < 2 {
			label = measureLabel(scale + unit) // 3人 with no noun near it counts people: 人数
		}
		f := model.Figure{Label: label, Value: v, Unit: scale + unit, Approx: approx, Text: strings.TrimSpace(text[loc[0]:loc[1]])}
		if k := f.Label + "\x00" + strconv.FormatFloat(f.Value, 'f', -1, 64) + f.Unit; !seen[k] {
			seen[k] = true // the same fact told twice is one fact
			out = append(out, f)
		}
	}
	return out
}

// measureLabel names what a measure word counts, for a figure whose noun the text does not give:
// 人 counts people (人数), 万元 an amount (金额), 项 items (项数).
func measureLabel(unit string) string {
	base := strings.TrimLeft(unit, "万萬亿億")
	switch base {
	case "人", "名", "位":
		return "人数"
	case "人次", "场次", "場次":
		return base
	case "元":
		return "金额"
	case "天", "小时", "小時", "学时", "學時", "课时", "課時":
		return "时长"
	case "平方米", "亩", "畝":
		return "面积"
	case "公里":
		return "里程"
	case "":
		return "数量"
	}
	return base + "数"
}
