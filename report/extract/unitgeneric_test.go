package extract

import (
	"slices"
	"testing"
)

// TestGenericFirmKind checks, on leads written for it, that a kind of firm named with no name of
// its own (会计师事务所, 律师事务所), after a verb that hires or commissions it (委托, 聘请), is no
// unit, and that a firm with its own name before the kind still is one.
func TestGenericFirmKind(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a commissioned auditing firm (U2)", "10月12日，东湖区审计局召开项目审计工作会议，委托会计师事务所对12个项目进行审计。", nil},
		{"a hired law firm", "10月12日，东湖医院召开合同管理工作会议，聘请律师事务所为医院提供法律服务。", nil},
		{"a firm with its own name", "10月12日，东湖区审计局召开项目审计工作会议，委托青川明信会计师事务所对12个项目进行审计。", []string{"青川明信会计师事务所"}},
	} {
		if got := Extract(c.text, Options{}).Summary.UnitsInvolved; !slices.Equal(got, c.want) {
			t.Errorf("%s: units %q, want %q", c.name, got, c.want)
		}
	}
}
