package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// A gazetteer of place names: provinces and regions, prefecture-level cities, county-level
// cities and common counties and districts of mainland China, and the counties, cities and
// townships of Taiwan, the districts of Hong Kong and Macau. Names of institutions in the genre
// start with a place far more often than with anything else (东湖市人民医院, 國立宜蘭大學,
// 九三学社青川市委): a span that ends in an institutional word and starts with a place, or with
// one of the heads of orgheads.go, starts where a name starts; a span that starts inside a
// clause (回顾总结集团, 某某分别代表中国某大学) does not.
//
// Why written by hand: no Go module the project may use holds China's administrative divisions
// (none is served by the module proxy this project builds from), and the full official list
// (some 3,000 county-level names) would hold many ordinary words (朝阳, 来宾, 东方, 成功, 太平)
// that a check of where a name starts must not take for places. So the list below keeps the
// level of prefectures whole and, below it, the county-level cities and the districts and
// counties that are common and not ordinary words. It is written once, in simplified script;
// the traditional forms (臺北, 廣州, 澳門) are made from it with report/script (places_tw.go).
// Names are written without their level's word (省, 市, 县, 区, 自治州): placeAt allows any.
const placeNames = `
北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南
四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
华北 华东 华南 华中 西南 西北 东北 中原 江南 岭南 关中 苏北 苏南 皖北 皖南 豫东 鲁西 粤东 粤西 闽南 闽西 浙东 浙南 川东 川北 滇西 黔东 陕南 陕北 晋中 晋东南

石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 辛集 定州 雄安
太原 大同 阳泉 长治 晋城 朔州 运城 忻州 临汾 吕梁
呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善 满洲里 二连浩特
沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 瓦房店 庄河 海城 凤城
长春 四平 辽源 通化 松原 白城 延边 延吉 珲春 梅河口 公主岭
哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭 绥芬河
南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 江阴 宜兴 昆山 常熟 张家港 太仓 溧阳 丹阳 靖江 如皋 海门 启东 邳州 新沂 东台 仪征 高邮 句容 兴化 泰兴 武进 吴江 江都
杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 余姚 慈溪 瑞安 乐清 诸暨 海宁 桐乡 平湖 嵊州 东阳 永康 兰溪 温岭 临海 玉环 龙泉 江山 建德 萧山 余杭 富阳 临安 鹿城 瓯海 龙湾 鄞州 北仑 镇海 奉化 象山 宁海 柯桥 上虞 长兴 德清 安吉
合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 巢湖 桐城 天长 明光 界首 宁国 潜山 无为 广德
福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 福清 长乐 晋江 石狮 南安 龙海 永安 邵武 武夷山 建瓯 漳平 福安 福鼎 平潭
南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 瑞金 井冈山 樟树 丰城 贵溪 德兴 瑞昌 庐山 共青城
济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 莱芜 章丘 胶州 平度 莱西 滕州 龙口 莱阳 莱州 招远 栖霞 海阳 青州 诸城 寿光 安丘 高密 昌邑 曲阜 邹城 新泰 肥城 荣成 乳山 乐陵 禹城 临清 即墨 黄岛
郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 巩义 荥阳 新密 新郑 登封 偃师 舞钢 汝州 林州 卫辉 辉县 沁阳 孟州 禹州 长葛 义马 灵宝 邓州 永城 项城 固始
武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架 大冶 丹江口 宜都 当阳 枝江 老河口 枣阳 宜城 钟祥 京山 应城 安陆 汉川 石首 洪湖 松滋 麻城 武穴 赤壁 广水 利川 汉阳 武昌 汉口 江夏 黄陂
长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 浏阳 宁乡 醴陵 湘乡 韶山 耒阳 常宁 武冈 汨罗 临湘 沅江 资兴 洪江 冷水江 涟源 吉首
广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 番禺 花都 增城 从化 南海 顺德 乐昌 南雄 台山 开平 鹤山 恩平 廉江 雷州 吴川 高州 化州 信宜 四会 兴宁 陆丰 阳春 英德 连州 普宁 罗定 宝安 龙岗 福田 罗湖 南山
南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 岑溪 东兴 桂平 北流 凭祥
海口 三亚 三沙 儋州 琼海 文昌 万宁 五指山
成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 都江堰 彭州 邛崃 崇州 简阳 广汉 什邡 绵竹 江油 峨眉山 阆中 华蓥 万源 西昌 双流 温江 郫都 新都 龙泉驿
贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南 清镇 赤水 仁怀 凯里 都匀 兴义 福泉
昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 宣威 个旧 开远 蒙自 景洪 瑞丽 芒市 腾冲
拉萨 日喀则 昌都 林芝 山南 那曲 阿里
西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 兴平 韩城 华阴 神木 彬州 杨凌
兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 玉门 敦煌
西宁 海东 海北 黄南 果洛 玉树 海西 格尔木 德令哈
银川 石嘴山 吴忠 固原 中卫 灵武 青铜峡
乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子 阿拉尔 图木舒克 五家渠 奎屯 伊宁 库尔勒 阜康 博乐
海淀 朝阳区 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 东城 西城
浦东 黄浦 徐汇 长宁 静安 普陀 虹口 杨浦 闵行 宝山 嘉定 金山 松江 青浦 奉贤 崇明
和平区 南开 河北区 红桥 东丽 西青 津南 北辰 武清 宝坻 宁河 静海 蓟州
渝中 江北 沙坪坝 九龙坡 北碚 渝北 巴南 万州 涪陵 黔江 江津 合川 永川 南川 綦江 大足 璧山 铜梁 潼南 荣昌 开州 梁平 武隆
越秀 荔湾 黄埔 海珠
新洲 蔡甸 江汉 硚口 青山区 洪山 东西湖

台北 新北 桃园 台中 台南 高雄 基隆 新竹 嘉义 苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖 金门 连江 马祖
板桥 三重 中和 永和 新庄 新店 土城 芦洲 汐止 树林 淡水 莺歌 三峡 林口 中坜 平镇 八德 杨梅 大溪 龟山 竹北 竹东 头份
丰原 大里 沙鹿 梧栖 大甲 员林 鹿港 溪湖 北斗 斗六 虎尾 西螺 北港 朴子 新营 永康 归仁 善化 佳里 麻豆 凤山 冈山 旗山 美浓 大寮 林园 潮州 东港 恒春 罗东 苏澳 头城 玉里 凤林 马公 南竿 北竿
九龙 新界 中西区 湾仔 油尖旺 深水埗 九龙城 黄大仙 观塘 荃湾 屯门 元朗 大埔 西贡 沙田 葵青 离岛 将军澳
氹仔 路环 路氹
`

// placeSuffixes are the words of a place's level that may follow its name: 东湖市, 青川县,
// 恩施土家族苗族自治州 (the longest first). Written in simplified; the traditional forms are
// added with the names'.
var placeSuffixes = []string{"特别行政区", "土家族苗族自治州", "土家族苗族自治县", "自治区", "自治州", "自治县", "自治旗",
	"地区", "街道", "省", "市", "县", "区", "州", "镇", "乡"}

var (
	placeOnce sync.Once
	places    map[string]bool // every name, in both scripts
	placeMax  int             // the longest name's length in runes
	levels    []string        // placeSuffixes in both scripts, the longest first
)

// loadPlaces builds the set of place names in both scripts, once: the names of placeNames and
// their traditional forms (placeNamesTraditional, made from them with report/script by
// TestTraditionalForms -update, so no conversion table is built when the program runs).
func loadPlaces() {
	places = map[string]bool{}
	for _, p := range strings.Fields(placeNames + " " + placeNamesTraditional) {
		places[p] = true
		placeMax = max(placeMax, utf8.RuneCountInString(p))
	}
	levels = append(slices.Clone(placeSuffixes), strings.Fields(placeSuffixesTraditional)...)
	slices.SortStableFunc(levels, func(a, b string) int { return len(b) - len(a) })
}

// placeAt returns the length in bytes of the place name s starts with, its level's word
// included (青川县 in 青川县人民医院), or 0 when s starts with none: the longest name the
// gazetteer holds. It looks at most placeMax runes ahead, so a call costs the same on any text.
func placeAt(s string) int {
	placeOnce.Do(loadPlaces)
	end, n, best := 0, 0, 0
	for end < len(s) && n < placeMax {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		n++
		if n >= 2 && places[s[:end]] {
			best = end
		}
	}
	if best == 0 {
		return 0
	}
	return best + levelAt(s[best:])
}

// levelAt returns the length of the level's word s starts with (市, 自治州, 縣), or 0.
func levelAt(s string) int {
	for _, l := range levels {
		if strings.HasPrefix(s, l) {
			return len(l)
		}
	}
	return 0
}
