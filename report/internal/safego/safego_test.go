package safego

import (
	"strings"
	"sync"
	"testing"
)

func TestRethrowOnCaller(t *testing.T) {
	var c Catcher
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Do(func() {
				if i == 2 {
					var m map[int]int
					m[0]++
				}
			})
		}()
	}
	wg.Wait()
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), "nil map") {
			t.Errorf("recovered %v", r)
		}
	}()
	c.Rethrow()
	t.Error("no panic")
}
