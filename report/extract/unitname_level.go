package extract

// (inst16's file: the one condition unitName, in units.go, reads from it.)

// reLevelWholeOrgan is a place's whole body named by its level alone, or its standing organ or its
// plenary (县委, 区政府, 县人大常委会, 区委常委会, 县政府常务会议): on a page that names no place, the
// institution itself, unnamed.
var reLevelWholeOrgan = lazyRE(`^[县市区省镇乡縣區鎮鄉州](?:委|政府|人民政府|人大|政协|政協)?(?:常委会|常委會|常务会|常務會|全体会|全體會|常务|常務)?(?:会议|會議)?$`)

// levelWholeOrgan tells whether u, named by its level alone, is the level's whole body or its
// standing organ (reLevelWholeOrgan), which stands for the unnamed institution, or a body of no
// place that is no government's part; a part of a government (县政府党组, 县政府党组理论学习中心组,
// 区委组织部) is a unit of its own, written as the text writes it (the labelling rules' 356).
func levelWholeOrgan(u string) bool {
	return reLevelWholeOrgan.MatchString(u) || !reLevelGovernmentPart.MatchString(u)
}

// reLevelGovernmentPart is a part of a place's government or party committee named by its level
// (县政府党组, 区委组织部): only such a part is a unit of its own; any other body by its level
// (市人民医院党委) is a part of a body of no place, as 市人民医院 is (the labelling rules' 291).
var reLevelGovernmentPart = lazyRE(`^[县市区省镇乡縣區鎮鄉州](?:委|政府|人民政府|人大|政协|政協)\p{Han}`)
