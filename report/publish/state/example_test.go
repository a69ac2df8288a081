package state_test

import (
	"fmt"

	"github.com/jianbao/jianbao/report/publish/state"
)

func ExampleFile_Issue() {
	f := &state.File{}
	for _, p := range []struct {
		key  string
		year int
	}{{"2021-11", 2021}, {"2021-12", 2021}, {"2021-12", 2021}, {"2022-01", 2022}} {
		is := f.Issue("jianbao", p.key, p.year)
		f.Record(is) // after the run succeeded
		fmt.Println(p.key, is.Label())
	}
	// Output:
	// 2021-11 第1期
	// 2021-12 第2期
	// 2021-12 第2期
	// 2022-01 第1期（总第3期）
}
