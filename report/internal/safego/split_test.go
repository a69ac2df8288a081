package safego

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

// TestSplitCoversOnce: the ranges Split hands out cover every index once, whatever the number
// of items and the least per goroutine.
func TestSplitCoversOnce(t *testing.T) {
	tests := []struct{ n, least int }{{0, 1}, {1, 1}, {2, 1}, {7, 1}, {1000, 256}, {1000, 0}, {513, 256}, {100, 1000}}
	for _, tt := range tests {
		seen := make([]int32, tt.n)
		Split(tt.n, tt.least, func(from, to int) {
			for i := from; i < to; i++ {
				atomic.AddInt32(&seen[i], 1)
			}
		})
		for i, c := range seen {
			if c != 1 {
				t.Errorf("n=%d least=%d: index %d handled %d times", tt.n, tt.least, i, c)
			}
		}
	}
}

// TestSplitRethrows: a panic in a range is raised again on the caller's goroutine.
func TestSplitRethrows(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), "boom") {
			t.Errorf("recovered %v", r)
		}
	}()
	Split(1000, 1, func(from, to int) {
		if to == 1000 {
			panic("boom")
		}
	})
}
