package extract

import (
	"fmt"
	"testing"
)

func TestZZR(t *testing.T) {
	for _, s := range []string{
		"5月8日，东湖科技大学与明德研究院签署合作协议。东科大与明德研究院将共同培养人才。",
	} {
		r := Extract(s, Options{Year: 2021}).Summary
		fmt.Printf("%q %q %q\n", r.Institution, r.Unit, r.UnitsInvolved)
		fmt.Println(shortFor("东科大", "东湖科技大学"), instBeforeConj("东科大与明德研究院", "东湖科技大学"))
	}
}
