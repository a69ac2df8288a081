package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jianbao/jianbao/report/model"
)

// bylineRoles are the roles a byline names.
const bylineRoles = `总监制|總監製|文图|文圖|监制|監製|统筹|統籌|作者|报道|報道|报导|報導|编审|編審|核稿|校稿|签发|簽發|录入|錄入|发布人|發布人|发布者|發布者|校对|校對|一审|一審|二审|二審|三审|三審|(?:学生|學生|特约|特約|实习|實習|首席|本报|本報|本网|本網|本台)?(?:记者|記者|通讯员|通訊員)|实习生|實習生|图文|圖文|记者|記者|通讯员|通訊員|摄影|攝影|摄像|攝像|文/图|文／图|文/圖|图/文|圖/文|文字|图片|圖片|(?:文|图|圖|摄|攝)(?:[:：/／\s])|供稿|供图|供圖|责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|初审|初審|复审|複審|终审|終審|撰稿|撰文|拟稿|擬稿|审稿|審稿|审校|審校|采访|採訪|采写|採寫|策划|策劃|文案|排版|美编|美編|来源|來源`

var (
	// reByline matches "记者 卓张鹏 摄影 徐志持" inside parentheses or on a line of its own.
	reBylinePart = lazyRE(`(` + bylineRoles + `)(?:[/／](?:` + bylineRoles + `))*\s*[:：/／|｜]?\s*([\p{Han}·]{2,16}(?:[ 　、，,][\p{Han}·]{2,4})*)`)
	reBylineTok  = lazyRE(`[^\s　、，,；;|｜]+`)
	reBylineRole = lazyRE(`^(?:` + bylineRoles + `)`)
	reParen      = lazyRE(`[（(]([^（）()]{2,60})[）)]`)
	reUnitAuthor = lazyRE(`^([\p{Han}]{1,16}?(?:` + creditUnitEnds + `))[\s　]+([\p{Han}]{2,4}(?:[\s　、，,]+[\p{Han}]{2,4})*)$`)
	// reSupplied is "集团党群工作部 供稿", 草屯醫院提供: the supplier before the word for
	// supplying, which is the role.
	reSupplied = lazyRE(`^([\p{Han}·]{2,20}?)[\s　]*(供稿|供图|供圖|提供)$`)
	reMetaKey  = lazyRE(`^[\p{Han}]{1,4}[:：]`)
	reHanName  = lazyRE(`^[\p{Han}·]{2,20}$`)
	// reSpacedName: a two-character name padded to the width of three (伍   晖), also right
	// after a reporter's role (记者张 萍).
	reSpacedName = lazyRE(`((?:^|[:：/／\s(（]|记者|記者|通讯员|通訊員)\p{Han})[ 　]{1,4}(\p{Han})((?:\s|$))`)
	// reReporter: 某某传媒记者某某/台南报导, 【記者某某/報導】 (no place).
	reReporter = lazyRE(`(?:记者|記者)\s*([\p{Han}]{2,4}(?:[、 ][\p{Han}]{2,4})*)\s*[/／∕]\s*(?:(?:[\p{Han}]{1,6}[ 　]?)?(?:报导|報導|报道|報道)|摄|攝)`)
	// reLenticular is a part in 【】: 【記者李光曜/南投報導】.
	reLenticular = lazyRE(`【([^【】]{2,40})】`)
	// reBylineKV is a role and a name anywhere in a metadata line: 作者:刘玲.
	reBylineKV = lazyRE(`(作者|记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯|责任编辑|責任編輯|审核|審核|撰稿|校对|校對|编审|編審|监制|監製)[:：]\s*(?:[\[［]\s*)?([\p{Han}·]{2,4})(?:[\s　]|$|[^\p{Han}:：])`)
	// reReporterSays: 記者李祖東報導, with no slash.
	// reReporterAfter: the name after 記者 and a slash: 某某傳媒記者 / 某某採訪報導.
	reReporterAfter = lazyRE(`(?:记者|記者)[ 　]*[/／∕][ 　]*([\p{Han}]{2,4}?)[ 　]*(?:采访|採訪)?(?:报导|報導|报道|報道)`)
	reReporterSays  = lazyRE(`(?:记者|記者)\s*((?:[\p{Han}]{2,3}[、 ])*[\p{Han}]{2,3}?)\s*(?:报导|報導|报道|報道)$`)
	// reLeadReporter: a lead line that starts with the reporter's credit: 记者 张骏 会议要求….
	reLeadReporter = lazyRE(`^(?:记者|記者|通讯员|通訊員)[ 　]+([\p{Han}]{2,3})[ 　]+\p{Han}`)
	// rePhotosBy: names and 摄 (张明 李华 摄); rePostRole: a name and its role after a slash
	// (张明/文, 李华/摄); reOutlet: an outlet's name before 记者 (某某日报记者 张明).
	rePhotosBy = lazyRE(`^((?:[\p{Han}]{2,4}[\s　]+)+[\p{Han}]{2,4})[\s　]*(?:摄|攝)$`)
	rePostRole = lazyRE(`^([\p{Han}·]{2,4})[/／](文|图|圖|摄|攝|编|編)$`)
	reOutlet   = lazyRE(`^[\p{Han}]{1,10}?(?:报|報|社|台|网|網)((?:记者|記者)[\s　]*\p{Han})`)
	// rePhotoBy: (集团总部 伍晖摄).
	rePhotoBy = lazyRE(`^(?:[\p{Han}]{2,12}[\s　]+)?([\p{Han}]{2,4})[\s　]*(?:摄|攝)$`)
	// reNamesOnly: names alone in brackets: (李晓婷 陈妍 吴国武); reNamesListed, with 、
	// (李晓婷、陈妍).
	reNamesOnly   = lazyRE(`^[\p{Han}]{2,3}(?:[ 　]+[\p{Han}]{2,3}){0,5}$`)
	reNamesListed = lazyRE(`^[\p{Han}]{2,3}(?:、[\p{Han}]{2,3}){1,5}$`)
	// reTagParen: the credit in brackets right after the news tag: 本网讯（某某）, 本报讯（某某 记者
	// 某某）, 本站某地讯（某某 某某）.
	reTagParen = lazyRE(`^[\p{Han}]{0,12}(?:网讯|網訊|报讯|報訊|站讯|站訊|[^通\P{Han}][讯訊])[\s　]*[（(]([^（）()]{2,40})[）)]`)
	// reWireParen: the credit in brackets right after a wire service's dateline (某某网某地7月12日电
	// （甲 乙）, 新华社北京3月5日电（记者 某某）): the outlet and place, the day and 电, or 讯 where a
	// portal dates its own item (四川新闻网自贡3月8日讯（甲 乙 丙）).
	reWireParen = lazyRE(`^[\p{Han}]{1,16}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)[\s　]*[（(]([^（）()]{2,40})[）)]`)
	// reTagInParen: the tag inside the brackets, the credit after it: （本网讯 某某 报道）; and
	// reTagSays, the tag and the reporter opening the lead: 本报讯某某报道：.
	reTagInParen = lazyRE(`^[\p{Han}]{0,10}(?:网讯|網訊|报讯|報訊|站讯|站訊)[\s　]*(.{2,30}?)[\s　]*(?:报道|报导|報導|報道)?$`)
	reTagSays    = lazyRE(`^[\p{Han}]{0,10}(?:网讯|網訊|报讯|報訊|站讯|站訊)[\s　]*([\p{Han}]{2,4}(?:[\s　、][\p{Han}]{2,4})*)[\s　]*(?:报道|报导|報導|報道)`)
	// reTagRoleSays is any news tag ending in 讯 (某某在线讯), then a reporter's role, the names and
	// 报道 opening the lead: 某某在线讯记者某某报道：. The role and 报道 on both sides of the names
	// make it a credit whatever the outlet's word before 讯.
	reTagRoleSays = lazyRE(`^[\p{Han}]{1,10}?[讯訊][\s　]*((?:记者|記者|通讯员|通訊員)[\s　]*[\p{Han}]{2,4}(?:[\s　、][\p{Han}]{2,4})*)[\s　]*(?:报道|报导|報導|報道)`)
	// reGluedPhotos is a photo credit of two names or more, glued after a space to a line's
	// last sentence: ……供电线路。 某某 某某摄.
	reGluedPhotos = lazyRE(`[。！!][\s　]+((?:[\p{Han}]{2,4}[\s　]+)+[\p{Han}]{2,4})[\s　]*(?:摄|攝)$`)
	// reCaptionReporter is a reporter's photo credit closing a caption's bracket after what the
	// photo is: (資料照／記者某某攝), the name between 記者 and 攝.
	reCaptionReporter = lazyRE(`(?:^|[/／∕\s　])(?:记者|記者)[\s　]*([\p{Han}]{2,3})[\s　]*(?:摄|攝)$`)
	// reWireLine is a wire service's dateline: 某社記者某某台北15日電 — the reporter, then the place.
	reWireLine = lazyRE(`(?:记者|記者)[\s　]*([\p{Han}]{4,7})[\s　]*\d{1,2}日[电電]`)
	// reNotByline are words in a credit's place that are no person: a photo's position (左四,
	// 右二), an account or a source (管理员, 网络, 佚名), a unit's abbreviation (区政府办, 某某组).
	reNotByline = lazyRE(`^[左右前后後中][一二三四五六七八九十\d]+$|^(?:管理员|管理員|网站管理员|網站管理員|小编|小編|网络|網絡|網路|佚名|本站|本网|本網|本报|本報|本刊|本台|原创|原創|下同|同上)$|(?:办|辦|委|组|組|队|隊|站)$`)
	// reAccount: a media platform's account credited as author (某某号作者：, 公众号：) is no person.
	reAccount = lazyRE(`(?:号|號)$`)
	// reNewsTag is the news tag opening a lead: 本网讯, 东湖日报讯, 某某讯 .
	reNewsTag = lazyRE(`^[\p{Han}]{1,10}网讯|^[\p{Han}]{1,10}網訊|^[\p{Han}]{1,10}报讯|^[\p{Han}]{1,10}報訊|^本报讯|^本報訊|^[\p{Han}]{2,12}[讯訊][\s　]|^讯|^訊`)
)

// closes reports whether the bracketed part p ends its line l: (李晓婷 陈妍 吴国武) closing an
// article, not 各部门（单位） inside a sentence.
func closes(l, p string) bool {
	l = strings.TrimRight(strings.TrimRight(l, " 　|｜"), ")）】]") // (某某) | : a bar of the page's after it
	return strings.HasSuffix(l, p)
}

// allNames reports whether every word of s starts with a family name.
func allNames(s string) bool {
	for _, w := range strings.Fields(s) {
		rs := []rune(w)
		if !surnames[string(rs[:1])] && !(len(rs) > 2 && surnames[string(rs[:2])]) {
			return false
		}
	}
	return true
}

// startsByline reports whether s begins with a byline role and a name (记者 卓张鹏 …).
// It matches at the start only: an unanchored search would read all of s when s holds no
// byline, and s can be a line joined from thousands of fragments.
func startsByline(s string) bool {
	return reBylineAtStart.MatchString(s) || reOutletCredit.MatchString(s) || paddedName(s)
}

// paddedName reports whether s is a name of two characters padded to the width of three and
// nothing else (伍   晖, 童 永): how a byline, never a sentence, writes a name.
func paddedName(s string) bool {
	m := rePaddedName.FindStringSubmatch(s)
	return m != nil && surnames[m[1]]
}

// rePaddedName is a line of two Han characters with spaces between (group 1 is the first).
var rePaddedName = lazyRE(`^[ 　]*(\p{Han})[ 　]{1,4}\p{Han}[ 　]*$`)

// reOutletCredit is a line that is only an outlet's reporter credit (大公報記者 某某, 某某日报记者
// 甲 乙): the outlet's name, 记者 and the names, nothing after them. On a line of its own between
// paragraphs it is a byline, which no line joins.
var reOutletCredit = lazyRE(`^[\p{Han}]{1,10}?(?:报|報|社|台|网|網)(?:记者|記者)[\s　]*[\p{Han}]{2,4}(?:[\s　、][\p{Han}]{2,4}){0,3}[\s　]*$`)

// reBylineAtStart is reBylinePart anchored at the start of the text.
var reBylineAtStart = lazyRE(`^(?:` + reBylinePart.String() + `)`)

// bylines reads the authors from the head and foot of an article: (记者 卓张鹏 摄影 徐志持),
// （党委宣传部  蒋媛媛）, 供稿:宣传与公共关系部, 编辑:朱增光, and from a credit glued to any
// line's last sentence. It returns them, the lines that were only a byline (to keep them out of
// the summary), and for each line with a glued credit the length of its own text before it.
func bylines(lines []string) ([]model.Person, map[int]bool, map[int]int) {
	var out []model.Person
	used := map[int]bool{}
	glued := map[int]int{}
	seen := map[string]bool{}
	page := strings.Join(lines, "\n")
	places := placeWordsOf(page)
	add := func(name, role string) {
		name = strings.Trim(name, " 　")
		if t := trimEtc(name); t != name {
			// 作者：某某等, 摄影：师生等: the 等 closing a list, then a person's name, not a word.
			if !personName(t) {
				return
			}
			name = t
		}
		// 圖：某院提供, 图/王明供图: the supplier, a person or a unit, without the word.
		if m := reSupplied.FindStringSubmatch(name); m != nil {
			if name = m[1]; !personName(name) {
				return // 圖/市府提供: a unit supplied it, and a unit credited is no author
			}
		}
		if rs := []rune(name); len(rs) >= 3 && strings.ContainsRune("摄攝", rs[len(rs)-1]) {
			if k := len(rs) - 2; k >= 2 && rs[k] == '翻' && allNames(string(rs[:k])) {
				name = string(rs[:k]) // 图／记者某某翻攝: a copy of a photo, taken by 某某
			} else if allNames(string(rs[:len(rs)-1])) {
				name = string(rs[:len(rs)-1]) // 图／记者某某摄: the name between the role and 摄
			}
		}
		if name == "" || seen[name] || plainWords[name] || nonName[name] || reUnitRole.MatchString(name) || reOrgEnd.MatchString(name) || reNotByline.MatchString(name) || places[name] || reBylineRole.FindString(name) == name {
			// A unit credited (发布者：土木工程学院) is no author.
			return
		}
		if !personName(name) && reGroupCredit.MatchString(name) {
			return // 摄影：全体师生: a group, no person
		}
		if !personName(name) && reCreditUnit.MatchString(name) {
			return // 撰稿：護理系: a unit credited, whatever the role, is no author
		}
		for _, n := range jointNames(name) {
			if !seen[n] {
				seen[n] = true
				out = append(out, model.Person{Name: n, Role: role})
			}
		}
	}
	// glue credits the people of a credit glued to line i's last sentence (……事故发生。供稿
	// 医院一审 某某二审 某某) and notes where the line's own text ends. l is the line as read.
	glue := func(i int, l string) {
		credited := gluedCredit(l)
		if len(credited) == 0 {
			return
		}
		for _, c := range credited {
			add(c[0], c[1])
		}
		glued[i] = strings.LastIndex(lines[i], "。") + len("。")
	}
	scan := func(i int) {
		l := slashLike.Replace(lines[i])                      // 記者某某╱高雄報導: a slash as some pages draw it
		l = unspaceTag(l)                                     // 大 西 北 网 讯 (记者某某): a tag set with spaces
		l = reRoleJoin.ReplaceAllString(l, "$1/$2")           // 文、图：某某, 文．圖／某某: one credit
		l = reRoleUnderscore.ReplaceAllString(l, "$1/$2")     // 文_某某 图_某某: the role's mark
		l = reRoleBar.ReplaceAllStringFunc(l, roleBarToSlash) // 文丨某某, 图|某某: a bar marks the role
		l = reRolePerson.ReplaceAllString(l, "$1$2")          // 撰稿人：某某, 审核人：某某: the role
		l = strings.TrimLeft(l, bulletMarks)                  // ■记者某某: a bullet opening the credit
		var parts []string
		for _, m := range reParen.FindAllStringSubmatch(l, -1) {
			parts = append(parts, m[1])
		}
		for _, m := range reLenticular.FindAllStringSubmatch(l, -1) {
			parts = append(parts, m[1])
		}
		whole := strings.TrimSpace(reNewsTag.ReplaceAllString(l, ""))
		if m := reOutlet.FindStringSubmatchIndex(whole); m != nil && len([]rune(whole)) <= 40 {
			whole = whole[m[2]:] // 某某日报记者 张明: the outlet's name is no credit
		}
		isLine := len([]rune(whole)) <= 40 && !strings.Contains(whole, "。") && (!strings.Contains(whole, "；") || creditsOnly(whole))
		if isLine {
			parts = append(parts, whole)
		}
		// markLine marks the line as a byline when the part read is the whole line.
		markLine := func(p string) {
			if isLine && p == whole {
				used[i] = true
			}
		}
		if m := reLeadReporter.FindStringSubmatch(whole); m != nil && allNames(m[1]) {
			add(m[1], "记者") // 记者 张骏 会议要求……: the credit runs into the lead
		}
		if !strings.ContainsAny(l, "。；") {
			// A source line naming a unit, then its member after a space or a dash (发布时间:…
			// 来源:某某医院——某某): the member is the author, the unit none.
			for _, m := range reSourcePerson.FindAllStringSubmatch(l, -1) {
				if memberName(m[3]) {
					add(m[3], m[1])
				}
			}
			// A metadata line: 文章来源:二十一病区 作者:刘玲 点击数:2453.
			for _, m := range reBylineKV.FindAllStringSubmatchIndex(l, -1) {
				role, name := l[m[2]:m[3]], l[m[4]:m[5]]
				if reBylineRole.FindString(name) != "" || reAccount.MatchString(tailOf(l[:m[2]], 8)) {
					continue
				}
				if reCreditUnit.MatchString(name) {
					// 作者:九三学社 某某: the unit, then its member; the unit is no author.
					if next := reBylineTok.FindString(strings.TrimLeft(l[m[5]:], " 　")); next != "" && l[m[5]:] != strings.TrimLeft(l[m[5]:], " 　") && personName(next) && !reAreaEnd.MatchString(next) {
						add(next, role)
					}
					continue
				}
				add(name, role)
				// 作者: 某某 某某 某某, 作者:某某、某某: the names after it, each parted by a space
				// or a 、, up to a word that is none (点击数:…, 来源).
				if after := l[m[5]:]; after != strings.TrimLeft(after, " 　、") {
					for j, w := range strings.FieldsFunc(after, creditSep) {
						if j >= maxCreditNames || !memberName(w) {
							break
						}
						add(w, role)
					}
				}
			}
		}
		// The credit that goes with the news tag: 本网讯（某某）, （本网讯 某某 报道）, 本报讯某某报道：.
		if m := reTagParen.FindStringSubmatch(l); m != nil {
			credit(unpadNames(m[1]), add)
		} else if m := reWireParen.FindStringSubmatch(l); m != nil {
			// Only people's names: the brackets after a dateline also hold words (（综合）).
			credit(unpadNames(m[1]), func(name, role string) {
				if personName(name) {
					add(name, role)
				}
			}) // 某某网某地7月12日电（甲 乙 丙）, 新华社北京3月5日电（记者 某某）
		} else if m := reTagSays.FindStringSubmatch(l); m != nil {
			credit(m[1], add)
		} else if m := reTagRoleSays.FindStringSubmatch(l); m != nil {
			credit(m[1], add) // 某某在线讯记者某某报道：
		}
		for _, m := range reParen.FindAllStringSubmatch(l, -1) {
			if t := reTagInParen.FindStringSubmatch(m[1]); t != nil {
				credit(t[1], add)
			}
		}
		for _, n := range openParenNames(l) {
			add(n, "") // (某某报道)2013年4月20日,……: the credit opening the lead, no tag before it
		}
		glue(i, l)
		if m := reCaptionBareCredit.FindStringSubmatch(l); m != nil && allNames(m[1]) {
			add(m[1], "摄影") // ……嘉宾合影。 某报记者某某 摄: a caption's credit without brackets
		} else if m := reGluedPhotos.FindStringSubmatch(l); m != nil {
			// ……供电线路。 某某 某某摄: every word a person's name, or the run credits no one.
			if names := strings.Fields(m[1]); !slices.ContainsFunc(names, func(n string) bool { return !personName(n) }) {
				for _, n := range names {
					add(n, "摄影")
				}
			}
		}
		if m := reWireLine.FindStringSubmatch(l); m != nil {
			// 記者某某台北15日電: a name of three with a place of two or more, else a name of two.
			rs := []rune(m[1])
			n := 3
			if len(rs)-3 < 2 {
				n = 2
			}
			if name := string(rs[:n]); allNames(name) {
				add(name, "记者")
			}
		}
		for _, p := range parts {
			raw := strings.TrimSpace(p) // as the line writes it, a spaced name (钱 勇) spaced
			p = reSpacedName.ReplaceAllString(raw, "$1$2$3")
			if m := reReporter.FindStringSubmatch(p); m != nil {
				for _, n := range reNameSep.Split(m[1], -1) {
					add(n, "记者") // 視傳媒記者蔡清欽/台南報導, (記者李光曜/攝), 記者某某、某某∕綜合報導
				}
				markLine(p)
				continue
			}

			if m := reCaptionReporter.FindStringSubmatch(p); m != nil && p != whole && allNames(m[1]) {
				add(m[1], "摄影") // (資料照／記者某某攝)
				continue
			}
			if m := reReporterSays.FindStringSubmatch(p); m != nil {
				for _, n := range reNameSep.Split(m[1], -1) {
					if !isPlace(n) { // （記者某某 高雄報導）: a place before 報導 is the dateline
						add(n, "记者") // 【今傳媒/記者李祖東報導】, （記者某某、某某報導）
					}
				}
				continue
			}
			if m := reReporterPlace.FindStringSubmatch(p); m != nil {
				if n := reporterBeforePlace(m[1]); n != "" {
					add(n, "记者") // 【記者某某台中報導】: the name, then the dateline's place
					continue
				}
			}
			if m := reOutletDash.FindStringSubmatch(p); m != nil && p == whole && personName(m[1]) && isPlace(m[2]) {
				add(m[1], "记者") // 某某新聞─某某/澎湖: the outlet, the reporter, the place
				markLine(p)
				continue
			}
			if m := reReporterAfter.FindStringSubmatch(p); m != nil && allNames(m[1]) {
				add(m[1], "记者") // 某某傳媒記者 / 某某採訪報導
				continue
			}
			if m := rePhotosBy.FindStringSubmatch(p); m != nil {
				for _, n := range strings.Fields(m[1]) {
					if allNames(n) && utf8.RuneCountInString(n) <= 4 {
						add(n, "摄影") // 张明 李华 摄
					}
				}
				continue
			}
			if m := rePhotoBy.FindStringSubmatch(p); m != nil {
				add(m[1], "摄影") // (集团总部  伍晖摄)
				continue
			}
			if toks := strings.Fields(p); len(toks) > 1 && rePostRole.MatchString(toks[len(toks)-1]) {
				// （张明 李华/文 王强/图）: names, each group closed by its role.
				var group []string
				ok := true
				for _, tok := range toks {
					if m := rePostRole.FindStringSubmatch(tok); m != nil && allNames(m[1]) {
						for _, n := range append(group, m[1]) {
							add(n, m[2])
						}
						group = nil
					} else if reNamesOnly.MatchString(tok) && allNames(tok) {
						group = append(group, tok)
					} else {
						ok = false
						break
					}
				}
				if ok {
					markLine(p)
					continue
				}
			}
			if n := interviewedName(p); n != "" && p != whole {
				add(n, "记者") // (本圖文由某校校園記者某某同學採訪‧……)
				continue
			}
			// A part in brackets closing the line is a credit of names only (李晓婷 陈妍), never
			// a button of the site's (【关闭】 after 发布时间:… / 浏览量:, （打印）): siteWord, as
			// closingNames tests a closing line without brackets.
			if p != whole && (closes(l, p) || closes(l, raw)) && !siteWord(raw) {
				if names := spacedPairs(raw, places); names != nil {
					for _, n := range names {
						add(n, "") // (某 某 某 某): two names of two, each padded by a space
					}
					continue
				}
				if m := reNamesOnly.FindString(p); m != "" && (allNames(m) || withPenNames(m, places)) {
					for _, n := range strings.Fields(m) {
						add(n, "") // (李晓婷 陈妍 吴国武) closing the article; (某某 天明), with a pen name
					}
					continue
				}
				if names := reNamesSep.Split(p, -1); reNamesListed.MatchString(p) && allNames(strings.Join(names, " ")) && !slices.ContainsFunc(names, reRoleEnd.MatchString) {
					for _, n := range names {
						add(n, "") // (李晓婷、陈妍) closing the article; not (江北区、江南区)
					}
					continue
				}
			}
			if q := slashCredits(p); q != "" {
				p = q // 文图:某某/ 审核:某某/审校:某某: credits parted by slashes
			}
			if startsByline(p) {
				// 校对：某某审核：某某: a name runs into the next role and its colon.
				p = reRunOn.ReplaceAllStringFunc(p, func(s string) string {
					_, size := utf8.DecodeRuneInString(s)
					if reBylineRole.MatchString(s) || utf8.RuneCountInString(s) < 4 {
						return s // a role of its own; a role of one character (某文：) is too short to tell
					}
					return s[:size] + " " + s[size:]
				})
				// Tokens: a role word starts a group, the names after it belong to it.
				role := ""
				// Between bars (文 | 某某, a line of links: 图片 | 视频) a word is a name only
				// when it reads as one.
				piped := strings.ContainsAny(p, "|｜")
				person := func(tok string) bool {
					return reHanName.MatchString(tok) && reBylineRole.FindString(tok) == "" && (!piped || allNames(tok) && utf8.RuneCountInString(tok) <= 4)
				}
				unit := false // the word before was a unit's name (来源：区委宣传部 某某)
				for _, tok := range reBylineTok.FindAllString(p, -1) {
					afterUnit := unit
					unit = false
					if reMetaKey.MatchString(tok) && bylineRoleOf(tok) == "" {
						role = "" // 时间：…, 日期：… end the byline
						continue
					}
					if r := bylineRoleOf(tok); r != "" {
						role = strings.TrimRight(r, ":：/／ ")
						rest := strings.TrimLeft(tok[len(r):], ":：/／ ")
						for r2 := reBylineRole.FindString(rest); r2 != "" && r2 != rest; r2 = reBylineRole.FindString(rest) {
							rest = strings.TrimLeft(rest[len(r2):], ":：/／ ") // 撰稿/初审：某某
							if r2 == "来源" || r2 == "來源" {
								rest = "" // 图片来源：网络 names a source, not a person
							}
						}
						if m := reUnitColon.FindStringSubmatch(rest); m != nil && reCreditUnit.MatchString(m[1]) {
							// 图/党委宣传部：某某: the unit, then its member (not 图/校史馆：历史照片).
							rest = ""
							if memberName(trimEtc(m[2])) {
								rest = m[2]
							}
						}
						if isSource(role) {
							unit = reCreditUnit.MatchString(trimEtc(rest))
							if n := unitThenName(rest); n != "" {
								add(n, role) // 来源:区委宣传部某某
							}
						} else if reCreditUnit.MatchString(strings.TrimRight(tok, ":：/／ ")) {
							unit = true // （摄影组 某某）: a unit named after its role, then its member
						} else if n := unitThenName(rest); n != "" {
							add(n, role) // 图文:某某街道某某: the unit, its member written on
						} else if rest != "" && person(rest) {
							add(rest, role)
						}
						continue
					}
					if m := rePostRole.FindStringSubmatch(tok); m != nil {
						add(m[1], m[2]) // 记者 张明/文 李华/摄
						continue
					}
					switch {
					case afterUnit:
						// 来源：区委宣传部 某某, （摄影组 某某）: after a unit's name, a person's name
						// only (not 来源：某中心 文明, （摄影组 全体））.
						if role != "" && memberName(trimEtc(tok)) {
							add(tok, role)
						}
					case isSource(role):
						unit = reCreditUnit.MatchString(trimEtc(tok))
					case role != "" && person(tok):
						add(tok, role)
					}
				}
				markLine(p)
				continue
			}
			if m := reSupplied.FindStringSubmatch(p); m != nil {
				if allNames(m[1]) && utf8.RuneCountInString(m[1]) <= 4 {
					add(m[1], m[2]) // a person supplied it; a unit credited (区政府办供稿) is no author
				} else if n := unitThenName(m[1]); n != "" {
					add(n, m[2]) // (民盟某支部某某供稿): the unit, then its member who supplied it
				}
				markLine(p)
				continue
			}
			if m := reUnitSupplied.FindStringSubmatch(p); m != nil && reCreditUnit.MatchString(reSupplyWord.ReplaceAllString(m[1], "")) {
				// 秘書室 某某提供, (某某医院供稿 某某 文/图): a unit, then who of it supplied the
				// text or the photos; every word after the unit a person's name.
				names := reNamesSep.Split(m[2], -1)
				if !slices.ContainsFunc(names, func(n string) bool { return !memberName(trimEtc(n)) }) {
					for _, n := range names {
						add(n, m[3]+m[4])
					}
					markLine(p)
					continue
				}
			}
			if m := reUnitAuthor.FindStringSubmatch(p); m != nil {
				for _, n := range reNamesSep.Split(m[2], -1) {
					if memberName(trimEtc(n)) { // （第二支社 某某）, not （党政办 综合）
						add(n, m[1])
					}
				}
				markLine(p)
			}
		}
	}
	// The head and the foot: the first 10 and the last 12 lines with text.
	nonEmpty := 0
	for _, l := range lines {
		if l != "" {
			nonEmpty++
		}
	}
	closing := closingLine(lines)
	k := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		if i == closing && !hanAfter(lines[i+1:]) {
			if names := closingNames(l, page); names != nil {
				for _, n := range names {
					add(n, "") // 李铁琦, 联合三支委会 周莉: the names closing the article, without brackets
				}
				used[i] = true
				k++
				continue
			}
		}
		if k < 10 {
			if n := bulletName(l, page); n != "" {
				add(n, "") // ■某某 alone in the head: a bullet sets the writer's name apart
				used[i] = true
				k++
				continue
			}
		}
		if k > 0 && k < 10 {
			if n := nameUnderHeading(lines, i, page); n != "" {
				add(n, "") // 我院举行毕业典礼 / 周磊: the writer's name alone under the headline
				used[i] = true
				k++
				continue
			}
		}
		if k < 10 || k >= nonEmpty-12 {
			from := len(out)
			scan(i)
			// The rules read a line's credits in their own order (作者：… before 文字：…): the
			// line's names are put back in the order it writes them.
			// (At most a few names a line: a line of thousands is left as read, so that the
			// time stays linear.)
			if n := len(out) - from; n > 1 && n <= 16 {
				line := reSpacedName.ReplaceAllString(l, "$1$2$3")
				at := map[string]int{}
				for _, p := range out[from:] {
					at[p.Name] = indexOr(line, p.Name)
				}
				slices.SortStableFunc(out[from:], func(a, b model.Person) int { return cmp.Compare(at[a.Name], at[b.Name]) })
			}
		} else {
			glue(i, l)
			// A photo credit inside the article: 会议现场（集团总部 伍晖摄）.
			for _, m := range reParen.FindAllStringSubmatch(l, -1) {
				if c := rePhotoBy.FindStringSubmatch(reSpacedName.ReplaceAllString(strings.TrimSpace(m[1]), "$1$2$3")); c != nil {
					add(c[1], "摄影")
				}
			}
		}
		k++
	}
	// 民盟某区总支 某某 glued after a space to the last sentence of the page's text, nothing of
	// the site after it: a bare credit closing the article, read as closingNames reads one on
	// its own line.
	if last := lastSentence(lines); last >= 0 && !hanAfter(lines[last+1:]) {
		l := lines[last]
		j := strings.LastIndex(l, "。") + len("。")
		if tail := l[j:]; j >= len("。") && tail != strings.TrimLeft(tail, " 　") {
			names := closingNames(strings.TrimSpace(tail), page)
			if n := wideTailName(l, page); names == nil && n != "" {
				names = []string{n} // ……的贡献。   某某: a name of two set wide apart
			}
			if names != nil {
				for _, n := range names {
					add(n, "")
				}
				if _, ok := glued[last]; !ok {
					glued[last] = j
				}
			}
		}
	}
	return out, used, glued
}

// lastSentence is the last line that holds a full stop, -1 when none does.
func lastSentence(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "。") {
			return i
		}
	}
	return -1
}

// withPenNames reports whether s, words closing an article in brackets, are names of which
// some are pen names: two words or more, one at least a person's name (personName), each other
// a pen name (penName): （某某 天明）, not （新华 综合）, （东湖 西湖）, （某某 整理）,
// （某某 小王）, （某某 主笔）. places are the page's place words.
func withPenNames(s string, places map[string]bool) bool {
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	named := false
	for _, w := range words {
		if personName(w) {
			named = true
			continue
		}
		if !penName(w) || plainWords[w] || nonName[w] || addressForm(w) || places[w] || isPlace(w) || reBylineRoleIn.MatchString(w) || reEditingWord.MatchString(w) || reNotByline.MatchString(w) || reOrgEnd.MatchString(w) {
			return false
		}
	}
	return named
}

// penName reports whether w reads as a given name used as a pen name: two Han characters, each
// one that given names are commonly made of (天明, 晓风). That is the sign a pen name gives of
// itself; the absence of a word from lists of roles, verbs and places is none (Chinese has
// hundreds of words of two characters that close a credit: 主笔, 核对, 配音, 题字, 把关).
func penName(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && strings.ContainsRune(givenChars, rs[0]) && strings.ContainsRune(givenChars, rs[1])
}

// givenChars are characters given names are commonly made of, in simplified and traditional
// script: virtues, nature, beauty, strength, seasons and gems. Not the characters that make the
// verbs and roles of editing (主 编 审 校 执 核 对 配 题 把 关 行 作 制), nor the points of the
// compass and the words of waters that make places' names (东 南 西 北 湖 州).
const givenChars = "伟偉芳娜秀英敏静靜丽麗强強磊军軍洋勇艳艷豔杰傑娟涛濤明超霞平刚剛桂兰蘭玲华華红紅" +
	"鹏鵬飞飛辉輝玉萍燕丹宁寧欣婷宇浩凯凱健俊帆帅帥旭宏鑫波斌峰晨晓曉雪梅琳莉颖穎慧佳倩" +
	"月云雲雨虹青清晶亮林森楠彬晖暉鸿鴻海江浪文武志国國建立春秋冬夏天乐樂风風悦悅怡婉琪" +
	"瑶瑤璐露菲茜薇蕾莹瑩雯洁潔萱涵晗睿哲博轩軒昊皓然逸宸泽澤航毅诚誠德仁义義礼禮智勤福" +
	"祥瑞吉安康泰和嘉振兴興荣榮昌盛富贵貴才豪雄彪龙龍凤鳳鹤鶴松柏竹菊荷莲蓮芬芝芸芹萌蓉" +
	"岚嵐峥崢嵘嶸山岩川泉源溪洪淼钢鋼锋鋒铭銘锦錦光阳陽辰星晴彤琴诗詩思忆憶恩爱愛慈惠淑" +
	"贤賢良善美嫣娇嬌媛姗珊珍珠琦瑜璇琼瓊家永正远遠达達进進元维維晋晉启啟震霖霆煜炜煒" +
	"烨燁焱灿燦熙坤培均宝寶宗宜宽寬容岳峻嵩崇凡巍弘彦彥征徽忠怀懷恒恆慕敬斐旺昕晟晔曄景" +
	"曼朗杉栋棟桐梓楷樱櫻欢歡毓汉漢沛洲淳渊淵湘滨濱潇瀟澜瀾灵靈炎烈玮瑋琛瑾璋甜畅暢益盈" +
	"真硕碩祺禾程竞競笑筠素紫纯純绍紹绮綺缘緣群羽翔翠耀聪聰胜勝舒艺藝芊若茂茵莎菁葳蔚蓓" +
	"融衡谦謙贞貞越跃躍迪逸金钰鈺铮錚锐銳雁雅霄霜靖韬韜韵韻顺順颂頌馨驰馳骏駿鸣鳴黎"

// reEditingWord is a word of editing or of a source that closes an article in brackets beside a
// name (某某 整理, 某某 编译, 新华 综合, 完, 待续): no pen name.
var reEditingWord = lazyRE(`资料|資料|提供|口述|记录|記錄|原文|来源|來源|出处|出處|发布|發布|录入|錄入|设计|設計|制作|製作|拍|视频|視頻|音频|音頻|照片|通讯|通訊|特约|特約|实习|實習|学生|學生|老师|老師|同学|同學|记者|記者|作者|文字|推荐|推薦|责任|責任|单位|單位|整理|编译|編譯|综合|綜合|综述|綜述|执笔|執筆|推送|转载|轉載|摘编|摘編|摘录|摘錄|编写|編寫|撰写|撰寫|完|续|續|稿|报|報|讯|訊|社|网|網|图|圖|摄|攝|编|編|审|審|校|译|譯|辑|輯|供|据|據|自`)

// reRoleBar is a role of one character and the bar right after it, then a word (文丨某某 图|某某,
// as pages write the slash; 丨 is a Han character that looks like a bar): group 1 what stands
// before, group 2 the role and its bar, group 3 the word.
var reRoleBar = lazyRE(`(^|[^\p{Han}])((?:文|图|圖|摄|攝)[丨|｜])(\p{Han}{2,5})`)

// roleBarToSlash writes the bar of a match of reRoleBar as a slash when the word after it is a
// person's name (文丨某某), and leaves it when not: a line of links (图|视频|音频) credits no one.
func roleBarToSlash(s string) string {
	m := reRoleBar.FindStringSubmatch(s)
	if m == nil || !personName(m[3]) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(m[2])
	return m[1] + string(r) + "/" + m[3]
}

// reRolePerson is a credit's role written with 人 or 领导 (撰稿人：, 审核人：, 审核领导：, the
// officer who approved the text): group 1 the role, group 2 the colon.
var reRolePerson = lazyRE(`(撰稿|审核|審核|审稿|審稿|编辑|編輯|校对|校對|摄影|攝影|拟稿|擬稿|供稿|签发|簽發|初审|初審|复审|複審|终审|終審)(?:人|领导|領導)([:：])`)

// reRoleUnderscore is a credit's role and the underscore that separates it from the name
// (文_某某 图_某某), as some pages write the slash.
var reRoleUnderscore = lazyRE(`(` + bylineRoles + `|文|图|圖|摄|攝)[_＿]+(\p{Han})`)

// reReporterPlace is a reporter's credit whose name runs into the dateline's place with no
// space or mark: 記者某某台中報導, 记者某某杭州报道, 記者某某綜合報導.
var reReporterPlace = lazyRE(`(?:记者|記者)\s*([\p{Han}]{4,8})\s*(?:报导|報導|报道|報道)$`)

// reporterBeforePlace splits s, a reporter's name run into a place (某某台中), at the one place
// where what follows is a place of the gazetteer (or 综合, a report put together) and what
// precedes it reads as a person's name. It returns the name, or "" when no split or more than
// one reads so.
func reporterBeforePlace(s string) string {
	rs := []rune(s)
	found := ""
	for _, n := range []int{2, 3, 4} {
		if len(rs)-n < 2 {
			break
		}
		name, place := string(rs[:n]), string(rs[n:])
		if !personName(name) || !(placeRun(place) || place == "综合" || place == "綜合") {
			continue
		}
		if found != "" {
			return ""
		}
		found = name
	}
	return found
}

// placeRun reports whether s is a place of the gazetteer, or two written one after the other, a
// region and a place in it (台灣桃園, 广东深圳), as a dateline gives them.
func placeRun(s string) bool {
	if isPlace(s) {
		return true
	}
	rs := []rune(s)
	for k := 2; k+2 <= len(rs); k++ {
		if isPlace(string(rs[:k])) && isPlace(string(rs[k:])) {
			return true
		}
	}
	return false
}

// reOutletDash is a dateline line of an outlet, a dash, the reporter and the place after a
// slash: 某某新聞─某某/澎湖 (group 1 the name, group 2 the place).
var reOutletDash = lazyRE(`^[\p{Han}]{1,10}?(?:新聞|新闻|報|报|網|网|社|台|臺)[─—–-]+([\p{Han}]{2,4})[/／]([\p{Han}]{2,4})$`)

// bulletMarks are the marks a page sets before a credit line as a bullet (■记者某某); not the
// triangles that open an image's caption (▲, △).
const bulletMarks = "■●◆★□◇☆"

// creditsOnly reports whether every part of s between semicolons opens with a credit (校对：某某；
// 审核：某某): a line of credits, not a sentence.
func creditsOnly(s string) bool {
	for _, p := range strings.Split(s, "；") {
		if !startsByline(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// indexOr is where name first stands in line, or past its end when it does not.
func indexOr(line, name string) int {
	if i := strings.Index(line, name); i >= 0 {
		return i
	}
	return len(line)
}

// credit adds the people of a credit that goes with a news tag (某某 记者 某某, 某某 某某): each
// word that is a name, the role word before it its role.
func credit(s string, add func(name, role string)) {
	role := ""
	for _, tok := range reBylineTok.FindAllString(s, -1) {
		if r := reBylineRole.FindString(tok); r != "" {
			role = strings.TrimRight(r, ":：/／ ")
			tok = strings.TrimLeft(tok[len(r):], ":：/／ ")
		}
		// 记者某某特约记者某某: after a role, a name runs into the next role with no space; the
		// word is cut there. Before any role, what runs into one qualifies it (全媒体记者 某某).
		for tok != "" {
			name, next, rest := tok, "", ""
			if loc := reBylineRoleIn.FindStringIndex(tok); loc != nil && loc[0] > 0 {
				name, next, rest = tok[:loc[0]], tok[loc[0]:loc[1]], strings.TrimLeft(tok[loc[1]:], ":：/／ ")
				if role == "" {
					name = ""
				}
			}
			if n := utf8.RuneCountInString(name); n >= 2 && n <= 4 && reHanName.MatchString(name) && allNames(name) {
				add(name, role)
			}
			if next == "" {
				break
			}
			role, tok = strings.TrimRight(next, ":：/／ "), rest
		}
	}
}

// gluedCredit reads the credit a page glued to the article's last sentence (……事故发生。供稿
// 医院一审 某某二审 某某, or a bracket the stored copy cut before it closed: ……闭幕。（撰稿：某某
// 审核：某某): what follows the line's last full stop when it opens with a byline role and names
// someone. It returns the names it credits with their roles, none when there is no such credit.
func gluedCredit(l string) [][2]string {
	i := strings.LastIndex(l, "。")
	if i < 0 {
		return nil
	}
	tail := strings.TrimSpace(l[i+len("。"):])
	run := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(tail, "（(【["), "）)】]"))
	if run == "" || utf8.RuneCountInString(run) > 60 || !reBylineRole.MatchString(run) {
		return nil
	}
	// A sentence that merely opens with a role word (记者从会上获悉……) credits nobody: the
	// tail is a credit only when a name is found in it.
	var credited [][2]string
	creditRun(run, func(name, role string) { credited = append(credited, [2]string{name, role}) })
	return credited
}

// creditRun adds the people of a run of credits, each a role and the names after it, where a
// name may run into the next role with no space (一审 某某二审 某某三审 某某): every word is
// cut at the roles it holds.
func creditRun(s string, add func(name, role string)) {
	role := ""
	for _, tok := range reBylineTok.FindAllString(s, -1) {
		for tok != "" {
			loc := reBylineRoleIn.FindStringIndex(tok)
			names := tok
			if loc != nil {
				names = tok[:loc[0]]
			}
			if role != "" && !isSource(role) && personName(trimEtc(names)) {
				// add drops the 等 closing a list (一审 某某等); no word or place is credited
				// ((摄影组 全体)).
				add(names, role)
			}
			if loc == nil {
				break
			}
			role = strings.TrimRight(tok[loc[0]:loc[1]], ":：/／ ")
			tok = strings.TrimLeft(tok[loc[1]:], ":：/／ ")
		}
	}
}

// bylineRoleOf returns the byline role that opens the word tok, or "": a role of one character
// (文, 图, 摄) stands alone as a word too (文 | 某某).
func bylineRoleOf(tok string) string {
	if r := reBylineRole.FindString(tok); r != "" {
		return r
	}
	if reOneCharRole.MatchString(tok) {
		return tok
	}
	return ""
}

// isSource reports whether a byline role names a source (来源), whose words are units, not
// people, except a person named after the unit.
func isSource(role string) bool { return role == "来源" || role == "來源" }

// trimEtc drops the 等 that closes a credit's list (摄影：某某等).
func trimEtc(name string) string {
	if n := utf8.RuneCountInString(name); n >= 3 && n <= 5 && strings.HasSuffix(name, "等") {
		return strings.TrimSuffix(name, "等")
	}
	return name
}

var (
	reOneCharRole = lazyRE(`^(?:文|图|圖|摄|攝)$`)
	// reRoleJoin is two roles of one character joined by 、 or a dot (文、图, 文．圖).
	reRoleJoin = lazyRE(`([文图圖摄攝])[、．·・]([文图圖摄攝])`)
	// reRunOn is a name's last character and the role and colon it runs into (某某审核：).
	// A role of its own (责任编辑：) is matched whole, and left as it is.
	reRunOn = lazyRE(`(?:` + bylineRoles + `)[:：]|\p{Han}(?:` + bylineRoles + `)[:：]`)
	// reCreditUnit is a unit's name in a credit: the unit of a source line or of a name
	// (党委宣传部：某某, （第四支社 某某）).
	reCreditUnit = lazyRE(`^[\p{Han}]{1,16}?(?:` + creditUnitEnds + `)$`)
	// reUnitColon is a unit and a name after its colon: 党委宣传部：某某.
	reUnitColon = lazyRE(`^([\p{Han}]{2,20})[:：]([\p{Han}·]{2,4})$`)
)

// slashLike writes as a slash the characters pages draw a credit's slash with (╱, ⁄).
var slashLike = strings.NewReplacer("╱", "/", "⁄", "/")

// Credits that name a unit and then a person of it: reSourcePerson on a metadata line
// (来源:某某医院——某某, 来源：区委宣传部 某某), reUnitSupplied on a credit line or in closing
// brackets (秘書室 某某提供, 某某医院供稿 某某 文/图: the unit, perhaps with its word for supplying,
// the names, then the word for supplying or the role after them).
var (
	reSourcePerson = lazyRE(`(来源|來源)[:：][ 　]*([\p{Han}]{2,20}?(?:` + creditUnitEnds + `))(?:[ 　]+|[—－]{1,2}[ 　]*)([\p{Han}]{2,4})(?:[ 　]|$)`)
	reUnitSupplied = lazyRE(`^([\p{Han}]{2,20}?(?:` + creditUnitEnds + `)(?:供稿|提供)?)[ 　]+([\p{Han}]{2,4}(?:[ 　、]+[\p{Han}]{2,4})*?)(?:[ 　]*(供稿|提供|供图|供圖)|[ 　]+(文/图|文／图|文/圖|图/文|圖/文|文|图|圖|摄|攝|摄影|攝影))$`)
	reSupplyWord   = lazyRE(`(?:供稿|提供)$`)
	// reUnitName is a unit's name with a person's written right after it (某某街道某某).
	reUnitName = lazyRE(`^([\p{Han}]{2,20}(?:` + creditUnitEnds + `))([\p{Han}]{2,3})$`)
)

// unitThenName returns the person's name of s when s is a unit's name with a person's written
// right after it, no space between (图文:东湖路街道某某, 来源:区委宣传部某某), else "".
func unitThenName(s string) string {
	m := reUnitName.FindStringSubmatch(s)
	if m == nil || personName(s) || !memberName(m[2]) {
		return ""
	}
	return m[2]
}

// reAreaEnd ends an area's name, not a person's: a campus (南院区, 东校区), a zone (高新区), a
// county, a town. After a unit on a metadata line (作者:宣传科 南院区) it is the unit's site.
var reAreaEnd = lazyRE(`(?:区|區|县|縣|市|镇|鎮|乡|鄉|省)$`)

// creditUnitEnds are the words that end a unit's name in a credit (党委宣传部, 第二支社, 摄影组,
// 護理系: a school's department).
const creditUnitEnds = `总支|總支|支部|委会|委會|部|处|處|科|系|办公室|辦公室|室|街道|中心|学院|學院|党委|黨委|馆|館|团委|團委|工会|工會|委员会|委員會|委|局|院|所|站|队|隊|公司|集团|集團|社|组|組|办|辦`

// reBylineRoleIn is a byline role anywhere in a word.
var reBylineRoleIn = lazyRE(bylineRoles)

// placeWordsOf returns the words of two to four Han characters that the page writes before 市,
// 省, 县 or 区: places (编辑：某都 on a page of 某都市 credits a place, not a person).
func placeWordsOf(page string) map[string]bool {
	out := map[string]bool{}
	var prev []rune // the Han characters just before, at most 4
	for _, r := range page {
		if strings.ContainsRune("市省县縣区區", r) {
			for n := 2; n <= len(prev); n++ {
				out[string(prev[len(prev)-n:])] = true
			}
		}
		if unicode.Is(unicode.Han, r) {
			prev = append(prev, r)
			if len(prev) > 4 {
				prev = prev[1:]
			}
		} else {
			prev = prev[:0]
		}
	}
	return out
}

// reNameSep and reNamesSep separate the names of a byline.
var (
	reNameSep  = lazyRE(`[、 ]`)
	reNamesSep = lazyRE(`[\s　、，,]+`)
)

// reSlashCredit is one credit of a line of credits parted by slashes: a role, its colon and a
// name (审核:某某).
var reSlashCredit = lazyRE(`^[ 　]*(?:` + bylineRoles + `)[ 　]*[:：][ 　]*[\p{Han}·]{2,4}[ 　]*$`)

// slashCredits rewrites a line of credits parted by slashes (文图:某某/ 审核:某某/审校:某某/终审:
// 某某) with the credits parted by spaces, as a byline's words are read; "" when p is not such a
// line: every part between its slashes a role, a colon and one name.
func slashCredits(p string) string {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '／' })
	if len(parts) < 2 {
		return ""
	}
	for _, c := range parts {
		if !reSlashCredit.MatchString(c) {
			return ""
		}
	}
	return strings.Join(parts, " ")
}

// closingLine is the first line with text after the last line that holds a sentence's end (。！？):
// where a credit closes an article; -1 when there is none. It is read once per page.
func closingLine(lines []string) int {
	last := -1
	for i, l := range lines {
		if strings.ContainsAny(l, "。！？") {
			last = i
		}
	}
	if last < 0 {
		return -1
	}
	for i := last + 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// hanAfter reports whether any of lines holds a Han character: a bare credit closes the page's
// text (李铁琦, then only a bar), not a line of the site's furniture before more of it (關鍵字,
// then 最新回應).
func hanAfter(lines []string) bool {
	for _, l := range lines {
		for _, r := range l {
			if unicode.Is(unicode.Han, r) {
				return true
			}
		}
	}
	return false
}

// siteWord reports whether s, a line or a part of one in brackets, is the site's furniture or
// navigation (关闭, 返回顶部, 打印本页, 发布时间:…): no credit, whatever its words' shape.
func siteWord(s string) bool {
	return isFurniture(s) || reNav.MatchString(strings.TrimSpace(s))
}

// maxCreditNames bounds the names read after a credit's role on a metadata line.
const maxCreditNames = 5

// maxClosingNames bounds the names a bare credit closing an article holds.
const maxClosingNames = 3

// closingNames reads the names of a credit that closes an article without brackets or a role:
// the line is only one to three people's names (李铁琦), perhaps after their unit (联合三支委会
// 周莉), and the page writes each of them only there. A person the article names (东昌府区委书记
// 马军权 … 马军权, an image's leftover) is no credit. nil when l is no such line.
func closingNames(l, page string) []string {
	words := strings.Fields(l)
	alone := len(words) == 1 // one word on the line, no unit before it
	if len(words) >= 2 && reCreditUnit.MatchString(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > maxClosingNames {
		return nil
	}
	// A line of the site's furniture or navigation (关闭, 返回, 打印) is no credit; and a word
	// alone, with no unit before it, is a name only in a full name's shape — a family name and a
	// given name of two characters (李铁琦): a two-character word whose first character is a family
	// name is as often a word (高兴, 白云, 金秋, 方圆, 向阳; review 17, R11) and is left out.
	if siteWord(l) {
		return nil
	}
	if alone && utf8.RuneCountInString(words[0]) < 3 {
		return nil
	}
	for _, w := range words {
		if !memberName(w) || strings.Count(page, w) != 1 {
			return nil
		}
	}
	return words
}

// nameUnderHeading returns the name that line i of lines is, alone (padded or not: 周磊, 童 永),
// when it stands right under a heading — the line before it, a headline or its subtitle, ends no
// sentence and holds no colon — and the page (page, the lines joined) writes it nowhere else: a
// writer's name under the headline (419, 471), not a person of the article. Else "".
func nameUnderHeading(lines []string, i int, page string) string {
	fields := strings.Fields(lines[i])
	if len(fields) == 0 || len(fields) > 3 {
		return ""
	}
	if len(fields) > 1 && slices.ContainsFunc(fields, func(f string) bool { return utf8.RuneCountInString(f) > 1 }) {
		return "" // 甲 乙: two names, or a name and a word; only a padded name (童 永) is one
	}
	name := strings.Join(fields, "")
	if !memberName(name) || utf8.RuneCountInString(name) > maxPersonName || strings.Count(page, name) > 1 {
		return ""
	}
	prev := ""
	for j := i - 1; j >= 0 && prev == ""; j-- {
		prev = strings.TrimSpace(lines[j])
	}
	if utf8.RuneCountInString(prev) < 6 || strings.ContainsAny(prev, "。！？!?:：") {
		return ""
	}
	return name
}
