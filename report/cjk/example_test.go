package cjk_test

import (
	"fmt"

	"github.com/jianbao/jianbao/report/cjk"
)

func ExampleBreaks() {
	text := []rune("会议（扩大）召开。")
	ok := cjk.Breaks(text)
	for i, r := range text {
		if i > 0 && ok[i] {
			fmt.Print("|")
		}
		fmt.Print(string(r))
	}
	fmt.Println()
	// Output: 会|议|（扩|大）|召|开。
}
