package extract

// reRoleFrame ends the words of a sentence that introduce a person in the run read as the
// person's role (trimRoleLead, people.go): 由 after the event's word of any length (会议由……主持,
// 本次开幕式由; not 自由, 理由, 缘由, 经由), 有 after 的 (出席仪式的有), 中邀请 (會中邀請; 特邀研究员
// and 邀请赛 stay), a list's ordinal (一是, 三、, 第四项), a day's time (19日上午縣長……), and a
// title's closing mark before a list's comma (作《医院工作报告》、副院长; 《东湖日报》总编辑 stays).
// A digest prints the role beside the name (主持：工会主席某某), so it keeps the title only.
// Written by hand: no library knows these sentence frames.
var reRoleFrame = lazyRE(`^.*(?:(?:^|[^自理缘緣经經])由|的有[：:]?|中邀[请請]|[一二三四五六七八九十]+(?:是|、)|第[一二三四五六七八九十]+[项項]|\d{1,2}日(?:` + dayPart + `)|[」』》”][、，,])`)
