package extract

import (
	"fmt"
	"testing"
)

// Bare later mentions of names met before are found in the same order on every run: a name
// inside a longer one (阳明 in 欧阳明) must not be taken at the longer one's place on some runs
// and not on others (the names were read in map order).
func TestMentionsOrderIsFixed(t *testing.T) {
	t.Parallel()
	text := "校长欧阳明主持会议。副校长阳明宣读了决定，党委书记李志华、院长李志出席。会议期间欧阳明说，要抓好落实；李志华说，要加强督查。"
	ms := mentions(text)
	n := 0
	for _, m := range ms {
		if m.Name == "阳明" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("阳明 is mentioned %d times, want once (副校长阳明; 欧阳明 is another): %v", n, ms)
	}
	want := fmt.Sprint(ms)
	for range 200 {
		if got := fmt.Sprint(mentions(text)); got != want {
			t.Fatalf("mentions differ between runs:\n%s\n%s", want, got)
		}
	}
}
