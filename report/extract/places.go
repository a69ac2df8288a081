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

正定 栾城 藁城 鹿泉 晋州 新乐 遵化 迁安 滦州 武安 涿州 高碑店 泊头 任丘 黄骅 河间 霸州 三河 深州 平泉 怀来 蔚县 阜平 曲阳 献县 故城 枣强
清徐 古交 阳曲 介休 汾阳 霍州 侯马 高平 原平 河津 永济 平遥 榆次 五台 代县 岢岚
托克托 土默特 准格尔 扎兰屯 牙克石 额尔古纳 根河 霍林郭勒 锡林浩特 乌兰浩特 阿尔山 丰镇
海城 开原 调兵山 北票 凌源 凌海 北镇 大石桥 盖州 东港 兴城 新宾 桓仁 岫岩
德惠 九台 蛟河 桦甸 舒兰 双辽 集安 临江 扶余 洮南 敦化 图们 和龙
尚志 阿城 呼兰 双城 讷河 虎林 密山 同江 富锦 抚远 海林 宁安 穆棱 东宁 北安 五大连池 嫩江 安达 肇东 海伦 漠河
沛县 丰县 睢宁 灌云 涟水 盱眙 金湖 射阳 建湖 滨海县 阜宁 响水 宝应 沭阳 泗阳 泗洪 如东 海安 扬中
淳安 桐庐 建德 宁海 象山 永嘉 平阳 苍南 泰顺 嘉善 安吉 新昌 武义 浦江 磐安 常山 龙游 岱山 嵊泗 仙居 三门 青田 缙云 遂昌 松阳 云和 庆元 景宁
肥西 肥东 长丰 庐江 繁昌 南陵 怀远 五河 固镇 凤台 寿县 当涂 含山 和县 濉溪 枞阳 怀宁 宿松 望江 岳西 歙县 休宁 黟县 祁门 来安 全椒 定远 凤阳 临泉 太和 阜南 颍上 砀山 萧县 灵璧 泗县 霍邱 舒城 金寨 霍山 涡阳 蒙城 利辛 石台 青阳 郎溪 泾县 绩溪 旌德
闽侯 连江县 罗源 闽清 永泰 仙游 明溪 宁化 大田 尤溪 沙县 将乐 泰宁 建宁 惠安 安溪 永春 德化 金门 漳浦 诏安 南靖 华安 顺昌 浦城 松溪 政和 长汀 上杭 武平 霞浦 古田 屏南 寿宁 周宁 柘荣
南昌县 安义 浮梁 上栗 芦溪 修水 武宁 永修 德安 都昌 湖口 彭泽 分宜 余江 信丰 大余 上犹 崇义 龙南 定南 全南 宁都 于都 会昌 寻乌 石城 吉水 峡江 新干 永丰 泰和 遂川 安福 奉新 万载 上高 宜丰 靖安 南城 黎川 南丰 崇仁 乐安 宜黄 金溪 资溪 广昌 玉山 铅山 横峰 弋阳 余干 鄱阳 婺源
平阴 商河 桓台 高青 沂源 利津 广饶 长岛 微山 鱼台 金乡 嘉祥 汶上 泗水 梁山 宁阳 东平 五莲 莒县 沂南 郯城 沂水 兰陵 费县 平邑 莒南 蒙阴 临沭 宁津 庆云 临邑 齐河 夏津 武城 阳谷 莘县 茌平 东阿 冠县 高唐 阳信 无棣 博兴 邹平 曹县 单县 成武 巨野 郓城 鄄城
中牟 杞县 通许 尉氏 兰考 孟津 栾川 嵩县 汝阳 宜阳 洛宁 伊川 宝丰 叶县 鲁山 郏县 安阳县 汤阴 滑县 内黄 浚县 淇县 获嘉 原阳 延津 封丘 修武 武陟 温县 清丰 南乐 范县 濮阳县 鄢陵 襄城 舞阳 临颍 渑池 卢氏 南召 方城 西峡 镇平 内乡 淅川 社旗 唐河 新野 桐柏 睢县 宁陵 柘城 虞城 夏邑 罗山 光山 新县 潢川 淮滨 息县 扶沟 西华 商水 沈丘 郸城 太康 鹿邑 西平 上蔡 平舆 正阳 确山 泌阳 汝南 遂平 新蔡
阳新 郧西 竹山 竹溪 房县 远安 兴山 秭归 长阳 五峰 南漳 谷城 保康 沙洋 孝昌 云梦 监利 江陵 团风 红安 罗田 英山 浠水 蕲春 黄梅 嘉鱼 通城 崇阳 通山 随县 建始 巴东 宣恩 咸丰 来凤 鹤峰
长沙县 望城 攸县 茶陵 炎陵 湘潭县 衡南 衡山 衡东 祁东 新邵 邵东 隆回 洞口 绥宁 新宁 城步 岳阳县 华容 湘阴 平江 安乡 汉寿 澧县 临澧 慈利 桑植 南县 桃江 安化 桂阳 宜章 永兴 嘉禾 临武 汝城 桂东 祁阳 双牌 道县 江永 宁远 蓝山 新田 江华 沅陵 辰溪 溆浦 麻阳 新晃 芷江 靖州 双峰 新化 泸溪 花垣 保靖 古丈 永顺 龙山
始兴 仁化 翁源 乳源 新丰 南澳 遂溪 徐闻 电白 广宁 怀集 封开 德庆 博罗 惠东 大埔 丰顺 五华 平远 蕉岭 海丰 陆河 紫金 龙川 连平 和平县 东源 阳西 佛冈 阳山 连山 连南 饶平 揭西 惠来 郁南
隆安 马山 宾阳 横县 柳江 柳城 鹿寨 融安 融水 三江 阳朔 灵川 全州 兴安县 永福 灌阳 龙胜 荔浦 恭城 苍梧 藤县 蒙山 合浦 上思 灵山 浦北 平南 容县 陆川 博白 田阳 田东 平果 德保 那坡 田林 西林 隆林 昭平 钟山 富川 南丹 天峨 凤山 东兰 罗城 环江 巴马 都安 忻城 象州 武宣 金秀 扶绥 宁明 龙州
澄迈 临高 定安 屯昌 陵水 保亭 琼中 昌江 乐东
金堂 大邑 蒲江 新津 荣县 富顺 米易 盐边 泸县 合江 叙永 古蔺 中江 罗江 三台 盐亭 梓潼 北川 平武 旺苍 青川县 剑阁 苍溪 蓬溪 射洪 威远 资中 隆昌 犍为 井研 夹江 沐川 峨边 马边 营山 蓬安 仪陇 西充 仁寿 洪雅 丹棱 青神 南溪 江安 长宁县 高县 珙县 筠连 兴文 屏山 岳池 武胜 邻水 宣汉 开江 大竹 渠县 荥经 汉源 芦山 宝兴 通江 南江 平昌 安岳 乐至 汶川 理县 茂县 松潘 九寨沟 金川 小金 马尔康 壤塘 阿坝县 若尔盖 红原 康定 泸定 丹巴 九龙县 雅江 道孚 炉霍 德格 石渠 色达 理塘 巴塘 乡城 稻城 得荣 木里 盐源 德昌 会东 宁南 普格 布拖 金阳 昭觉 喜德 冕宁 越西 甘洛 美姑 雷波
开阳 息烽 水城 盘州 桐梓 绥阳 正安 道真 务川 凤冈 湄潭 余庆 习水 普定 镇宁 关岭 紫云 黔西 金沙 织金 纳雍 威宁 赫章 玉屏 石阡 思南 印江 德江 松桃 兴仁 普安 晴隆 贞丰 望谟 册亨 黄平 施秉 三穗 镇远 岑巩 天柱 锦屏 剑河 台江 黎平 榕江 从江 雷山 麻江 丹寨 荔波 贵定 瓮安 独山 平塘 罗甸 惠水 三都
宜良 石林 嵩明 禄劝 寻甸 马龙 陆良 师宗 罗平 富源 会泽 澄江 通海 华宁 易门 峨山 元江 施甸 龙陵 昌宁 鲁甸 巧家 盐津 永善 绥江 镇雄 彝良 威信 玉龙 永胜 华坪 宁蒗 墨江 景东 景谷 镇沅 江城 孟连 澜沧 西盟 凤庆 云县 永德 镇康 双江 耿马 沧源 双柏 牟定 姚安 大姚 永仁 元谋 武定 禄丰 屏边 石屏 泸西 元阳 红河县 金平 绿春 砚山 西畴 麻栗坡 马关 丘北 广南 富宁 勐海 勐腊 漾濞 祥云 宾川 弥渡 南涧 巍山 云龙 洱源 剑川 鹤庆 梁河 盈江 陇川 泸水 福贡 贡山 兰坪 香格里拉 德钦 维西
当雄 尼木 曲水 堆龙德庆 达孜 墨竹工卡 江孜 定日 萨迦 拉孜 聂拉木 江达 贡觉 类乌齐 丁青 察雅 八宿 左贡 芒康 洛隆 边坝 工布江达 米林 墨脱 波密 察隅 朗县 乃东 扎囊 贡嘎 桑日 琼结 曲松 措美 洛扎 加查 隆子 错那 浪卡子 嘉黎 聂荣 安多 申扎 索县 班戈 巴青 尼玛 双湖 普兰 札达 噶尔 日土 革吉 措勤
蓝田 周至 户县 鄠邑 临潼 阎良 高陵 宜君 凤翔 岐山 扶风 眉县 陇县 千阳 麟游 凤县 三原 泾阳 乾县 礼泉 永寿 长武 旬邑 淳化 华州 潼关 大荔 合阳 澄城 蒲城 延川 志丹 吴起 甘泉 富县 洛川 宜川 黄陵 城固 洋县 西乡 勉县 宁强 略阳 镇巴 留坝 佛坪 府谷 靖边 定边 绥德 米脂 佳县 吴堡 清涧 子洲 汉阴 石泉 宁陕 紫阳 岚皋 平利 镇坪 旬阳 白河 洛南 丹凤 商南 山阳 镇安 柞水
榆中 皋兰 永登 永昌 靖远 会宁 景泰 秦安 甘谷 武山 张家川 民勤 古浪 天祝 肃南 临泽 山丹 泾川 灵台 崇信 庄浪 静宁 华亭 金塔 瓜州 肃北 阿克塞 庆城 环县 华池 合水 正宁 宁县 镇原 通渭 陇西 渭源 临洮 漳县 岷县 成县 文县 宕昌 康县 西和 礼县 徽县 两当 永靖 广河 和政 东乡 积石山 临潭 卓尼 舟曲 迭部 玛曲 碌曲 夏河
湟源 湟中 民和 乐都 化隆 循化 门源 祁连 海晏 刚察 尖扎 泽库 河南县 同德 贵德 兴海 贵南 玛沁 班玛 甘德 达日 久治 玛多 杂多 称多 治多 囊谦 曲麻莱 乌兰 都兰 天峻
永宁 贺兰 平罗 盐池 西吉 隆德 泾源 彭阳 中宁 海原
鄯善 托克逊 巴里坤 伊吾 呼图壁 玛纳斯 奇台 吉木萨尔 木垒 精河 轮台 尉犁 若羌 且末 焉耆 和静 和硕 博湖 温宿 库车 沙雅 新和 拜城 乌什 阿瓦提 柯坪 阿图什 阿克陶 阿合奇 乌恰 疏附 疏勒 英吉沙 泽普 莎车 叶城 麦盖提 岳普湖 伽师 巴楚 塔什库尔干 墨玉 皮山 洛浦 策勒 于田 民丰 霍城 巩留 新源 昭苏 特克斯 尼勒克 乌苏 额敏 沙湾 托里 裕民 布尔津 富蕴 福海 哈巴河 青河 吉木乃
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
	best := longestIn(s, places, placeMax)
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

// rePlaceShape is a place written by two or three characters and its level's word (相山区,
// 东岭县) with more of a name after it: one character before the level word is no place's name
// (平区 of 和平区, 江市 of 同江市), the rule trimOrgPrefix reads with reGluedPlace.
var rePlaceShape = lazyRE(`^[\p{Han}]{2,3}?(?:区|區|县|縣|市|旗)[\p{Han}]`)

// placeShaped tells whether s opens with a place by its shape alone (rePlaceShape) and ends like
// a body's name (相山区委, 东岭县人民政府): a name the gazetteer does not hold, read so only after
// a one-character preposition or conjunction (headWord), to tell 与相山区委 from 和平区委.
func placeShaped(s string) bool {
	return rePlaceShape.MatchString(s) && (reHostNameEnd.MatchString(s) || reEndsUnit.MatchString(s))
}
