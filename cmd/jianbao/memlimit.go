package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Soft memory limit for a build (issue 14). Under the default GOGC=100 the Go runtime lets
// the heap grow to twice what is live before collecting, and rendering a large input peaked
// at more than twice its live memory. Once the input is loaded and the report model built,
// the live heap tells how large the run is; the limit set then lets the heap reach
// memLimitFactor times it (at least memLimitFloor), and the collector works harder instead of
// letting the heap grow further. It is a soft limit: a run whose live memory grows past it is
// not stopped, the collector only runs more often (the runtime bounds the time it takes). A
// user who sets GOMEMLIMIT or GOGC decides for themselves.
//
// The factor is a trade of memory for collector time, measured on 100,000 generated articles
// of realistic length (a live heap of some 230 MB after loading, up to 420 MB while the PDF is
// set): 2.5 gave a peak resident memory of 663 MB and 75 collections, 2.1 gives 580 MB and 93
// collections, some 3 s more CPU time over a run of about 35 s. Runs whose live heap is under
// 120 MB are under the floor and keep the runtime's defaults (once their heap has reached
// heapFloor: below it nothing is collected).
const (
	memLimitFloor  = 256 << 20 // never below this: small runs keep the runtime's defaults
	memLimitFactor = 2.1       // limit = factor × live heap after loading
)

// loadGCPercent is the collector's setting (GOGC) while the inputs are read and the model is
// built. All that time the live heap grows (every article's text is kept), and at the default
// 100 the heap reached twice the largest live heap before the limit for rendering was set: some
// 880 MB of resident memory for 100,000 articles. At 50 the heap grows to one and a half times
// the live heap, for some more collections while reading.
const loadGCPercent = 50

// userTuned reports whether the user set GOMEMLIMIT or GOGC, which are then left alone.
func userTuned() bool { return os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" }

// heapFloor is how large the heap grows before the first collection of each phase of a build
// (reading, rendering). Below it the collector stays off: a small run (the samples, 1,000
// articles) allocates some tens of MB in all, and collecting every few MB of it, as the
// runtime's 4 MB minimum heap and the settings above would, cost a fifth of its CPU time
// (1,000 articles to DOCX: 12 collections, 153 ms of CPU time; with none, 119 ms). Once the
// heap reaches the floor the phase's own settings apply, so a large run is collected as before
// and its peak is not raised. heapFloor × memLimitFactor stays under memLimitFloor: a run whose
// heap is under heapFloor when rendering starts needs no collection to find its limit.
const heapFloor = 64 << 20

// collector is the setting of the phase under way, applied after the phase's first collection.
var collector struct {
	mu      sync.Mutex
	phase   int // counts the phases begun; a sentinel of an earlier phase does nothing
	percent int
	limit   int64
}

// gcSentinel is an object dropped as soon as it is made: its cleanup runs after the first
// collection that follows. It holds a pointer, so that it is never batched with other tiny
// objects (whose cleanups may never run).
type gcSentinel struct{ _ *gcSentinel }

// collectFrom leaves the collector off until the heap reaches heapFloor (the soft memory limit
// until then), and sets it to percent and limit after that first collection.
func collectFrom(percent int, limit int64) {
	collector.mu.Lock()
	defer collector.mu.Unlock()
	collector.phase++
	collector.percent, collector.limit = percent, limit
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(heapFloor)
	runtime.AddCleanup(new(gcSentinel), afterFirstCollection, collector.phase)
}

// afterFirstCollection sets the collector as phase asked, if it is still the phase under way.
func afterFirstCollection(phase int) {
	collector.mu.Lock()
	defer collector.mu.Unlock()
	if phase == collector.phase {
		debug.SetGCPercent(collector.percent)
		debug.SetMemoryLimit(collector.limit)
	}
}

// setCollector sets the collector at once, ending collectFrom's wait.
func setCollector(percent int, limit int64) {
	collector.mu.Lock()
	defer collector.mu.Unlock()
	collector.phase++
	debug.SetGCPercent(percent)
	debug.SetMemoryLimit(limit)
}

// collectWhileLoading sets the collector to loadGCPercent for reading the inputs, once the
// heap has reached heapFloor, unless the user tuned it; limitMemory sets it for rendering.
func collectWhileLoading() {
	if !userTuned() {
		collectFrom(loadGCPercent, math.MaxInt64)
	}
}

// limitMemory sets the soft memory limit from the live heap (after a collection), and the
// collector back to its default setting, unless GOMEMLIMIT or GOGC is set in the environment.
// It returns the limit set, or 0. A run whose heap (live and garbage) is under heapFloor gets
// memLimitFloor after one collection, and none after that until its heap reaches heapFloor
// again. That one collection frees what reading left behind (the files' bytes, the parsers'
// scratch) for rendering to reuse instead of fresh pages from the system, which cost a page
// fault each: 1,000 articles to DOCX made 6,100 faults instead of 7,250 (37 MB peak RSS
// instead of 41), in 89.8 ms of CPU and 63 ms instead of 93.5 and 66 (medians of 8 rounds of
// perf stat -r 10 under chrt -f 10 on the loaded machine); 10,000 articles, whose heap is
// under heapFloor after reading too, 0.74 s of CPU and 0.45 s instead of 0.83 s and 0.46-0.50
// s (the collector then started later while rendering, and less often); 1,000 articles to PDF
// were unchanged.
func limitMemory() int64 {
	if userTuned() {
		return 0
	}
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	metrics.Read(s[:1])
	if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() < heapFloor {
		runtime.GC()
		collectFrom(100, memLimitFloor)
		return memLimitFloor
	}
	setCollector(100, math.MaxInt64)
	runtime.GC() // the live heap now, and the reading's garbage freed before rendering
	metrics.Read(s[1:])
	if s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	limit := memoryLimitFor(s[1].Value.Uint64())
	debug.SetMemoryLimit(limit)
	return limit
}

// memoryLimitFor is the soft limit for a run whose live heap after loading is live bytes.
func memoryLimitFor(live uint64) int64 {
	return max(int64(memLimitFactor*float64(live)), memLimitFloor)
}
