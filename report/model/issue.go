package model

// Issue is what an office says about one issue of a digest besides its content: the 简报's
// series name and numbering, an official document's 发文字号 and addressees, and who receives
// the printed copies. Every field is optional; a layout prints only what is given, so that a
// digest never states a distribution or a number of copies nobody told it.
type Issue struct {
	// Series is the 简报's name printed in the 报头 (党建工作简报); empty means the title.
	Series string `json:"series,omitempty"`
	// Headline is this issue's own headline, printed under the 报头 when it differs from Series.
	Headline string `json:"headline,omitempty"`
	// TotalNo is the cumulative issue number (总第45期), printed after the issue number.
	TotalNo string `json:"total_no,omitempty"`
	// DocNo is an official document's 发文字号, given whole (东大党发〔2021〕3号).
	DocNo string `json:"doc_no,omitempty"`
	// MainRecipient is an official document's 主送机关 (各学院党委，各部门：).
	MainRecipient string `json:"main_recipient,omitempty"`
	// CC is an official document's 抄送机关, without the label (校纪委，校工会).
	CC string `json:"cc,omitempty"`
	// Distribution is who receives the copies (报、送、发) and how many were printed.
	Distribution Distribution `json:"distribution,omitzero"`
}

// Distribution lists a 简报's recipients for its 报尾, each without its label (报：/送：/发：).
type Distribution struct {
	// ReportTo are the superiors (报), SendTo the peers (送), IssueTo the subordinates (发).
	ReportTo string `json:"report_to,omitempty"`
	SendTo   string `json:"send_to,omitempty"`
	IssueTo  string `json:"issue_to,omitempty"`
	// Extra are the recipients of this issue only (本期增发).
	Extra string `json:"extra,omitempty"`
	// Copies is the number of copies printed (共印N份); 0 leaves it out.
	Copies int `json:"copies,omitempty"`
}
