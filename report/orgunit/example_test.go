package orgunit_test

import (
	"fmt"

	"github.com/jianbao/jianbao/report/orgunit"
)

func ExampleRegistry_Resolve() {
	reg, _ := orgunit.New([]orgunit.Unit{
		{Name: "学校党委"},
		{Name: "党委宣传部", Short: "宣传部", Aliases: []string{"黨委宣傳部"}, Parent: "学校党委"},
	})
	u := reg.Resolve("黨委宣傳部")
	fmt.Println(u.Name, u.Label(), reg.AtDepth(u, 1).Name)
	// Output: 党委宣传部 宣传部 学校党委
}
