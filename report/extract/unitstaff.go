package extract

// Departments whose staff take part (the first rule of *units* in testdata/real/README.md:
// 组织肿瘤外科、麻醉科等名医专家团队; 普内科杨海生, 293; 康复科副主任……等科室的医疗专家, 374): a
// clinical department or a section (某科, 某室) is a unit when the words right after its
// enumeration say its people, as a body, do the event's work — the departments counted as
// taking part (等多个科室参加了演练), their staff as a whole (医护人员, 医务人员) or counted
// (等多名主治医师); so is a department that holds the event itself (保卫科于某日组织……). A specialty offered or covered (提供牙科、家醫科; 涉及心血管内科; 等专业的
// 资深专家) and experts named by kind alone (等专家悉心询问) are not: neither counts nor names
// the department's people.

// reDeptStaffAfter follows an enumeration of departments whose people take part: the rest of
// the enumeration (names that are no candidates: 、中药房), 等, then the
// departments counted or called 科室 (多个科室, 有关科室), 的, party members, and either the
// verb of taking part (等多个科室参加) or the staff as a whole (医护人员, 医务人员; 医、护人员
// written with a 、) or counted staff (多名主治医师).
var reDeptStaffAfter = lazyRE(`^(?:(?:、|和|及|以及)\p{Han}{1,10}?)*?等?(?:(?:多个|多個|各个|各個|有关|有關|相关|相關|[0-9０-９一二三四五六七八九十两兩几幾]+(?:个|個))?科室(?:的|之)?(?:参加|參加|参与|參與|共同|一同|积极|積極)|(?:(?:多个|多個|有关|有關|相关|相關)?科室(?:的|之)?)?(?:党员|黨員)?(?:医护人员|醫護人員|医务人员|醫務人員|医、护人员|醫、護人員|医护工作者|醫護工作者)|(?:多|数|數|[0-9０-９一二三四五六七八九十两兩几幾]+)(?:名|位)(?:主治|副主任|主任)?(?:医师|醫師|医生|醫生|护士|護士|专家|專家))`)

// reDeptHolds follows a department that holds the event itself, the subject of its verb (保卫科
// 于11月7日上午，组织……演练; 某科召开……会议), or an enumeration of departments that take part
// in it as bodies, the subject of 参与 or 参加 (后勤管理科、保卫科参与了本次演练): the rest of the
// enumeration and the date may stand between.
var reDeptHolds = lazyRE(`^(?:(?:、|和|及|以及)\p{Han}{1,10}?)*?(?:(?:于|於)[^，,。；;]{1,16}?[，,]?)?(?:共同|一同|积极|積極)?(?:` + meetingVerbs + `|参与|參與|参加|參加)`)

// deptStaffTakePart tells whether list, the text right after an enumeration of departments,
// says their people take part as a body (reDeptStaffAfter) or the department holds the event
// (reDeptHolds).
func deptStaffTakePart(list string) bool {
	return reDeptStaffAfter.MatchString(list) || reDeptHolds.MatchString(list)
}
