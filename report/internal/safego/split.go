package safego

import (
	"runtime"
	"sync"
)

// Split calls f on consecutive ranges [from, to) that together cover [0, n), each range on a
// goroutine of its own, one per processor (GOMAXPROCS), and returns when all are done. Below
// least items per goroutine it uses fewer goroutines, and with one it calls f(0, n) on the
// calling goroutine. f must only touch what its range owns. A panic in f is raised again on
// the calling goroutine.
func Split(n, least int, f func(from, to int)) {
	workers := runtime.GOMAXPROCS(0)
	if least > 0 {
		workers = min(workers, n/least)
	}
	if workers < 2 {
		f(0, n)
		return
	}
	var (
		wg    sync.WaitGroup
		catch Catcher
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			catch.Do(func() { f(w*n/workers, (w+1)*n/workers) })
		}()
	}
	wg.Wait()
	catch.Rethrow()
}
