package report

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"
)

func TestTmpLive(t *testing.T) {
	dir := os.Getenv("TMPDIR100K")
	stop := make(chan bool)
	stage := "prepare"
	var peak uint64
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(1 * time.Second):
			}
			runtime.GC()
			runtime.ReadMemStats(&ms)
			t.Logf("%s: live %d MB, in use %d MB, sys %d MB", stage, ms.HeapAlloc>>20, ms.HeapInuse>>20, ms.Sys>>20)
			if ms.HeapAlloc > peak {
				peak = ms.HeapAlloc
				f, _ := os.Create("/tmp/perf/heap-live.prof")
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
	}()
	b, err := Prepare(context.Background(), Job{Inputs: []string{dir}, Units: "../samples/units.yaml", Period: "2021", Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	stage = "render"
	if _, _, err := b.RenderDigests(context.Background(), EachOptions{}); err != nil {
		t.Fatal(err)
	}
	close(stop)
}
